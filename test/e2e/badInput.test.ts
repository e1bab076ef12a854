// Hostile data through Graph, as another client (or an attacker with write access to the group's
// library) could leave it: a record whose every field carries markup and script, uploaded to the
// group's drive. The approval view and the editor must show the text literally and run none of it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintDevToken } from '../../src/auth/devTokenProvider';
import { allScopes } from '../../src/auth/scopes';
import type { Minutes } from '../../src/domain/model';
import { hostile } from '../fixtures/bad-input';
import { devAccount } from '../emulator/support';
import { control, emulatorUrl, launchChromium, openAs, SECRETARY } from './browser';

const CHAIR = 'goran.oberg@samverkan.example';
const HOSTILE_PATH = 'Protokoll/2026/2026-09-01 Styrgrupp närvård.minutes.json';

interface TenantState {
  drives: { id: string; items: { path: string; content?: string }[] }[];
}

let browser: Browser;
let recordKey: string;

/** A payload per field, numbered so a failure names the field it came from. */
const payload = (field: string, index: number): string => `${field}: ${hostile[index % hostile.length]}`;

/** The demo tenant's previous record of the group, with markup and script in every text field. */
function hostileRecord(previous: Minutes): Minutes {
  const record = structuredClone(previous);
  record.id = 'hostile-record';
  record.title = payload('Rubrik', 0);
  record.place = payload('Plats', 1);
  record.status = 'sentForApproval';
  record.attendees = record.attendees.map((attendee, i) => ({
    ...attendee,
    name: payload(`Namn ${i}`, i + 2),
    organisation: payload(`Organisation ${i}`, i + 3),
  }));
  record.items = record.items.map((item, i) => ({
    ...item,
    title: payload(`Punkt ${i}`, i),
    presenter: payload(`Föredragande ${i}`, i + 1),
    notes: [
      {
        type: 'paragraph',
        content: [
          { text: payload(`Anteckning ${i}`, i + 2) },
          { text: ' länk', href: 'javascript:window.__pwned = "href"' },
        ],
      },
    ],
    decisionBlocks: [
      { id: `b${i}`, decisions: [{ id: `d${i}`, text: payload(`Beslut ${i}`, i + 3) }], notesAfter: [] },
    ],
    assignments: [
      {
        id: `a${i}`,
        text: payload(`Uppdrag ${i}`, i + 4),
        assignees: [{ name: payload(`Ansvarig ${i}`, i + 5) }],
        sync: { state: 'pending' },
      },
    ],
    links: [{ id: `l${i}`, title: payload(`Länk ${i}`, i + 6), url: 'https://example.se/underlag' }],
  }));
  return record;
}

/** Writes a file into a drive through Graph as the secretary, with a dev token like the app's. */
async function upload(driveId: string, path: string, body: string): Promise<void> {
  const token = mintDevToken(devAccount(SECRETARY), allScopes, Math.floor(Date.now() / 1000), 3600);
  const url = `${emulatorUrl()}/v1.0/drives/${encodeURIComponent(driveId)}/root:/${path.split('/').map(encodeURIComponent).join('/')}:/content`;
  const response = await fetch(url, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body,
  });
  if (!response.ok) throw new Error(`Upload of ${path}: ${response.status} ${await response.text()}`);
}

beforeAll(async () => {
  browser = await launchChromium();
  await control('/_emulator/reset', {});
  const state = await control<TenantState>('/_emulator/state');
  const drive = state.drives.find((d) => d.items.some((i) => i.path.endsWith('Styrgrupp närvård.minutes.json')));
  const previous = drive?.items.find((i) => i.path.endsWith('Styrgrupp närvård.minutes.json'));
  if (!drive || !previous?.content) throw new Error("The demo tenant has no previous record of 'Styrgrupp närvård'");
  await upload(drive.id, HOSTILE_PATH, JSON.stringify(hostileRecord(JSON.parse(previous.content) as Minutes)));
  recordKey = `${drive.id}:${HOSTILE_PATH}`;
});

afterAll(async () => {
  await browser?.close();
});

interface Trapped {
  page: Page;
  close(): Promise<void>;
  /** Every attempt to set window.__pwned, every dialog, every uncaught error. */
  ran(): Promise<string[]>;
}

async function openTrapped(upn: string, query: Record<string, string>): Promise<Trapped> {
  const session = await openAs(browser, upn, query);
  const dialogs: string[] = [];
  session.page.on('dialog', (dialog) => {
    dialogs.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // A setter, so even a script that runs and cleans up after itself is caught.
  await session.context.addInitScript(() => {
    const hits: string[] = [];
    Object.defineProperty(window, '__pwnedHits', { value: hits });
    Object.defineProperty(window, '__pwned', {
      set: (value: unknown) => void hits.push(String(value)),
      get: () => undefined,
    });
  });
  await session.page.reload();
  return {
    page: session.page,
    close: () => session.context.close(),
    ran: async () => [
      ...(await session.page.evaluate(() => (window as unknown as { __pwnedHits: string[] }).__pwnedHits)),
      ...dialogs,
      ...session.errors,
    ],
  };
}

/** Elements the payloads would create if any of them became markup. */
const injectedElements = (page: Page): Promise<number> =>
  page
    .locator(
      '#root script, #root iframe, #root svg[onload], #root img[src="x"], #root [onerror], #root [onmouseover], #root a[href^="javascript:" i], #root style:not([data-make-styles-bucket])',
    )
    .count();

describe('a hostile record from the group library', () => {
  it('shows as text in the approval view, and nothing in it runs', async () => {
    const chair = await openTrapped(CHAIR, { surface: 'approval', record: recordKey });
    const { page } = chair;
    await page.getByRole('button', { name: 'Justera' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByText(payload('Rubrik', 0), { exact: false }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(payload('Beslut 4', 7), { exact: false }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(payload('Namn 0', 2), { exact: false }).count()).toBeGreaterThan(0);
    await page.mouse.move(200, 300);
    expect(await injectedElements(page)).toBe(0);
    expect(await chair.ran()).toEqual([]);
    // The trap itself works: a script that does run is reported.
    await page.evaluate(() => ((window as unknown as { __pwned: string }).__pwned = 'self-check'));
    expect(await chair.ran()).toEqual(['self-check']);
    await chair.close();
  });

  it('shows as text in every tab of the editor, and nothing in it runs', async () => {
    const secretary = await openTrapped(SECRETARY, { surface: 'meetingTab', record: recordKey });
    const { page } = secretary;
    await page.getByRole('tab', { name: 'Protokoll' }).waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Protokoll' }).click();
    // Inputs hold the text as their value; the notes editor as its text.
    await expect
      .poll(() =>
        page
          .getByRole('textbox', { name: /^Rubrik för punkten/ })
          .first()
          .inputValue(),
      )
      .toBe(payload('Punkt 0', 0));
    await expect.poll(() => page.getByText(payload('Anteckning 2', 4), { exact: false }).count()).toBeGreaterThan(0);
    for (const tab of ['Närvaro', 'Förhandsgranska', 'Justering']) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.getByRole('tabpanel', { name: tab }).waitFor();
      await page.mouse.move(300, 400);
      expect({ tab, injected: await injectedElements(page) }).toEqual({ tab, injected: 0 });
    }
    await expect.poll(() => page.getByText(payload('Namn 1', 3), { exact: false }).count()).toBeGreaterThan(0);
    expect(await secretary.ran()).toEqual([]);
    await secretary.close();
  });
});
