// throwaway: warm-load CPU profile mapped to sources, with a timeline
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { startStack } from '../test/support/stack';
import { appInNode, SECRETARY } from './appInNode';
import { freshPage, launchChromium, SIDE_PANEL_VIEWPORT } from './chromium';
import { leaveDraft } from './leaveDraft';
import { seedLargeRecord } from './seedLargeRecord';
import type { Profile } from './cpuProfile';

interface Node2 { children?: number[]; id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }
async function main() {
  const temp = await mkdtemp(join(tmpdir(), 'prof-'));
  const outDir = join(temp, 'app');
  process.env.BENCH_SOURCEMAP = '1';
  const stack = await startStack({ outDir, sourcemap: true });
  const browser = await launchChromium();
  const seeded = await seedLargeRecord(appInNode(stack.emulator.url));
  const url = new URL(stack.appUrl);
  url.searchParams.set('surface', 'sidePanel'); url.searchParams.set('as', SECRETARY); url.searchParams.set('event', seeded.eventId);
  const usable = 'section[aria-label="Närvaro"] li';
  const mode = process.argv[2] ?? 'warm';
  const { context, page } = await freshPage(browser, SIDE_PANEL_VIEWPORT);
  let target = page;
  if (mode === 'warm') {
    await page.goto(url.toString());
    await page.waitForFunction(({ s, n }) => document.querySelectorAll(s).length >= n, { s: usable, n: seeded.attendees }, { timeout: 60000 });
    await leaveDraft(page); await page.close(); target = await context.newPage();
  }
  const cdp = await context.newCDPSession(target);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 400 }); await cdp.send('Profiler.start');
  await target.goto(url.toString(), { waitUntil: 'commit' });
  await target.waitForFunction(({ s, n }) => document.querySelectorAll(s).length >= n, { s: usable, n: seeded.attendees }, { polling: 'raf', timeout: 60000 });
  const usableMs = await target.evaluate(() => performance.now());
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile & { nodes: Node2[]; startTime: number } };
  const maps = new Map<string, SourceMapConsumer | null>();
  async function mapOf(u: string) {
    if (!u.includes('/assets/')) return null;
    if (!maps.has(u)) {
      const f = join(outDir, 'assets', u.split('/assets/')[1]!);
      try { maps.set(u, new SourceMapConsumer(JSON.parse(await readFile(f + '.map', 'utf8')))); } catch { maps.set(u, null); }
    }
    return maps.get(u)!;
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>(); const byFile = new Map<string, number>();
  const buckets = new Map<number, Map<string, number>>();
  let t = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += (profile.timeDeltas[i] ?? 0) / 1000;
    const f = byId.get(profile.samples[i]!)?.callFrame; if (!f) continue;
    if (['(idle)', '(program)'].includes(f.functionName)) continue;
    const m = await mapOf(f.url);
    let where = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    let file = f.url.split('/').pop() || f.functionName;
    if (m) { const p = m.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
      if (p.source) { file = p.source.replace(/.*node_modules\//, '~').replace(/.*\/src\//, 'src/'); where = `${p.name ?? f.functionName} ${file}:${p.line}`; } }
    const d = (profile.timeDeltas[i] ?? 0) / 1000;
    totals.set(where, (totals.get(where) ?? 0) + d);
    const pkg = file.startsWith('~') ? file.split('/').slice(0, file.startsWith('~@') ? 2 : 1).join('/') : file;
    byFile.set(pkg, (byFile.get(pkg) ?? 0) + d);
    const b = Math.floor(t / 50); if (!buckets.has(b)) buckets.set(b, new Map());
    const key = process.env.BY_FN ? where : pkg; buckets.get(b)!.set(key, (buckets.get(b)!.get(key) ?? 0) + d);
  }
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  const nameOf = new Map<number, string>();
  for (const n of profile.nodes) { const f = n.callFrame; const m = await mapOf(f.url); let nm = f.functionName || '(anon)';
    if (m) { const p = m.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber }); if (p.source) nm = `${p.name ?? f.functionName} ${p.source.replace(/.*node_modules\//, '~').replace(/.*\/src\//, 'src/')}`; }
    nameOf.set(n.id, nm); }
  for (let i = 0; i < profile.samples.length; i++) { const d = (profile.timeDeltas[i] ?? 0) / 1000; const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) { const nm = nameOf.get(id)!; if (seen.has(nm)) continue; seen.add(nm); incl.set(nm, (incl.get(nm) ?? 0) + d); } }
  console.log('inclusive:');
  for (const [k, v] of [...incl].filter(([k]) => /src\/ui|src\/app|src\/domain|src\/storage|react-components|react-switch|react-text|react-tab/.test(k)).sort((a, c) => c[1] - a[1]).slice(0, 60)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
  console.log(`${mode} usable ${usableMs.toFixed(0)} ms (profile time axis starts before navigation)`);
  for (const [b, m] of [...buckets].sort((a, c) => a[0] - c[0])) {
    const tot = [...m.values()].reduce((a, c) => a + c, 0);
    const top = [...m].sort((a, c) => c[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
    console.log(`${String(b * 50).padStart(5)} ms busy ${tot.toFixed(0).padStart(3)}  ${top}`);
  }
  console.log('by file/package:');
  for (const [k, v] of [...byFile].sort((a, c) => c[1] - a[1]).slice(0, 90)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
  console.log('by function:');
  for (const [k, v] of [...totals].sort((a, c) => c[1] - a[1]).slice(0, 90)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
  await browser.close(); await stack.close();
}
void main();
