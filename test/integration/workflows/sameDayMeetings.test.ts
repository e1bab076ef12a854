// Issue 14: two meetings of one group on the same day shared one file. The second opened with the first's text, and
// a save wrote both into one record. Each meeting now has its own record, and the later one numbers on from the
// earlier one of the same day.
import { describe, expect, it } from 'vitest';
import { updateItem } from '../../../src/domain/editing';
import { lastNumber } from '../../../src/domain/numbering';
import { paragraphsFromText, plainText } from '../../../src/domain/richtext';
import type { Minutes } from '../../../src/domain/model';
import { filesEnding, openToday, saved, useSecretaryHarness } from './harness';
import { edit } from './meetingScript';

const { harness, secretary } = useSecretaryHarness();

/** The group's morning meeting of the same day, as another device saved it under the day's usual name. */
function morningMeeting(afternoon: Minutes): Minutes {
  const day = afternoon.meeting.start.slice(0, 10);
  const first = afternoon.items[0]!;
  return {
    ...afternoon,
    id: 'morning-record',
    meeting: {
      ...afternoon.meeting,
      eventId: 'morning-event',
      iCalUId: 'morning-ical',
      start: `${day}T07:00:00Z`,
      end: `${day}T08:00:00Z`,
    },
    firstNumber: 30,
    items: [{ ...first, notes: paragraphsFromText('Förmiddagens anteckningar') }, ...afternoon.items.slice(1)],
  };
}

describe('two meetings of one group on the same day', () => {
  it('opens the afternoon meeting with its own record, numbered after the morning’s, and saves it beside it', async () => {
    // Another device: what the afternoon would be, and the morning's record written where the day's record goes.
    const other = await harness().signIn('asa.lindqvist@samverkan.example');
    const planned = await openToday(other.services);
    const morning = morningMeeting(planned.minutes);
    const { driveId, path } = planned.remote;
    await other.gateways.files.write(driveId, path, JSON.stringify(morning), 'application/json', null);

    const afternoon = await openToday(secretary().services);
    expect(afternoon.minutes.meeting.eventId).toBe(planned.minutes.meeting.eventId);
    expect(afternoon.minutes.items.map((i) => plainText(i.notes)).join('')).not.toContain('Förmiddagens');
    expect(afternoon.remote.path).not.toBe(path);
    expect(afternoon.minutes.firstNumber).toBe(lastNumber(morning) + 1);

    const item = afternoon.minutes.items[0]!;
    const written = saved(
      await secretary().services.saveRecord(
        edit(afternoon, (m, now) => updateItem(m, item.id, { notes: paragraphsFromText('Eftermiddagens text') }, now)),
      ),
    );
    const state = await harness().state();
    const sources = filesEnding(state, written, '.minutes.json');
    const morningFile = sources.find((f) => f.path === `/${path}`)!;
    const afternoonFile = sources.find((f) => f.path === `/${written.remote.path}`)!;
    expect(morningFile.content).toContain('Förmiddagens anteckningar');
    expect(morningFile.content).not.toContain('Eftermiddagens text');
    expect(afternoonFile.content).toContain('Eftermiddagens text');
    expect(afternoonFile.content).not.toContain('Förmiddagens anteckningar');
    // Its Word document is its own too.
    const docx = written.remote.path.replace('.minutes.json', '.docx');
    expect(filesEnding(state, written, '.docx').some((f) => f.path === `/${docx}`)).toBe(true);

    // Opened again on a third device, each meeting finds its own record.
    const third = await harness().signIn('asa.lindqvist@samverkan.example');
    const reopened = await openToday(third.services);
    expect(reopened.remote.path).toBe(written.remote.path);
    expect(plainText(reopened.minutes.items[0]!.notes)).toBe('Eftermiddagens text');
  });

  it('moves its first save to its own name when the morning meeting took the day’s name meanwhile', async () => {
    const opened = await openToday(secretary().services);
    const other = await harness().signIn('asa.lindqvist@samverkan.example');
    const morning = morningMeeting(opened.minutes);
    const { driveId, path } = opened.remote;
    await other.gateways.files.write(driveId, path, JSON.stringify(morning), 'application/json', null);

    const item = opened.minutes.items[0]!;
    const written = saved(
      await secretary().services.saveRecord(
        edit(opened, (m, now) => updateItem(m, item.id, { notes: paragraphsFromText('Eftermiddagens text') }, now)),
      ),
    );
    expect(written.remote.path).not.toBe(path);
    expect(written.remote.path).toMatch(/ \d{2}\.\d{2} Styrgrupp närvård\.minutes\.json$/);
    const sources = filesEnding(await harness().state(), written, '.minutes.json');
    expect(sources.find((f) => f.path === `/${path}`)?.content).not.toContain('Eftermiddagens text');
    expect(sources.find((f) => f.path === `/${written.remote.path}`)?.content).toContain('Eftermiddagens text');
  });
});
