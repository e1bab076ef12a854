// Item numbers are derived from the record's first number and the items' order, never stored per item,
// so inserting, moving or removing an item renumbers everything after it.
import { stockholmYear } from './format';
import type { HeadingStyle, Minutes, RecordKind } from './model';

type Numbered = Pick<Minutes, 'kind' | 'firstNumber' | 'items' | 'style'>;

export function itemNumber(minutes: Numbered, index: number): number {
  return minutes.firstNumber + index;
}

/**
 * "§ 12" in a protokoll, "12." in notes; the group's heading style adds or drops the dot ("§ 12.", "12").
 * Without a style each kind keeps the form records had before groups could choose.
 */
export function numberLabel(kind: RecordKind, n: number, style?: HeadingStyle): string {
  const dot = style ? style === 'dot' : kind !== 'protokoll';
  return `${kind === 'protokoll' ? '§ ' : ''}${n}${dot ? '.' : ''}`;
}

export function itemLabel(minutes: Numbered, index: number): string {
  return numberLabel(minutes.kind, itemNumber(minutes, index), minutes.style?.headingStyle);
}

/** Sub-items of "Övriga frågor" are lettered a, b … z, aa, ab …; they take no § numbers of their own. */
export function subItemLabel(index: number): string {
  let n = index;
  let label = '';
  do {
    label = String.fromCharCode(97 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}

/** The number of the record's last item; `firstNumber - 1` when it has none. */
export function lastNumber(minutes: Numbered): number {
  return minutes.firstNumber + minutes.items.length - 1;
}

/** "§§ 12–21", "§ 12" for a single item, "1–8" for notes; empty without items. */
export function scopeLabel(minutes: Numbered): string {
  const last = lastNumber(minutes);
  return last < minutes.firstNumber ? '' : rangeLabel(minutes.kind, minutes.firstNumber, last);
}

/** A range of numbers in the record's style, for partial presence: "§§ 14–16", "14–16". */
export function rangeLabel(kind: RecordKind, from: number, to: number): string {
  const prefix = kind === 'protokoll' ? (from === to ? '§ ' : '§§ ') : '';
  return from === to ? `${prefix}${from}` : `${prefix}${from}–${to}`;
}

export interface PreviousRecord {
  kind: RecordKind;
  /** ISO start of the previous meeting. */
  meetingStart: string;
  lastNumber: number;
}

/** Where a record's numbering ended, for the record after it. */
export function numberingOf(minutes: Minutes): PreviousRecord {
  return { kind: minutes.kind, meetingStart: minutes.meeting.start, lastNumber: lastNumber(minutes) };
}

/**
 * § numbers never repeat within a group's year: continue after the previous protokoll of the same calendar
 * year in Stockholm (a meeting on 31 December at 23.30 UTC is already the new year there). Notes restart at 1.
 */
export function nextFirstNumber(
  previous: PreviousRecord | undefined,
  meetingStart: string,
  /** The group's first § of a year whose earlier records are not in the folder (GroupSettings.firstNumberOfYear). */
  yearStart?: { year: number; number: number },
): number {
  const year = stockholmYear(meetingStart);
  const start = yearStart && yearStart.year === year && yearStart.number > 0 ? yearStart.number : 1;
  if (!previous || previous.kind !== 'protokoll') return start;
  if (stockholmYear(previous.meetingStart) !== year) return start;
  return Math.max(Math.max(previous.lastNumber, 0) + 1, start);
}

/**
 * Said when the record's first § does not follow on the previous record of the year: numbers would repeat
 * (`overlap`) or leave a gap. `expected` is what `nextFirstNumber` gives.
 */
export function numberingGap(
  firstNumber: number,
  expected: number,
): { kind: 'overlap' | 'gap'; expected: number } | undefined {
  if (firstNumber === expected) return undefined;
  return { kind: firstNumber < expected ? 'overlap' : 'gap', expected };
}

/**
 * What the secretary is told about the first § she set. Numbers that repeat the previous record of the year are
 * always warned about; a gap only when that record is in the folder: without it, starting at § 12 is how a group
 * that came to the app mid-year continues its year.
 */
export function firstNumberWarning(
  minutes: Pick<Minutes, 'kind' | 'firstNumber' | 'meeting'>,
  previous: PreviousRecord | undefined,
  yearStart?: { year: number; number: number },
): { kind: 'overlap' | 'gap'; expected: number } | undefined {
  if (minutes.kind !== 'protokoll') return undefined;
  const expected = nextFirstNumber(previous, minutes.meeting.start, yearStart);
  const gap = numberingGap(minutes.firstNumber, expected);
  const sameYear =
    previous?.kind === 'protokoll' && stockholmYear(previous.meetingStart) === stockholmYear(minutes.meeting.start);
  return gap?.kind === 'gap' && !sameYear ? undefined : gap;
}
