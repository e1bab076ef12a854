// One person in the full tab's table: organisation and role words as the group writes them, presence, and their
// place in the list (moved or removed by hand).
import { Badge, Button, Input, Select, TableCell, TableRow } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { attendeeLine } from '../../domain/attendees';
import type { Attendee, Role } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { PartialPresence } from './PartialPresence';
import { mainRole, presenceChoice, roleChoices, type PresenceChoice } from './presenceOptions';
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
  const { minutes } = attendance;
  // What the record prints when the group writes nothing of its own: the role words alone, no presence note.
  const standardRoles = attendeeLine(
    { ...attendee, roleLabel: undefined, organisation: undefined, presence: { kind: 'present' } },
    minutes.language,
  );
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
      <TableCell>
        <Select
          aria-label={strings.presenceOf(name)}
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
            name={name}
            range={attendee.presence}
            bounds={attendance.wholeMeeting}
            onChange={(range) => attendance.partial(attendee, range)}
          />
        )}
      </TableCell>
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
    </TableRow>
  );
}
