// Opens a meeting's record and hands it to the screen; says what went wrong instead of a blank panel.
// Local first: when this device has the meeting's record, the screen gets it at once, with Microsoft 365's
// answer still on its way (`refreshed`) for the screen to reconcile; otherwise the screen waits for that answer.
import type { ReactNode } from 'react';
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import type { OpenTarget, RecordServices, RecordSession } from '../../contracts/records';
import { useServices } from '../ServicesContext';
import { useLoaded } from '../useLoaded';
import { whenIdle } from '../whenIdle';
import { RetryBar } from '../RetryBar';
import { MeetingPreviewPanel } from './MeetingPreviewPanel';

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
 * The device's copy when there is one, with Microsoft 365's version asked for once the browser is idle after it (the
 * screen reconciles that answer, and reading it must not hold up her first paint); else Microsoft 365's version.
 */
async function openLocalFirst(
  services: Pick<RecordServices, 'openRecord' | 'openLocal'>,
  target: OpenTarget,
  groupId: string | undefined,
  localFirst: boolean,
): Promise<Opened> {
  const open = () => services.openRecord(target, groupId ? { groupId } : undefined);
  const local = localFirst ? await services.openLocal(target).catch(() => undefined) : undefined;
  if (!local) return { session: await open() };
  const refreshed = new Promise<void>((resolve) => whenIdle(resolve)).then(open);
  // The screen takes the answer (or the failure) in an effect once it has mounted: none is unhandled meanwhile.
  refreshed.catch(() => undefined);
  return { session: local, refreshed };
}

export function RecordLoader({ target, groupId, localFirst = false, children }: RecordLoaderProps) {
  const services = useServices();
  const strings = useStrings();
  const styles = useStyles();
  const targetKey = JSON.stringify(target);
  const { state, retry } = useLoaded(
    () => openLocalFirst(services, target, groupId, localFirst),
    `${targetKey} ${groupId ?? ''} ${localFirst}`,
  );

  // A meeting surface with no copy on this device shows what the calendar event says while the record opens.
  if (state.kind === 'loading' || state.kind === 'idle')
    return localFirst && target.kind !== 'record' ? (
      <MeetingPreviewPanel target={target} />
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
  return <>{children(state.value.session, state.value.refreshed)}</>;
}
