// The group's kind of record, who approves notes, the record's language and the SharePoint folder.
import { Field, Input, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { Language, RecordKind } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import type { ConfigViewState } from './useConfigView';

export function RecordFields({ view }: { view: ConfigViewState }) {
  const words = useStrings().configPage;
  const { settings } = view;
  if (!settings) return null;
  return (
    <>
      {view.groupFromHost && (
        <Field label={words.group}>
          <Text weight="semibold">{settings.name}</Text>
        </Field>
      )}
      <Field label={words.kind}>
        <RadioGroup value={settings.kind} onChange={(_, data) => view.handleKindChange(data.value as RecordKind)}>
          <Radio value="protokoll" label={words.kindProtokoll} />
          <Radio value="anteckningar" label={words.kindAnteckningar} />
        </RadioGroup>
      </Field>
      {settings.kind === 'anteckningar' && (
        <Field label={words.approvers}>
          <RadioGroup
            value={settings.notesApprovers.includes('chair') ? 'chair' : 'none'}
            onChange={(_, data) => view.handleChange({ notesApprovers: data.value === 'chair' ? ['chair'] : [] })}
          >
            <Radio value="chair" label={words.approversChair} />
            <Radio value="none" label={words.approversNone} />
          </RadioGroup>
        </Field>
      )}
      <Field label={words.language}>
        <RadioGroup
          layout="horizontal"
          value={settings.language}
          onChange={(_, data) => view.handleChange({ language: data.value as Language })}
        >
          <Radio value="sv" label={words.swedish} />
          <Radio value="en" label={words.english} />
        </RadioGroup>
      </Field>
      <Field
        label={words.folder}
        validationState={view.folderValid ? 'none' : 'error'}
        validationMessage={view.folderValid ? words.folderHint(settings.folderPath) : words.folderInvalid}
        validationMessageIcon={view.folderValid ? null : undefined}
      >
        <Input value={settings.folderPath} onChange={(_, data) => view.handleChange({ folderPath: data.value })} />
      </Field>
    </>
  );
}
