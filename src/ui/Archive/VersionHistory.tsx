// Who saved the record when, newest first, from SharePoint's version history (which nobody can edit).
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  mergeClasses,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useStrings, useUiLanguage } from '../i18n/StringsContext';
import { useVersionHistoryStyles } from './Archive.styles';
import { useVersionHistory, type VersionSource } from './useVersionHistory';

export type VersionHistoryProps = VersionSource & { className?: string };

export function VersionHistory({ className, ...source }: VersionHistoryProps) {
  const strings = useStrings().archive;
  const common = useStrings();
  const language = useUiLanguage();
  const styles = useVersionHistoryStyles();
  const { state, retry } = useVersionHistory(source);
  const time = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });

  return (
    <div className={mergeClasses(styles.root, className)}>
      {(state.kind === 'loading' || state.kind === 'idle') && <Spinner size="small" label={common.loading} />}
      {state.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>{common.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.kind === 'loaded' && state.value.length === 0 && <Text>{strings.notSavedYet}</Text>}
      {state.kind === 'loaded' && state.value.length > 0 && (
        <ol className={styles.list} aria-label={strings.history}>
          {state.value.map((version) => (
            <li key={version.id} className={styles.version}>
              <Text className={styles.time}>{time.format(new Date(version.savedAt))}</Text>
              <Text weight="semibold">{strings.savedBy(version.savedBy)}</Text>
              <Text size={200} className={styles.label}>
                {strings.versionLabel(version.id)}
              </Text>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
