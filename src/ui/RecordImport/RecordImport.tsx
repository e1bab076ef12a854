// "Import from last record": choose the group's previous record (upload or its SharePoint library), then check
// and correct what was read (kind, numbering, place, time, people, items) before it goes into the settings.
import { useId } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import type { GroupSettings } from '../../domain/model';
import { applyImport } from '../../domain/recordImport';
import { useStrings } from '../i18n/StringsContext';
import { useRecordImportStyles } from './RecordImport.styles';
import { ImportReview } from './ImportReview';
import { useRecordImport } from './useRecordImport';

export interface RecordImportProps {
  settings: GroupSettings;
  onApply(next: GroupSettings): void;
  onCancel(): void;
  className?: string;
}

export function RecordImport({ settings, onApply, onCancel, className }: RecordImportProps) {
  const strings = useStrings();
  const words = strings.recordImport;
  const styles = useRecordImportStyles();
  const view = useRecordImport(settings.groupId);
  const uploadId = useId();
  const { stage } = view;

  return (
    <section className={mergeClasses(styles.root, className)} aria-labelledby="record-import-title">
      <Text as="h3" id="record-import-title" size={500} weight="semibold">
        {stage.kind === 'review' ? words.confirmTitle : words.title}
      </Text>
      {stage.kind === 'choose' && (
        <>
          <Text>{words.intro}</Text>
          {stage.error && (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>{stage.error}</MessageBarBody>
            </MessageBar>
          )}
          <label htmlFor={uploadId}>
            <Text weight="semibold">{words.upload}</Text>
          </label>
          <input
            id={uploadId}
            className={styles.fileInput}
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void view.readUpload(file);
            }}
          />
          <LibraryFiles files={view.files} onRetry={view.retryFiles} onChoose={(id) => void view.readLibraryFile(id)} />
          <div className={styles.actions}>
            <Button onClick={onCancel}>{words.cancel}</Button>
          </div>
        </>
      )}
      {stage.kind === 'reading' && <Spinner size="small" label={words.reading} labelPosition="after" />}
      {stage.kind === 'review' && (
        <ImportReview
          draft={stage.draft}
          onChange={view.update}
          onApply={() => onApply(applyImport(settings, stage.draft))}
          onCancel={onCancel}
        />
      )}
    </section>
  );
}

function LibraryFiles({
  files,
  onRetry,
  onChoose,
}: {
  files: ReturnType<typeof useRecordImport>['files'];
  onRetry(): void;
  onChoose(id: string): void;
}) {
  const strings = useStrings();
  const words = strings.recordImport;
  const styles = useRecordImportStyles();
  if (files.kind === 'loading' || files.kind === 'idle')
    return <Spinner size="tiny" label={strings.loading} labelPosition="after" />;
  if (files.kind === 'failed') {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{words.fromLibrary}</MessageBarTitle>
          {files.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>{strings.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <div className={styles.files}>
      <Text weight="semibold">{words.fromLibrary}</Text>
      {files.value.length === 0 && <Text className={styles.note}>{words.noFiles}</Text>}
      {files.value.map((file) => (
        <Button key={file.id} appearance="subtle" onClick={() => onChoose(file.id)}>
          {file.name}
        </Button>
      ))}
    </div>
  );
}
