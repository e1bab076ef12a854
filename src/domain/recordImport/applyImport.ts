// What the secretary confirms of an imported record, and the group settings it becomes: the roster in the
// record's order, the template, the § to continue from, heading and role style, place, usual time, decision lead.
import type { GroupSettings, HeadingStyle, RecordKind, RoleStyle, RosterMember } from '../model';
import { templateFrom, type TemplateChoice } from './items';
import type { ImportedPerson, ImportedRecord } from './types';

export interface ImportPerson extends ImportedPerson {
  /** Kept on the group's roster; guests are not, unless the secretary ticks them. */
  keep: boolean;
  /** Set when the directory knows the person (a member of the tenant or a guest account). */
  directoryId?: string;
  email?: string;
}

/** The confirmation view's state: every field the import found, as the secretary corrects it. */
export interface ImportDraft {
  kind: RecordKind;
  headingStyle: HeadingStyle;
  roleStyle?: RoleStyle;
  /** Protokoll: the § the next meeting starts at, in `year`. */
  nextNumber: number;
  year: number;
  place: string;
  usualTime?: { start: string; end: string };
  decisionLead: string;
  people: ImportPerson[];
  items: TemplateChoice[];
  unread: string[];
}

/** The draft as first shown: everything kept but guests, the next § after the record's last. */
export function importDraft(record: ImportedRecord, today: string): ImportDraft {
  const kind = record.kind ?? 'anteckningar';
  return {
    kind,
    headingStyle: record.headingStyle ?? 'dot',
    ...(record.roleStyle ? { roleStyle: record.roleStyle } : {}),
    nextNumber: kind === 'protokoll' ? (record.lastNumber ?? 0) + 1 : 1,
    year: Number((record.date ?? today).slice(0, 4)),
    place: record.place ?? '',
    ...(record.usualTime ? { usualTime: record.usualTime } : {}),
    decisionLead: record.decisionLead ?? '',
    people: record.people.map((p) => ({ ...p, keep: !p.roles.includes('guest') })),
    items: record.items.map((item) => ({ item, keep: true })),
    unread: record.unread,
  };
}

/** The adjuster is elected at each meeting: not a standing role to remember. */
function rosterMember(person: ImportPerson): RosterMember {
  const roles = person.roles.filter((r) => r !== 'adjuster');
  const member: RosterMember = { name: person.name, roles };
  if (person.directoryId) member.directoryId = person.directoryId;
  if (person.email) member.email = person.email;
  if (person.organisation) member.organisation = person.organisation;
  if (person.roleLabel && roles.length === person.roles.length) member.roleLabel = person.roleLabel;
  return member;
}

export function applyImport(settings: GroupSettings, draft: ImportDraft): GroupSettings {
  const next: GroupSettings = {
    ...settings,
    kind: draft.kind,
    headingStyle: draft.headingStyle,
    roster: draft.people.filter((p) => p.keep && p.name.trim()).map(rosterMember),
    rosterOrder: 'group',
    template: templateFrom(draft.items, draft.kind, settings.language),
  };
  if (draft.roleStyle) next.roleStyle = draft.roleStyle;
  if (draft.place.trim()) next.place = draft.place.trim();
  if (draft.usualTime) next.usualTime = draft.usualTime;
  if (draft.decisionLead.trim()) next.decisionLead = draft.decisionLead.trim();
  if (draft.kind === 'protokoll' && draft.nextNumber > 0) {
    next.firstNumberOfYear = { year: draft.year, number: draft.nextNumber };
  }
  return next;
}
