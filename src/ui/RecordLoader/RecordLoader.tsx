// Opens a meeting's record and hands it to the screen; says what went wrong instead of a blank panel.
// Local first: when this device has the meeting's record, the screen gets it at once, with Microsoft 365's
// answer still on its way (`refreshed`) for the screen to reconcile; otherwise the screen waits for that answer.
import { useMemo, useState, type ReactNode } from 'react';
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import type { OpenTarget, RecordServices, RecordSession } from '../../contracts/records';
import { useServices } from '../ServicesContext';
import { useLoaded } from '../useLoaded';
import { whenIdle } from '../whenIdle';
import { RetryBar } from '../RetryBar';
import { MeetingPreviewPanel } from './MeetingPreviewPanel';
import {
  TickedWhileOpeningProvider,
  tickedWhileOpening,
  useTickingPaused,
} from '../AttendancePanel/tickedWhileOpening';
import { deviceOpeningTicks } from '../AttendancePanel/openingTicksStore';

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalL } });

export interface RecordLoaderProps {
  target: OpenTarget;
  groupId?: string;
  /** Show the device's copy first (a screen that reconciles `refreshed`); else wait for Microsoft 365's answer. */
  localFirst?: boolean;
  children(session: RecordSession, refreshed?: Promise<RecordSession>): ReactNode;
}

interface Opened {
  session: RecordSession;
  /** Present when `session` is the device's copy: Microsoft 365's answer, still to come. */
  refreshed?: Promise<RecordSession>;
}

/**
 * Microsoft 365's version of a record whose copy on the device is on screen: asked for once the browser is idle after
 * that copy (the screen reconciles the answer, and reading it must not hold up her first paint).
 */
function refreshedAfterIdle(open: () => Promise<RecordSession>): Promise<RecordSession> {
  const refreshed = new Promise<void>((resolve) => whenIdle(resolve)).then(open);
  // The screen takes the answer (or the failure) in an effect once it has mounted: none is unhandled meanwhile.
  refreshed.catch(() => undefined);
  return refreshed;
}

/** The same for the copy the app read before the screen: asked once, however often React renders before mounting. */
const earlyRefreshes = new WeakMap<RecordSession, Promise<RecordSession>>();
function refreshedOnce(early: RecordSession, open: () => Promise<RecordSession>): Promise<RecordSession> {
  const refreshed = earlyRefreshes.get(early) ?? refreshedAfterIdle(open);
  earlyRefreshes.set(early, refreshed);
  return refreshed;
}

/** Microsoft 365's version of the record, from the group given or the one the meeting belongs to. */
function opener(services: Pick<RecordServices, 'openRecord'>, target: OpenTarget, groupId: string | undefined) {
  return () => services.openRecord(target, groupId ? { groupId } : undefined);
}

/** The device's copy when there is one, with Microsoft 365's version to follow; else Microsoft 365's version. */
async function openLocalFirst(
  services: Pick<RecordServices, 'openRecord' | 'openLocal'>,
  target: OpenTarget,
  groupId: string | undefined,
  localFirst: boolean,
): Promise<Opened> {
  const open = opener(services, target, groupId);
  const local = localFirst ? await services.openLocal(target).catch(() => undefined) : undefined;
  if (!local) return { session: await open() };
  return { session: local, refreshed: refreshedAfterIdle(open) };
}

export function RecordLoader({ target, groupId, localFirst = false, children }: RecordLoaderProps) {
  const services = useServices();
  const strings = useStrings();
  const styles = useStyles();
  const targetKey = JSON.stringify(target);
  // The device's copy when the app has read it already (the first meeting it opens): the screen renders from it at
  // once, without the meeting's preview in between.
  const [early] = useState(() => (localFirst ? services.openedLocally(target) : undefined));
  // Ticks on the invitees while the record opens, for the attendance list once it is open.
  const ticked = useMemo(() => tickedWhileOpening(targetKey, deviceOpeningTicks()), [targetKey]);
  const { state, retry } = useLoaded(
    () => openLocalFirst(services, target, groupId, localFirst),
    `${targetKey} ${groupId ?? ''} ${localFirst}`,
    early && {
      session: early,
      refreshed: refreshedOnce(early, opener(services, target, groupId)),
    },
  );

  // A meeting surface with no copy on this device shows what the calendar event says while the record opens, and
  // keeps it while she is ticking the invitees there.
  const previewed = localFirst && target.kind !== 'record';
  const handedOver = useTickingPaused(state.kind === 'loaded', previewed ? ticked : undefined);
  if (state.kind === 'loading' || state.kind === 'idle' || (state.kind === 'loaded' && !handedOver))
    return previewed ? (
      <TickedWhileOpeningProvider value={ticked}>
        <MeetingPreviewPanel target={target} />
      </TickedWhileOpeningProvider>
    ) : (
      <Spinner className={styles.root} label={strings.loading} />
    );
  if (state.kind === 'failed') {
    return (
      <div className={styles.root}>
        <RetryBar title={strings.errorTitle} message={state.message} onRetry={retry} />
      </div>
    );
  }
  return (
    <TickedWhileOpeningProvider value={ticked}>
      {children(state.value.session, state.value.refreshed)}
    </TickedWhileOpeningProvider>
  );
}
