// While a meeting's record opens and the device has no copy of it: the meeting and its invitees as soon as the
// calendar event has come (issue 17), each with the same presence switch as the attendance list. What she ticks here
// is carried into the record once it is open (./tickedWhileOpening): the organisations, roles and the group's order
// come with it. Nothing else can be edited yet, so nothing else typed meanwhile has to be merged.
import { useState } from 'react';
import { Badge, Caption1, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { invitedKey } from '../../domain/attendees';
import type { OpenTarget } from '../../contracts/records';
import { useAttendancePanelStyles } from '../AttendancePanel/AttendancePanel.styles';
import { PresenceRow } from '../AttendancePanel/PresenceRow';
import { useStrings } from '../i18n/StringsContext';
import { useServices } from '../ServicesContext';
import { useLoaded } from '../useLoaded';
import { useTickWhileOpening } from '../AttendancePanel/tickedWhileOpening';
import { previewTexts } from './previewTexts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    minWidth: 0,
  },
  name: { overflowWrap: 'anywhere' },
  status: { justifyContent: 'flex-start' },
});

export function MeetingPreviewPanel({ target }: { target: OpenTarget }) {
  const strings = useStrings();
  const styles = useStyles();
  const listStyles = useAttendancePanelStyles();
  const services = useServices();
  const handover = useTickWhileOpening();
  const [ticked, setTicked] = useState<ReadonlyMap<string, boolean>>(() => handover?.ticked ?? new Map());
  const [previewed] = useState(() => services.previewedMeeting(target));
  const { state } = useLoaded(() => services.previewMeeting(target), JSON.stringify(target), previewed);
  const preview = state.kind === 'loaded' ? state.value : undefined;
  const tick = (key: string, present: boolean) => {
    handover?.tick(key, present);
    setTicked((before) => new Map(before).set(key, present));
  };
  const present = preview?.invitees.filter((person) => ticked.get(invitedKey(person))).length ?? 0;
  const texts = preview && previewTexts(preview, strings, present);
  return (
    <div className={styles.root}>
      {texts && (
        <>
          <Text weight="semibold" className={styles.name}>
            {texts.subject}
          </Text>
          <Caption1>{texts.when}</Caption1>
        </>
      )}
      <Spinner
        className={styles.status}
        size="tiny"
        labelPosition="after"
        label={preview ? strings.openingAttendance : strings.loading}
      />
      {preview && texts && (
        <section className={listStyles.root} aria-label={strings.attendance}>
          <div className={listStyles.summary} role="status">
            <Text weight="semibold">{texts.invited}</Text>
            <Badge appearance="filled" color="success">
              {texts.present}
            </Badge>
          </div>
          <ul className={listStyles.list}>
            {preview.invitees.map((person) => {
              const key = invitedKey(person);
              return (
                <PresenceRow
                  key={key}
                  name={person.name}
                  detail=""
                  present={ticked.get(key) ?? false}
                  inviteeKey={key}
                  onPresent={(on) => tick(key, on)}
                  onFocus={() => handover?.focus(key)}
                />
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
