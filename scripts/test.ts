// `npm test`: type check, lint, then every vitest project (unit, integration against the emulator,
// end-to-end in Chromium). Ends with one line "N passed, N failed" for the whole run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
}

const run = (command: string, args: string[]): boolean => {
  console.log(`\n> ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', shell: false }).status === 0;
};

const checks = [
  { name: 'typecheck', ok: run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) },
  { name: 'lint', ok: run('npx', ['eslint', '.', '--max-warnings', '0']) },
  { name: 'format', ok: run('npx', ['prettier', '--check', '.']) },
];

// The projects run one after another: on two cores the browser tests share the machine with nobody.
const dir = mkdtempSync(join(tmpdir(), 'vitest-'));
const extra = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
let vitestOk = true;
for (const project of ['unit', 'integration', 'e2e']) {
  const report = join(dir, `${project}.json`);
  run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...extra,
  ]);
  try {
    const result = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
    passed += result.numPassedTests;
    failed += result.numFailedTests;
    skipped += result.numPendingTests + result.numTodoTests;
    vitestOk &&= result.success;
  } catch {
    console.error(`vitest wrote no report for ${project}: it crashed before running its tests`);
    vitestOk = false;
  }
}
for (const check of checks) {
  if (check.ok) passed += 1;
  else failed += 1;
}
console.log(`\nchecks: ${checks.map((c) => `${c.name} ${c.ok ? 'ok' : 'FAILED'}`).join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(vitestOk && failed === 0 && passed > 0 ? 0 : 1);
