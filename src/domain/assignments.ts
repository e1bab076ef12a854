// Assignments as Planner sees them: one task per assignment, titled so that people Planner cannot assign
// (external guests, former users) are still named, and hashed so unchanged tasks are not PATCHed again.
import { canonicalJson } from './canonical';
import { clockTime, recordDate } from './format';
import type { AgendaItem, Assignment, Language, Minutes } from './model';
import { itemLabel, subItemLabel } from './numbering';

export interface AssignmentRef {
  item: AgendaItem;
  assignment: Assignment;
  /** "§ 14", or "§ 19 b" for a sub-item of other matters. */
  label: string;
}

export function allAssignments(minutes: Minutes): AssignmentRef[] {
  return minutes.items.flatMap((item, index) => {
    const label = itemLabel(minutes, index);
    return [
      ...item.assignments.map((assignment) => ({ item, assignment, label })),
      ...item.subItems.flatMap((sub, subIndex) =>
        sub.assignments.map((assignment) => ({ item: sub, assignment, label: `${label} ${subItemLabel(subIndex)}` })),
      ),
    ];
  });
}

/** Directory ids of the assignees Planner can assign, without repeats. */
export function assignableIds(assignment: Assignment): string[] {
  return [...new Set(assignment.assignees.flatMap((a) => (a.directoryId ? [a.directoryId] : [])))];
}

function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const room = text.slice(0, maxLength - 1);
  const lastSpace = room.lastIndexOf(' ');
  // Cut on a word boundary unless that would throw away most of the room (one very long word).
  return `${(lastSpace > maxLength / 2 ? room.slice(0, lastSpace) : room).trimEnd()}…`;
}

/**
 * "Maria gör en inbjudan"; assignees without a directory id are named in front ("Anna Extern: …"), since
 * Planner cannot show them as assignees. Falls back to the item's title when the text is empty.
 */
export function plannerTitle(assignment: Assignment, item: AgendaItem, language: Language, maxLength = 255): string {
  const unassignable = assignment.assignees
    .filter((a) => !a.directoryId)
    .map((a) => a.name.trim())
    .filter(Boolean);
  const names =
    unassignable.length > 0 ? `${new Intl.ListFormat(language, { type: 'conjunction' }).format(unassignable)}: ` : '';
  const text = (assignment.text.trim() || item.title.trim()).replace(/\s+/g, ' ');
  return shorten(`${names}${text}`, maxLength);
}

/** A short, stable digest (cyrb53) — a change detector for sync, not a security measure. */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The fields pushed to Planner (title text, due date, assignees), so an unchanged task is not PATCHed again. */
export function syncHash(assignment: Assignment): string {
  return digest(
    canonicalJson({
      text: assignment.text,
      due: assignment.due ?? null,
      assignees: assignableIds(assignment).sort(),
      unassignable: assignment.assignees.filter((a) => !a.directoryId).map((a) => a.name),
    }),
  );
}

/**
 * "2026-02-27 13.00 Styrgrupp närvård": one Planner bucket per meeting, named by date and start time as the record's
 * files are, so two meetings of a group on one day do not share one. Earlier versions named it "<date> <group>"
 * (dayBucketName); such a bucket stays the meeting's that made tasks in it (app/workflows/meetingBucket.ts).
 */
export function bucketName(minutes: Pick<Minutes, 'meeting' | 'group'>): string {
  return `${recordDate(minutes.meeting.start)} ${clockTime(minutes.meeting.start)} ${minutes.group.name}`;
}

/** "2026-02-27 Styrgrupp närvård": the meeting's bucket as versions before bucketName's start time named it. */
export function dayBucketName(minutes: Pick<Minutes, 'meeting' | 'group'>): string {
  return `${recordDate(minutes.meeting.start)} ${minutes.group.name}`;
}

/** The longest extension the app gives a record file; both files share one base name. */
export const RECORD_EXTENSION_ROOM = '.minutes.json'.length;
const MAX_FILE_NAME = 250;
/** Windows device names, reserved with any extension too ("CON.docx"). */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(?=\.|$)/i;

/**
 * A name SharePoint accepts: no " * : < > ? / \ |, no control characters, no leading or trailing dots and
 * spaces, no "~$" prefix (Office lock files), no "_vti_", no reserved device names, and short enough for
 * 250 characters once `.minutes.json` is added.
 */
export function safeFileName(name: string, fallback = 'record'): string {
  const clean = name
    .replace(/["*:<>?/\\|\u0000-\u001f\u007f]/g, '-')
    .replace(/_vti_/gi, 'vti')
    .replace(/\s+/g, ' ')
    .slice(0, MAX_FILE_NAME - RECORD_EXTENSION_ROOM)
    .replace(/^(~\$|[\s.])+|[\s.]+$/g, '');
  if (!clean) return fallback;
  return clean.replace(RESERVED, '$1-');
}

/** "2026-02-27 Styrgrupp närvård": the base name of the record's JSON and DOCX files. */
export function recordFileBase(minutes: Pick<Minutes, 'meeting' | 'group'>): string {
  const date = recordDate(minutes.meeting.start);
  return safeFileName(`${date} ${minutes.group.name}`, date);
}
