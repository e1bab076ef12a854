// Transfer size of built files as a server would send them gzip-compressed (node:zlib, default level).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size in bytes of a file the preview server served from `outDir` at `path`. */
export async function gzipSize(outDir: string, path: string): Promise<number> {
  return gzipSync(await readFile(join(outDir, decodeURIComponent(path)))).byteLength;
}

export async function totalGzipSize(outDir: string, paths: readonly string[]): Promise<number> {
  const sizes = await Promise.all([...new Set(paths)].map((path) => gzipSize(outDir, path)));
  return sizes.reduce((sum, size) => sum + size, 0);
}
