// Who is here, from the calendar event: a compact list with one-tap presence in the side panel, a table in the
// full tab where the list is kept as the group keeps it (organisation, role words, order, people added or removed).
import { lazy, Suspense } from 'react';
import { Caption1, Input, Text } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/StringsContext';
import type { Edit } from '../RecordSession/edit';
import type { RecordSession } from '../../contracts/records';
import { AddPersonForm, PastePeople } from './AddPeople';
import { AttendanceSummary } from './AttendanceSummary';
import { AttendanceTable } from './AttendanceTable';
import { CompactAttendance, switchedOn } from './CompactAttendance';
import { useAttendance } from './useAttendance';
import { useIdle } from '../useIdle';
import { useKeepScreen, useKeptTicks } from '../keptScreen/KeptScreenHandover';
import { useAttendancePanelStyles } from './AttendancePanel.styles';
import { useCarryOnFromOpening } from './tickedWhileOpening';

// People search brings Fluent's Combobox and its positioning: fetched once the list has painted and the browser is
// idle, since the list is what is needed first.
const DirectorySearch = lazy(async () => ({ default: (await import('./DirectorySearch')).DirectorySearch }));

export interface AttendancePanelProps {
  session: RecordSession;
  onEdit(edit: Edit): void;
  compact: boolean;
}

export function AttendancePanel({ session, onEdit, compact }: AttendancePanelProps) {
  const strings = useStrings();
  const styles = useAttendancePanelStyles();
  const attendance = useAttendance(session, onEdit);
  const idle = useIdle();
  const count = session.minutes.attendees.length;
  // The side panel is kept for its next opening (issue 17), as long as it shows the whole list.
  useKeepScreen(compact && attendance.query === '', session.minutes.revision);
  // Ticks made before this list was on screen: on the kept side panel, or on the invitees while the record opened.
  const carryOn = (presence: ReadonlyMap<string, boolean>) => {
    for (const attendee of attendance.listed) {
      const present = presence.get(attendee.key);
      if (present !== undefined && present !== switchedOn(attendee)) attendance.setPresent(attendee, present);
    }
  };
  useKeptTicks(session.minutes.revision, carryOn);
  useCarryOnFromOpening(attendance.listed, carryOn);
  return (
    <section className={styles.root} aria-label={strings.attendance}>
      <AttendanceSummary attendance={attendance} onEdit={onEdit} />
      {attendance.note && <Caption1 role="status">{attendance.note}</Caption1>}
      {count === 0 && <Text>{strings.noAttendees}</Text>}
      {count > 8 && (
        <Input
          contentBefore={<SearchRegular />}
          aria-label={strings.searchAttendees}
          placeholder={strings.searchAttendees}
          value={attendance.query}
          onChange={(_, d) => attendance.setQuery(d.value)}
        />
      )}
      {compact ? <CompactAttendance attendance={attendance} /> : <AttendanceTable attendance={attendance} />}
      {idle && (
        <Suspense fallback={null}>
          <DirectorySearch onPick={attendance.addPerson} />
        </Suspense>
      )}
      <AddPersonForm attendance={attendance} />
      {!compact && <PastePeople attendance={attendance} />}
    </section>
  );
}
