// Who is here, from the calendar event: a compact list with one-tap presence in the side panel,
// a table with organisation, role and presence in the full tab.
import { lazy, Suspense, useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Input,
  Select,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, PeopleCheckmarkRegular, PersonAddRegular, SearchRegular } from '@fluentui/react-icons';
import { attendeeLine, isPresent, sortAttendees } from '../../domain/attendees';
import { addAttendee, confirmExpected, markJoined, setPresence, setRoles } from '../../domain/editing';
import { itemNumber, lastNumber } from '../../domain/numbering';
import type { Attendee, Role } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import type { Edit } from '../RecordSession/edit';
import type { RecordSession } from '../../contracts/records';
import { useServices } from '../ServicesContext';
import { PartialPresence } from './PartialPresence';
import { mainRole, presenceChoice, presenceFromChoice, roleChoices, type PresenceChoice } from './presenceOptions';
import { useAttendancePanelStyles } from './AttendancePanel.styles';

// People search brings Fluent's Combobox and its positioning: fetched after the list, which is what is needed first.
const DirectorySearch = lazy(async () => ({ default: (await import('./DirectorySearch')).DirectorySearch }));

export interface AttendancePanelProps {
  session: RecordSession;
  onEdit(edit: Edit): void;
  compact: boolean;
}

export function AttendancePanel({ session, onEdit, compact }: AttendancePanelProps) {
  const strings = useStrings();
  const services = useServices();
  const styles = useAttendancePanelStyles();
  const minutes = session.minutes;
  const [query, setQuery] = useState('');
  const [note, setNote] = useState<string | undefined>();
  const attendees = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase('sv');
    const sorted = sortAttendees(minutes.attendees);
    return needle
      ? sorted.filter((a) => `${a.name} ${a.organisation ?? ''}`.toLocaleLowerCase('sv').includes(needle))
      : sorted;
  }, [minutes.attendees, query]);
  const presentCount = minutes.attendees.filter((a) => isPresent(a.presence) && a.presence.kind !== 'expected').length;
  const absentCount = minutes.attendees.filter((a) => !isPresent(a.presence)).length;
  const expectedCount = minutes.attendees.filter((a) => a.presence.kind === 'expected').length;

  const wholeMeeting = { fromNumber: itemNumber(minutes, 0), toNumber: lastNumber(minutes) };
  const handlePresence = (attendee: Attendee, choice: PresenceChoice) =>
    onEdit((m, now) => setPresence(m, attendee.key, presenceFromChoice(choice, wholeMeeting), now));
  const handlePartial = (attendee: Attendee, range: { fromNumber: number; toNumber: number }) => {
    if (!Number.isInteger(range.fromNumber) || !Number.isInteger(range.toNumber) || range.fromNumber > range.toNumber)
      return;
    onEdit((m, now) => setPresence(m, attendee.key, { kind: 'partial', ...range }, now));
  };
  const handleRole = (attendee: Attendee, role: Role) => {
    const roles: Role[] = role === 'member' ? [] : [role];
    onEdit((m, now) => setRoles(m, attendee.key, roles, now));
    // The group remembers who chairs, keeps the minutes and adjusts: next meeting they arrive with their roles.
    void services.rememberRoles({ ...session, minutes: setRoles(minutes, attendee.key, roles, new Date()) }).then(
      () => setNote(strings.rolesRemembered),
      (error: unknown) => setNote(error instanceof Error ? error.message : String(error)),
    );
  };
  const handleReport = async () => {
    const joined = await services.joinedMeeting(session).catch(() => undefined);
    if (!joined) {
      setNote(strings.reportUnavailable);
      return;
    }
    const { marked } = markJoined(minutes, joined, new Date());
    onEdit((m, now) => markJoined(m, joined, now).minutes);
    setNote(strings.markedFromReport(marked));
  };

  return (
    <section className={styles.root} aria-label={strings.attendance}>
      <div className={styles.summary} role="status">
        <Badge appearance="filled" color="success">
          {strings.presentCount(presentCount)}
        </Badge>
        <Badge appearance="tint" color="informative">
          {strings.absentCount(absentCount)}
        </Badge>
        {expectedCount > 0 && (
          <Button
            size="small"
            icon={<CheckmarkCircleRegular />}
            onClick={() => onEdit((m, now) => confirmExpected(m, now))}
          >
            {strings.confirmExpected(expectedCount)}
          </Button>
        )}
        {minutes.meeting.joinUrl && (
          <Button size="small" icon={<PeopleCheckmarkRegular />} onClick={() => void handleReport()}>
            {strings.allPresentFromReport}
          </Button>
        )}
      </div>
      {note && <Caption1 role="status">{note}</Caption1>}
      {minutes.attendees.length === 0 && <Text>{strings.noAttendees}</Text>}
      {minutes.attendees.length > 8 && (
        <Input
          contentBefore={<SearchRegular />}
          aria-label={strings.searchAttendees}
          placeholder={strings.searchAttendees}
          value={query}
          onChange={(_, d) => setQuery(d.value)}
        />
      )}
      {compact ? (
        <ul className={styles.list}>
          {attendees.map((attendee) => {
            const line = attendeeLine(attendee, minutes.language, minutes.kind);
            return (
              <li key={attendee.key} className={styles.row}>
                <div className={styles.person}>
                  <Text weight="semibold" className={styles.ellipsis}>
                    {line.name}
                  </Text>
                  <Text size={200} className={mergeClasses(styles.ellipsis, styles.detail)}>
                    {line.detail || (attendee.external ? strings.externalGuest : '')}
                  </Text>
                </div>
                <Switch
                  aria-label={strings.presenceOf(attendee.name)}
                  checked={attendee.presence.kind === 'present' || attendee.presence.kind === 'partial'}
                  onChange={(_, d) =>
                    handlePresence(
                      attendee,
                      d.checked
                        ? 'present'
                        : attendee.presence.kind === 'absenceAnnounced'
                          ? 'absenceAnnounced'
                          : 'absent',
                    )
                  }
                />
              </li>
            );
          })}
        </ul>
      ) : (
        <Table size="small" className={styles.table} aria-label={strings.attendance}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.name}</TableHeaderCell>
              <TableHeaderCell>{strings.organisation}</TableHeaderCell>
              <TableHeaderCell>{strings.role}</TableHeaderCell>
              <TableHeaderCell>{strings.presence}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {attendees.map((attendee) => (
              <TableRow key={attendee.key}>
                <TableCell>
                  {attendee.name}
                  {attendee.external && (
                    <Badge appearance="tint" size="small" color="informative" className={styles.guestBadge}>
                      {strings.externalGuest}
                    </Badge>
                  )}
                </TableCell>
                <TableCell>{attendee.organisation ?? ''}</TableCell>
                <TableCell>
                  <Select
                    aria-label={strings.roleOf(attendee.name)}
                    value={mainRole(attendee.roles)}
                    onChange={(_, d) => handleRole(attendee, d.value as Role)}
                  >
                    {roleChoices.map((role) => (
                      <option key={role} value={role}>
                        {strings.roleNames[role]}
                      </option>
                    ))}
                  </Select>
                  {attendee.roles.includes('deputy') && (
                    // "ersättare för X": whom the deputy serves for is part of the record's line.
                    <Input
                      size="small"
                      className={styles.deputyFor}
                      aria-label={strings.deputyFor(attendee.name)}
                      placeholder={strings.deputyForPlaceholder}
                      value={attendee.deputyFor ?? ''}
                      onChange={(_, d) =>
                        onEdit((m, now) => setRoles(m, attendee.key, attendee.roles, now, d.value || undefined))
                      }
                    />
                  )}
                </TableCell>
                <TableCell>
                  <Select
                    aria-label={strings.presenceOf(attendee.name)}
                    value={presenceChoice(attendee.presence)}
                    onChange={(_, d) => handlePresence(attendee, d.value as PresenceChoice)}
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
                      bounds={wholeMeeting}
                      onChange={(range) => handlePartial(attendee, range)}
                    />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Suspense fallback={null}>
        <DirectorySearch
          onPick={(person) => {
            if (minutes.attendees.some((a) => a.directoryId === person.directoryId)) return;
            onEdit((m, now) =>
              addAttendee(m, { name: person.name, directoryId: person.directoryId, email: person.email }, now),
            );
          }}
        />
      </Suspense>
      <AddPersonForm
        onAdd={(name, organisation) =>
          onEdit((m, now) => addAttendee(m, { name, organisation: organisation || undefined }, now))
        }
      />
    </section>
  );
}

function AddPersonForm({ onAdd }: { onAdd(name: string, organisation: string): void }) {
  const strings = useStrings();
  const styles = useAttendancePanelStyles();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    onAdd(name.trim(), organisation.trim());
    setName('');
    setOrganisation('');
  };
  return (
    <form className={styles.addForm} onSubmit={handleSubmit} aria-label={strings.addPerson}>
      <Input
        className={styles.grow}
        aria-label={strings.personName}
        placeholder={strings.personName}
        value={name}
        onChange={(_, d) => setName(d.value)}
      />
      <Input
        className={styles.grow}
        aria-label={strings.personOrganisation}
        placeholder={strings.personOrganisation}
        value={organisation}
        onChange={(_, d) => setOrganisation(d.value)}
      />
      <Button type="submit" icon={<PersonAddRegular />} disabled={!name.trim()}>
        {strings.addPerson}
      </Button>
    </form>
  );
}
