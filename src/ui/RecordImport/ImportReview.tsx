// Checking what was read from the previous record before it goes into the settings: the record's facts, its
// people and its items, each correctable or left out.
import { Button } from '@fluentui/react-components';
import type { ImportDraft } from '../../domain/recordImport';
import { useStrings } from '../i18n/StringsContext';
import { ImportedFacts } from './ImportedFacts';
import { ImportedItems } from './ImportedItems';
import { ImportedPeople } from './ImportedPeople';
import { useRecordImportStyles } from './RecordImport.styles';

export interface ImportReviewProps {
  draft: ImportDraft;
  onChange(change: (draft: ImportDraft) => ImportDraft): void;
  onApply(): void;
  onCancel(): void;
}

export function ImportReview({ draft, onChange, onApply, onCancel }: ImportReviewProps) {
  const words = useStrings().recordImport;
  const styles = useRecordImportStyles();
  return (
    <>
      <ImportedFacts draft={draft} onChange={(patch) => onChange((d) => ({ ...d, ...patch }))} />
      <ImportedPeople draft={draft} onChange={onChange} />
      <ImportedItems draft={draft} onChange={onChange} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onApply}>
          {words.apply}
        </Button>
        <Button onClick={onCancel}>{words.cancel}</Button>
      </div>
    </>
  );
}
