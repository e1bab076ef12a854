// One day of the week's meetings: its heading ("Today · …") and each meeting with its time, organiser and Open.
import { Badge, Button, Text } from '@fluentui/react-components';
import { recordDate, timeRange } from '../../domain/format';
import type { MeetingSummary } from '../../contracts/records';
import { useStrings } from '../i18n/StringsContext';
import { useMeetingPickerStyles } from './MeetingPicker.styles';

export interface MeetingDayProps {
  /** The day's heading, already worded ("Today · Friday 20 November"). */
  title: string;
  meetings: MeetingSummary[];
  onOpen(meeting: MeetingSummary): void;
}

export function MeetingDay({ title, meetings, onOpen }: MeetingDayProps) {
  const strings = useStrings();
  const styles = useMeetingPickerStyles();
  return (
    <div>
      <Text as="h3" size={300} weight="semibold" className={styles.day}>
        {title}
      </Text>
      <ul className={styles.list}>
        {meetings.map((meeting) => (
          <li key={meeting.eventId} className={styles.meeting}>
            <Text className={styles.time}>{timeRange(meeting.start, meeting.end)}</Text>
            <div className={styles.subject}>
              <Text weight="semibold" className={styles.ellipsis}>
                {meeting.subject}
              </Text>
              {meeting.organizer && (
                <Text size={200} className={styles.ellipsis}>
                  {meeting.organizer}
                </Text>
              )}
            </div>
            {meeting.isOnlineMeeting && (
              <Badge appearance="tint" color="brand">
                {strings.teamsMeeting}
              </Badge>
            )}
            <Button
              appearance="primary"
              aria-label={`${strings.openMeeting} ${meeting.subject} ${recordDate(meeting.start)}`}
              onClick={() => onOpen(meeting)}
            >
              {strings.openMeeting}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
