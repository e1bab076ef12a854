// When the meeting was actually held. The calendar event says when it was booked; meetings run late, start early
// or were booked with a buffer, so the secretary corrects the record's date and time. A correction is kept only
// while it differs from the event, so the record follows a moved invite until someone has corrected it.
import { inputTime, isCalendarDate, isClockTime, recordDate } from './format';
import type { HeldTime, Minutes } from './model';

export type HeldTimeProblem = 'date' | 'start' | 'end' | 'endBeforeStart';

/** The event's date and hours in Stockholm, as the time fields show them. */
export function bookedTime(meeting: Minutes['meeting']): HeldTime {
  return { date: recordDate(meeting.start), start: inputTime(meeting.start), end: inputTime(meeting.end) };
}

/** What the record says: the correction, else the booking. */
export function heldTimeOf(minutes: Pick<Minutes, 'held' | 'meeting'>): HeldTime {
  return minutes.held ?? bookedTime(minutes.meeting);
}

/** Why a typed date and time cannot be the record's: an impossible date, a time that is none, an end before the start. */
export function heldTimeProblem(held: HeldTime): HeldTimeProblem | undefined {
  if (!isCalendarDate(held.date)) return 'date';
  if (!isClockTime(held.start)) return 'start';
  if (!isClockTime(held.end)) return 'end';
  if (held.end <= held.start) return 'endBeforeStart';
  return undefined;
}

const sameTime = (a: HeldTime, b: HeldTime) => a.date === b.date && a.start === b.start && a.end === b.end;

/** Sets the record's date and time; the booking's own values clear the correction. Throws on a problem. */
export function setHeldTime(minutes: Minutes, held: HeldTime, now: Date): Minutes {
  const problem = heldTimeProblem(held);
  if (problem) throw new RangeError(`Not a time the meeting can have been held: ${problem}`);
  const { held: _previous, ...rest } = minutes;
  const corrected = sameTime(held, bookedTime(minutes.meeting)) ? rest : { ...rest, held };
  return { ...corrected, revision: minutes.revision + 1, updatedAt: now.toISOString() };
}

/** A time as secretaries type it, to "HH:mm": "14.00", "14:00", "1400", "930", "14". Undefined for anything else. */
export function parseClockTime(text: string): string | undefined {
  const trimmed = text.trim();
  const digits = /^\d{3,4}$/.test(trimmed) ? [trimmed.slice(0, -2), trimmed.slice(-2)] : undefined;
  const [hours, minutes = '00'] = digits ?? /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(trimmed)?.slice(1) ?? [];
  if (hours === undefined) return undefined;
  const value = `${hours.padStart(2, '0')}:${minutes}`;
  return isClockTime(value) ? value : undefined;
}
