// Stand-ins for src/domain's numbering, attendee lines and date formatting until those land.
// Same names and signatures as the domain brief, so switching is an import change.
import type { Attendee, Language, Minutes } from '../domain/model';
import { vocabulary } from '../domain/vocabulary';

const stockholmDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const stockholmTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' });

export function itemNumber(minutes: Minutes, index: number): number {
  return minutes.firstNumber + index;
}

export function itemLabel(minutes: Minutes, index: number): string {
  const number = itemNumber(minutes, index);
  return minutes.kind === 'protokoll' ? `§ ${number}` : `${number}.`;
}

export function scopeLabel(minutes: Minutes): string {
  const last = itemNumber(minutes, Math.max(minutes.items.length - 1, 0));
  const range = last === minutes.firstNumber ? `${last}` : `${minutes.firstNumber}–${last}`;
  if (minutes.kind !== 'protokoll') return range;
  return last === minutes.firstNumber ? `§ ${range}` : `§§ ${range}`;
}

/** yyyy-mm-dd of an ISO timestamp, in Swedish time. */
export function formatDate(iso: string): string {
  return stockholmDate.format(new Date(iso));
}

function formatTime(iso: string): string {
  return stockholmTime.format(new Date(iso)).replace(':', '.');
}

export function timeRange(start: string, end: string): string {
  return `${formatTime(start)}-${formatTime(end)}`;
}

export function attendeeLine(attendee: Attendee, language: Language): { name: string; detail: string } {
  const words = vocabulary[language];
  const roles = attendee.roles
    .filter((role) => role !== 'member' && !(role === 'deputy' && attendee.deputyFor))
    .map((role) => words.roles[role]);
  const parts = [attendee.jobTitle, attendee.organisation, ...roles];
  if (attendee.deputyFor) parts.push(words.deputyFor(attendee.deputyFor));
  if (attendee.presence.kind === 'partial') {
    parts.push(words.presentForItems(String(attendee.presence.fromNumber), String(attendee.presence.toNumber)));
  }
  return { name: attendee.name, detail: parts.filter((part): part is string => Boolean(part)).join(', ') };
}

/** `expected` counts as present: the document shows the secretary's prefill until they confirm otherwise. */
export function presentAttendees(attendees: readonly Attendee[]): Attendee[] {
  return attendees.filter((attendee) => attendee.presence.kind !== 'absent' && attendee.presence.kind !== 'absenceAnnounced');
}

export function absentAttendees(attendees: readonly Attendee[]): Attendee[] {
  return attendees.filter((attendee) => attendee.presence.kind === 'absent' || attendee.presence.kind === 'absenceAnnounced');
}

export function isSafeHref(url: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
