// The chair of a cross-tenant group is a guest from a municipality's own tenant. She opens the invite in her home
// Outlook (her copy: its own event id, the same iCalUId), the app finds the record in the collaboration's tenant and
// writes her approval with her host-tenant token; the approval verifies against the host tenant's version author,
// which is her guest object there.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { updateItem } from '../../../src/domain/editing';
import { tenantGateways } from '../../../src/app/tenantGateways';
import { createDevTokenProvider } from '../../../src/auth/devTokenProvider';
import { createDraftStore } from '../../../src/storage/draftStore';
import { createMemoryKeyValueStore } from '../../../src/storage/memoryKeyValueStore';
import type { AppServices } from '../../../src/contracts/appServices';
import type { MeetingSummary } from '../../../src/contracts/records';
import { HOST_TENANT } from '../../../emulator/state/tenants';
import { devAccount, SECRETARY } from '../../emulator/support';
import { filesEnding, saved, servicesOver, startWorkflowHarness, type WorkflowHarness } from './harness';
import { edit, markAttendance, typeItems } from './meetingScript';

const GROUP = 'Samverkansgrupp Lindö';
const CHAIR_HOME = 'birgitta.nordin@lindo.example';
const CHAIR_GUEST = 'birgitta.nordin_lindo.example#EXT#@samverkan.example';
const NOT_A_GUEST = 'eva.sund@lindo.example';

let harness: WorkflowHarness;
beforeAll(async () => {
  harness = await startWorkflowHarness();
});
beforeEach(() => harness.reset());
afterAll(() => harness.close());

/** As main.tsx composes the app for someone from another tenant: home calendar, everything else in the host. */
async function signInFromHome(home: string, guest?: string): Promise<{ services: AppServices; id: string }> {
  const tokens = createDevTokenProvider({
    account: devAccount(home),
    ...(guest ? { guestAccounts: [devAccount(guest)] } : {}),
  });
  const gateways = tenantGateways(harness.emu.url, tokens, HOST_TENANT.id);
  return servicesOver(gateways, createDraftStore(createMemoryKeyValueStore()));
}

/** The group's next meeting in the person's own calendar. */
async function nextMeeting(services: AppServices): Promise<MeetingSummary> {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 62 * 24 * 3600_000);
  const found = (await services.listMeetings({ start, end })).find((m) => m.subject === GROUP);
  if (!found) throw new Error(`No meeting "${GROUP}" in the next two months`);
  return found;
}

describe('approval by a guest chair from her home Outlook', () => {
  it('finds the host record from her own copy of the invite and counts her approval under her guest id', async () => {
    const secretary = await harness.signIn(SECRETARY);
    const meeting = await nextMeeting(secretary.services);
    const opened = await secretary.services.openRecord({ kind: 'event', eventId: meeting.eventId });
    const typed = await typeItems(secretary.services, await markAttendance(secretary.services, opened), 1, []);
    // The invite's agenda may leave an item without a heading; the secretary names it before sending.
    const titled = typed.session.minutes.items
      .filter((item) => !item.title.trim())
      .reduce(
        (session, item) => edit(session, (m, now) => updateItem(m, item.id, { title: 'Övrigt' }, now)),
        typed.session,
      );
    const sent = saved(await secretary.services.sendForApproval(titled));

    const chair = await signInFromHome(CHAIR_HOME, CHAIR_GUEST);
    const herCopy = await nextMeeting(chair.services);
    expect(herCopy.eventId).not.toBe(meeting.eventId);
    const shown = await chair.services.openRecord({ kind: 'event', eventId: herCopy.eventId });
    expect(shown.remote.path).toBe(sent.remote.path);
    expect(shown.minutes.meeting.iCalUId).toBe(sent.minutes.meeting.iCalUId);
    expect(saved(await chair.services.approve(shown)).remote.path).toBe(sent.remote.path);

    const adjusterEmail = sent.minutes.attendees.find((a) => a.roles.includes('adjuster'))?.email ?? '';
    const adjuster = await harness.signIn(adjusterEmail);
    const forAdjuster = await adjuster.services.openRecord({
      kind: 'event',
      eventId: (await nextMeeting(adjuster.services)).eventId,
    });
    saved(await adjuster.services.approve(forAdjuster));

    const view = await secretary.services.approvalView(forAdjuster);
    expect(view.status).toBe('approved');
    // Her answer is a file named by, and written by, her guest object in the host tenant.
    const approvals = filesEnding(await harness.state(), sent, '.json').filter((f) => f.path.includes('.approvals/'));
    expect(approvals.map((f) => f.name)).toContain(`${chair.id}.json`);
    expect(chair.id).toBe(devAccount(CHAIR_GUEST).objectId);
  });

  it('refuses someone from the municipality who is not a guest of the host, before any record is touched', async () => {
    await expect(signInFromHome(NOT_A_GUEST)).rejects.toThrow(/must be invited there as a guest/);
  });
});
