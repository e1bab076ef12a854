// Import from last record (configuration page): the group's Word files to choose from, and reading one.
import type { ImportDraft } from '../domain/recordImport';

export interface RecordFileChoice {
  id: string;
  name: string;
  /** ISO timestamp. */
  lastModified?: string;
}

export interface RecordImportServices {
  /** The group's .docx files, newest first: its record folder, this and last year's folders, the library's root. */
  listRecordFiles(groupId: string): Promise<RecordFileChoice[]>;
  /**
   * Reads a previous record into a draft to confirm, people matched to the directory by name. Rejects with
   * RecordFileError when the file is not a readable Word document.
   */
  importRecord(source: { file: File } | { groupId: string; fileId: string }): Promise<ImportDraft>;
}
