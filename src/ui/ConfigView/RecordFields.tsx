// The group's kind of record, who approves notes, the record's language and the SharePoint folder.
import { Field, Input, Text } from '@fluentui/react-components';
import { ChoiceField } from '../ChoiceField/ChoiceField';
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
      <ChoiceField
        label={words.kind}
        value={settings.kind}
        options={[
          { value: 'protokoll', label: words.kindProtokoll },
          { value: 'anteckningar', label: words.kindAnteckningar },
        ]}
        onChange={view.handleKindChange}
      />
      {settings.kind === 'anteckningar' && (
        <ChoiceField
          label={words.approvers}
          value={settings.notesApprovers.includes('chair') ? 'chair' : 'none'}
          options={[
            { value: 'chair', label: words.approversChair },
            { value: 'none', label: words.approversNone },
          ]}
          onChange={(approvers) => view.handleChange({ notesApprovers: approvers === 'chair' ? ['chair'] : [] })}
        />
      )}
      <ChoiceField
        label={words.language}
        horizontal
        value={settings.language}
        options={[
          { value: 'sv', label: words.swedish },
          { value: 'en', label: words.english },
        ]}
        onChange={(language) => view.handleChange({ language })}
      />
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
