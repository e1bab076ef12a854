// The date and hours as typed, kept apart from the record until they make a time the meeting can have had: a
// half-typed "13." never reaches the record, and an end before the start is refused with a reason, not stored.
import { useEffect, useState } from 'react';
import { bookedTime, heldTimeOf, heldTimeProblem, parseClockTime, setHeldTime } from '../../domain/heldTime';
import type { HeldTimeProblem } from '../../domain/heldTime';
import type { HeldTime, Minutes } from '../../domain/model';
import type { Edit } from '../RecordSession/edit';

type Field = keyof HeldTime;

/** "14:00" as Swedish records write it, "14.00"; English keeps the colon. */
const shown = (held: HeldTime, dot: boolean): Record<Field, string> => ({
  date: held.date,
  start: dot ? held.start.replace(':', '.') : held.start,
  end: dot ? held.end.replace(':', '.') : held.end,
});

export interface HeldTimeFields {
  text: Record<Field, string>;
  problem?: HeldTimeProblem;
  /** Whether the record's time differs from the invite's, and the invite's time to go back to. */
  corrected: boolean;
  booked: HeldTime;
  change(field: Field, value: string): void;
  /** Leaving a field: a valid time goes into the record, anything else is named. */
  commit(): void;
  restoreBooked(): void;
}

export function useHeldTimeFields(minutes: Minutes, onEdit: (edit: Edit) => void, dot: boolean): HeldTimeFields {
  const held = heldTimeOf(minutes);
  const [text, setText] = useState(() => shown(held, dot));
  const [problem, setProblem] = useState<HeldTimeProblem>();
  const { date, start, end } = held;
  // A change from elsewhere (another editor, going back to the invite's time) shows in the fields.
  useEffect(() => {
    setText(shown({ date, start, end }, dot));
    setProblem(undefined);
  }, [date, start, end, dot]);

  const commit = () => {
    const typed: HeldTime = {
      date: text.date.trim(),
      start: parseClockTime(text.start) ?? text.start,
      end: parseClockTime(text.end) ?? text.end,
    };
    const found = heldTimeProblem(typed);
    setProblem(found);
    if (found || (typed.date === date && typed.start === start && typed.end === end)) return;
    onEdit((m, now) => setHeldTime(m, typed, now));
  };

  return {
    text,
    problem,
    corrected: minutes.held !== undefined,
    booked: bookedTime(minutes.meeting),
    change: (field, value) => setText((t) => ({ ...t, [field]: value })),
    commit,
    restoreBooked: () => onEdit((m, now) => setHeldTime(m, bookedTime(m.meeting), now)),
  };
}
