// Names a profiled function of the built app by where it is in the source (through the build's source maps), so a
// profile of the minified chunks reads "$reconcileNode lexical/Lexical.prod.mjs" rather than "Ul MinutesEditor-x.js".
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import type { CallFrame } from './cpuProfile';

export function sourceNames(assetsDir: string): (frame: CallFrame) => string {
  const maps = new Map<string, SourceMap | undefined>();
  const mapOf = (file: string) => {
    if (!file.endsWith('.js')) return undefined;
    if (!maps.has(file)) {
      try {
        maps.set(file, new SourceMap(JSON.parse(readFileSync(join(assetsDir, `${file}.map`), 'utf8'))));
      } catch {
        maps.set(file, undefined);
      }
    }
    return maps.get(file);
  };
  return (frame) => {
    const file = frame.url.split('/').pop() ?? '';
    const origin = mapOf(file)?.findOrigin(frame.lineNumber + 1, frame.columnNumber + 1);
    if (origin === undefined || !('fileName' in origin)) return `${frame.functionName || '(anonymous)'} ${file}`;
    const source = origin.fileName.replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/');
    return `${origin.name || frame.functionName || '(anonymous)'} ${source}:${origin.lineNumber}`;
  };
}
