// The manifest for one deployment: the template with the tenant's ids and the app's host filled in.
import { readFileSync } from 'node:fs';
import { scopes } from '../src/auth/scopes';

export interface ManifestEnv {
  /** The Teams app id (manifest `id`): a GUID chosen once per app and kept across versions. */
  appId: string;
  /** Where the web build is served: a host name (optionally with a port), no scheme, no path. */
  appHost: string;
  /** The Microsoft Entra app registration's Application (client) ID. */
  clientId: string;
  /** The app version, x.y.z; raise it for every upload that changes the manifest. */
  version: string;
}

export class ManifestInputError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cannot build the app manifest:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'ManifestInputError';
  }
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const manifestTemplateUrl = new URL('./manifest.template.json', import.meta.url);
export const swedishStringsUrl = new URL('./sv-se.json', import.meta.url);

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Labels of letters, digits and hyphens (not at either end), optionally a port: what a browser
// origin and Teams' validDomains accept, and what keeps the placeholders safe to substitute.
const hostName =
  /^(?=.{1,253}(:|$))([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:\d{1,5})?$/;
// The schema's own semver pattern (no leading zeros, no pre-release tag).
const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * Placeholders that stand for a whole list, as the only string of an array. NAA prefetches a token
 * for these scopes when a tab loads; it helps only if they equal, in order, the app's first token
 * request, so they come from the app's own list rather than a copy.
 */
const lists: Record<string, readonly string[]> = { GRAPH_BASE_SCOPES: scopes.base };

export function buildManifest(env: ManifestEnv): { [key: string]: JsonValue } {
  const { appId, appHost, clientId, version } = checkManifestEnv(env);
  const values = { APP_ID: appId, APP_HOST: appHost, AAD_CLIENT_ID: clientId, APP_VERSION: version };
  const template = JSON.parse(readFileSync(manifestTemplateUrl, 'utf8')) as { [key: string]: JsonValue };
  return substitute(template, values) as { [key: string]: JsonValue };
}

/** The inputs checked, every problem listed at once, and ids and host in lower case. */
export function checkManifestEnv(env: ManifestEnv): ManifestEnv {
  const problems: string[] = [];
  if (!guid.test(env.appId)) problems.push(`the app id must be a GUID, got "${env.appId}"`);
  if (!guid.test(env.clientId)) problems.push(`the Entra client id must be a GUID, got "${env.clientId}"`);
  if (!hostName.test(env.appHost.toLowerCase())) {
    problems.push(
      `the app host must be a host name without scheme or path, e.g. "protokoll.example.se", got "${env.appHost}"`,
    );
  }
  if (!semver.test(env.version)) problems.push(`the version must be x.y.z (digits only), got "${env.version}"`);
  if (problems.length > 0) throw new ManifestInputError(problems);
  return {
    appId: env.appId.toLowerCase(),
    appHost: env.appHost.toLowerCase(),
    clientId: env.clientId.toLowerCase(),
    version: env.version,
  };
}

function substitute(value: JsonValue, values: Record<string, string>): JsonValue {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Z_]+)\}/g, (placeholder, name: string) => {
      const replacement = values[name];
      if (replacement === undefined)
        throw new Error(`manifest.template.json uses an unknown placeholder ${placeholder}`);
      return replacement;
    });
  }
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const list = typeof item === 'string' ? lists[/^\$\{([A-Z_]+)\}$/.exec(item)?.[1] ?? ''] : undefined;
      return list ? [...list] : [substitute(item, values)];
    });
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, values)]));
  }
  return value;
}
