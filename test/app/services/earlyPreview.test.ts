// The invitees from sign-in's first round trip: shown without waiting for the signed-in services, in the first render
// when the event is back before it, and asked of the services for any other meeting.
import { describe, expect, it, vi } from 'vitest';
import { earlyPreview } from '../../../src/app/services/earlyPreview';
import { earlyWave } from '../../../src/app/workflows/firstWave';
import type { CalendarEvent } from '../../../src/graph/gateways';
import type { OpenTarget } from '../../../src/contracts/records';

const target: OpenTarget = { kind: 'event', eventId: 'AAMk-styrgrupp' };
const event: CalendarEvent = {
  id: 'AAMk-styrgrupp',
  subject: 'Styrgrupp närvård',
  start: '2026-12-08T08:00:00Z',
  end: '2026-12-08T10:00:00Z',
  isOnlineMeeting: true,
  organizer: { name: 'Åsa Lindqvist', address: 'asa.lindqvist@samverkan.example' },
  attendees: [
    { type: 'required', response: 'none', emailAddress: { name: 'Göran Öberg', address: 'goran.oberg@asby.example' } },
    { type: 'resource', response: 'accepted', emailAddress: { name: 'Sal 3', address: 'sal3@samverkan.example' } },
  ],
};

function waveWith(answer: Promise<CalendarEvent | undefined>) {
  answer.catch(() => undefined);
  return earlyWave(target, { event: answer, teams: Promise.resolve([]) });
}

describe('earlyPreview', () => {
  it('has the invitees once the first wave’s event is back, for that meeting only, without the signed-in services', async () => {
    const signedIn = { previewMeeting: vi.fn(async () => undefined) };
    const preview = earlyPreview(Promise.resolve(waveWith(Promise.resolve(event))), signedIn);
    expect(preview.previewedMeeting(target)).toBeUndefined();
    await preview.ready;
    const expected = {
      subject: 'Styrgrupp närvård',
      start: event.start,
      end: event.end,
      invitees: [
        { name: 'Åsa Lindqvist', email: 'asa.lindqvist@samverkan.example' },
        { name: 'Göran Öberg', email: 'goran.oberg@asby.example' },
      ],
    };
    expect(preview.previewedMeeting(target)).toEqual(expected);
    expect(preview.previewedMeeting({ kind: 'event', eventId: 'AAMk-other' })).toBeUndefined();
    expect(await preview.previewMeeting(target)).toEqual(expected);
    expect(signedIn.previewMeeting).not.toHaveBeenCalled();
  });

  it('asks the signed-in services for another meeting, and when sign-in started no wave', async () => {
    const signedIn = { previewMeeting: vi.fn(async () => undefined) };
    const other: OpenTarget = { kind: 'event', eventId: 'AAMk-other' };
    await earlyPreview(Promise.resolve(waveWith(Promise.resolve(event))), signedIn).previewMeeting(other);
    expect(signedIn.previewMeeting).toHaveBeenCalledWith(other);
    const none = earlyPreview(Promise.resolve(undefined), signedIn);
    await none.ready;
    expect(none.previewedMeeting(target)).toBeUndefined();
    await none.previewMeeting(target);
    expect(signedIn.previewMeeting).toHaveBeenLastCalledWith(target);
  });

  it('is ready, with nothing to show, when the event could not be read', async () => {
    const preview = earlyPreview(Promise.resolve(waveWith(Promise.reject(new Error('503')))), {
      previewMeeting: vi.fn(async () => undefined),
    });
    await preview.ready;
    expect(preview.previewedMeeting(target)).toBeUndefined();
    await expect(preview.previewMeeting(target)).rejects.toThrow('503');
  });
});
