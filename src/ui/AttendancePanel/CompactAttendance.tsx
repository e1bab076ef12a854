// The side panel's list: one line a person, in the record's order, with one-tap presence.
import { attendeeLine } from '../../domain/attendees';
import type { Attendee } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import type { AttendanceActions } from './useAttendance';
import { useAttendancePanelStyles } from './AttendancePanel.styles';
import { PresenceRow } from './PresenceRow';

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
        return (
          <PresenceRow
            key={attendee.key}
            attendeeKey={attendee.key}
            name={line.name}
            detail={
              line.detail ||
              (attendee.external ? strings.externalGuest : attendee.guestAccount ? strings.guestAccount : '')
            }
            present={switchedOn(attendee)}
            onPresent={(present) => attendance.setPresent(attendee, present)}
          />
        );
      })}
    </ul>
  );
}
