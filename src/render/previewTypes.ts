// The record laid out once, in the record's words: the Word document, the React preview and the
// approval e-mail all render this, so they cannot disagree. Plain data; user text is not escaped here.
import type { Language, RecordKind, RichText } from '../domain/model';

export interface MetaLine {
  label: string;
  value: string;
}

export interface AttendeeRow {
  key: string;
  name: string;
  /** "Åsby kommun, ordförande", "anmält frånvaro" included when it applies. */
  detail: string;
  absenceAnnounced: boolean;
}

export interface AttendeeList {
  heading: string;
  rows: AttendeeRow[];
}

export interface DecisionBlockView {
  id: string;
  /** "Beslut" */
  heading: string;
  /** "Chefsgruppen beslutar att:" as written in the block, else the record's lead. */
  intro: string;
  lines: string[];
  /** The item's text that follows the block. */
  notesAfter: RichText;
}

export interface AssigneeView {
  name: string;
  /** Cannot become a Planner assignee (external or not in the directory). */
  unassignable: boolean;
}

export interface AssignmentRow {
  id: string;
  assignees: AssigneeView[];
  text: string;
  /** "senast 2026-04-01", absent without a due date. */
  due?: string;
  /** The whole row as one line: "Maria Glemfelt (ej tilldelad i Planner) — gör en inbjudan — senast 2026-04-01". */
  line: string;
}

export interface LinkView {
  title: string;
  /** Only http(s) and mailto survive; an unsafe address leaves the title as plain text. */
  url?: string;
}

export interface PreviewItem {
  id: string;
  /** "§ 12", "§ 12.", "12.", "12" or "a)" */
  label: string;
  title: string;
  /** Label and title as the heading reads: "§ 12 Budget", "12. Budget", "a) Vaccinationer". */
  heading: string;
  /** "Föredragande: Maria Glemfelt" */
  presenter?: string;
  /** The text before the first decision block. */
  notes: RichText;
  /** In the order they were taken, each followed by the text after it. */
  decisionBlocks: DecisionBlockView[];
  /** "Ärendet bordläggs." */
  outcome?: string;
  assignments?: { heading: string; rows: AssignmentRow[] };
  links?: { heading: string; links: LinkView[] };
  nextMeeting?: { heading: string; text: string };
  subItems: PreviewItem[];
}

export interface SignatureLine {
  /** "Ordförande" */
  role: string;
  /** Empty when nobody present holds the role: the line is still drawn. */
  name: string;
}

export type ClosingBlock =
  | { kind: 'signatures'; heading: string; lines: SignatureLine[] }
  | { kind: 'noteTakers'; heading: string; names: string[] };

export interface PreviewDocument {
  language: Language;
  kind: RecordKind;
  title: string;
  groupName: string;
  /** yyyy-mm-dd of the meeting, Swedish time. */
  date: string;
  meta: MetaLine[];
  present: AttendeeList;
  absent: AttendeeList;
  items: PreviewItem[];
  closing?: ClosingBlock;
  /** "Justerat digitalt 2026-03-02 av Göran Öberg, Märta Ek" */
  approvalStamp?: string;
  footer: { groupName: string; date: string; pageWord: string; pageOfWord: string };
}

/** Who approved and when, for the stamp: only the caller knows, from approvals Microsoft 365 verified (never the JSON). */
export interface ApprovalStampInput {
  /** yyyy-mm-dd */
  date: string;
  names: string[];
}

export interface RenderOptions {
  approval?: ApprovalStampInput;
}
