// The strongest check that the package is a real Word document short of Word itself: LibreOffice
// opens it and prints a PDF. Skipped where LibreOffice is not installed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx';
import { barnOchUnga } from './fixtures';

function findOffice(): string | undefined {
  for (const binary of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('which', [binary], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined;
}

const office = findOffice();

describe.skipIf(!office)('renderDocx: LibreOffice', () => {
  it('converts the document to PDF headless', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-'));
    try {
      writeFileSync(join(dir, 'record.docx'), await renderDocx(barnOchUnga));
      execFileSync(
        office ?? 'soffice',
        ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'record.docx')],
        { timeout: 120_000 },
      );
      expect(readFileSync(join(dir, 'record.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
