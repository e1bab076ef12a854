// The import view's state: choose a file (upload or the group's library), read it, then the draft the secretary
// corrects. Nothing reaches the settings until she applies it; the configuration page then saves as usual.
import { useEffect, useState } from 'react';
import { RecordFileError, type ImportDraft } from '../../domain/recordImport';
import { useStrings } from '../i18n/StringsContext';
import type { RecordFileChoice } from '../../contracts/recordImport';
import { useServices } from '../ServicesContext';

export type ImportStage =
  { kind: 'choose'; error?: string } | { kind: 'reading' } | { kind: 'review'; draft: ImportDraft };

export type FileList = { kind: 'loading' } | { kind: 'loaded'; files: RecordFileChoice[] } | { kind: 'failed' };

export function useRecordImport(groupId: string) {
  const services = useServices();
  const words = useStrings().recordImport;
  const [stage, setStage] = useState<ImportStage>({ kind: 'choose' });
  const [files, setFiles] = useState<FileList>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    services.listRecordFiles(groupId).then(
      (list) => current && setFiles({ kind: 'loaded', files: list }),
      () => current && setFiles({ kind: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [services, groupId]);

  const read = async (source: Parameters<typeof services.importRecord>[0]) => {
    setStage({ kind: 'reading' });
    try {
      setStage({ kind: 'review', draft: await services.importRecord(source) });
    } catch (error) {
      const message =
        error instanceof RecordFileError
          ? words.problems[error.problem]
          : words.failed(error instanceof Error ? error.message : String(error));
      setStage({ kind: 'choose', error: message });
    }
  };

  const update = (change: (draft: ImportDraft) => ImportDraft) =>
    setStage((current) => (current.kind === 'review' ? { kind: 'review', draft: change(current.draft) } : current));

  return {
    stage,
    files,
    readUpload: (file: File) => read({ file }),
    readLibraryFile: (fileId: string) => read({ groupId, fileId }),
    update,
  };
}
