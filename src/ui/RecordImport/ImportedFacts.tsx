// The previous record's kind, heading style, next number, place, usual time and decision lead, as read.
import { Field, Input } from '@fluentui/react-components';
import type { ImportDraft } from '../../domain/recordImport';
import { ChoiceField } from '../ChoiceField/ChoiceField';
import { useStrings } from '../i18n/StringsContext';
import { useRecordImportStyles } from './RecordImport.styles';

export interface ImportedFactsProps {
  draft: ImportDraft;
  onChange(patch: Partial<ImportDraft>): void;
}

export function ImportedFacts({ draft, onChange: set }: ImportedFactsProps) {
  const strings = useStrings();
  const words = strings.recordImport;
  const styles = useRecordImportStyles();
  const example = draft.kind === 'protokoll' ? `§ ${draft.nextNumber}` : '1';
  return (
    <>
      <ChoiceField
        label={words.kind}
        value={draft.kind}
        options={[
          { value: 'protokoll', label: strings.configPage.kindProtokoll },
          { value: 'anteckningar', label: strings.configPage.kindAnteckningar },
        ]}
        onChange={(kind) => set({ kind })}
      />
      <ChoiceField
        label={words.headingStyle}
        horizontal
        value={draft.headingStyle}
        options={[
          { value: 'dot', label: words.headingDot(example) },
          { value: 'plain', label: words.headingPlain(example) },
        ]}
        onChange={(headingStyle) => set({ headingStyle })}
      />
      <div className={styles.row}>
        {draft.kind === 'protokoll' && (
          <Field label={words.nextNumber(draft.year)}>
            <Input
              type="number"
              min={1}
              value={String(draft.nextNumber)}
              onChange={(_, data) => set({ nextNumber: Math.max(1, Math.floor(Number(data.value)) || 1) })}
            />
          </Field>
        )}
        <Field label={words.place}>
          <Input value={draft.place} onChange={(_, data) => set({ place: data.value })} />
        </Field>
        <Field label={words.start}>
          <Input
            type="time"
            value={draft.usualTime?.start ?? ''}
            onChange={(_, data) => set({ usualTime: { start: data.value, end: draft.usualTime?.end ?? data.value } })}
          />
        </Field>
        <Field label={words.end}>
          <Input
            type="time"
            value={draft.usualTime?.end ?? ''}
            onChange={(_, data) => set({ usualTime: { start: draft.usualTime?.start ?? data.value, end: data.value } })}
          />
        </Field>
      </div>
      <Field label={words.decisionLead}>
        <Input value={draft.decisionLead} onChange={(_, data) => set({ decisionLead: data.value })} />
      </Field>
    </>
  );
}
