// Issue 5: the record in SharePoint. Saved and reopened it is the same record; a second editor in between is merged
// (different items) or reported (the same item), never overwritten; the history names who saved; one file of each kind.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { updateItem } from '../../../src/domain/editing';
import { paragraphsFromText, plainText } from '../../../src/domain/richtext';
import type { RecordSession } from '../../../src/contracts/records';
import { CHAIR, SECRETARY } from '../../emulator/support';
import {
  filesEnding,
  openToday,
  startWorkflowHarness,
  storedMinutes,
  type Device,
  type WorkflowHarness,
  saved,
} from './harness';
import { edit, itemTitled, missingTexts, typeItems } from './meetingScript';

let harness: WorkflowHarness;
let secretary: Device;
let chair: Device;

beforeAll(async () => {
  harness = await startWorkflowHarness();
});
beforeEach(async () => {
  await harness.reset();
  [secretary, chair] = await Promise.all([harness.signIn(SECRETARY), harness.signIn(CHAIR)]);
});
afterAll(() => harness.close());

function writeNotes(session: RecordSession, itemPrefix: string, text: string): RecordSession {
  const item = itemTitled(session.minutes, itemPrefix);
  return edit(session, (m, now) => updateItem(m, item.id, { notes: paragraphsFromText(text) }, now));
}

/** The secretary saves a record with three items; the chair opens it on his own device. */
async function savedByBoth(): Promise<{ mine: RecordSession; theirs: RecordSession }> {
  const typed = await typeItems(secretary.services, await openToday(secretary.services), 3, []);
  const mine = saved(await secretary.services.saveRecord(typed.session));
  const theirs = await openToday(chair.services);
  return { mine, theirs };
}

describe('records in SharePoint', () => {
  it('reopens a saved record exactly as it was saved, on another device', async () => {
    const typed = await typeItems(secretary.services, await openToday(secretary.services), 4, []);
    const first = saved(await secretary.services.saveRecord(typed.session));

    const otherDevice = await harness.signIn(SECRETARY);
    const reopened = await openToday(otherDevice.services);

    expect(reopened.minutes).toEqual(first.minutes);
    expect(reopened.remote.etag).toBe(first.remote.etag);
    expect(reopened.notices).toEqual([]);
    expect(missingTexts(reopened.minutes, typed.texts)).toEqual([]);
  });

  it('merges a second editor who saved a different item in between: both edits kept', async () => {
    const { mine, theirs } = await savedByBoth();
    saved(
      await chair.services.saveRecord(
        writeNotes(theirs, 'Åsa punkt 1', 'Ordförandens tillägg: även Lindö kommun deltar.'),
      ),
    );

    const outcome = await secretary.services.saveRecord(
      writeNotes(mine, 'Åsa punkt 2', 'Sekreterarens anteckning om åtgärdsplanen.'),
    );
    const merged = saved(outcome);

    const stored = storedMinutes(await harness.state(), merged);
    expect(plainText(itemTitled(stored, 'Åsa punkt 1').notes)).toBe('Ordförandens tillägg: även Lindö kommun deltar.');
    expect(plainText(itemTitled(stored, 'Åsa punkt 2').notes)).toBe('Sekreterarens anteckning om åtgärdsplanen.');
    expect(stored).toEqual(merged.minutes);
    const puts = (await harness.requests()).filter((r) => r.method === 'PUT' && r.path.includes('.minutes.json'));
    expect(puts.map((r) => r.status)).toEqual([201, 200, 412, 200]);
  });

  it('reports the same item edited on both sides with both texts, and saves the chosen one', async () => {
    for (const choice of ['mine', 'theirs'] as const) {
      await harness.reset();
      [secretary, chair] = await Promise.all([harness.signIn(SECRETARY), harness.signIn(CHAIR)]);
      const { mine, theirs } = await savedByBoth();
      saved(await chair.services.saveRecord(writeNotes(theirs, 'Åsa punkt 2', 'Göran: beslutet gäller från januari.')));

      const outcome = await secretary.services.saveRecord(
        writeNotes(mine, 'Åsa punkt 2', 'Åsa: beslutet gäller från februari.'),
      );
      if (outcome.kind !== 'conflict') throw new Error(`Expected a conflict, got ${outcome.kind}`);
      expect(outcome.conflicts).toHaveLength(1);
      const [conflict] = outcome.conflicts;
      expect(conflict!.mine).toContain('Åsa: beslutet gäller från februari.');
      expect(conflict!.theirs).toContain('Göran: beslutet gäller från januari.');
      // Nothing is written until the secretary chooses.
      expect(plainText(itemTitled(storedMinutes(await harness.state(), mine), 'Åsa punkt 2').notes)).toBe(
        'Göran: beslutet gäller från januari.',
      );

      const resolved = saved(
        await secretary.services.resolveConflicts(outcome.session, { [conflict!.itemId]: choice }),
      );
      const expected =
        choice === 'mine' ? 'Åsa: beslutet gäller från februari.' : 'Göran: beslutet gäller från januari.';
      const stored = storedMinutes(await harness.state(), resolved);
      expect(plainText(itemTitled(stored, 'Åsa punkt 2').notes)).toBe(expected);
      expect(plainText(itemTitled(resolved.minutes, 'Åsa punkt 2').notes)).toBe(expected);
    }
  });

  it('does not let an autosave or a reload during a conflict write over either text', async () => {
    const { mine, theirs } = await savedByBoth();
    saved(await chair.services.saveRecord(writeNotes(theirs, 'Åsa punkt 2', 'Göran: beslutet gäller från januari.')));
    const outcome = await secretary.services.saveRecord(
      writeNotes(mine, 'Åsa punkt 2', 'Åsa: beslutet gäller från februari.'),
    );
    if (outcome.kind !== 'conflict') throw new Error(`Expected a conflict, got ${outcome.kind}`);

    // The secretary types on elsewhere before choosing; the periodic autosave runs.
    const typedOn = writeNotes(outcome.session, 'Åsa punkt 3', 'Skrivet medan konflikten väntade.');
    const autosave = await secretary.services.saveRecord(typedOn);
    expect(autosave.kind).toBe('conflict');
    expect(plainText(itemTitled(storedMinutes(await harness.state(), mine), 'Åsa punkt 2').notes)).toBe(
      'Göran: beslutet gäller från januari.',
    );

    // The tab is reloaded before choosing: the draft still knows there is something to choose.
    const reloaded = await harness.signIn(SECRETARY, { drafts: secretary.drafts });
    const restored = await openToday(reloaded.services);
    const again = await reloaded.services.saveRecord(restored);
    if (again.kind !== 'conflict') throw new Error(`Expected a conflict after the reload, got ${again.kind}`);
    const resolved = saved(
      await reloaded.services.resolveConflicts(again.session, { [again.conflicts[0]!.itemId]: 'mine' }),
    );
    const stored = storedMinutes(await harness.state(), resolved);
    expect(plainText(itemTitled(stored, 'Åsa punkt 2').notes)).toBe('Åsa: beslutet gäller från februari.');
    expect(plainText(itemTitled(stored, 'Åsa punkt 3').notes)).toBe('Skrivet medan konflikten väntade.');
  });

  it('keeps both sides when two devices each start the record and both save it first', async () => {
    const [laptop, sidePanel] = [secretary, await harness.signIn(SECRETARY)];
    const [first, second] = await Promise.all([openToday(laptop.services), openToday(sidePanel.services)]);
    const a = await typeItems(laptop.services, first, 2, [], 'Laptop');
    const b = await typeItems(sidePanel.services, second, 2, [], 'Sidopanel');
    saved(await laptop.services.saveRecord(a.session));

    // Nothing was edited on both sides (the same invite gave the same attendees): merged without asking.
    const session = saved(await sidePanel.services.saveRecord(b.session));

    const stored = storedMinutes(await harness.state(), session);
    expect(missingTexts(stored, [...a.texts, ...b.texts])).toEqual([]);
    // The standard items both started from are there once, not twice.
    const titles = stored.items.map((item) => item.title);
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
  });

  it("keeps an unsaved draft of today's meeting out of the series' earlier meeting (one iCalUId for the whole series)", async () => {
    const today = await openToday(secretary.services);
    const typed = await typeItems(secretary.services, today, 1, [], 'Osparat');

    const start = new Date(Date.parse(today.minutes.meeting.start) - 40 * 24 * 3600_000);
    const earlier = (
      await secretary.services.listMeetings({
        start,
        end: new Date(Date.parse(today.minutes.meeting.start) - 3600_000),
      })
    )
      .filter((m) => m.subject === 'Styrgrupp närvård')
      .at(-1)!;
    const previous = await secretary.services.openRecord({ kind: 'event', eventId: earlier.eventId });

    expect(previous.key).not.toBe(today.key);
    expect(previous.notices).not.toContainEqual({ kind: 'restoredDraft' });
    expect(missingTexts(previous.minutes, typed.texts)).toEqual(typed.texts);
    expect(previous.minutes.meeting.start.slice(0, 10)).toBe(previous.remote.path.split('/').pop()!.slice(0, 10));
  });

  it('lists every save in the version history with its author, and keeps one file of each kind', async () => {
    const { mine, theirs } = await savedByBoth();
    const byChair = saved(await chair.services.saveRecord(writeNotes(theirs, 'Åsa punkt 1', 'Ordförandens text.')));
    const reopened = await openToday(secretary.services);
    expect(reopened.remote.etag).toBe(byChair.remote.etag);
    let session = reopened;
    for (const text of ['Andra sparningen.', 'Tredje sparningen.'])
      session = saved(await secretary.services.saveRecord(writeNotes(session, 'Åsa punkt 3', text)));

    const versions = await secretary.gateways.files.versions(session.remote.driveId, session.remote.itemId!);
    const authors = [...versions]
      .sort((a, b) => a.lastModifiedDateTime.localeCompare(b.lastModifiedDateTime) || Number(a.id) - Number(b.id))
      .map((v) => v.lastModifiedBy.displayName);
    expect(authors).toEqual(['Åsa Lindqvist', 'Göran Öberg', 'Åsa Lindqvist', 'Åsa Lindqvist']);
    expect(mine.remote.itemId).toBe(session.remote.itemId);

    const state = await harness.state();
    const base = `/${session.remote.path.replace(/\.minutes\.json$/, '')}`;
    expect(
      filesEnding(state, session, '.minutes.json')
        .filter((f) => f.path.startsWith(base))
        .map((f) => f.path),
    ).toEqual([`${base}.minutes.json`]);
    expect(
      filesEnding(state, session, '.docx')
        .filter((f) => f.path.startsWith(base))
        .map((f) => f.path),
    ).toEqual([`${base}.docx`]);
  });
});
