// @vitest-environment jsdom
// The plain browser's meeting picker with a fake calendar: the week's meetings by day, opening one, moving a week
// at a time, searching subjects and organisers, and a calendar that cannot be read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeetingSummary } from '../../../src/contracts/records';
import { MeetingPicker } from '../../../src/ui/MeetingPicker/MeetingPicker';
import { uiStrings } from '../../support/uiStrings';
import { fakeServices, renderWith } from '../support/fakeServices';

afterEach(cleanup);

// Friday 20 November 2026, mid-morning in Stockholm.
const NOW = new Date('2026-11-20T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

const styrgrupp: MeetingSummary = {
  eventId: 'event-styrgrupp',
  subject: 'Styrgrupp närvård',
  start: '2026-11-20T13:00:00+01:00',
  end: '2026-11-20T15:00:00+01:00',
  isOnlineMeeting: true,
  organizer: 'Åsa Lindqvist',
};
const beredning: MeetingSummary = {
  eventId: 'event-beredning',
  subject: 'Beredningsgrupp',
  start: '2026-11-18T09:00:00+01:00',
  end: '2026-11-18T10:30:00+01:00',
  isOnlineMeeting: false,
  organizer: 'Karin Ek',
};

function open(listMeetings = vi.fn(async (_window: { start: Date; end: Date }) => [beredning, styrgrupp])) {
  const onOpen = vi.fn();
  const onShowArchive = vi.fn();
  renderWith(<MeetingPicker now={NOW} onOpen={onOpen} onShowArchive={onShowArchive} />, fakeServices({ listMeetings }));
  return { listMeetings, onOpen, onShowArchive };
}

describe('the meeting picker', { timeout: 15_000 }, () => {
  it('lists the week’s meetings under their days, today marked, and opens the one chosen', async () => {
    const { onOpen, listMeetings } = open();
    const openStyrgrupp = await screen.findByRole('button', { name: 'Öppna Styrgrupp närvård 2026-11-20' });
    expect(screen.getByRole('heading', { level: 3, name: 'Idag · fredag 20 november' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'onsdag 18 november' })).toBeInTheDocument();
    expect(screen.getByText('13.00-15.00')).toBeInTheDocument();
    expect(screen.getByText('Teams-möte')).toBeInTheDocument();
    const window = listMeetings.mock.calls[0]![0];
    expect(window.start.getDay()).toBe(1);
    expect(window.end.getTime() - window.start.getTime()).toBe(7 * DAY);
    expect(window.start.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(window.end.getTime()).toBeGreaterThan(NOW.getTime());

    await userEvent.click(openStyrgrupp);
    expect(onOpen).toHaveBeenCalledWith(styrgrupp);
  });

  it('moves a week at a time and back to this week', async () => {
    const { listMeetings } = open();
    await screen.findByRole('button', { name: 'Öppna Styrgrupp närvård 2026-11-20' });
    const thisWeek = screen.getByRole('button', { name: 'Denna vecka' });
    expect(thisWeek).toBeDisabled();
    const first = listMeetings.mock.calls[0]![0].start.getTime();

    await userEvent.click(screen.getByRole('button', { name: 'Nästa vecka' }));
    expect(listMeetings.mock.calls.at(-1)![0].start.getTime()).toBe(first + 7 * DAY);
    expect(thisWeek).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Föregående vecka' }));
    await userEvent.click(screen.getByRole('button', { name: 'Föregående vecka' }));
    expect(listMeetings.mock.calls.at(-1)![0].start.getTime()).toBe(first - 7 * DAY);
    await userEvent.click(thisWeek);
    expect(listMeetings.mock.calls.at(-1)![0].start.getTime()).toBe(first);
  });

  it('searches subjects and organisers, and says when nothing matches', async () => {
    open();
    await screen.findByRole('button', { name: 'Öppna Styrgrupp närvård 2026-11-20' });
    const search = screen.getByRole('textbox', { name: 'Sök möte' });
    await userEvent.type(search, 'karin');
    expect(screen.getByRole('button', { name: 'Öppna Beredningsgrupp 2026-11-18' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Öppna Styrgrupp närvård 2026-11-20' })).toBeNull();
    await userEvent.clear(search);
    await userEvent.type(search, 'STYRGRUPP');
    expect(screen.getByRole('button', { name: 'Öppna Styrgrupp närvård 2026-11-20' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Öppna Beredningsgrupp 2026-11-18' })).toBeNull();
    await userEvent.type(search, ' finns inte');
    expect(screen.getByText('Inga möten i den här perioden.')).toBeInTheDocument();
  });

  it('offers the archive', async () => {
    const { onShowArchive } = open();
    await userEvent.click(await screen.findByRole('button', { name: 'Arkiv' }));
    expect(onShowArchive).toHaveBeenCalledTimes(1);
  });

  it('says in Swedish when the calendar cannot be read, and reads it again on retry', async () => {
    const listMeetings = vi
      .fn(async (_window: { start: Date; end: Date }) => [styrgrupp])
      .mockRejectedValueOnce(new TypeError('Failed to fetch'));
    open(listMeetings);
    expect(await screen.findByText(uiStrings.sv.failure.network)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    const list = await screen.findByRole('list');
    expect(within(list).getByRole('button', { name: 'Öppna Styrgrupp närvård 2026-11-20' })).toBeInTheDocument();
    expect(screen.queryByText(uiStrings.sv.failure.network)).toBeNull();
    expect(listMeetings).toHaveBeenCalledTimes(2);
  });
});
