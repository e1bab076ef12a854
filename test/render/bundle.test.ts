// The editor's bundle must not pull in the docx library: only src/render/docx.ts (loaded with a
// dynamic import) may reach it. Walk the static imports of what the preview and the e-mails use.
// The same walk from the app's entry keeps the side panel's first screen small (issue 17): what it does not need
// is behind a dynamic import. `npm run bench` measures the bytes; this says which module broke it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const renderRoot = resolve(import.meta.dirname, '../../src/render');

function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  // Type-only imports are erased from the build: they load nothing.
  return [...source.matchAll(/^\s*(?:import|export)\s(?!type\s)[^;]*?from\s+'([^']+)'/gm)].map(
    (match) => match[1] ?? '',
  );
}

function sourceFile(path: string): string {
  return [`${path}.ts`, `${path}.tsx`, `${path}/index.ts`].find((candidate) => existsSync(candidate)) ?? `${path}.ts`;
}

function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const specifier of staticImports(entry)) {
    if (specifier.startsWith('.')) reachable(sourceFile(resolve(dirname(entry), specifier)), seen);
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

describe('side panel: what loads before it is usable', () => {
  const entry = resolve(import.meta.dirname, '../../src/app/main.tsx');
  const firstScreen = [...reachable(entry)];
  const later = [
    'docx',
    'lexical',
    '@azure/msal-browser',
    '@microsoft/microsoft-graph-client',
    '/src/app/createServices.ts',
    '/src/app/workflows/openRecord.ts',
    '/src/ui/MinutesEditor/MinutesEditor.tsx',
    '/src/ui/MeetingPicker/MeetingPicker.tsx',
    '/src/ui/AttendancePanel/DirectorySearch.tsx',
    // The UI's words: a chunk per language, only the user's loads.
    '/src/ui/i18n/sv.ts',
    '/src/ui/i18n/en.ts',
    '/src/ui/RecordWorkspace/ConflictChooser.tsx',
    '/src/app/workflows/saveRecord.ts',
    '/src/app/workflows/approval.ts',
    '/src/app/services/archiveServices.ts',
    '/src/app/services/personalServices.ts',
    '/src/app/services/settingsServices.ts',
  ];

  it.each(later)('main.tsx does not statically reach %s', (module) => {
    expect(firstScreen.filter((m) => m === module || m.endsWith(module))).toEqual([]);
  });

  it('reaches what the first screen needs (the walk works)', () => {
    expect(firstScreen.some((m) => m.endsWith('/src/storage/draftStore.ts'))).toBe(true);
    expect(firstScreen).toContain('react-dom/client');
  });
});
