// Accessibility in Chromium with axe: every surface in the light, dark and high-contrast themes has
// no serious or critical violation; and the side panel at 320 px works with the keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, control, launchChromium, openAs, SECRETARY, SIDE_PANEL } from './browser';
import { openTodaysMeeting } from './editor';

const CHAIR = 'goran.oberg@samverkan.example';
const THEMES = ['light', 'dark', 'contrast'] as const;

interface TenantState {
  drives: { id: string; items: { name: string; path: string; content?: string }[] }[];
}

let browser: Browser;
/** The record saved and sent for approval in beforeAll: the side panel and approval view open it. */
let recordKey: string;

/**
 * Tabster (Fluent's focus manager) puts focusable, aria-hidden `<i data-tabster-dummy>` sentinels at
 * the edges of tab lists and toolbars that pass focus on at once; axe's aria-hidden-focus reports them.
 * A known false positive (microsoft/tabster#288); Accessibility Insights suppresses it the same way.
 */
const tabsterSentinel = (rule: string, html: string): boolean =>
  rule === 'aria-hidden-focus' && html.includes('data-tabster-dummy');

type Theme = (typeof THEMES)[number];

/**
 * Serious and critical violations, each with the element and why, for a readable failure. The DOM is
 * the same in every theme, so the structural rules run once (light); dark and high contrast differ
 * only in colour and get the colour rules, which keeps the file within its time budget.
 */
async function seriousViolations(page: Page, theme: Theme): Promise<string[]> {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (theme === 'light') builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  else builder.withRules(['color-contrast', 'link-in-text-block']);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes
        .filter((node) => !tabsterSentinel(violation.id, node.html))
        .map(
          (node) =>
            `${violation.id}: ${node.html.slice(0, 160)} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`,
        ),
    );
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
  const drive = state.drives.find((d) =>
    d.items.some((i) => i.path.endsWith('.minutes.json') && i.name.startsWith(today)),
  );
  const source = drive?.items.find((i) => i.path.endsWith('.minutes.json') && i.name.startsWith(today));
  if (!drive || !source) throw new Error('The saved record is not in the drive');
  recordKey = `${drive.id}:${source.path.slice(1)}`;
  await context.close();
});

afterAll(async () => {
  await browser?.close();
});

/** One check per theme, side by side in their own browser contexts. */
function perTheme(
  check: (theme: Theme) => Promise<Record<string, string[]>>,
): Promise<Record<string, Record<string, string[]>>> {
  return Promise.all(THEMES.map(async (theme) => [theme, await check(theme)] as const)).then(Object.fromEntries);
}

const clean = (surfaces: readonly string[]) =>
  Object.fromEntries(THEMES.map((theme) => [theme, Object.fromEntries(surfaces.map((surface) => [surface, []]))]));

describe('axe in the light, dark and high-contrast themes', () => {
  it('meeting picker and every tab of the full editor', async () => {
    const tabs = ['Närvaro', 'Protokoll', 'Förhandsgranska', 'Justering'];
    const found = await perTheme(async (theme) => {
      const { context, page } = await openAs(browser, SECRETARY, { theme });
      await page
        .getByRole('button', { name: /^Öppna Styrgrupp närvård/ })
        .first()
        .waitFor({ timeout: 30_000 });
      const result: Record<string, string[]> = { picker: await seriousViolations(page, theme) };
      await openTodaysMeeting(page);
      for (const tab of tabs) {
        await page.getByRole('tab', { name: tab, exact: true }).click();
        await page.getByRole('tabpanel', { name: tab }).waitFor();
        result[tab] = await seriousViolations(page, theme);
      }
      await context.close();
      return result;
    });
    expect(found).toEqual(clean(['picker', ...tabs]));
  });

  it('side panel at 320 px, approval view and personal tab', async () => {
    const found = await perTheme(async (theme) => {
      const result: Record<string, string[]> = {};
      const sidePanel = await openAs(
        browser,
        SECRETARY,
        { theme, surface: 'sidePanel', record: recordKey },
        SIDE_PANEL,
      );
      await sidePanel.page.getByRole('tab', { name: 'Närvaro' }).waitFor({ timeout: 30_000 });
      result.sidePanelAttendance = await seriousViolations(sidePanel.page, theme);
      await sidePanel.page.getByRole('tab', { name: 'Protokoll' }).click();
      await sidePanel.page.getByRole('tabpanel', { name: 'Protokoll' }).waitFor();
      result.sidePanelMinutes = await seriousViolations(sidePanel.page, theme);
      await sidePanel.context.close();

      const approval = await openAs(browser, CHAIR, { theme, surface: 'approval', record: recordKey });
      await approval.page.getByRole('button', { name: 'Justera' }).waitFor({ timeout: 30_000 });
      result.approval = await seriousViolations(approval.page, theme);
      await approval.context.close();

      const personal = await openAs(browser, SECRETARY, { theme, surface: 'personal' });
      await personal.page.getByRole('heading').first().waitFor({ timeout: 30_000 });
      await personal.page.waitForLoadState('networkidle');
      result.personal = await seriousViolations(personal.page, theme);
      await personal.context.close();
      return result;
    });
    expect(found).toEqual(clean(['sidePanelAttendance', 'sidePanelMinutes', 'approval', 'personal']));
  });
});

/** The focused element's accessible name as a screen reader would start to read it. */
const focusedName = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return (element?.getAttribute('aria-label') ?? element?.innerText ?? '').trim();
  });

/** Presses Tab until the focused control's name matches: what a keyboard user does. */
async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${name}; last focus: "${await focusedName(page)}"`);
}

describe('keyboard only, side panel at 320 px', () => {
  it('captures a decision and an assignment in the current item and saves them', async () => {
    const { context, page } = await openAs(browser, SECRETARY, { surface: 'sidePanel', record: recordKey }, SIDE_PANEL);
    await page.getByRole('tab', { name: 'Närvaro' }).waitFor({ timeout: 30_000 });

    // The tab list is one Tab stop (WAI-ARIA tabs): arrow to "Protokoll", Enter selects it.
    await tabTo(page, /^Närvaro$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('tabpanel', { name: 'Protokoll' }).waitFor();

    await tabTo(page, /^Lägg till beslut$/);
    await page.keyboard.press('Enter');
    await page.keyboard.type('att anta handlingsplanen');
    await tabTo(page, /^Lägg till uppdrag$/);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Skicka handlingsplanen till kommunerna');
    await tabTo(page, /^Spara till SharePoint$/);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Sparat i SharePoint' }).first().waitFor({ timeout: 30_000 });

    const state = await control<TenantState>('/_emulator/state');
    const saved = state.drives
      .flatMap((d) => d.items)
      .find((i) => i.path === `/${recordKey.slice(recordKey.indexOf(':') + 1)}`);
    const record = JSON.parse(saved!.content!) as {
      items: { decisionBlocks: { decisions: { text: string }[] }[]; assignments: { text: string }[] }[];
    };
    const current = record.items[0]!;
    expect(current.decisionBlocks.flatMap((b) => b.decisions).map((d) => d.text)).toContain('att anta handlingsplanen');
    expect(current.assignments.map((a) => a.text)).toContain('Skicka handlingsplanen till kommunerna');
    await context.close();
  });
});
