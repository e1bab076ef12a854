// The cells of one person's row in the full tab's table that take more than a field: the role with its words,
// presence (partly present for some items), and the row's place in the list.
import { Button, Input, Select, TableCell } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { attendeeLine } from '../../domain/attendees';
import type { Role } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { PartialPresence } from './PartialPresence';
import { mainRole, presenceChoice, roleChoices, type PresenceChoice } from './presenceOptions';
import type { AttendeeRowProps } from './AttendeeRow';
import { useAttendancePanelStyles } from './AttendancePanel.styles';

type CellProps = Omit<AttendeeRowProps, 'position'>;

export function RoleCell({ attendee, attendance }: CellProps) {
  const strings = useStrings();
  const styles = useAttendancePanelStyles();
  const name = attendee.name;
  // What the record prints when the group writes nothing of its own: the role words alone, no presence note.
  const standardRoles = attendeeLine(
    { ...attendee, roleLabel: undefined, organisation: undefined, presence: { kind: 'present' } },
    attendance.minutes.language,
  );
  return (
    <TableCell>
      <div className={styles.cellStack}>
        <Select
          aria-label={strings.roleOf(name)}
          value={mainRole(attendee.roles)}
          onChange={(_, d) => attendance.role(attendee, d.value as Role)}
        >
          {roleChoices.map((role) => (
            <option key={role} value={role}>
              {strings.roleNames[role]}
            </option>
          ))}
        </Select>
        <Input
          size="small"
          aria-label={strings.roleWordsOf(name)}
          placeholder={standardRoles.detail || strings.roleWordsPlaceholder}
          value={attendee.roleLabel ?? ''}
          onChange={(_, d) => attendance.update(attendee, { roleLabel: d.value || undefined })}
        />
        {attendee.roles.includes('deputy') && (
          // "ersättare för X": whom the deputy serves for is part of the record's line.
          <Input
            size="small"
            aria-label={strings.deputyFor(name)}
            placeholder={strings.deputyForPlaceholder}
            value={attendee.deputyFor ?? ''}
            onChange={(_, d) => attendance.update(attendee, { deputyFor: d.value || undefined })}
          />
        )}
      </div>
    </TableCell>
  );
}

export function PresenceCell({ attendee, attendance }: CellProps) {
  const strings = useStrings();
  return (
    <TableCell>
      <Select
        aria-label={strings.presenceOf(attendee.name)}
        value={presenceChoice(attendee.presence)}
        onChange={(_, d) => attendance.presence(attendee, d.value as PresenceChoice)}
      >
        <option value="expected">{strings.expected}</option>
        <option value="present">{strings.present}</option>
        <option value="absent">{strings.absent}</option>
        <option value="absenceAnnounced">{strings.absenceAnnounced}</option>
        <option value="partial">{strings.partlyPresent}</option>
      </Select>
      {attendee.presence.kind === 'partial' && (
        <PartialPresence
          name={attendee.name}
          range={attendee.presence}
          bounds={attendance.wholeMeeting}
          onChange={(range) => attendance.partial(attendee, range)}
        />
      )}
    </TableCell>
  );
}

export function PlaceCell({ attendee, position, attendance }: AttendeeRowProps) {
  const strings = useStrings();
  const styles = useAttendancePanelStyles();
  const name = attendee.name;
  return (
    <TableCell>
      <div className={styles.rowActions}>
        <Button
          appearance="subtle"
          icon={<ArrowUpRegular />}
          aria-label={strings.moveUpPerson(name)}
          disabled={position === 0}
          onClick={() => attendance.move(attendee, position - 1)}
        />
        <Button
          appearance="subtle"
          icon={<ArrowDownRegular />}
          aria-label={strings.moveDownPerson(name)}
          disabled={position === attendance.listed.length - 1}
          onClick={() => attendance.move(attendee, position + 1)}
        />
        <Button
          appearance="subtle"
          icon={<DeleteRegular />}
          aria-label={strings.removePerson(name)}
          onClick={() => attendance.remove(attendee)}
        />
      </div>
    </TableCell>
  );
}
