// Opens a meeting's record and hands it to the screen; says what went wrong instead of a blank panel.
import { useEffect, useState, type ReactNode } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import type { OpenTarget, RecordSession } from '../../contracts/records';
import { useServices } from '../ServicesContext';

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalL } });

type State = { kind: 'loading' } | { kind: 'open'; session: RecordSession } | { kind: 'failed'; message: string };

export interface RecordLoaderProps {
  target: OpenTarget;
  groupId?: string;
  children(session: RecordSession): ReactNode;
}

export function RecordLoader({ target, groupId, children }: RecordLoaderProps) {
  const services = useServices();
  const strings = useStrings();
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const targetKey = JSON.stringify(target);

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    services.openRecord(JSON.parse(targetKey) as OpenTarget, groupId ? { groupId } : undefined).then(
      (session) => current && setState({ kind: 'open', session }),
      (error: unknown) =>
        current && setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [services, targetKey, groupId, attempt]);

  if (state.kind === 'loading') return <Spinner className={styles.root} label={strings.loading} />;
  if (state.kind === 'failed') {
    return (
      <div className={styles.root}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setAttempt((a) => a + 1)}>{strings.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }
  return <>{children(state.session)}</>;
}
