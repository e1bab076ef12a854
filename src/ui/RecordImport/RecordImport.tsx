// "Import from last record": choose the group's previous record (upload or its SharePoint library), then check
// and correct what was read (kind, numbering, place, time, people, items) before it goes into the settings.
import { useId } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from '@fluentui/react-components';
import type { GroupSettings, RecordKind } from '../../domain/model';
import { applyImport, type ImportDraft, type ImportPerson } from '../../domain/recordImport';
import { useStrings } from '../i18n/StringsContext';
import { useRecordImportStyles } from './RecordImport.styles';
import { useRecordImport } from './useRecordImport';

export interface RecordImportProps {
  settings: GroupSettings;
  onApply(next: GroupSettings): void;
  onCancel(): void;
}

export function RecordImport({ settings, onApply, onCancel }: RecordImportProps) {
  const strings = useStrings();
  const words = strings.recordImport;
  const styles = useRecordImportStyles();
  const view = useRecordImport(settings.groupId);
  const uploadId = useId();
  const { stage } = view;

  return (
    <section className={styles.root} aria-labelledby="record-import-title">
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
          <LibraryFiles files={view.files} onChoose={(id) => void view.readLibraryFile(id)} />
          <div className={styles.actions}>
            <Button onClick={onCancel}>{words.cancel}</Button>
          </div>
        </>
      )}
      {stage.kind === 'reading' && <Spinner size="small" label={words.reading} labelPosition="after" />}
      {stage.kind === 'review' && (
        <Review
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
  onChoose,
}: {
  files: ReturnType<typeof useRecordImport>['files'];
  onChoose(id: string): void;
}) {
  const strings = useStrings();
  const words = strings.recordImport;
  const styles = useRecordImportStyles();
  if (files.kind === 'loading') return <Spinner size="tiny" label={strings.loading} labelPosition="after" />;
  if (files.kind === 'failed') return null;
  return (
    <div className={styles.files}>
      <Text weight="semibold">{words.fromLibrary}</Text>
      {files.files.length === 0 && <Text className={styles.note}>{words.noFiles}</Text>}
      {files.files.map((file) => (
        <Button key={file.id} appearance="subtle" onClick={() => onChoose(file.id)}>
          {file.name}
        </Button>
      ))}
    </div>
  );
}

interface ReviewProps {
  draft: ImportDraft;
  onChange(change: (draft: ImportDraft) => ImportDraft): void;
  onApply(): void;
  onCancel(): void;
}

function Review({ draft, onChange, onApply, onCancel }: ReviewProps) {
  const strings = useStrings();
  const words = strings.recordImport;
  const config = strings.configPage;
  const styles = useRecordImportStyles();
  const set = (patch: Partial<ImportDraft>) => onChange((d) => ({ ...d, ...patch }));
  const example = draft.kind === 'protokoll' ? `§ ${draft.nextNumber}` : '1';
  const setPerson = (index: number, patch: Partial<ImportPerson>) =>
    onChange((d) => ({ ...d, people: d.people.map((p, i) => (i === index ? { ...p, ...patch } : p)) }));

  return (
    <>
      <Field label={words.kind}>
        <RadioGroup value={draft.kind} onChange={(_, data) => set({ kind: data.value as RecordKind })}>
          <Radio value="protokoll" label={config.kindProtokoll} />
          <Radio value="anteckningar" label={config.kindAnteckningar} />
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

      <Text as="h4" weight="semibold">
        {words.people}
      </Text>
      <div role="list" aria-label={words.people}>
        {draft.people.map((person, index) => (
          <div role="listitem" key={`${index}-${person.line}`} className={styles.person}>
            <Checkbox
              checked={person.keep}
              aria-label={words.keepPerson(person.name)}
              onChange={(_, data) => setPerson(index, { keep: data.checked === true })}
            />
            <Input
              className={styles.name}
              aria-label={`${words.name} ${index + 1}`}
              value={person.name}
              onChange={(_, data) => setPerson(index, { name: data.value })}
            />
            <Input
              className={styles.organisation}
              aria-label={`${words.organisation} ${index + 1}`}
              value={person.organisation ?? ''}
              onChange={(_, data) => setPerson(index, { organisation: data.value })}
            />
            <Input
              className={styles.role}
              aria-label={`${words.role} ${index + 1}`}
              value={person.roleLabel ?? ''}
              onChange={(_, data) => setPerson(index, { roleLabel: data.value })}
            />
            <Text className={styles.note}>{words.presence[person.presence]}</Text>
            {person.directoryId && <Badge appearance="tint">{words.inDirectory}</Badge>}
          </div>
        ))}
      </div>
      {draft.unread.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {words.unread}
            <ul className={styles.list}>
              {draft.unread.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      <Text as="h4" weight="semibold">
        {words.items}
      </Text>
      <div className={styles.files}>
        {draft.items.map((choice, index) => (
          <Checkbox
            key={`${index}-${choice.item.title}`}
            checked={choice.keep}
            label={choice.item.kind === 'regular' ? choice.item.title : `${choice.item.title} (${words.standardItem})`}
            aria-label={words.keepItem(choice.item.title)}
            onChange={(_, data) =>
              onChange((d) => ({
                ...d,
                items: d.items.map((c, i) => (i === index ? { ...c, keep: data.checked === true } : c)),
              }))
            }
          />
        ))}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onApply}>
          {words.apply}
        </Button>
        <Button onClick={onCancel}>{words.cancel}</Button>
      </div>
    </>
  );
}
