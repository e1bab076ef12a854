// The permissions the app asks for are the ones it documents and the ones the manifest pre-fetches:
// the README's table (what an admin reads before consenting) lists exactly `allScopes`, and NAA's
// prefetch in the manifest is the base set the app's first token request uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../manifest/build';
import { allScopes, scopes } from '../../src/auth/scopes';
import { deployment } from '../manifest/fixtures';

const SECTION = '## Microsoft Graph permissions (delegated)';

/** The first column of the section's table: one back-quoted permission per row. */
function documentedPermissions(readme: string): string[] {
  const start = readme.indexOf(SECTION);
  if (start < 0) throw new Error(`README.md has no "${SECTION}" section`);
  const rest = readme.slice(start + SECTION.length);
  const end = rest.search(/^## /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => /^\|\s*`([^`]+)`\s*\|/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}

describe('permissions', () => {
  it("README's table lists exactly the scopes in src/auth/scopes.ts, each once", () => {
    const documented = documentedPermissions(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'));
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual([...allScopes].sort());
  });

  it("the manifest's nestedAppAuthInfo pre-fetches the base set, in the app's order", () => {
    const manifest = buildManifest(deployment) as {
      webApplicationInfo?: { nestedAppAuthInfo?: { scopes?: string[] }[] };
    };
    const entries = manifest.webApplicationInfo?.nestedAppAuthInfo ?? [];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.scopes).toEqual([...scopes.base]);
  });
});
