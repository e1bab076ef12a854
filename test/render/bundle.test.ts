// The editor's bundle must not pull in the docx library: only src/render/docx.ts (loaded with a
// dynamic import) may reach it. Walk the static imports of what the preview and the e-mails use.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const renderRoot = resolve(import.meta.dirname, '../../src/render');

function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((match) => match[1] ?? '');
}

function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const specifier of staticImports(entry)) {
    if (specifier.startsWith('.')) reachable(resolve(dirname(entry), `${specifier}.ts`), seen);
    else seen.add(specifier);
  }
  return seen;
}

describe('render: lazy loading', () => {
  it.each(['index.ts', 'preview.ts', 'mailSummary.ts'])('%s does not reach the docx library', (entry) => {
    const modules = reachable(resolve(renderRoot, entry));
    expect(modules.has('docx')).toBe(false);
    expect([...modules].some((m) => m.endsWith('/render/docx.ts'))).toBe(false);
  });

  it('docx.ts does reach it (the walk works)', () => {
    expect(reachable(resolve(renderRoot, 'docx.ts')).has('docx')).toBe(true);
  });
});
