// One person in the full tab's table: organisation and role words as the group writes them, presence, and their
// place in the list (moved or removed by hand).
import { Badge, Input, TableCell, TableRow } from '@fluentui/react-components';
import type { Attendee } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { PlaceCell, PresenceCell, RoleCell } from './AttendeeCells';
import type { AttendanceActions } from './useAttendance';
import { useAttendancePanelStyles } from './AttendancePanel.styles';

export interface AttendeeRowProps {
  attendee: Attendee;
  /** Place in the whole list as printed (not in a search's result). */
  position: number;
  attendance: AttendanceActions;
}

export function AttendeeRow({ attendee, position, attendance }: AttendeeRowProps) {
  const strings = useStrings();
  const styles = useAttendancePanelStyles();
  const name = attendee.name;
  return (
    <TableRow>
      <TableCell>
        <bdi>{name}</bdi>
        {(attendee.external || attendee.guestAccount) && (
          <Badge appearance="tint" size="small" color="informative" className={styles.guestBadge}>
            {attendee.external ? strings.externalGuest : strings.guestAccount}
          </Badge>
        )}
      </TableCell>
      <TableCell>
        <Input
          className={styles.cellInput}
          aria-label={strings.organisationOf(name)}
          placeholder={strings.organisation}
          value={attendee.organisation ?? ''}
          onChange={(_, d) => attendance.update(attendee, { organisation: d.value || undefined })}
        />
      </TableCell>
      <RoleCell attendee={attendee} attendance={attendance} />
      <PresenceCell attendee={attendee} attendance={attendance} />
      <PlaceCell attendee={attendee} position={position} attendance={attendance} />
    </TableRow>
  );
}
