// Import from last record: the group's Word files to choose from, and reading one (uploaded or from SharePoint)
// into a draft whose people are matched to directory users and guest accounts by their exact display name.
import { importDraft, MAX_RECORD_BYTES, RecordFileError, type ImportDraft } from '../../domain/recordImport';
import type { DriveItemRef } from '../../graph/gateways';
import type { RecordImportServices } from '../../contracts/recordImport';
import { readRecordFile } from '../recordImport/readRecordFile';
import type { ServiceContext } from '../serviceContext';

const isWordFile = (item: DriveItemRef) => /\.docx$/i.test(item.name);

export function importServices(context: Pick<ServiceContext, 'gateways' | 'records' | 'now'>): RecordImportServices {
  const { gateways, records, now } = context;
  // Files listed for a group, by id: the download URL comes with the listing.
  const listed = new Map<string, DriveItemRef>();

  /** One name, one directory user: a name two people share is left for the secretary to pick. */
  const matched = async (draft: ImportDraft): Promise<ImportDraft> => {
    const found = await gateways.directory.byDisplayName(draft.people.map((p) => p.name)).catch(() => new Map());
    return {
      ...draft,
      people: draft.people.map((person) => {
        const users = found.get(person.name.trim()) ?? [];
        const user = users.length === 1 ? users[0] : undefined;
        if (!user) return person;
        return { ...person, directoryId: user.id, ...(user.mail ? { email: user.mail } : {}) };
      }),
    };
  };

  return {
    async listRecordFiles(groupId) {
      const { settings } = await records.settings(groupId, '');
      const year = now().getFullYear();
      const folder = settings.folderPath.replace(/^\/+|\/+$/g, '');
      const folders = [...new Set([folder, `${folder}/${year}`, `${folder}/${year - 1}`, ''])];
      const answers = await gateways.files.groupFolders(groupId, folders);
      const files = [...answers.values()].flat().filter(isWordFile);
      for (const file of files) listed.set(file.id, file);
      return files
        .sort((a, b) => (b.lastModifiedDateTime ?? '').localeCompare(a.lastModifiedDateTime ?? ''))
        .map((file) => ({
          id: file.id,
          name: file.name,
          ...(file.lastModifiedDateTime ? { lastModified: file.lastModifiedDateTime } : {}),
        }));
    },

    async importRecord(source) {
      let bytes: ArrayBuffer;
      if ('file' in source) {
        if (source.file.size > MAX_RECORD_BYTES) throw new RecordFileError('tooLarge');
        bytes = await source.file.arrayBuffer();
      } else {
        const item = listed.get(source.fileId);
        if (!item) throw new Error(`The file ${source.fileId} was not listed for group ${source.groupId}`);
        if ((item.size ?? 0) > MAX_RECORD_BYTES) throw new RecordFileError('tooLarge');
        bytes = await gateways.files.downloadBytes(item);
      }
      const record = await readRecordFile(bytes);
      return matched(importDraft(record, now().toISOString().slice(0, 10)));
    },
  };
}
