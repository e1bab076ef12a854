// Dates and times as the records write them: ISO dates and "14.00-16.00", always in Swedish time,
// whatever the time zone of the machine that renders the record.
import type { Minutes } from './model';

const TIME_ZONE = 'Europe/Stockholm';

// Made on first use, not when the module loads: the first DateTimeFormat with a time zone loads ICU's zone data,
// which cost the side panel's start about 100 ms of script before anything needed a date (issue 17's profile).
let formats: { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat } | undefined;
function stockholmFormats(): { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat } {
  formats ??= {
    date: new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }),
    time: new Intl.DateTimeFormat('sv-SE', {
      timeZone: TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  };
  return formats;
}

function parts(kind: 'date' | 'time', iso: string): Map<string, string> {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${iso}`);
  return new Map(
    stockholmFormats()
      [kind].formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
}

/** "2026-02-27": the calendar date in Stockholm. Built from parts because ICU's sv-SE pattern has changed between versions. */
export function recordDate(iso: string): string {
  const p = parts('date', iso);
  return `${p.get('year')}-${p.get('month')}-${p.get('day')}`;
}

/** The calendar year in Stockholm: § numbering restarts with it. */
export function stockholmYear(iso: string): number {
  return Number(parts('date', iso).get('year'));
}

/** "14.00": Swedish records write times with a dot, not ICU's colon. */
export function clockTime(iso: string): string {
  const p = parts('time', iso);
  return `${p.get('hour')}.${p.get('minute')}`;
}

/** "14.00-16.00". */
export function timeRange(start: string, end: string): string {
  return `${clockTime(start)}-${clockTime(end)}`;
}

/** The record's "Tid": as the secretary corrected it, else the event's. */
export function recordTimeRange(minutes: Pick<Minutes, 'held' | 'meeting'>): string {
  const held = minutes.held;
  if (!held) return timeRange(minutes.meeting.start, minutes.meeting.end);
  return `${held.start.replace(':', '.')}-${held.end.replace(':', '.')}`;
}

/** "HH:mm" of an ISO instant in Stockholm: how the event's times prefill the time fields. */
export function inputTime(iso: string): string {
  return clockTime(iso).replace('.', ':');
}

/** "HH:mm", 00:00–23:59: how times the secretary types are stored (`<input type="time">` gives this form). */
export function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** A real calendar date "yyyy-mm-dd" from 2000 to 2099: records and due dates of this century, not 1900 or 2-31. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 2000 && year <= 2099 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
