// Files come from a separate origin, as SharePoint and *.svc.ms are (emulator mode downloadCors). In Chromium: following
// Graph's 302 with Graph's headers fails on that origin's CORS, a plain GET of downloadUrl works, and when the origin
// sends no CORS headers at all the app says so and recovers on Retry, without losing anything.
import { afterAll, describe, expect, it } from 'vitest';
import { devToken } from '../../emulator/devToken';
import { control, emulatorUrl, openAs, useChromium, SECRETARY } from './browser';
import { graphAs, todaysEventId } from './graph';

const chromium = useChromium();
afterAll(() => control('/_emulator/reset', {}));

async function settingsPath(): Promise<string> {
  const teams = await graphAs<{ value: { id: string; displayName: string }[] }>(SECRETARY, '/me/joinedTeams', [
    'Team.ReadBasic.All',
  ]);
  const steering = teams.value.find((team) => team.displayName === 'Styrgrupp närvård')?.id ?? '';
  return `/v1.0/groups/${steering}/drive/root:/Protokoll/group-settings.json`;
}

describe('downloads from SharePoint’s origin', () => {
  it('refuses a followed 302 carrying Graph’s headers, and serves downloadUrl to a simple GET', async () => {
    const { page, context } = await openAs(chromium(), SECRETARY);
    const result = await page.evaluate(
      async ({ graph, path, token }) => {
        const headers = { Authorization: `Bearer ${token}`, SdkVersion: 'graph-js/3.0.7' };
        const item = (await (await fetch(`${graph}${path}`, { headers })).json()) as Record<string, string>;
        const direct = await fetch(item['@microsoft.graph.downloadUrl'] ?? '').then(
          async (response) => `${response.status} ${(await response.text()).slice(0, 1)}`,
          (error: unknown) => `blocked: ${String(error)}`,
        );
        const followed = await fetch(`${graph}${path}:/content`, { headers }).then(
          (response) => `${response.status}`,
          (error: unknown) => `blocked: ${String(error)}`,
        );
        return { direct, followed };
      },
      { graph: emulatorUrl(), path: await settingsPath(), token: devToken(SECRETARY, ['Files.ReadWrite.All']) },
    );
    expect(result.direct).toBe('200 {');
    expect(result.followed).toMatch(/^blocked: TypeError/);
    await context.close();
  });

  it('says so when the file host sends no CORS headers, and opens the record on Retry once it does', async () => {
    const eventId = await todaysEventId(SECRETARY, 'Styrgrupp närvård');
    await control('/_emulator/modes', { downloadCors: 'none' });
    const { page, errors, context } = await openAs(chromium(), SECRETARY, { surface: 'meetingTab', event: eventId });
    const alert = page.getByText(/Microsoft 365 gick inte att nå från den här sidan/);
    await alert.waitFor({ timeout: 30_000 });
    await control('/_emulator/modes', { downloadCors: 'sharepoint' });
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await page.getByRole('tab', { name: 'Protokoll' }).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
