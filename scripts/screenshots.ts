// Screenshots of the main screens at side-panel width (320 px) and full width, in light, dark and high
// contrast, for the README and for looking at what a secretary sees: `npx tsx scripts/screenshots.ts [outDir]`.
import { mkdir } from 'node:fs/promises';
import { chromium, type Page } from 'playwright-core';
import { devToken } from '../emulator/devToken';
import { CHROMIUM_ARGS } from '../test/e2e/chromium';
import { startStack } from '../test/support/stack';

const outDir = process.argv[2] ?? 'docs/screenshots';
/** `SHOTS=record-import npx tsx scripts/screenshots.ts` takes only the screens whose names start so. */
const only = process.env.SHOTS;
const SECRETARY = 'asa.lindqvist@samverkan.example';
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const stack = await startStack();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
await mkdir(outDir, { recursive: true });

async function todaysMeeting(): Promise<string> {
  const start = new Date();
  start.setUTCHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 86_400_000);
  const url = new URL(
    `/v1.0/me/calendarView?startDateTime=${start.toISOString()}&endDateTime=${end.toISOString()}&$select=id,subject`,
    stack.emulator.url,
  );
  const page = (await (
    await fetch(url, { headers: { Authorization: `Bearer ${devToken(SECRETARY, ['Calendars.Read'])}` } })
  ).json()) as { value: { id: string; subject: string }[] };
  return page.value.find((e) => e.subject === 'Styrgrupp närvård')!.id;
}

async function shoot(
  name: string,
  query: Record<string, string>,
  width: number,
  act: (page: Page) => Promise<void> = async () => undefined,
  fullPage = false,
  beforeOpen: (page: Page) => Promise<unknown> = async () => undefined,
): Promise<void> {
  if (only && !name.startsWith(only)) return;
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width, height: width < 400 ? 760 : 900 },
    locale: 'sv-SE',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`${name}: ${e.message}`));
  const url = new URL(stack.appUrl);
  for (const [k, v] of Object.entries({ as: SECRETARY, ...query })) url.searchParams.set(k, v);
  await beforeOpen(page);
  await page.goto(url.toString());
  await act(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage });
  console.log(`${outDir}/${name}.png`);
  await context.close();
}

const event = await todaysMeeting();
const tabs = (name: string) => async (page: Page) => {
  await page.getByRole('tab', { name }).click({ timeout: 20_000 });
};

try {
  await shoot('meeting-picker', {}, 1280);
  await shoot('minutes-full', { surface: 'meetingTab', event }, 1280, tabs('Protokoll'));
  await shoot('attendance-full', { surface: 'meetingTab', event }, 1280, tabs('Närvaro'));
  await shoot('preview-full', { surface: 'meetingTab', event }, 1280, tabs('Förhandsgranska'));
  await shoot('minutes-full-dark', { surface: 'meetingTab', event, theme: 'dark' }, 1280, tabs('Protokoll'));
  await shoot('side-panel-attendance', { surface: 'sidePanel', event }, 320, tabs('Närvaro'));
  await shoot('side-panel-minutes', { surface: 'sidePanel', event }, 320, async (page) => {
    await tabs('Protokoll')(page);
    await page.getByRole('button', { name: 'Nästa punkt' }).click();
    await page.getByRole('button', { name: 'Nästa punkt' }).click();
  });
  // A first opening on a slow link: the invitees from the calendar event, tickable, while the directory's answers
  // (held back here) and the record are on their way.
  await shoot(
    'side-panel-opening-dark',
    { surface: 'sidePanel', event, theme: 'dark' },
    320,
    (page) => page.getByRole('switch', { name: 'Närvaro för Göran Öberg' }).check({ timeout: 20_000 }),
    false,
    (page) => page.route('**/v1.0/$batch', () => new Promise(() => undefined)),
  );
  await shoot('side-panel-contrast', { surface: 'sidePanel', event, theme: 'contrast' }, 320, tabs('Närvaro'));
  await shoot('archive', { view: 'archive' }, 1280, async (page) => {
    await page
      .getByRole('table')
      .waitFor({ timeout: 20_000 })
      .catch(() => undefined);
  });
  await shoot('config', { surface: 'config' }, 1280, async (page) => {
    await page.getByRole('heading').first().waitFor({ timeout: 20_000 });
  });
  const importRecord = async (page: Page) => {
    await page.getByRole('combobox', { name: 'Grupp' }).selectOption({ label: 'Beredningsgrupp närvård' });
    await page.getByRole('button', { name: 'Importera från förra protokollet' }).click({ timeout: 20_000 });
    await page
      .getByLabel('Ladda upp en Word-fil (.docx)')
      .setInputFiles('test/fixtures/records/protokoll-styrgrupp.word.docx');
    await page.getByRole('heading', { name: 'Kontrollera det som lästes' }).waitFor({ timeout: 20_000 });
  };
  await shoot('record-import-full', { surface: 'config' }, 1280, importRecord);
  await shoot('record-import-side', { surface: 'config' }, 320, importRecord);
  await shoot('personal', { surface: 'personal', as: 'goran.oberg@samverkan.example' }, 1280);
  await shoot(
    'approval-outlook',
    { surface: 'approval', event, as: 'goran.oberg@samverkan.example' },
    420,
    async (page) => {
      await page.getByRole('heading').first().waitFor({ timeout: 20_000 });
    },
  );
} finally {
  await browser.close();
  await stack.close();
}
