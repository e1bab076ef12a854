// Offline validation against Microsoft's own JSON schemas, as shipped in @microsoft/app-manifest.
// The package's validators fetch the schema over the network when they cannot map the URL; this
// one only reads the installed files, so packaging works on a machine without internet.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

type SchemaKind = 'MicrosoftTeams' | 'MicrosoftTeams.Localization';

const schemaRoot = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

const compiled = new Map<string, ValidateFunction>();

/** Validates an app manifest against the schema of its own `manifestVersion`. */
export function validateManifest(manifest: unknown): ValidationResult {
  const version = isObject(manifest) ? manifest['manifestVersion'] : undefined;
  if (typeof version !== 'string') return invalid('manifestVersion is missing: cannot tell which schema applies');
  const schemaUrl = isObject(manifest) ? manifest['$schema'] : undefined;
  if (schemaUrl !== undefined) {
    const mismatch = schemaVersionMismatch(schemaUrl, version, 'MicrosoftTeams');
    if (mismatch) return invalid(mismatch);
  }
  return validateAgainst('MicrosoftTeams', version, manifest);
}

/** Validates a localization file (`localizationInfo.additionalLanguages[].file`) for a manifest version. */
export function validateLocalization(strings: unknown, manifestVersion: string): ValidationResult {
  const schemaUrl = isObject(strings) ? strings['$schema'] : undefined;
  if (schemaUrl !== undefined) {
    const mismatch = schemaVersionMismatch(schemaUrl, manifestVersion, 'MicrosoftTeams.Localization');
    if (mismatch) return invalid(mismatch);
  }
  return validateAgainst('MicrosoftTeams.Localization', manifestVersion, strings);
}

function validateAgainst(kind: SchemaKind, version: string, value: unknown): ValidationResult {
  const validate = validatorFor(kind, version);
  if (typeof validate === 'string') return invalid(validate);
  if (validate(value)) return { valid: true, errors: [] };
  return { valid: false, errors: (validate.errors ?? []).map(describeError) };
}

function validatorFor(kind: SchemaKind, version: string): ValidateFunction | string {
  const file = schemaFile(kind, version);
  const cached = compiled.get(file);
  if (cached) return cached;
  if (!/^(\d+\.\d+|devPreview)$/.test(version) || !existsSync(file)) {
    return `no ${kind} schema for manifestVersion "${version}" in @microsoft/app-manifest (looked for ${file})`;
  }
  // As the package's own validator: all errors, no strict mode (the schemas are not written for
  // it), the formats they use. Without the `u` flag: the localization schema has patterns such as
  // `\[\b(…)\b]` that are valid ECMAScript regexes only in non-Unicode mode.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
  compiled.set(file, validate);
  return validate;
}

/** The schema's path under `json-schemas/teams/`, in the package as on developer.microsoft.com. */
function schemaPath(kind: SchemaKind, version: string): string {
  return `${version === 'devPreview' ? 'vDevPreview' : `v${version}`}/${kind}.schema.json`;
}

function schemaFile(kind: SchemaKind, version: string): string {
  return join(schemaRoot, schemaPath(kind, version));
}

function schemaVersionMismatch(schemaUrl: unknown, version: string, kind: SchemaKind): string | undefined {
  const expected = `/json-schemas/teams/${schemaPath(kind, version)}`;
  if (typeof schemaUrl === 'string' && schemaUrl.endsWith(expected)) return undefined;
  return `$schema ${JSON.stringify(schemaUrl)} does not match manifestVersion ${version} (expected a URL ending in ${expected})`;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  const allowed = 'allowedValues' in error.params ? ` ${JSON.stringify(error.params.allowedValues)}` : '';
  const extra = 'additionalProperty' in error.params ? ` "${String(error.params.additionalProperty)}"` : '';
  return `${where} ${error.message ?? error.keyword}${allowed}${extra}`;
}

function invalid(error: string): ValidationResult {
  return { valid: false, errors: [error] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
