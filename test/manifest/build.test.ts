import { describe, expect, it } from 'vitest';
import { buildManifest, ManifestInputError } from '../../manifest/build';
import { deployment } from './fixtures';

function problemsFor(change: Partial<typeof deployment>): string[] {
  try {
    buildManifest({ ...deployment, ...change });
  } catch (error) {
    if (error instanceof ManifestInputError) return error.problems;
    throw error;
  }
  return [];
}

describe('buildManifest', () => {
  it('accepts a host name, with a port if need be, and writes it in lower case', () => {
    expect(problemsFor({ appHost: 'localhost:5173' })).toEqual([]);
    const manifest = buildManifest({ ...deployment, appHost: 'Protokoll.Narvard.Example' });
    expect(manifest['validDomains']).toEqual(['protokoll.narvard.example']);
  });

  it.each([
    ['https://protokoll.narvard.example', 'scheme'],
    ['protokoll.narvard.example/app', 'path'],
    ['protokoll.narvard.example/', 'trailing slash'],
    ['protokoll narvard', 'space'],
    ['-protokoll.example', 'leading hyphen'],
    ['"},"x":"', 'JSON injection'],
  ])('refuses the host %j (%s)', (appHost) => {
    expect(problemsFor({ appHost })).toEqual([
      expect.stringContaining('the app host must be a host name without scheme or path'),
    ]);
  });

  it('refuses ids that are not GUIDs and versions that are not x.y.z, listing every problem at once', () => {
    const problems = problemsFor({
      appId: 'motessekreteraren',
      clientId: '{9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d}',
      version: '1.4',
    });
    expect(problems).toEqual([
      'the app id must be a GUID, got "motessekreteraren"',
      'the Entra client id must be a GUID, got "{9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d}"',
      'the version must be x.y.z (digits only), got "1.4"',
    ]);
    expect(() => buildManifest({ ...deployment, version: '01.0.0' })).toThrow(
      /Cannot build the app manifest:\n- the version must be x\.y\.z/,
    );
  });
});
