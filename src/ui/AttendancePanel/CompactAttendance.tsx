// The side panel's list: one line a person, in the record's order, with one-tap presence.
import { Switch, Text, mergeClasses } from '@fluentui/react-components';
import { attendeeLine } from '../../domain/attendees';
import type { Attendee } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { ATTENDEE_ATTRIBUTE } from '../keptScreen/keptScreen';
import type { AttendanceActions } from './useAttendance';
import { useAttendancePanelStyles } from './AttendancePanel.styles';

/** The switch is on for someone present for all or part of the meeting. */
export function switchedOn(attendee: Attendee): boolean {
  return attendee.presence.kind === 'present' || attendee.presence.kind === 'partial';
}

export function CompactAttendance({ attendance }: { attendance: AttendanceActions }) {
  const strings = useStrings();
  const styles = useAttendancePanelStyles();
  const { minutes } = attendance;
  return (
    <ul className={styles.list}>
      {attendance.attendees.map((attendee) => {
        const line = attendeeLine(attendee, minutes.language, minutes.kind, minutes.style?.roleStyle);
        const present = switchedOn(attendee);
        return (
          <li key={attendee.key} className={styles.row}>
            <div className={styles.person}>
              <Text weight="semibold" className={styles.ellipsis}>
                <bdi>{line.name}</bdi>
              </Text>
              <Text size={200} className={mergeClasses(styles.ellipsis, styles.detail)}>
                <bdi>
                  {line.detail ||
                    (attendee.external ? strings.externalGuest : attendee.guestAccount ? strings.guestAccount : '')}
                </bdi>
              </Text>
            </div>
            <Switch
              aria-label={strings.presenceOf(attendee.name)}
              checked={present}
              onChange={(_, d) => attendance.setPresent(attendee, d.checked)}
              {...{ [ATTENDEE_ATTRIBUTE]: attendee.key }}
            />
          </li>
        );
      })}
    </ul>
  );
}
