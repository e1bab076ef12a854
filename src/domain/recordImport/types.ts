// What "Import from last record" reads out of a group's previous record, before the secretary confirms it.
import type { ItemKind, RecordKind, Role } from '../model';

/** A stretch of text with the marks that carry meaning in a record: italic organisations, struck-out absentees. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
}

/** The record as blocks, in document order: what mammoth's HTML says, without markup. */
export type DocBlock =
  | { type: 'heading'; level: number; runs: Run[] }
  | { type: 'paragraph'; runs: Run[]; listItem: boolean }
  /** Rows of cells; a cell's paragraphs are joined with "\n". */
  | { type: 'table'; rows: Run[][][] };

export type ImportedPresence = 'present' | 'absent' | 'absenceAnnounced';

export interface ImportedPerson {
  name: string;
  organisation?: string;
  roles: Role[];
  /** The role words as the record writes them ("Ordförande", "ersättare för Johan Hedin"). */
  roleLabel?: string;
  deputyFor?: string;
  presence: ImportedPresence;
  /** The line as read, so the confirmation view can show where a person came from. */
  line: string;
}

export interface ImportedItem {
  /** The record's § or item number, when it had one. */
  number?: number;
  title: string;
  kind: ItemKind;
}

export interface ImportedRecord {
  kind?: RecordKind;
  /** "§ 12." / "1." is `dot`, "§ 12" / "1" is `plain`. */
  headingStyle?: 'dot' | 'plain';
  /** Whether roles follow the organisation after a comma or stand in parentheses. */
  roleStyle?: 'comma' | 'parentheses';
  title?: string;
  /** yyyy-mm-dd of the meeting the record is of. */
  date?: string;
  /** The record's last § (or item) number. */
  lastNumber?: number;
  place?: string;
  /** "HH:MM". */
  usualTime?: { start: string; end: string };
  /** "Styrgruppen beslutar att:". */
  decisionLead?: string;
  /** Present and absent, in the record's order. */
  people: ImportedPerson[];
  items: ImportedItem[];
  /** Lines in the attendance lists that could not be read as a person: shown, never dropped. */
  unread: string[];
}
