// The agenda as the organizer wrote it in the invite: numbered or bulleted lines, some naming a presenter.
import type { ItemKind } from './model';

/** One agenda line; standard items (öppnande, övriga frågor …) come back with their kind. */
export interface ParsedAgendaItem {
  title: string;
  presenter?: string;
  kind: ItemKind;
}
