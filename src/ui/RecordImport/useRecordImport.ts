// The import view's state: choose a file (upload or the group's library), read it, then the draft the secretary
// corrects. Nothing reaches the settings until she applies it; the configuration page then saves as usual.
import { useState } from 'react';
import { RecordFileError, type ImportDraft } from '../../domain/recordImport';
import { useStrings } from '../i18n/StringsContext';
import { failureText } from '../i18n/failureText';
import { useServices } from '../ServicesContext';
import { useLoaded } from '../useLoaded';

export type ImportStage =
  { kind: 'choose'; error?: string } | { kind: 'reading' } | { kind: 'review'; draft: ImportDraft };

export function useRecordImport(groupId: string) {
  const services = useServices();
  const strings = useStrings();
  const words = strings.recordImport;
  const [stage, setStage] = useState<ImportStage>({ kind: 'choose' });
  // The library's Word files; when they cannot be listed the user is told why, and may still upload a file.
  const { state: files, retry: retryFiles } = useLoaded(() => services.listRecordFiles(groupId), groupId);

  const read = async (source: Parameters<typeof services.importRecord>[0]) => {
    setStage({ kind: 'reading' });
    try {
      setStage({ kind: 'review', draft: await services.importRecord(source) });
    } catch (error) {
      const message =
        error instanceof RecordFileError ? words.problems[error.problem] : words.failed(failureText(error, strings));
      setStage({ kind: 'choose', error: message });
    }
  };

  const update = (change: (draft: ImportDraft) => ImportDraft) =>
    setStage((current) => (current.kind === 'review' ? { kind: 'review', draft: change(current.draft) } : current));

  return {
    stage,
    files,
    retryFiles,
    readUpload: (file: File) => read({ file }),
    readLibraryFile: (fileId: string) => read({ groupId, fileId }),
    update,
  };
}
