// Dates and times as the records write them: ISO dates and "14.00-16.00", always in Swedish time,
// whatever the time zone of the machine that renders the record.
import type { Minutes } from './model';

const TIME_ZONE = 'Europe/Stockholm';

// Swedish time since 1996 is EU summer time (Directive 2000/84/EC): UTC+2 from 01.00 UTC on the last Sunday of
// March to 01.00 UTC on the last Sunday of October, else UTC+1. Worked out here for the records' century instead
// of by ICU: the first DateTimeFormat with a time zone loads ICU's zone data, 40-60 ms of the side panel's start
// (issue 17's profile). `test/domain/format.test.ts` checks every half hour around each change from 1996 to 2099
// against the runtime's own zone data, so a change of the rules shows there. Other years ask ICU.
const FIRST_EU_YEAR = 1996;
const LAST_RULE_YEAR = 2099;
const MINUTE = 60_000;

/** 01.00 UTC on the last Sunday of `month` (0-based). */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

function stockholmOffsetMinutes(instant: number): number | undefined {
  const year = new Date(instant).getUTCFullYear();
  if (year < FIRST_EU_YEAR || year > LAST_RULE_YEAR) return undefined;
  const summer = instant >= lastSundayAtOneUtc(year, 2) && instant < lastSundayAtOneUtc(year, 9);
  return summer ? 120 : 60;
}

let zoneFormat: Intl.DateTimeFormat | undefined;
const two = (n: number) => String(n).padStart(2, '0');

/** The wall clock in Stockholm as "yyyy", "MM", "dd", "HH", "mm". */
function parts(iso: string): { year: string; month: string; day: string; hour: string; minute: string } {
  const date = new Date(iso);
  const instant = date.getTime();
  if (Number.isNaN(instant)) throw new RangeError(`Not a date: ${iso}`);
  const offset = stockholmOffsetMinutes(instant);
  if (offset !== undefined) {
    const wall = new Date(instant + offset * MINUTE);
    return {
      year: String(wall.getUTCFullYear()),
      month: two(wall.getUTCMonth() + 1),
      day: two(wall.getUTCDate()),
      hour: two(wall.getUTCHours()),
      minute: two(wall.getUTCMinutes()),
    };
  }
  zoneFormat ??= new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const byType = new Map(zoneFormat.formatToParts(date).map((part) => [part.type, part.value]));
  const part = (type: Intl.DateTimeFormatPartTypes) => byType.get(type) ?? '';
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/** "2026-02-27": the calendar date in Stockholm. */
export function recordDate(iso: string): string {
  const p = parts(iso);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The calendar year in Stockholm: § numbering restarts with it. */
export function stockholmYear(iso: string): number {
  return Number(parts(iso).year);
}

/** "14.00": Swedish records write times with a dot, not ICU's colon. */
export function clockTime(iso: string): string {
  const p = parts(iso);
  return `${p.hour}.${p.minute}`;
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
