// The words a record is written in, Swedish and English: one table shared by the templates,
// the Word document, the preview and the e-mails, so the record reads the same everywhere.
import type { ItemKind, Language, Outcome, RecordKind, Role } from './model';

export interface RecordVocabulary {
  kindTitle: Record<RecordKind, string>;
  place: string;
  time: string;
  scope: string;
  present: string;
  absent: string;
  absenceAnnounced: string;
  presentForItems: (from: string, to: string) => string;
  roles: Record<Role, string>;
  deputyFor: (name: string) => string;
  standardItems: Record<Exclude<ItemKind, 'regular'>, Record<RecordKind, string>>;
  decision: string;
  decides: (group: string) => string;
  outcome: Record<Exclude<Outcome, 'handled'>, string>;
  assignments: string;
  due: (date: string) => string;
  links: string;
  nextMeeting: string;
  signatures: string;
  noteTakers: string;
  page: string;
  approvedStamp: (date: string, names: string) => string;
  unassigned: string;
  /** Label of the line naming who presents an item. */
  presenter: string;
  /** Between the page number fields: "Sida 2 av 5". */
  pageOf: string;
  /** Text of the link to the full record in the approval e-mail. */
  openRecord: string;
}

const sv: RecordVocabulary = {
  kindTitle: { protokoll: 'Protokoll', anteckningar: 'Mötesanteckningar' },
  place: 'Plats',
  time: 'Tid',
  scope: 'Omfattning',
  present: 'Närvarande',
  absent: 'Frånvarande',
  absenceAnnounced: 'anmält frånvaro',
  presentForItems: (from, to) => `närvarande ${from}–${to}`,
  roles: {
    chair: 'ordförande',
    viceChair: 'vice ordförande',
    secretary: 'sekreterare',
    adjuster: 'justerare',
    deputy: 'ersättare',
    coopted: 'adjungerad',
    guest: 'gäst',
    member: 'ledamot',
  },
  deputyFor: (name) => `ersättare för ${name}`,
  standardItems: {
    opening: {
      protokoll: 'Mötets öppnande och godkännande av dagordning',
      anteckningar: 'Mötets öppnande och godkännande av dagordning',
    },
    adjuster: { protokoll: 'Val av justerare', anteckningar: 'Val av justerare' },
    previous: { protokoll: 'Föregående protokoll', anteckningar: 'Föregående mötesanteckningar' },
    other: { protokoll: 'Övriga frågor', anteckningar: 'Övriga frågor' },
    closing: { protokoll: 'Mötets avslutande och nästa möte', anteckningar: 'Avslut och nästa möte' },
  },
  decision: 'Beslut',
  decides: (group) => `${group} beslutar att:`,
  outcome: {
    information: 'Ärendet är ett informationsärende.',
    tabled: 'Ärendet bordläggs.',
    referredBack: 'Ärendet återremitteras.',
  },
  assignments: 'Uppdrag',
  due: (date) => `senast ${date}`,
  links: 'Bilagor och länkar',
  nextMeeting: 'Nästa möte',
  signatures: 'Underskrifter',
  noteTakers: 'Vid anteckningarna',
  page: 'Sida',
  approvedStamp: (date, names) => `Justerat digitalt ${date} av ${names}`,
  unassigned: 'ej tilldelad i Planner',
  presenter: 'Föredragande',
  pageOf: 'av',
  openRecord: 'Läs hela dokumentet',
};

const en: RecordVocabulary = {
  kindTitle: { protokoll: 'Minutes', anteckningar: 'Meeting notes' },
  place: 'Place',
  time: 'Time',
  scope: 'Scope',
  present: 'Present',
  absent: 'Absent',
  absenceAnnounced: 'absence announced',
  presentForItems: (from, to) => `present ${from}–${to}`,
  roles: {
    chair: 'chair',
    viceChair: 'vice chair',
    secretary: 'secretary',
    adjuster: 'adjuster',
    deputy: 'deputy',
    coopted: 'co-opted',
    guest: 'guest',
    member: 'member',
  },
  deputyFor: (name) => `deputy for ${name}`,
  standardItems: {
    opening: {
      protokoll: 'Opening of the meeting and approval of the agenda',
      anteckningar: 'Opening of the meeting and approval of the agenda',
    },
    adjuster: { protokoll: 'Election of adjuster', anteckningar: 'Election of adjuster' },
    previous: { protokoll: 'Previous minutes', anteckningar: 'Previous meeting notes' },
    other: { protokoll: 'Other matters', anteckningar: 'Other matters' },
    closing: { protokoll: 'Closing of the meeting and next meeting', anteckningar: 'Closing and next meeting' },
  },
  decision: 'Decision',
  decides: (group) => `${group} decides to:`,
  outcome: {
    information: 'This is an information item.',
    tabled: 'The item is tabled.',
    referredBack: 'The item is referred back.',
  },
  assignments: 'Assignments',
  due: (date) => `by ${date}`,
  links: 'Attachments and links',
  nextMeeting: 'Next meeting',
  signatures: 'Signatures',
  noteTakers: 'Minutes taken by',
  page: 'Page',
  approvedStamp: (date, names) => `Approved digitally ${date} by ${names}`,
  unassigned: 'not assigned in Planner',
  presenter: 'Presenter',
  pageOf: 'of',
  openRecord: 'Read the full record',
};

export const vocabulary: Record<Language, RecordVocabulary> = { sv, en };
