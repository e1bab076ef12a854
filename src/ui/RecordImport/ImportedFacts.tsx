// The previous record's kind, heading style, next number, place, usual time and decision lead, as read.
import { Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import type { RecordKind } from '../../domain/model';
import type { ImportDraft } from '../../domain/recordImport';
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
      <Field label={words.kind}>
        <RadioGroup value={draft.kind} onChange={(_, data) => set({ kind: data.value as RecordKind })}>
          <Radio value="protokoll" label={strings.configPage.kindProtokoll} />
          <Radio value="anteckningar" label={strings.configPage.kindAnteckningar} />
        </RadioGroup>
      </Field>
      <Field label={words.headingStyle}>
        <RadioGroup
          layout="horizontal"
          value={draft.headingStyle}
          onChange={(_, data) => set({ headingStyle: data.value === 'plain' ? 'plain' : 'dot' })}
        >
          <Radio value="dot" label={words.headingDot(example)} />
          <Radio value="plain" label={words.headingPlain(example)} />
        </RadioGroup>
      </Field>
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
