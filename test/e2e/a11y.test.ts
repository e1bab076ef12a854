// Accessibility in Chromium with axe: every surface in the light, dark and high-contrast themes has
// no serious or critical violation; and the side panel at 320 px works with the keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, control, launchChromium, openAs } from './browser';

const SECRETARY = 'asa.lindqvist@samverkan.example';
const CHAIR = 'goran.oberg@samverkan.example';
const THEMES = ['light', 'dark', 'contrast'] as const;
const SIDE_PANEL = { width: 320, height: 800 };

interface TenantState {
  drives: { id: string; items: { name: string; path: string }[] }[];
}

let browser: Browser;
/** The record saved and sent for approval in beforeAll: the side panel and approval view open it. */
let recordKey: string;

/**
 * Tabster (Fluent's focus manager) puts focusable, aria-hidden `<i data-tabster-dummy>` sentinels at
 * the edges of tab lists and toolbars that pass focus on at once; axe's aria-hidden-focus reports them.
 * A known false positive (microsoft/tabster#288); Accessibility Insights suppresses it the same way.
 */
const tabsterSentinel = (rule: string, html: string): boolean => rule === 'aria-hidden-focus' && html.includes('data-tabster-dummy');

/** Serious and critical violations, each with the elements it names and why, for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes
        .filter((node) => !tabsterSentinel(violation.id, node.html))
        .map((node) => `${violation.id}: ${node.html.slice(0, 160)} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`),
    );
}

async function openTodaysMeeting(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Mina möten' }).waitFor();
  await page.getByRole('button', { name: /^Öppna Styrgrupp närvård/ }).first().click();
  await page.getByRole('heading', { name: /^Protokoll Styrgrupp närvård \d{4}-\d{2}-\d{2}$/ }).waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  browser = await launchChromium();
  await control('/_emulator/reset', {});
  // openAs registers a failure screenshot, which only a test can: set-up opens its own context.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto(`${appUrl()}?as=${SECRETARY}`);
  await openTodaysMeeting(page);
  await page.getByRole('button', { name: 'Spara till SharePoint' }).click();
  await page.getByRole('status').filter({ hasText: 'Sparat i SharePoint' }).first().waitFor({ timeout: 30_000 });
  // The record's key, as the approval link names it: the drive and the path of its source file.
  const state = await control<TenantState>('/_emulator/state');
  const today = new Date().toISOString().slice(0, 10);
  const drive = state.drives.find((d) => d.items.some((i) => i.path.endsWith('.minutes.json') && i.name.startsWith(today)));
  const source = drive?.items.find((i) => i.path.endsWith('.minutes.json') && i.name.startsWith(today));
  if (!drive || !source) throw new Error('The saved record is not in the drive');
  recordKey = `${drive.id}:${source.path.slice(1)}`;
  await context.close();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(THEMES)('axe, %s theme', (theme) => {
  it('meeting picker and every tab of the full editor', async () => {
    const { context, page } = await openAs(browser, SECRETARY, { theme });
    await page.getByRole('heading', { name: 'Mina möten' }).waitFor();
    await page.getByRole('button', { name: /^Öppna Styrgrupp närvård/ }).first().waitFor();
    const found: Record<string, string[]> = { picker: await seriousViolations(page) };
    await openTodaysMeeting(page);
    for (const tab of ['Närvaro', 'Protokoll', 'Förhandsgranska', 'Justering']) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.getByRole('tabpanel', { name: tab }).waitFor();
      found[tab] = await seriousViolations(page);
    }
    expect(found).toEqual({ picker: [], Närvaro: [], Protokoll: [], Förhandsgranska: [], Justering: [] });
    await context.close();
  });

  it('side panel at 320 px, approval view and personal tab', async () => {
    const found: Record<string, string[]> = {};
    const sidePanel = await openAs(browser, SECRETARY, { theme, surface: 'sidePanel', record: recordKey }, SIDE_PANEL);
    await sidePanel.page.getByRole('tab', { name: 'Närvaro' }).waitFor({ timeout: 30_000 });
    found.sidePanelAttendance = await seriousViolations(sidePanel.page);
    await sidePanel.page.getByRole('tab', { name: 'Protokoll' }).click();
    await sidePanel.page.getByRole('tabpanel', { name: 'Protokoll' }).waitFor();
    found.sidePanelMinutes = await seriousViolations(sidePanel.page);
    await sidePanel.context.close();

    const approval = await openAs(browser, CHAIR, { theme, surface: 'approval', record: recordKey });
    await approval.page.getByRole('button', { name: 'Justera' }).waitFor({ timeout: 30_000 });
    found.approval = await seriousViolations(approval.page);
    await approval.context.close();

    const personal = await openAs(browser, SECRETARY, { theme, surface: 'personal' });
    await personal.page.waitForLoadState('networkidle');
    await personal.page.getByRole('heading').first().waitFor({ timeout: 30_000 });
    found.personal = await seriousViolations(personal.page);
    await personal.context.close();

    expect(found).toEqual({ sidePanelAttendance: [], sidePanelMinutes: [], approval: [], personal: [] });
  });
});
