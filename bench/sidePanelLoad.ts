// The side panel against the bare React + Fluent page, both cold loads in fresh contexts from their own HTTPS preview
// servers: the JavaScript that arrived before each was usable (gzip) and the time to usable (median of runs).
// The side panel opens the 40-invitee meeting's saved record (`record=`, the surface's existing parameter): the
// browser host has no Teams meeting context to find the event from. Usable: every attendee row is in the list.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SECRETARY } from './appInNode';
import type { ServedPage } from './barePage';
import { DESKTOP_VIEWPORT, SIDE_PANEL_VIEWPORT } from './chromium';
import { gzipSize, totalGzipSize } from './gzipSize';
import { loadUntilUsable, type PageLoad, type Usable } from './pageLoad';
import { median } from './stats';
import type { BenchResult } from './table';

const RUNS = 5;
const KB = 1024;

export interface SidePanelTarget {
  appUrl: string;
  outDir: string;
  recordKey: string;
  attendees: number;
}

async function lazyDocxChunk(outDir: string): Promise<string | undefined> {
  const assets = await readdir(join(outDir, 'assets'));
  const chunk = assets.find((name) => /^docx-[\w-]+\.js$/.test(name));
  return chunk ? `/assets/${chunk}` : undefined;
}

export interface SidePanelFigures {
  results: BenchResult[];
  /** The side panel's scripts before it was usable, with their gzip sizes, for reading the figure. */
  scripts: string[];
}

export async function sidePanelLoad(
  browser: Browser,
  app: SidePanelTarget,
  bare: ServedPage,
): Promise<SidePanelFigures> {
  const url = new URL(app.appUrl);
  url.searchParams.set('surface', 'sidePanel');
  url.searchParams.set('as', SECRETARY);
  url.searchParams.set('record', app.recordKey);
  const panelUsable: Usable = { selector: 'section[aria-label="Närvaro"] li', count: app.attendees };
  const bareUsable: Usable = { selector: 'tbody tr', count: 40 };
  const loadPanel = () => loadUntilUsable(browser, url.toString(), panelUsable, SIDE_PANEL_VIEWPORT);
  const loadBare = () => loadUntilUsable(browser, bare.url, bareUsable, DESKTOP_VIEWPORT);

  // One unmeasured load each warms the servers and the browser; then the two alternate, so drift hits both.
  await loadPanel();
  await loadBare();
  const panel: PageLoad[] = [];
  const floor: PageLoad[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    panel.push(await loadPanel());
    floor.push(await loadBare());
  }

  const panelScripts = panel[0]?.scripts ?? [];
  const panelJs = await totalGzipSize(app.outDir, panelScripts);
  const bareJs = await totalGzipSize(bare.outDir, floor[0]?.scripts ?? []);
  const docx = await lazyDocxChunk(app.outDir);
  const docxEarly = docx !== undefined && panel.some((load) => load.scripts.includes(docx));
  const panelMs = median(panel.map((load) => load.usableMs));
  const bareMs = median(floor.map((load) => load.usableMs));
  const scripts = await Promise.all(
    [...new Set(panelScripts)].map(
      async (path) => `${path} ${((await gzipSize(app.outDir, path)) / KB).toFixed(1)} KB`,
    ),
  );
  const results: BenchResult[] = [
    {
      name: 'JS before side panel usable (gzip)',
      value: panelJs / KB,
      unit: 'KB',
      budget: '≤ 250',
      baseline: `bare page ${(bareJs / KB).toFixed(0)} KB`,
    },
    {
      name: 'DOCX chunk, lazy (gzip)',
      value: docx ? (await gzipSize(app.outDir, docx)) / KB : Number.NaN,
      unit: 'KB',
      budget: 'not before usable',
      baseline: docx ? (docxEarly ? 'LOADED before usable' : 'not loaded before usable') : 'no docx chunk in the build',
    },
    {
      name: `side panel usable, ${app.attendees} attendees (median of ${RUNS})`,
      value: panelMs,
      unit: 'ms',
      budget: `≤ ${(1.5 * bareMs).toFixed(0)}`,
      baseline: `bare page ${bareMs.toFixed(0)} ms`,
    },
    {
      name: 'side panel / bare page, time to usable',
      value: panelMs / bareMs,
      unit: '×',
      budget: '≤ 1.5',
      baseline: `${panelMs.toFixed(0)} / ${bareMs.toFixed(0)} ms`,
    },
  ];
  return { results, scripts };
}
