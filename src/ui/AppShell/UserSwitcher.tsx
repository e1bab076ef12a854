// Plain browser against the emulator only: one browser can play the secretary, the chair, the adjuster
// or a member. Switching reloads the app as that user (the dev token names the user).
import { Dropdown, Option, useId, Label } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: '200px' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export interface UserSwitcherProps {
  personas: { upn: string; displayName: string; label: string }[];
  current?: string;
  onSwitch(upn: string): void;
  /** Side panel width: the label is only for screen readers. */
  compact?: boolean;
}

export function UserSwitcher({ personas, current, onSwitch, compact }: UserSwitcherProps) {
  const strings = useStrings();
  const styles = useStyles();
  const id = useId('user-switcher');
  const selected = personas.find((p) => p.upn.toLowerCase() === current?.toLowerCase());
  const text = (p: { displayName: string; label: string }) => `${p.displayName} (${p.label})`;
  return (
    <div className={styles.root}>
      <Label htmlFor={id} size="small" className={compact ? styles.hidden : undefined}>
        {strings.switchUser}
      </Label>
      <Dropdown
        id={id}
        className={styles.dropdown}
        size="small"
        value={selected ? text(selected) : ''}
        selectedOptions={selected ? [selected.upn] : []}
        onOptionSelect={(_, data) => data.optionValue && data.optionValue !== current && onSwitch(data.optionValue)}
      >
        {personas.map((p) => (
          <Option key={p.upn} value={p.upn} text={text(p)}>
            {text(p)}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
