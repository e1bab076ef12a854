// The secretary's meetings week by week, filtered by a search text, for the plain-browser picker.
import { useMemo, useState } from 'react';
import { useServices } from '../ServicesContext';
import { useLoaded } from '../useLoaded';

const DAY = 24 * 60 * 60 * 1000;

/** Monday 00:00 local time of the week `offset` weeks from the one holding `now`. */
export function weekWindow(now: Date, offset: number): { start: Date; end: Date } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const sinceMonday = (start.getDay() + 6) % 7;
  start.setDate(start.getDate() - sinceMonday + offset * 7);
  return { start, end: new Date(start.getTime() + 7 * DAY) };
}

export function useMeetingPicker(clock?: Date) {
  const services = useServices();
  // Fixed at mount: a new Date on every render would move the window and refetch forever.
  const [now] = useState(() => clock ?? new Date());
  const [offset, setOffset] = useState(0);
  const [query, setQuery] = useState('');
  const window = useMemo(() => weekWindow(now, offset), [now, offset]);
  const { state, retry } = useLoaded(() => services.listMeetings(window), window.start.toISOString());

  const visible = useMemo(() => {
    if (state.kind !== 'loaded') return [];
    const needle = query.trim().toLocaleLowerCase('sv');
    return state.value.filter(
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
    handleRetry: retry,
  };
}
