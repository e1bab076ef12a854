// Import from last record in Chromium: the secretary uploads a protokoll (a committed fixture in LibreOffice's
// dialect) on the configuration page, checks what was read, saves, and the group's next meeting opens with the
// imported people, the § after the record's last, and the record's items as the template.
import { describe, expect, it } from 'vitest';
import { useChromium, openAs, control, SECRETARY } from './browser';
import { devToken } from '../../emulator/devToken';
import { emulatorUrl } from './browser';
import { graphAs, todaysEventId } from './graph';

const GROUP = 'Styrgrupp närvård';

const chromium = useChromium();

describe('import from last record', () => {
  it('turns the last Word protokoll into the group’s roster, § and template in at most 10 actions', async () => {
    await control('/_emulator/reset', {});
    const { page, errors, context } = await openAs(chromium(), SECRETARY, { surface: 'config' });
    let actions = 0;
    const act = async <T>(step: Promise<T>) => {
      actions += 1;
      return step;
    };
    await page.getByRole('heading', { name: 'Gruppens inställningar' }).waitFor({ timeout: 30_000 });
    await act(page.getByRole('combobox', { name: 'Grupp' }).selectOption({ label: GROUP }));
    await act(page.getByRole('button', { name: 'Importera från förra protokollet' }).click());
    await act(
      page
        .getByLabel('Ladda upp en Word-fil (.docx)')
        .setInputFiles('test/fixtures/records/protokoll-styrgrupp.libreoffice.docx'),
    );
    await page.getByRole('heading', { name: 'Kontrollera det som lästes' }).waitFor({ timeout: 30_000 });
    const people = page.getByRole('list', { name: 'Deltagare i dokumentets ordning' });
    expect(await people.getByRole('checkbox').count()).toBe(10);
    expect(await page.getByRole('spinbutton', { name: /Nästa mötes första §/ }).inputValue()).toBe('18');
    await act(page.getByRole('button', { name: 'Använd i inställningarna' }).click());
    await act(page.getByRole('button', { name: 'Spara' }).click());
    await page.getByText('Inställningarna är sparade.').waitFor({ timeout: 30_000 });

    // The group's next meeting (its seeded earlier record ends far below § 17): the meeting tab, as Teams opens it.
    const event = await todaysEventId(SECRETARY, GROUP);
    await act(page.goto(page.url().replace('surface=config', `surface=meetingTab&event=${encodeURIComponent(event)}`)));
    await page
      .getByText(/§ 18\b/)
      .first()
      .waitFor({ timeout: 30_000 });
    // The header's scope shows before the lazily loaded minutes tab has rendered its items.
    await page.getByText('Mötets öppnande').first().waitFor({ timeout: 30_000 });
    const minutes = await page.locator('body').innerText();
    await act(page.getByRole('tab', { name: 'Närvaro' }).click());
    await page.getByText('Karin Sjöström').first().waitFor({ timeout: 30_000 });
    const attendance = await page.getByRole('tabpanel').innerText();
    const text = minutes + attendance;
    // The record's order (chair, vice chair, secretary, then the members as listed), not the invite's or A–Ö.
    const order = ['Karin Sjöström', 'Olle Bäckman', 'Åsa Lindqvist', 'Per-Erik Ågren', 'Sven Dahl'];
    const positions = order.map((name) => attendance.indexOf(name));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const title of ['Mötets öppnande', 'Val av justerare', 'Föregående protokoll', 'Ekonomisk uppföljning']) {
      expect(text).toContain(title);
    }
    expect(actions).toBeLessThanOrEqual(10);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers the import at the group’s first meeting in the app, and builds that meeting from the last record', async () => {
    await control('/_emulator/reset', {});
    // The group has never kept a record with the app: no settings file in its library.
    const teams = await graphAs<{ value: { id: string; displayName: string }[] }>(SECRETARY, '/me/joinedTeams', [
      'Team.ReadBasic.All',
    ]);
    const groupId = teams.value.find((team) => team.displayName === GROUP)?.id ?? '';
    const removed = await fetch(
      new URL(`/v1.0/groups/${groupId}/drive/root:/Protokoll/group-settings.json`, emulatorUrl()),
      { method: 'DELETE', headers: { Authorization: `Bearer ${devToken(SECRETARY, ['Files.ReadWrite.All'])}` } },
    );
    expect(removed.status).toBe(204);

    const event = await todaysEventId(SECRETARY, GROUP);
    const { page, errors, context } = await openAs(chromium(), SECRETARY, { surface: 'meetingTab', event });
    await page.getByText('Första mötet med gruppen i appen?').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Importera från förra protokollet' }).click();
    await page
      .getByLabel('Ladda upp en Word-fil (.docx)')
      .setInputFiles('test/fixtures/records/protokoll-styrgrupp.word.docx');
    await page.getByRole('heading', { name: 'Kontrollera det som lästes' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Använd i inställningarna' }).click();
    await page.getByText('Gruppens inställningar är sparade').waitFor({ timeout: 30_000 });
    await page
      .getByText(/§ 18\b/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.getByText('Ekonomisk uppföljning').first().waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Närvaro' }).click();
    await page.getByText('Karin Sjöström').first().waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
