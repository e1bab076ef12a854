// The side panel's list: one line a person, in the record's order, with one-tap presence.
import { Switch, Text, mergeClasses } from '@fluentui/react-components';
import { attendeeLine } from '../../domain/attendees';
import { useStrings } from '../i18n/StringsContext';
import type { AttendanceActions } from './useAttendance';
import { useAttendancePanelStyles } from './AttendancePanel.styles';

export function CompactAttendance({ attendance }: { attendance: AttendanceActions }) {
  const strings = useStrings();
  const styles = useAttendancePanelStyles();
  const { minutes } = attendance;
  return (
    <ul className={styles.list}>
      {attendance.attendees.map((attendee) => {
        const line = attendeeLine(attendee, minutes.language, minutes.kind, minutes.style?.roleStyle);
        const present = attendee.presence.kind === 'present' || attendee.presence.kind === 'partial';
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
              onChange={(_, d) =>
                attendance.presence(
                  attendee,
                  d.checked ? 'present' : attendee.presence.kind === 'absenceAnnounced' ? 'absenceAnnounced' : 'absent',
                )
              }
            />
          </li>
        );
      })}
    </ul>
  );
}
