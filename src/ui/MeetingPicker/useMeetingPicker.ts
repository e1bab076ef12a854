// The secretary's meetings week by week, filtered by a search text, for the plain-browser picker.
import { useEffect, useMemo, useState } from 'react';
import type { MeetingSummary } from '../../contracts/records';
import { useServices } from '../ServicesContext';

const DAY = 24 * 60 * 60 * 1000;

/** Monday 00:00 local time of the week `offset` weeks from the one holding `now`. */
export function weekWindow(now: Date, offset: number): { start: Date; end: Date } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const sinceMonday = (start.getDay() + 6) % 7;
  start.setDate(start.getDate() - sinceMonday + offset * 7);
  return { start, end: new Date(start.getTime() + 7 * DAY) };
}

export type MeetingsState =
  { kind: 'loading' } | { kind: 'loaded'; meetings: MeetingSummary[] } | { kind: 'failed'; message: string };

export function useMeetingPicker(clock?: Date) {
  const services = useServices();
  // Fixed at mount: a new Date on every render would move the window and refetch forever.
  const [now] = useState(() => clock ?? new Date());
  const [offset, setOffset] = useState(0);
  const [query, setQuery] = useState('');
  const [state, setState] = useState<MeetingsState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const window = useMemo(() => weekWindow(now, offset), [now, offset]);

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    services.listMeetings(window).then(
      (meetings) => current && setState({ kind: 'loaded', meetings }),
      (error: unknown) =>
        current && setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [services, window, attempt]);

  const visible = useMemo(() => {
    if (state.kind !== 'loaded') return [];
    const needle = query.trim().toLocaleLowerCase('sv');
    return state.meetings.filter(
      (m) =>
        !needle ||
        m.subject.toLocaleLowerCase('sv').includes(needle) ||
        (m.organizer ?? '').toLocaleLowerCase('sv').includes(needle),
    );
  }, [state, query]);

  return {
    state,
    visible,
    window,
    offset,
    query,
    handleQueryChange: setQuery,
    handlePreviousWeek: () => setOffset((o) => o - 1),
    handleNextWeek: () => setOffset((o) => o + 1),
    handleThisWeek: () => setOffset(0),
    handleRetry: () => setAttempt((a) => a + 1),
  };
}
