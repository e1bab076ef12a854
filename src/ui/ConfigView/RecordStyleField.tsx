// How the group writes its records: "§ 12." or "§ 12", the sentence before its decisions, how a deputy's role
// follows the organisation, and whether the attendance list keeps the group's order or goes by surname.
// Each new record copies these, so an approved record never changes when the group later changes them.
import { Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { GroupSettings } from '../../domain/model';
import { vocabulary } from '../../domain/vocabulary';
import { ChoiceField } from '../ChoiceField/ChoiceField';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface RecordStyleFieldProps {
  settings: GroupSettings;
  onChange(patch: Partial<GroupSettings>): void;
}

export function RecordStyleField({ settings, onChange }: RecordStyleFieldProps) {
  const words = useStrings().recordStyle;
  const styles = useStyles();
  const protokoll = settings.kind === 'protokoll';
  return (
    <div role="group" aria-labelledby="record-style-title" className={styles.root}>
      <Text as="h3" id="record-style-title" weight="semibold">
        {words.title}
      </Text>
      <ChoiceField
        label={words.headingStyle}
        horizontal
        value={settings.headingStyle ?? (protokoll ? 'plain' : 'dot')}
        options={[
          { value: 'dot', label: protokoll ? '§ 12.' : '12.' },
          { value: 'plain', label: protokoll ? '§ 12' : '12' },
        ]}
        onChange={(headingStyle) => onChange({ headingStyle })}
      />
      <Field label={words.decisionLead} hint={words.decisionLeadHint}>
        <Input
          value={settings.decisionLead ?? ''}
          placeholder={vocabulary[settings.language].decides(settings.name)}
          onChange={(_, d) => onChange({ decisionLead: d.value || undefined })}
        />
      </Field>
      <ChoiceField
        label={words.roleStyle}
        horizontal
        value={settings.roleStyle ?? 'comma'}
        options={[
          { value: 'comma', label: words.roleComma },
          { value: 'parentheses', label: words.roleParentheses },
        ]}
        onChange={(roleStyle) => onChange({ roleStyle })}
      />
      <ChoiceField
        label={words.rosterOrder}
        horizontal
        value={settings.rosterOrder ?? 'group'}
        options={[
          { value: 'group', label: words.orderGroup },
          { value: 'surname', label: words.orderSurname },
        ]}
        onChange={(rosterOrder) => onChange({ rosterOrder })}
      />
    </div>
  );
}
