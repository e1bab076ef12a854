// Outside Teams the page asks which group to configure: the groups the user belongs to, by name.
import { Field, Select, Spinner, Text } from '@fluentui/react-components';
import type { GroupChoice } from '../../contracts/records';
import { useStrings } from '../i18n/StringsContext';
import type { Loaded } from '../useLoaded';
import { useConfigViewStyles } from './ConfigView.styles';

export interface GroupChooserProps {
  groups: Loaded<GroupChoice[]>;
  groupId: string | undefined;
  onChange(groupId: string): void;
}

export function GroupChooser({ groups, groupId, onChange }: GroupChooserProps) {
  const strings = useStrings();
  const words = strings.configPage;
  const styles = useConfigViewStyles();
  if (groups.kind === 'loading') return <Spinner size="small" label={strings.loading} labelPosition="after" />;
  if (groups.kind !== 'loaded') return null;
  if (groups.value.length === 0) return <Text>{words.noGroups}</Text>;
  return (
    <Field label={words.group} className={styles.field}>
      <Select
        className={styles.field}
        select={{ className: styles.select }}
        value={groupId ?? ''}
        onChange={(_, data) => onChange(data.value)}
      >
        <option value="" disabled>
          {words.chooseGroup}
        </option>
        {groups.value.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
