// The people read from the previous record's attendance: each kept or left out, name, organisation and role
// correctable; the lines that could not be read are named.
import { Badge, Checkbox, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { ImportDraft, ImportPerson } from '../../domain/recordImport';
import { useStrings } from '../i18n/StringsContext';
import { useRecordImportStyles } from './RecordImport.styles';

export interface ImportedPeopleProps {
  draft: ImportDraft;
  onChange(change: (draft: ImportDraft) => ImportDraft): void;
}

export function ImportedPeople({ draft, onChange }: ImportedPeopleProps) {
  const words = useStrings().recordImport;
  const styles = useRecordImportStyles();
  const setPerson = (index: number, patch: Partial<ImportPerson>) =>
    onChange((d) => ({ ...d, people: d.people.map((p, i) => (i === index ? { ...p, ...patch } : p)) }));
  return (
    <>
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
    </>
  );
}
