// The emulator's field modes (emulator/modes/): switchable through the control API, on by default where Microsoft 365
// behaves that way, restored by reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADJUSTER, allPages, CHAIR, SECRETARY, send, startTestEmulator, type TestEmulator } from './support';

interface Event {
  id: string;
  subject: string;
  type: string;
  seriesMasterId: string | null;
  start: { dateTime: string };
  organizer: { emailAddress: { address: string } };
  onlineMeeting: { joinUrl: string } | null;
}

const NOW = new Date('2026-03-02T12:00:00Z');
let emu: TestEmulator;
let driveId: string;
let planId: string;
beforeAll(async () => {
  emu = await startTestEmulator({ now: () => NOW });
  const groups = (await emu.graphFetch('/me/joinedTeams')).json<{ value: { id: string; displayName: string }[] }>()
    .value;
  const steering = groups.find((group) => group.displayName === 'Styrgrupp närvård')?.id ?? '';
  driveId = (await emu.graphFetch(`/groups/${steering}/drive`)).json<{ id: string }>().id;
  planId =
    (await emu.graphFetch(`/groups/${steering}/planner/plans`)).json<{ value: { id: string }[] }>().value[0]?.id ?? '';
});
afterAll(async () => {
  await emu.close();
});

const window = (fromDays: number, toDays: number): string =>
  `startDateTime=${new Date(NOW.getTime() + fromDays * 86400_000).toISOString()}&endDateTime=${new Date(NOW.getTime() + toDays * 86400_000).toISOString()}`;
const calendar = async (as = SECRETARY): Promise<Event[]> =>
  (await allPages<Event>(emu, `/me/calendarView?${window(-70, 70)}`, { as })).items;

describe('the control API', () => {
  it('lists the modes, switches one, refuses unknown ones, and reset restores the defaults', async () => {
    const defaults = await emu.control<Record<string, unknown>>('/_emulator/modes');
    expect(defaults).toEqual({
      downloadCors: 'sharepoint',
      outlookMeetingChats: true,
      foreignOrganizer: true,
      seriesMasterInvites: true,
      naaUnavailable: false,
      plannerLimits: true,
      rootAlias: true,
      pdfConversion: 'ok',
    });
    expect(await emu.control('/_emulator/modes', { naaUnavailable: true })).toMatchObject({ naaUnavailable: true });
    await expect(emu.control('/_emulator/modes', { teleport: true })).rejects.toThrow(/400.*Unknown mode/);
    await expect(emu.control('/_emulator/modes', { downloadCors: 'maybe' })).rejects.toThrow(/400/);
    await emu.control('/_emulator/reset', {});
    expect(await emu.control('/_emulator/modes')).toEqual(defaults);
  });
});

describe('downloads from a separate origin', () => {
  const settingsUrl = async (): Promise<string> =>
    (await emu.graphFetch(`/drives/${driveId}/root:/Protokoll/group-settings.json`)).json<{
      '@microsoft.graph.downloadUrl': string;
    }>()['@microsoft.graph.downloadUrl'];

  it('serves downloadUrl and the 302 from another origin, with CORS for a simple GET and none for a preflight', async () => {
    const url = await settingsUrl();
    expect(new URL(url).origin).toBe(emu.emulator.downloadOrigin);
    expect(new URL(url).origin).not.toBe(new URL(emu.url).origin);
    const redirect = await emu.graphFetch(`/drives/${driveId}/root:/Protokoll/group-settings.json:/content`);
    expect(new URL(redirect.headers.location ?? '').origin).toBe(emu.emulator.downloadOrigin);
    const simple = await send(url, { headers: { Origin: 'https://app.example' } });
    expect(simple.status).toBe(200);
    expect(simple.headers['access-control-allow-origin']).toBe('*');
    const preflight = await send(url, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://app.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,sdkversion',
      },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toBeUndefined();
    expect((await send(`${emu.url}${new URL(url).pathname}`)).status).toBe(404);
  });

  it('sends no CORS headers at all in mode downloadCors: none', async () => {
    await emu.control('/_emulator/modes', { downloadCors: 'none' });
    const reply = await send(await settingsUrl(), { headers: { Origin: 'https://app.example' } });
    await emu.control('/_emulator/modes', { downloadCors: 'sharepoint' });
    expect(reply.status).toBe(200);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the root alias', () => {
  it('accepts /items/root:/path:, /items/root and /items/root/children; refuses them with the mode off', async () => {
    const byAlias = await emu.graphFetch(`/drives/${driveId}/items/root:/Protokoll/group-settings.json:`);
    expect(byAlias.status).toBe(200);
    expect(byAlias.json<{ name: string }>().name).toBe('group-settings.json');
    expect((await emu.graphFetch(`/drives/${driveId}/items/root`)).json<{ root?: unknown }>().root).toBeDefined();
    expect((await emu.graphFetch(`/drives/${driveId}/items/root/children`)).status).toBe(200);
    await emu.control('/_emulator/modes', { rootAlias: false });
    const refused = await emu.graphFetch(`/drives/${driveId}/items/root:/Protokoll/group-settings.json:`);
    await emu.control('/_emulator/modes', { rootAlias: true });
    expect(refused.status).toBeGreaterThanOrEqual(400);
  });
});

describe('meetings', () => {
  it('organizes the forum by the adjuster, or by the secretary once foreignOrganizer is off (reseeded)', async () => {
    const forum = (await calendar()).find((event) => event.subject === 'Samverkansforum närvård');
    expect(forum?.organizer.emailAddress.address).toBe(ADJUSTER);
    await emu.control('/_emulator/modes', { foreignOrganizer: false });
    const own = (await calendar()).find((event) => event.subject === 'Samverkansforum närvård');
    await emu.control('/_emulator/reset', {});
    expect(own?.organizer.emailAddress.address).toBe(SECRETARY);
  });

  it("tells what Outlook hands an add-in: the series master's id for an occurrence, unless the mode is off", async () => {
    const occurrence = (await calendar(CHAIR)).find(
      (event) => event.subject === 'Styrgrupp närvård' && event.type === 'occurrence',
    );
    const ask = () =>
      emu.control<{ itemId: string; start: string; nestedAppAuth: boolean }>(
        `/_emulator/hosts/outlook?as=${CHAIR}&event=${encodeURIComponent(occurrence?.id ?? '')}`,
      );
    const item = await ask();
    expect(item.itemId).toBe(occurrence?.seriesMasterId);
    expect(new Date(item.start).getTime()).toBe(new Date(`${occurrence?.start.dateTime ?? ''}Z`).getTime());
    expect(item.nestedAppAuth).toBe(true);
    await emu.control('/_emulator/modes', { seriesMasterInvites: false, naaUnavailable: true });
    const exact = await ask();
    await emu.control('/_emulator/reset', {});
    expect(exact.itemId).toBe(occurrence?.id);
    expect(exact.nestedAppAuth).toBe(false);
  });

  it('tells what Teams hands a tab: the meeting chat of an event', async () => {
    const forum = (await calendar()).find((event) => event.subject === 'Samverkansforum närvård');
    const teams = await emu.control<{ chatId: string; meetingId: string }>(
      `/_emulator/hosts/teams?as=${SECRETARY}&event=${encodeURIComponent(forum?.id ?? '')}`,
    );
    expect(teams.chatId).toMatch(/^19:meeting_.+@thread\.v2$/);
    const chat = (await emu.graphFetch(`/chats/${encodeURIComponent(teams.chatId)}`)).json<{
      onlineMeetingInfo: { calendarEventId: string | null; joinWebUrl: string };
    }>();
    expect(chat.onlineMeetingInfo.calendarEventId).toBeNull();
    expect(chat.onlineMeetingInfo.joinWebUrl).toBe(forum?.onlineMeeting?.joinUrl);
  });
});

describe('Planner limits', () => {
  const error = (reply: { json<T>(): T }) => reply.json<{ error: { code: string } }>().error.code;

  it('refuses a 21st assignee and a 21st checklist item with their documented codes', async () => {
    const users = (await emu.graphFetch('/users?$top=30')).json<{ value: { id: string }[] }>().value;
    const assignments = Object.fromEntries(
      users
        .slice(0, 21)
        .map((user) => [user.id, { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' }]),
    );
    const tooMany = await emu.graphFetch('/planner/tasks', {
      method: 'POST',
      body: { planId, title: 'Alla', assignments },
    });
    expect(tooMany.status).toBe(403);
    expect(error(tooMany)).toBe('MaximumAssigneesInTasks');
    const task = await emu.graphFetch('/planner/tasks', { method: 'POST', body: { planId, title: 'Lista' } });
    const taskId = task.json<{ id: string }>().id;
    const details = await emu.graphFetch(`/planner/tasks/${taskId}/details`);
    const checklist = Object.fromEntries(
      Array.from({ length: 21 }, (_, index) => [
        `item${index}`,
        { '@odata.type': 'microsoft.graph.plannerChecklistItem', title: `Punkt ${index}` },
      ]),
    );
    const patch = await emu.graphFetch(`/planner/tasks/${taskId}/details`, {
      method: 'PATCH',
      headers: { 'If-Match': details.headers.etag ?? '' },
      body: { checklist },
    });
    expect(patch.status).toBe(403);
    expect(error(patch)).toBe('MaximumChecklistItemsOnTask');
  });

  it('refuses the 201st bucket of a plan with MaximumBucketsInProject, and allows it with the mode off', async () => {
    const existing = (await emu.graphFetch(`/planner/plans/${planId}/buckets`)).json<{ value: unknown[] }>().value;
    for (let index = existing.length; index < 200; index += 1) {
      const reply = await emu.graphFetch('/planner/buckets', {
        method: 'POST',
        body: { planId, name: `Hink ${index}` },
      });
      expect(reply.status).toBe(201);
    }
    const refused = await emu.graphFetch('/planner/buckets', {
      method: 'POST',
      body: { planId, name: 'En för mycket' },
    });
    expect(refused.status).toBe(403);
    expect(error(refused)).toBe('MaximumBucketsInProject');
    await emu.control('/_emulator/modes', { plannerLimits: false });
    const lifted = await emu.graphFetch('/planner/buckets', {
      method: 'POST',
      body: { planId, name: 'En för mycket' },
    });
    await emu.control('/_emulator/reset', {});
    expect(lifted.status).toBe(201);
  });
});
