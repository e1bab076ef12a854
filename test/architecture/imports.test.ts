// Inside src/ui, src/app and emulator/ imports point one way: between the folders (and loose files) of each,
// no import runs back up. ESLint's layer rules watch the top-level layers; this watches one level down, where
// two folders that import each other are one tangle that cannot be read, tested or moved apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The folder (or loose file) of `root` a file belongs to: `http` for emulator/http/router.ts. */
function unitOf(root: string, file: string): string {
  return relative(root, file)
    .split(sep)[0]!
    .replace(/\.(js|tsx?)$/, '');
}

/** unit -> units it imports (relative imports only, type imports included: they tangle as much). */
function unitGraph(root: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(root)) {
    const from = unitOf(root, file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolve(dirname(file), fileName);
      if (!target.startsWith(root + sep)) continue;
      const to = unitOf(root, target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** The strongly connected groups of more than one unit (Tarjan): each is an import running back up. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('imports point one way inside each layer', () => {
  it('finds a cycle when two folders import each other (the check itself works)', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });

  for (const layer of ['src/ui', 'src/app', 'emulator']) {
    it(`${layer}: no folder imports one that imports it back`, () => {
      expect(cycles(unitGraph(join(repo, layer)))).toEqual([]);
    });
  }
});
