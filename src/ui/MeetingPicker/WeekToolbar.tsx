// Previous, this and next week, and the search over the week's subjects and organisers.
import { Button, Input } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular, SearchRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/StringsContext';
import { useMeetingPickerStyles } from './MeetingPicker.styles';
import type { useMeetingPicker } from './useMeetingPicker';

export function WeekToolbar({ picker }: { picker: ReturnType<typeof useMeetingPicker> }) {
  const strings = useStrings();
  const styles = useMeetingPickerStyles();
  return (
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
  );
}
