// One person in the side panel's list: name, what else is known of them, and the one-tap presence switch. The same
// row before the record is open (the invitees, src/ui/RecordLoader/MeetingPreviewPanel) and after, so the list she
// ticks does not change its look under her finger when the record arrives.
import { Switch, Text, mergeClasses } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import { ATTENDEE_ATTRIBUTE, INVITEE_ATTRIBUTE } from '../keptScreen/keptScreen';
import { useAttendancePanelStyles } from './AttendancePanel.styles';

export interface PresenceRowProps {
  name: string;
  /** Organisation and role, or what kind of guest; empty while unknown. */
  detail: string;
  present: boolean;
  onPresent(present: boolean): void;
  /** The attendee's key, for the kept side panel (src/ui/keptScreen); none for an invitee before the record. */
  attendeeKey?: string;
  /** An invitee's key before the record (`invitedKey`): the opening screen's focus comes back to it. */
  inviteeKey?: string;
  onFocus?(): void;
}

export function PresenceRow({ name, detail, present, onPresent, attendeeKey, inviteeKey, onFocus }: PresenceRowProps) {
  const strings = useStrings();
  const styles = useAttendancePanelStyles();
  return (
    <li className={styles.row}>
      <div className={styles.person}>
        <Text weight="semibold" className={styles.ellipsis}>
          <bdi>{name}</bdi>
        </Text>
        <Text size={200} className={mergeClasses(styles.ellipsis, styles.detail)}>
          <bdi>{detail}</bdi>
        </Text>
      </div>
      <Switch
        aria-label={strings.presenceOf(name)}
        checked={present}
        onChange={(_, d) => onPresent(d.checked)}
        {...(onFocus ? { onFocus } : {})}
        {...(attendeeKey === undefined ? {} : { [ATTENDEE_ATTRIBUTE]: attendeeKey })}
        {...(inviteeKey === undefined ? {} : { [INVITEE_ATTRIBUTE]: inviteeKey })}
      />
    </li>
  );
}
