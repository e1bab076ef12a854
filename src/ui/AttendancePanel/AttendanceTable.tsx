// The full tab's attendance: the list in the record's order, how it is ordered, and the order kept for the group.
import {
  Button,
  Field,
  Select,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { attendeeOrderOf } from '../../domain/attendanceList';
import type { AttendeeOrder } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { AttendeeRow } from './AttendeeRow';
import type { AttendanceActions } from './useAttendance';
import { useAttendancePanelStyles } from './AttendancePanel.styles';

const ORDERS: AttendeeOrder[] = ['listed', 'surname', 'firstName'];

export function AttendanceTable({ attendance }: { attendance: AttendanceActions }) {
  const strings = useStrings();
  const styles = useAttendancePanelStyles();
  return (
    <>
      <div className={styles.orderBar}>
        <Field label={strings.attendeeOrder}>
          <Select
            value={attendeeOrderOf(attendance.minutes)}
            onChange={(_, d) => attendance.order(d.value as AttendeeOrder)}
          >
            {ORDERS.map((order) => (
              <option key={order} value={order}>
                {strings.attendeeOrders[order]}
              </option>
            ))}
          </Select>
        </Field>
        <Button icon={<SaveRegular />} onClick={attendance.rememberList}>
          {strings.rememberOrder}
        </Button>
      </div>
      <Table size="small" className={styles.table} aria-label={strings.attendance}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.name}</TableHeaderCell>
            <TableHeaderCell>{strings.organisation}</TableHeaderCell>
            <TableHeaderCell>{strings.role}</TableHeaderCell>
            <TableHeaderCell>{strings.presence}</TableHeaderCell>
            <TableHeaderCell>{strings.placeInList}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {attendance.attendees.map((attendee) => (
            <AttendeeRow
              key={attendee.key}
              attendee={attendee}
              position={attendance.listed.indexOf(attendee)}
              attendance={attendance}
            />
          ))}
        </TableBody>
      </Table>
    </>
  );
}
