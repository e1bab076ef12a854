// Microsoft 365's answer meets the record the panel opened from the device: her edits are never overwritten.
import { describe, expect, it } from 'vitest';
import { numberingOf } from '../../../src/domain/numbering';
import { setPresence } from '../../../src/domain/editing';
import { reconcileOpened } from '../../../src/ui/RecordSession/reconcileOpened';
import type { RecordSession } from '../../../src/contracts/records';
import { attendee, sessionWith } from '../support/records';

const now = new Date('2026-11-28T09:05:00Z');
const read = sessionWith({ attendees: [attendee('Göran Öberg'), attendee('Marta Ek')], saved: true });
const shown: RecordSession = { ...read, base: read.minutes };
const ticked = (session: RecordSession, key: string): RecordSession => ({
  ...session,
  minutes: setPresence(session.minutes, key, { kind: 'present' }, now),
});
const goran = read.minutes.attendees[0]?.key ?? '';
const marta = read.minutes.attendees[1]?.key ?? '';
/** Someone else saved: SharePoint's version has Marta present, under a new ETag. */
const newer: RecordSession = (() => {
  const theirs = ticked(shown, marta).minutes;
  return { ...shown, minutes: theirs, base: theirs, remote: { ...shown.remote, etag: '"e2"' }, notices: [] };
})();

describe('reconcileOpened', () => {
  it('same version: keeps what she did meanwhile and takes the rest from Graph', () => {
    const live = ticked(shown, goran);
    const fresh = {
      ...shown,
      previous: { title: 'Förra mötet', followUps: [], numbering: numberingOf(shown.minutes) },
      notices: [],
    };
    const next = reconcileOpened(shown, live, fresh);
    expect(next.minutes).toBe(live.minutes);
    expect(next.base).toBe(shown.base);
    expect(next.previous?.title).toBe('Förra mötet');
    expect(next.notices).toEqual([]);
  });

  it('a newer version and nothing typed: shows the newer version and says so', () => {
    const next = reconcileOpened(shown, shown, newer);
    expect(next.minutes).toBe(newer.minutes);
    expect(next.remote.etag).toBe('"e2"');
    expect(next.notices).toEqual([{ kind: 'updatedFromElsewhere' }]);
  });

  it('a newer version while she was ticking: her minutes and their base stay for the save to merge, and she is told', () => {
    const live = ticked(shown, goran);
    const next = reconcileOpened(shown, live, newer);
    expect(next.minutes).toBe(live.minutes);
    expect(next.base).toBe(shown.base);
    expect(next.remote.etag).toBe(shown.remote.etag);
    expect(next.notices).toEqual([{ kind: 'remoteChanged' }]);
  });
});
