// The side panel against the bare React + Fluent page, each served by its own HTTPS preview server of the same build:
// time to usable cold (fresh context: no cache, no draft) and warm (a returning visit: the browser's cache, and a draft
// of this meeting on the device), the median of runs with min and max, and the JavaScript that arrived before the
// cold panel was usable (gzip), chunk by chunk. The panel opens the 40-invitee meeting by its event (`event=`), as
// the Teams side panel does from its meeting. Usable: every attendee row is in the attendance list.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SECRETARY } from './appInNode';
import type { ServedPage } from './barePage';
import { DESKTOP_VIEWPORT, SIDE_PANEL_VIEWPORT } from './chromium';
import { leaveDraft } from './leaveDraft';
import { gzipSize, totalGzipSize } from './gzipSize';
import { loadUntilUsable, loadWarmUntilUsable, type PageLoad, type Usable } from './pageLoad';
import { median, spread } from './stats';
import type { BenchResult } from './table';

/** At least 7 (issue 17); BENCH_RUNS changes it for a quick look while working. */
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const KB = 1024;
/** The budgets of issue 17: time to usable against the bare page, and the JavaScript loaded before it. */
export const BUDGET = { cold: 1.5, warm: 1.1, jsKb: 250 } as const;

export interface SidePanelTarget {
  appUrl: string;
  outDir: string;
  eventId: string;
  attendees: number;
}

async function lazyDocxChunk(outDir: string): Promise<string | undefined> {
  const assets = await readdir(join(outDir, 'assets'));
  const chunk = assets.find((name) => /^docx-[\w-]+\.js$/.test(name));
  return chunk ? `/assets/${chunk}` : undefined;
}

export interface SidePanelFigures {
  results: BenchResult[];
  /** The side panel's scripts before it was usable (cold), with their gzip sizes, for reading the figure. */
  scripts: string[];
  /** Where the cold loads' time went: each phase mark's median and in how many of the loads it came before usable. */
  coldPhases: string[];
}

/** Each phase's median time over the loads that marked it before usable, in time order, and usable itself. */
function phaseMedians(loads: readonly PageLoad[]): string[] {
  const names = [...new Set(loads.flatMap((load) => Object.keys(load.phases)))];
  const rows = names.map((name) => {
    const times = loads.flatMap((load) => load.phases[name] ?? []);
    return { name, at: median(times), of: times.length };
  });
  rows.push({ name: 'usable', at: median(loads.map((load) => load.usableMs)), of: loads.length });
  return rows
    .sort((a, b) => a.at - b.at)
    .map(
      ({ name, at, of }) =>
        `${at.toFixed(0).padStart(6)} ms  ${name}${of < loads.length ? ` (${of} of ${loads.length})` : ''}`,
    );
}

function timeRows(kind: 'cold' | 'warm', label: string, panel: PageLoad[], bare: PageLoad[]): BenchResult[] {
  const panelMs = panel.map((load) => load.usableMs);
  const bareMs = bare.map((load) => load.usableMs);
  const ratio = median(panelMs) / median(bareMs);
  return [
    {
      name: `side panel usable, ${label} (median of ${panelMs.length})`,
      value: median(panelMs),
      unit: 'ms',
      budget: `≤ ${(BUDGET[kind] * median(bareMs)).toFixed(0)}`,
      baseline: `min ${Math.min(...panelMs).toFixed(0)}, max ${Math.max(...panelMs).toFixed(0)}; bare page ${spread(bareMs)}`,
    },
    {
      name: `side panel / bare page, ${kind}`,
      value: ratio,
      unit: '×',
      budget: `≤ ${BUDGET[kind]}`,
      baseline: `${median(panelMs).toFixed(0)} / ${median(bareMs).toFixed(0)} ms${ratio > BUDGET[kind] ? '  MISSED' : ''}`,
    },
  ];
}

export async function sidePanelLoad(
  browser: Browser,
  app: SidePanelTarget,
  bare: ServedPage,
): Promise<SidePanelFigures> {
  const url = new URL(app.appUrl);
  url.searchParams.set('surface', 'sidePanel');
  url.searchParams.set('as', SECRETARY);
  url.searchParams.set('event', app.eventId);
  const panelUsable: Usable = { selector: 'section[aria-label="Närvaro"] li', count: app.attendees };
  const bareUsable: Usable = { selector: 'tbody tr', count: 40 };
  const panelCold = () => loadUntilUsable(browser, url.toString(), panelUsable, SIDE_PANEL_VIEWPORT);
  const bareCold = () => loadUntilUsable(browser, bare.url, bareUsable, DESKTOP_VIEWPORT);
  const panelWarm = () => loadWarmUntilUsable(browser, url.toString(), panelUsable, SIDE_PANEL_VIEWPORT, leaveDraft);
  const bareWarm = () => loadWarmUntilUsable(browser, bare.url, bareUsable, DESKTOP_VIEWPORT);

  // One unmeasured load each warms the servers and the browser; then they alternate, so drift hits all of them.
  await panelCold();
  await bareCold();
  const loads = {
    panelCold: [] as PageLoad[],
    bareCold: [] as PageLoad[],
    panelWarm: [] as PageLoad[],
    bareWarm: [] as PageLoad[],
  };
  for (let run = 0; run < RUNS; run += 1) {
    loads.panelCold.push(await panelCold());
    loads.bareCold.push(await bareCold());
    loads.panelWarm.push(await panelWarm());
    loads.bareWarm.push(await bareWarm());
  }

  const panelScripts = loads.panelCold[0]?.scripts ?? [];
  const panelJs = (await totalGzipSize(app.outDir, panelScripts)) / KB;
  const bareJs = (await totalGzipSize(bare.outDir, loads.bareCold[0]?.scripts ?? [])) / KB;
  const docx = await lazyDocxChunk(app.outDir);
  const docxEarly = docx !== undefined && loads.panelCold.some((load) => load.scripts.includes(docx));
  const sized = await Promise.all(
    [...new Set(panelScripts)].map(async (path) => ({ path, kb: (await gzipSize(app.outDir, path)) / KB })),
  );
  const scripts = sized.sort((a, b) => b.kb - a.kb).map(({ path, kb }) => `${kb.toFixed(1).padStart(6)} KB  ${path}`);
  const results: BenchResult[] = [
    {
      name: 'JS before side panel usable (gzip)',
      value: panelJs,
      unit: 'KB',
      budget: `≤ ${BUDGET.jsKb}`,
      baseline: `bare page ${bareJs.toFixed(0)} KB; ${sized.length} chunks${panelJs > BUDGET.jsKb ? '  MISSED' : ''}`,
    },
    {
      name: 'DOCX chunk, lazy (gzip)',
      value: docx ? (await gzipSize(app.outDir, docx)) / KB : Number.NaN,
      unit: 'KB',
      budget: 'not before usable',
      baseline: docx ? (docxEarly ? 'LOADED before usable' : 'not loaded before usable') : 'no docx chunk in the build',
    },
    ...timeRows('cold', `cold, ${app.attendees} attendees`, loads.panelCold, loads.bareCold),
    ...timeRows('warm', 'warm (draft on device)', loads.panelWarm, loads.bareWarm),
  ];
  return { results, scripts, coldPhases: phaseMedians(loads.panelCold) };
}
