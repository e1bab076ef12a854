// Plain browser against the emulator only: one browser can play the secretary, the chair, the adjuster
// or a member. Switching reloads the app as that user (the dev token names the user).
// A native select (Fluent's Select), not a Dropdown: the side panel's first screen already loads Select for its
// attendance list, while a Dropdown brings its listbox, portal and focus management (some 26 KB gzip of issue 17's
// budget) for a control only the demo uses. The select is there at once, with no placeholder to swap.
import { Label, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import { personaChoice } from './personaChoice';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, maxWidth: '100%' },
  // A native select is as wide as its longest option; at 320 px (Teams on a phone) that would stick out.
  select: { width: '200px', maxWidth: '100%' },
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
  return (
    <div className={styles.root}>
      <Label htmlFor={id} size="small" className={compact ? styles.hidden : undefined}>
        {strings.switchUser}
      </Label>
      <Select
        id={id}
        className={styles.select}
        size="small"
        value={selected?.upn ?? ''}
        onChange={(_, data) => data.value && data.value !== selected?.upn && onSwitch(data.value)}
      >
        {/* Signed in as a user who is none of the personas: an empty first choice, so the select does not claim the
            first persona, and picking that persona still switches. */}
        {!selected && <option value="" />}
        {personas.map((p) => (
          <option key={p.upn} value={p.upn}>
            {personaChoice(p)}
          </option>
        ))}
      </Select>
    </div>
  );
}
