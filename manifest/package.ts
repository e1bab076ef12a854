// `npm run package`: builds the web app for one host and writes the app package an admin uploads
// to Teams (manifest.json, icons, Swedish strings). The same package installs the Outlook add-in.
//
//   APP_ID=<guid> APP_HOST=<host> AAD_CLIENT_ID=<guid> [APP_VERSION=x.y.z] npm run package [-- --skip-build]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import {
  buildManifest,
  checkManifestEnv,
  ManifestInputError,
  swedishStringsUrl,
  type JsonValue,
  type ManifestEnv,
} from './build';
import { packageIcons, writeHostedIcons } from './icons';
import { validateLocalization, validateManifest } from './validate';

export interface PackageOptions {
  env: Record<string, string | undefined>;
  /** Package the manifest only; the web build (and its hosted icons) is left as it is. */
  skipBuild?: boolean;
  /** Where the zip is written; `manifest/build` by default. */
  outDir?: string;
  log?: (line: string) => void;
}

export interface PackageResult {
  zipPath: string;
  manifest: { [key: string]: JsonValue };
}

export class PackageEnvError extends Error {
  constructor(missing: string[]) {
    super(
      `Missing environment variable${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.\n` +
        'Run for example: APP_ID=<new GUID, kept across versions> APP_HOST=protokoll.example.se ' +
        'AAD_CLIENT_ID=<Application (client) ID of the Entra app registration> npm run package',
    );
    this.name = 'PackageEnvError';
  }
}

export class ManifestValidationError extends Error {
  constructor(file: string, errors: string[]) {
    super(`${file} does not match Microsoft's schema:\n${errors.map((error) => `- ${error}`).join('\n')}`);
    this.name = 'ManifestValidationError';
  }
}

const required = ['APP_ID', 'APP_HOST', 'AAD_CLIENT_ID'] as const;
const defaultOutDir = fileURLToPath(new URL('./build/', import.meta.url));
const localizationFile = 'sv-se.json';

export function readManifestEnv(env: Record<string, string | undefined>): ManifestEnv {
  const value = (name: string): string => env[name]?.trim() ?? '';
  const missing = required.filter((name) => value(name) === '');
  if (missing.length > 0) throw new PackageEnvError(missing);
  return {
    appId: value('APP_ID'),
    appHost: value('APP_HOST'),
    clientId: value('AAD_CLIENT_ID'),
    version: value('APP_VERSION') || appVersion(),
  };
}

export async function packageApp(options: PackageOptions): Promise<PackageResult> {
  const log = options.log ?? console.log;
  const manifestEnv = checkManifestEnv(readManifestEnv(options.env));
  const manifest = buildManifest(manifestEnv);
  const strings = JSON.parse(readFileSync(swedishStringsUrl, 'utf8')) as unknown;
  assertValid('manifest.json', validateManifest(manifest).errors);
  assertValid(localizationFile, validateLocalization(strings, String(manifest['manifestVersion'])).errors);

  if (!options.skipBuild) await buildWebApp(manifestEnv, log);

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  zip.file(localizationFile, `${JSON.stringify(strings, null, 2)}\n`);
  for (const [name, png] of Object.entries(packageIcons())) zip.file(name, png);
  const outDir = options.outDir ?? defaultOutDir;
  mkdirSync(outDir, { recursive: true });
  // A port (`host:8443`) is no file name character everywhere.
  const zipPath = join(outDir, `appPackage.${manifestEnv.appHost.replace(':', '_')}.zip`);
  writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  log(`App package: ${zipPath}`);
  return { zipPath, manifest };
}

/**
 * The production web build for this deployment. The app's build-time configuration
 * (src/app/config.ts) must name the same Entra app and Teams app as the manifest, and sign in with
 * MSAL against the real Graph, whatever a developer's shell or .env files say.
 */
async function buildWebApp(manifestEnv: ManifestEnv, log: (line: string) => void): Promise<void> {
  process.env['VITE_AUTH_MODE'] = 'msal';
  process.env['VITE_AAD_CLIENT_ID'] = manifestEnv.clientId;
  process.env['VITE_TEAMS_APP_ID'] = manifestEnv.appId;
  process.env['VITE_GRAPH_BASE_URL'] ||= 'https://graph.microsoft.com';
  const { build, resolveConfig } = await import('vite');
  const config = await resolveConfig({ mode: 'production' }, 'build');
  await build({ mode: 'production' });
  const webRoot = resolve(config.root, config.build.outDir);
  // Outlook loads ribbon icons by URL, so they ship with the web build rather than the package.
  const icons = writeHostedIcons(webRoot);
  log(
    `Web build: ${webRoot} (deploy it to https://${manifestEnv.appHost}/; ${icons.length} Outlook icons under icons/)`,
  );
}

function assertValid(file: string, errors: string[]): void {
  if (errors.length > 0) throw new ManifestValidationError(file, errors);
}

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '';
}

async function main(argv: readonly string[]): Promise<void> {
  try {
    await packageApp({ env: process.env, skipBuild: argv.includes('--skip-build') });
  } catch (error) {
    const expected =
      error instanceof PackageEnvError ||
      error instanceof ManifestInputError ||
      error instanceof ManifestValidationError;
    console.error(expected ? error.message : error);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
