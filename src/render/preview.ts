// Minutes -> PreviewDocument: every decision about what the record says and in which words is made
// here, once; the Word document, the React preview and the approval e-mail only lay it out.
import type { AgendaItem, Assignment, Attendee, Minutes, Role } from '../domain/model';
import { vocabulary, type RecordVocabulary } from '../domain/vocabulary';
import { absentAttendees, attendeeLine, orderAttendees, presentAttendees } from '../domain/attendees';
import { recordDate, recordTimeRange } from '../domain/format';
import { itemLabel, scopeLabel, subItemLabel } from '../domain/numbering';
import { isSafeHref } from '../domain/richtext';
import type {
  AssignmentRow,
  AttendeeRow,
  ClosingBlock,
  PreviewDocument,
  PreviewItem,
  RenderOptions,
} from './previewTypes';

export type * from './previewTypes';

const signatureRoles: readonly Role[] = ['chair', 'adjuster', 'secretary'];

export function previewModel(minutes: Minutes, options: RenderOptions = {}): PreviewDocument {
  const words = vocabulary[minutes.language];
  const date = minutes.held?.date ?? recordDate(minutes.meeting.start);
  const approval = options.approval;
  const ordered = orderAttendees(minutes.attendees, minutes.style?.attendeeOrder);
  return {
    language: minutes.language,
    kind: minutes.kind,
    title: minutes.title,
    groupName: minutes.group.name,
    date,
    meta: [
      { label: words.place, value: minutes.place },
      { label: words.time, value: recordTimeRange(minutes) },
      ...(minutes.items.length > 0 ? [{ label: words.scope, value: scopeLabel(minutes) }] : []),
    ],
    present: { heading: words.present, rows: attendeeRows(presentAttendees(ordered), minutes) },
    absent: { heading: words.absent, rows: attendeeRows(absentAttendees(ordered), minutes) },
    items: previewItems(minutes, words),
    closing: closingBlock(minutes, words),
    approvalStamp: approval && words.approvedStamp(approval.date, approval.names.join(', ')),
    footer: { groupName: minutes.group.name, date, pageWord: words.page, pageOfWord: words.pageOf },
  };
}

function attendeeRows(attendees: readonly Attendee[], minutes: Minutes): AttendeeRow[] {
  // The domain's line already says "anmält frånvaro"; the flag lets the preview style it too.
  return attendees.map((attendee) => ({
    key: attendee.key,
    ...attendeeLine(attendee, minutes.language, minutes.kind, minutes.style?.roleStyle),
    absenceAnnounced: attendee.presence.kind === 'absenceAnnounced',
  }));
}

function previewItems(minutes: Minutes, words: RecordVocabulary): PreviewItem[] {
  // "Nästa möte" belongs under the closing item; a record without one keeps it under its last item.
  const closingIndex = minutes.items.findIndex((item) => item.kind === 'closing');
  const nextMeetingIndex = closingIndex >= 0 ? closingIndex : minutes.items.length - 1;
  return minutes.items.map((item, index) => {
    const label = itemLabel(minutes, index);
    const view = itemView(item, label, minutes, words);
    view.subItems = item.subItems.map((sub, subIndex) => itemView(sub, `${subItemLabel(subIndex)})`, minutes, words));
    if (index === nextMeetingIndex && minutes.nextMeeting?.trim()) {
      view.nextMeeting = { heading: words.nextMeeting, text: minutes.nextMeeting };
    }
    return view;
  });
}

function itemView(item: AgendaItem, label: string, minutes: Minutes, words: RecordVocabulary): PreviewItem {
  const view: PreviewItem = {
    id: item.id,
    label,
    title: item.title,
    heading: `${label} ${item.title}`.trim(),
    notes: item.notes,
    decisionBlocks: item.decisionBlocks.map((block) => ({
      id: block.id,
      heading: words.decision,
      intro: block.lead ?? minutes.style?.decisionLead ?? words.decides(minutes.group.name),
      lines: block.decisions.map((decision) => decision.text),
      notesAfter: block.notesAfter,
    })),
    subItems: [],
  };
  if (item.presenter?.trim()) view.presenter = `${words.presenter}: ${item.presenter}`;
  if (item.outcome !== 'handled') view.outcome = item.outcomeText?.trim() || words.outcome[item.outcome];
  if (item.assignments.length > 0) {
    view.assignments = { heading: words.assignments, rows: item.assignments.map((a) => assignmentRow(a, words)) };
  }
  if (item.links.length > 0) {
    view.links = {
      heading: words.links,
      links: item.links.map((link) =>
        isSafeHref(link.url) ? { title: link.title || link.url.trim(), url: link.url.trim() } : { title: link.title },
      ),
    };
  }
  return view;
}

function assignmentRow(assignment: Assignment, words: RecordVocabulary): AssignmentRow {
  const unassignable = new Set(assignment.sync.state === 'unassignable' ? assignment.sync.names : []);
  const assignees = assignment.assignees.map((assignee) => ({
    name: assignee.name,
    unassignable: unassignable.has(assignee.name),
  }));
  const who = assignees.map((a) => (a.unassignable ? `${a.name} (${words.unassigned})` : a.name)).join(', ');
  const due = assignment.due ? words.due(assignment.due) : undefined;
  const row: AssignmentRow = {
    id: assignment.id,
    assignees,
    text: assignment.text,
    line: [who, assignment.text, due].filter((part) => part).join(' — '),
  };
  if (due) row.due = due;
  return row;
}

function closingBlock(minutes: Minutes, words: RecordVocabulary): ClosingBlock | undefined {
  if (minutes.kind === 'protokoll') {
    const present = presentAttendees(minutes.attendees);
    const lines = signatureRoles.flatMap((role) => {
      const holders = present.filter((attendee) => attendee.roles.includes(role));
      const roleLabel = capitalise(words.roles[role]);
      return holders.length > 0
        ? holders.map((holder) => ({ role: roleLabel, name: holder.name }))
        : [{ role: roleLabel, name: '' }];
    });
    return { kind: 'signatures', heading: words.signatures, lines };
  }
  const names = minutes.noteTakers.filter((name) => name.trim());
  return names.length > 0 ? { kind: 'noteTakers', heading: words.noteTakers, names } : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}
