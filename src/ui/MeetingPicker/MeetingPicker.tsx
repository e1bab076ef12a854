// Plain browser: pick one of my meetings (calendarView), a week at a time, with search.
import { Button, Spinner, Text, mergeClasses } from '@fluentui/react-components';
import { ArchiveRegular } from '@fluentui/react-icons';
import { recordDate } from '../../domain/format';
import { useStrings, useUiLanguage } from '../i18n/StringsContext';
import type { MeetingSummary } from '../../contracts/records';
import { MeetingDay } from './MeetingDay';
import { useMeetingPicker } from './useMeetingPicker';
import { WeekToolbar } from './WeekToolbar';
import { useMeetingPickerStyles } from './MeetingPicker.styles';
import { RetryBar } from '../RetryBar';

export interface MeetingPickerProps {
  onOpen(meeting: MeetingSummary): void;
  /** Shows the group's archive of saved records. */
  onShowArchive?(): void;
  now?: Date;
  className?: string;
}

function groupByDay(meetings: MeetingSummary[]): [string, MeetingSummary[]][] {
  const days = new Map<string, MeetingSummary[]>();
  for (const meeting of meetings) {
    const day = recordDate(meeting.start);
    days.set(day, [...(days.get(day) ?? []), meeting]);
  }
  return [...days.entries()];
}

export function MeetingPicker({ onOpen, onShowArchive, now, className }: MeetingPickerProps) {
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
    <section className={mergeClasses(styles.root, className)} aria-labelledby="meeting-picker-title">
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
      <WeekToolbar picker={picker} />
      {picker.state.kind === 'loading' && <Spinner label={strings.loading} />}
      {picker.state.kind === 'failed' && <RetryBar message={picker.state.message} onRetry={picker.handleRetry} />}
      {picker.state.kind === 'loaded' && picker.visible.length === 0 && <Text>{strings.noMeetings}</Text>}
      {groupByDay(picker.visible).map(([day, meetings]) => (
        <MeetingDay
          key={day}
          title={`${day === today ? `${strings.today} · ` : ''}${dayName.format(new Date(meetings[0]!.start))}`}
          meetings={meetings}
          onOpen={onOpen}
        />
      ))}
    </section>
  );
}
