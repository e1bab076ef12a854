import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildManifest, swedishStringsUrl } from '../../manifest/build';
import { validateLocalization, validateManifest } from '../../manifest/validate';
import { deployment } from './fixtures';

const valid = buildManifest(deployment);

function withChange(change: (manifest: Record<string, unknown>) => void): Record<string, unknown> {
  const copy = structuredClone(valid) as Record<string, unknown>;
  change(copy);
  return copy;
}

describe('validateManifest', () => {
  it('names each schema violation with its path', () => {
    const broken = withChange((manifest) => {
      const [tab] = manifest['configurableTabs'] as { context: string[] }[];
      tab?.context.push('meetingLobby');
      delete (manifest['developer'] as Record<string, unknown>)['privacyUrl'];
      manifest['accentColor'] = 'teal';
    });
    const result = validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/configurableTabs\/0\/context\/4 must be equal to one of the allowed values/),
        expect.stringMatching(/^\/developer must have required property 'privacyUrl'/),
        expect.stringMatching(/^\/accentColor must match pattern/),
      ]),
    );
  });

  it('rejects a property the schema does not know, naming it', () => {
    const result = validateManifest(withChange((manifest) => (manifest['nestedAppAuth'] = true)));
    expect(result.errors).toEqual(['(root) must NOT have additional properties "nestedAppAuth"']);
  });

  it('uses the schema of the manifest’s own version', () => {
    // nestedAppAuthInfo arrived in 1.22: the same manifest declared as 1.21 must fail on it.
    const older = withChange((manifest) => {
      manifest['manifestVersion'] = '1.21';
      manifest['$schema'] = 'https://developer.microsoft.com/json-schemas/teams/v1.21/MicrosoftTeams.schema.json';
    });
    expect(validateManifest(older).errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/webApplicationInfo must NOT have additional properties "nestedAppAuthInfo"/),
      ]),
    );
  });

  it('refuses a manifest whose $schema and manifestVersion disagree, or whose version has no schema', () => {
    expect(validateManifest(withChange((manifest) => (manifest['manifestVersion'] = '1.29'))).errors).toEqual([
      expect.stringContaining('does not match manifestVersion 1.29'),
    ]);
    const unknown = withChange((manifest) => {
      manifest['manifestVersion'] = '9.0';
      delete manifest['$schema'];
    });
    expect(validateManifest(unknown).errors).toEqual([
      expect.stringContaining('no MicrosoftTeams schema for manifestVersion "9.0"'),
    ]);
    expect(validateManifest('{}')).toEqual({
      valid: false,
      errors: [expect.stringContaining('manifestVersion is missing')],
    });
  });
});

describe('validateLocalization', () => {
  const swedish = JSON.parse(readFileSync(swedishStringsUrl, 'utf8')) as Record<string, string>;

  it('rejects a string key the manifest schema cannot localize', () => {
    const result = validateLocalization({ ...swedish, 'configurableTabs[0].name': 'Protokoll' }, '1.30');
    expect(result).toEqual({
      valid: false,
      errors: ['(root) must NOT have additional properties "configurableTabs[0].name"'],
    });
  });

  it('rejects a name longer than Teams shows, and missing required strings', () => {
    const { 'description.full': _full, ...rest } = swedish;
    expect(
      validateLocalization({ ...rest, 'name.short': 'Mötessekreteraren för samverkansgrupper' }, '1.30').errors,
    ).toEqual([
      "(root) must have required property 'description.full'",
      '/name.short must NOT have more than 30 characters',
    ]);
  });
});
