// Opens a meeting's record and hands it to the screen; says what went wrong instead of a blank panel.
import type { ReactNode } from 'react';
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
import { useLoaded } from '../useLoaded';

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalL } });

export interface RecordLoaderProps {
  target: OpenTarget;
  groupId?: string;
  children(session: RecordSession): ReactNode;
}

export function RecordLoader({ target, groupId, children }: RecordLoaderProps) {
  const services = useServices();
  const strings = useStrings();
  const styles = useStyles();
  const targetKey = JSON.stringify(target);
  const { state, retry } = useLoaded(
    () => services.openRecord(target, groupId ? { groupId } : undefined),
    `${targetKey} ${groupId ?? ''}`,
  );

  if (state.kind === 'loading' || state.kind === 'idle')
    return <Spinner className={styles.root} label={strings.loading} />;
  if (state.kind === 'failed') {
    return (
      <div className={styles.root}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>{strings.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }
  return <>{children(state.value)}</>;
}
