// Local first: a meeting's record opens from the device, without Graph, as the device last had it.
import { describe, expect, it } from 'vitest';
import { draftOf, openLocalRecord } from '../../src/app/records/draftOf';
import { localServices } from '../../src/app/services/localServices';
import { createDraftStore } from '../../src/storage/draftStore';
import { createMemoryKeyValueStore } from '../../src/storage/memoryKeyValueStore';
import { attendee, sessionWith } from '../ui/support/records';

const now = new Date('2026-11-28T09:00:00Z');
const event = { kind: 'event', eventId: 'AAMk-styrgrupp' } as const;

function store() {
  return createDraftStore(createMemoryKeyValueStore(), undefined, createMemoryKeyValueStore());
}

describe('openLocalRecord', () => {
  it('opens the draft the meeting last opened, with its settings and place, and no notice when nothing is owed', async () => {
    const drafts = store();
    const read = sessionWith({ attendees: [attendee('Göran Öberg')], saved: true });
    const session = { ...read, base: read.minutes };
    await drafts.save(session.key, draftOf(session, now));
    await drafts.remember('event:AAMk-styrgrupp', session.key);

    const local = await openLocalRecord(drafts, event);
    expect(local?.key).toBe(session.key);
    expect(local?.minutes).toEqual(session.minutes);
    expect(local?.settings).toEqual(session.settings);
    expect(local?.remote).toMatchObject({ driveId: session.remote.driveId, path: session.remote.path });
    expect(local?.remote.etag).toBe(session.remote.etag);
    expect(local?.notices).toEqual([]);
  });

  it('says the draft was restored when it owes SharePoint an edit', async () => {
    const drafts = store();
    const read = sessionWith({ attendees: [attendee('Göran Öberg')], saved: true });
    const saved = { ...read, base: read.minutes };
    const edited = { ...saved, minutes: { ...saved.minutes, revision: saved.minutes.revision + 1 } };
    await drafts.save(saved.key, draftOf(edited, now));
    await drafts.remember('event:AAMk-styrgrupp', saved.key);
    expect((await openLocalRecord(drafts, event))?.notices).toEqual([{ kind: 'restoredDraft' }]);
  });

  it('has nothing for a meeting never opened here, for a stored record, or for a draft without its place', async () => {
    const drafts = store();
    expect(await openLocalRecord(drafts, event)).toBeUndefined();
    const session = sessionWith({ attendees: [], saved: true });
    const { settings: _settings, place: _place, ...bare } = draftOf(session, now);
    await drafts.save(session.key, bare);
    await drafts.remember('event:AAMk-styrgrupp', session.key);
    expect(await openLocalRecord(drafts, event)).toBeUndefined();
    expect(await openLocalRecord(drafts, { kind: 'record', recordKey: 'x' })).toBeUndefined();
  });
});

/** A meeting's draft on the device, and local services over it that count the device reads. */
async function meetingOnDevice() {
  const drafts = store();
  const session = sessionWith({ attendees: [attendee('Göran Öberg')], saved: true });
  await drafts.save(session.key, draftOf(session, now));
  await drafts.remember('event:AAMk-styrgrupp', session.key);
  let count = 0;
  const local = localServices({ ...drafts, locate: (meeting) => ((count += 1), drafts.locate(meeting)) }, () => now);
  return { session, local, reads: () => count };
}

describe('localServices.openEarly', () => {
  it("hands the screen's first open of the meeting the read started early, and reads afresh after that", async () => {
    const { session, local, reads } = await meetingOnDevice();

    local.openEarly(event);
    expect(reads()).toBe(1);
    expect((await local.openLocal(event))?.key).toBe(session.key);
    expect(reads()).toBe(1);
    // A later open (the screen reopening after a reload of the record) reads the device afresh.
    expect((await local.openLocal(event))?.key).toBe(session.key);
    expect(reads()).toBe(2);
  });

  it('leaves other meetings to their own read, and a failed early read unhandled by no one', async () => {
    const failing = { ...store(), locate: () => Promise.reject(new Error('IndexedDB is closed')) };
    const local = localServices(failing, () => now);
    local.openEarly(event);
    await expect(local.openLocal(event)).rejects.toThrow('IndexedDB is closed');
    await expect(local.openLocal({ kind: 'record', recordKey: 'x' })).resolves.toBeUndefined();
  });

  it('offers the finished early read to the first render, until the draft is written again', async () => {
    const { session, local, reads } = await meetingOnDevice();

    expect(local.openedLocally(event)).toBeUndefined();
    local.openEarly(event);
    expect(local.openedLocally(event)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const offered = local.openedLocally(event);
    expect(offered?.key).toBe(session.key);
    // Rendered twice before it mounts, the screen gets the same copy; other meetings get none.
    expect(local.openedLocally(event)).toBe(offered);
    expect(local.openedLocally({ kind: 'event', eventId: 'AAMk-other' })).toBeUndefined();
    // Taken: a later open reads the device afresh, and once the draft is written again the copy is stale.
    expect((await local.openLocal(event))?.key).toBe(session.key);
    expect(reads()).toBe(2);
    local.openEarly(event);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(local.openedLocally(event)).toBeDefined();
    await local.persistDraft(offered!);
    expect(local.openedLocally(event)).toBeUndefined();
  });
});
