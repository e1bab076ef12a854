// A new record from the group's template: the standard opening and closing items around the meeting's own.
import type { ParsedAgendaItem } from './agenda';
import { newItem } from './factory';
import { recordDate } from './format';
import { newId } from './ids';
import type {
  AgendaItem,
  Attendee,
  GroupSettings,
  RecordStyle,
  Language,
  MeetingRef,
  Minutes,
  RecordKind,
  TemplateItem,
} from './model';
import { SCHEMA_VERSION } from './model';
import { vocabulary } from './vocabulary';

const ONLINE_PLACE: Record<Language, string> = { sv: 'Digitalt via Teams', en: 'Online via Teams' };

/** What Outlook and Teams put in `location` for an online-only meeting: not a place anyone can go to. */
const TEAMS_PLACEHOLDER = /^(microsoft teams[- ]?(meeting|möte|mötet)?|teams[- ]?(meeting|möte)|online|digitalt)$/i;

/**
 * The standard items. The untitled `regular` item marks where the meeting's own items go;
 * without an agenda it stays as one empty item for the secretary to fill in.
 */
export function standardTemplate(kind: RecordKind, language: Language): TemplateItem[] {
  const words = vocabulary[language].standardItems;
  const standard = (itemKind: keyof typeof words): TemplateItem => ({ kind: itemKind, title: words[itemKind][kind] });
  return [
    standard('opening'),
    ...(kind === 'protokoll' ? [standard('adjuster')] : []),
    standard('previous'),
    { kind: 'regular', title: '' },
    standard('other'),
    standard('closing'),
  ];
}

export function recordTitle(kind: RecordKind, language: Language, groupName: string, meetingStart: string): string {
  return `${vocabulary[language].kindTitle[kind]} ${groupName} ${recordDate(meetingStart)}`;
}

export function meetingPlace(meeting: MeetingRef, language: Language): string {
  const location = meeting.location?.trim() ?? '';
  if (location && !TEAMS_PLACEHOLDER.test(location)) return location;
  return meeting.joinUrl || location ? ONLINE_PLACE[language] : '';
}

function isSlot(item: TemplateItem): boolean {
  return item.kind === 'regular' && item.title.trim() === '';
}

/**
 * Lays the agenda into the template: standard items the agenda names (öppnande, övriga frågor …) take the
 * template's place and keep the agenda's presenter; the rest go into the slot, or before "other matters"
 * and the closing item when the group's own template has no slot.
 */
function itemsFrom(template: readonly TemplateItem[], agenda: readonly ParsedAgendaItem[] | undefined): AgendaItem[] {
  const templateKinds = new Set(template.filter((t) => t.kind !== 'regular').map((t) => t.kind));
  // Reversed so that the first agenda line of a kind wins ("Mötets öppnande" before "Godkännande av dagordning").
  const matched = new Map(
    (agenda ?? [])
      .filter((a) => a.kind !== 'regular' && templateKinds.has(a.kind))
      .reverse()
      .map((a) => [a.kind, a]),
  );
  const own = (agenda ?? []).filter((a) => a.kind === 'regular' || !templateKinds.has(a.kind));
  const ownItems = agenda ? own.map((a) => newItem(a)) : [newItem()];

  const items: AgendaItem[] = [];
  let placed = false;
  for (const t of template) {
    if (isSlot(t)) {
      if (!placed) items.push(...ownItems);
      placed = true;
      continue;
    }
    if (!placed && (t.kind === 'other' || t.kind === 'closing')) {
      items.push(...ownItems);
      placed = true;
    }
    items.push(newItem({ kind: t.kind, title: t.title, presenter: matched.get(t.kind)?.presenter }));
  }
  if (!placed) items.push(...ownItems);
  return items;
}

/** What the record keeps of the group's style, so its document does not change with later settings. */
export function recordStyle(group: GroupSettings): RecordStyle {
  return {
    ...(group.headingStyle ? { headingStyle: group.headingStyle } : {}),
    ...(group.decisionLead?.trim() ? { decisionLead: group.decisionLead.trim() } : {}),
    ...(group.roleStyle ? { roleStyle: group.roleStyle } : {}),
    attendeeOrder: group.rosterOrder === 'surname' ? 'surname' : 'listed',
  };
}

export interface CreateMinutesInput {
  meeting: MeetingRef;
  group: GroupSettings;
  attendees: Attendee[];
  /** From `nextFirstNumber`; ignored for notes, which always start at 1. */
  firstNumber: number;
  now: Date;
  agenda?: ParsedAgendaItem[];
}

export function createMinutes({ meeting, group, attendees, firstNumber, now, agenda }: CreateMinutesInput): Minutes {
  const template =
    group.template && group.template.length > 0 ? group.template : standardTemplate(group.kind, group.language);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    meeting,
    group: { id: group.groupId, name: group.name },
    kind: group.kind,
    language: group.language,
    title: recordTitle(group.kind, group.language, group.name, meeting.start),
    place: meetingPlace(meeting, group.language) || (group.place ?? ''),
    style: recordStyle(group),
    firstNumber: group.kind === 'protokoll' ? firstNumber : 1,
    attendees,
    items: itemsFrom(template, agenda),
    noteTakers: [],
    status: 'draft',
    revision: 0,
    updatedAt: now.toISOString(),
  };
}
