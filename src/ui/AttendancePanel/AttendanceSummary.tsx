// The counts the secretary checks before the meeting starts, and the two ways to settle who is here at once.
import { Badge, Button } from '@fluentui/react-components';
import { CheckmarkCircleRegular, PeopleCheckmarkRegular } from '@fluentui/react-icons';
import { confirmExpected } from '../../domain/editing';
import { useStrings } from '../i18n/StringsContext';
import type { Edit } from '../RecordSession/edit';
import type { AttendanceActions } from './useAttendance';
import { useAttendancePanelStyles } from './AttendancePanel.styles';

export function AttendanceSummary({ attendance, onEdit }: { attendance: AttendanceActions; onEdit(edit: Edit): void }) {
  const strings = useStrings();
  const styles = useAttendancePanelStyles();
  const { counts, minutes } = attendance;
  return (
    <div className={styles.summary} role="status">
      <Badge appearance="filled" color="success">
        {strings.presentCount(counts.present)}
      </Badge>
      <Badge appearance="tint" color="informative">
        {strings.absentCount(counts.absent)}
      </Badge>
      {counts.expected > 0 && (
        // Invitees not yet confirmed print as present until the secretary says otherwise: counted so.
        <Badge appearance="tint" color="warning">
          {strings.expectedCount(counts.expected)}
        </Badge>
      )}
      {counts.expected > 0 && (
        <Button
          size="small"
          icon={<CheckmarkCircleRegular />}
          onClick={() => onEdit((m, now) => confirmExpected(m, now))}
        >
          {strings.confirmExpected(counts.expected)}
        </Button>
      )}
      {minutes.meeting.joinUrl && (
        <Button size="small" icon={<PeopleCheckmarkRegular />} onClick={() => void attendance.report()}>
          {strings.allPresentFromReport}
        </Button>
      )}
    </div>
  );
}
