// While a meeting's record opens and the device has no copy of it: the meeting and its invitees as soon as the
// calendar event has come (issue 17), with the attendance list on its way. Nothing here can be edited, so nothing
// typed meanwhile has to be merged with the record when it comes.
import { Caption1, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { recordDate, timeRange } from '../../domain/format';
import type { OpenTarget } from '../../contracts/records';
import { useStrings } from '../i18n/StringsContext';
import { useServices } from '../ServicesContext';
import { plainList } from '../styles/plainList';
import { useLoaded } from '../useLoaded';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    minWidth: 0,
  },
  list: plainList(tokens.spacingVerticalXS),
  name: { overflowWrap: 'anywhere' },
  status: { justifyContent: 'flex-start' },
});

export function MeetingPreviewPanel({ target }: { target: OpenTarget }) {
  const strings = useStrings();
  const styles = useStyles();
  const services = useServices();
  const { state } = useLoaded(() => services.previewMeeting(target), JSON.stringify(target));
  const preview = state.kind === 'loaded' ? state.value : undefined;
  return (
    <section className={styles.root} aria-label={strings.invitedWhileOpening} aria-busy="true">
      {preview && (
        <>
          <Text weight="semibold" className={styles.name}>
            {preview.subject}
          </Text>
          <Caption1>
            {recordDate(preview.start)} {timeRange(preview.start, preview.end)}
          </Caption1>
        </>
      )}
      <Spinner
        className={styles.status}
        size="tiny"
        labelPosition="after"
        label={preview ? strings.openingAttendance : strings.loading}
      />
      {preview && (
        <Text weight="semibold">
          {strings.invitedWhileOpening} ({preview.invitees.length})
        </Text>
      )}
      {preview && (
        <ul className={styles.list}>
          {preview.invitees.map((name, index) => (
            <li key={`${name}-${index}`} className={styles.name}>
              {name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
