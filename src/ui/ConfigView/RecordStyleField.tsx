// How the group writes its records: "§ 12." or "§ 12", the sentence before its decisions, how a deputy's role
// follows the organisation, and whether the attendance list keeps the group's order or goes by surname.
// Each new record copies these, so an approved record never changes when the group later changes them.
import { Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { GroupSettings } from '../../domain/model';
import { vocabulary } from '../../domain/vocabulary';
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
      <Field label={words.headingStyle}>
        <RadioGroup
          layout="horizontal"
          value={settings.headingStyle ?? (protokoll ? 'plain' : 'dot')}
          onChange={(_, d) => onChange({ headingStyle: d.value === 'plain' ? 'plain' : 'dot' })}
        >
          <Radio value="dot" label={protokoll ? '§ 12.' : '12.'} />
          <Radio value="plain" label={protokoll ? '§ 12' : '12'} />
        </RadioGroup>
      </Field>
      <Field label={words.decisionLead} hint={words.decisionLeadHint}>
        <Input
          value={settings.decisionLead ?? ''}
          placeholder={vocabulary[settings.language].decides(settings.name)}
          onChange={(_, d) => onChange({ decisionLead: d.value || undefined })}
        />
      </Field>
      <Field label={words.roleStyle}>
        <RadioGroup
          layout="horizontal"
          value={settings.roleStyle ?? 'comma'}
          onChange={(_, d) => onChange({ roleStyle: d.value === 'parentheses' ? 'parentheses' : 'comma' })}
        >
          <Radio value="comma" label={words.roleComma} />
          <Radio value="parentheses" label={words.roleParentheses} />
        </RadioGroup>
      </Field>
      <Field label={words.rosterOrder}>
        <RadioGroup
          layout="horizontal"
          value={settings.rosterOrder ?? 'group'}
          onChange={(_, d) => onChange({ rosterOrder: d.value === 'surname' ? 'surname' : 'group' })}
        >
          <Radio value="group" label={words.orderGroup} />
          <Radio value="surname" label={words.orderSurname} />
        </RadioGroup>
      </Field>
    </div>
  );
}
