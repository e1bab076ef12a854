// Plain browser: pick one of my meetings (calendarView), a week at a time, with search.
import {
  Badge,
  Button,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarActions,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { ArchiveRegular, ChevronLeftRegular, ChevronRightRegular, SearchRegular } from '@fluentui/react-icons';
import { recordDate, timeRange } from '../../domain/format';
import { useStrings, useUiLanguage } from '../i18n/StringsContext';
import type { MeetingSummary } from '../../contracts/records';
import { useMeetingPicker } from './useMeetingPicker';
import { useMeetingPickerStyles } from './MeetingPicker.styles';

export interface MeetingPickerProps {
  onOpen(meeting: MeetingSummary): void;
  /** Shows the group's archive of saved records. */
  onShowArchive?(): void;
  now?: Date;
}

function groupByDay(meetings: MeetingSummary[]): [string, MeetingSummary[]][] {
  const days = new Map<string, MeetingSummary[]>();
  for (const meeting of meetings) {
    const day = recordDate(meeting.start);
    days.set(day, [...(days.get(day) ?? []), meeting]);
  }
  return [...days.entries()];
}

export function MeetingPicker({ onOpen, onShowArchive, now }: MeetingPickerProps) {
  const strings = useStrings();
  const language = useUiLanguage();
  const styles = useMeetingPickerStyles();
  const picker = useMeetingPicker(now);
  const dayName = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Stockholm',
  });
  const today = recordDate((now ?? new Date()).toISOString());

  return (
    <section className={styles.root} aria-labelledby="meeting-picker-title">
      <div className={styles.titleRow}>
        <Text as="h2" id="meeting-picker-title" size={600} weight="semibold">
          {strings.myMeetings}
        </Text>
        {onShowArchive && (
          <Button appearance="subtle" icon={<ArchiveRegular />} onClick={onShowArchive}>
            {strings.archive.title}
          </Button>
        )}
      </div>
      <div className={styles.toolbar}>
        <Button icon={<ChevronLeftRegular />} onClick={picker.handlePreviousWeek}>
          {strings.previousWeek}
        </Button>
        <Button onClick={picker.handleThisWeek} disabled={picker.offset === 0}>
          {strings.thisWeek}
        </Button>
        <Button icon={<ChevronRightRegular />} iconPosition="after" onClick={picker.handleNextWeek}>
          {strings.nextWeek}
        </Button>
        <Input
          className={styles.search}
          contentBefore={<SearchRegular />}
          aria-label={strings.searchMeetings}
          placeholder={strings.searchMeetings}
          value={picker.query}
          onChange={(_, data) => picker.handleQueryChange(data.value)}
        />
      </div>
      {picker.state.kind === 'loading' && <Spinner label={strings.loading} />}
      {picker.state.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{picker.state.message}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={picker.handleRetry}>{strings.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {picker.state.kind === 'loaded' && picker.visible.length === 0 && <Text>{strings.noMeetings}</Text>}
      {groupByDay(picker.visible).map(([day, meetings]) => (
        <div key={day}>
          <Text as="h3" size={300} weight="semibold" className={styles.day}>
            {day === today ? `${strings.today} · ` : ''}
            {dayName.format(new Date(meetings[0]!.start))}
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
      ))}
    </section>
  );
}
