// The configurable tab's settings page: the group, its kind of record, language, folder, Planner plan and who
// approves notes, its template, saved into the group's settings file; in Teams the host's Save button completes the handshake.
import { mergeClasses, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { RecordImport } from '../RecordImport/RecordImport';
import { useStrings } from '../i18n/StringsContext';
import { GroupChooser } from './GroupChooser';
import { SettingsForm } from './SettingsForm';
import { useConfigView } from './useConfigView';
import { useConfigViewStyles } from './ConfigView.styles';
import { RetryBar } from '../RetryBar';

export interface ConfigViewProps {
  /** The team's group when Teams names it; otherwise the page asks. */
  groupId?: string;
  className?: string;
}

export function ConfigView({ groupId, className }: ConfigViewProps) {
  const strings = useStrings();
  const words = strings.configPage;
  const styles = useConfigViewStyles();
  const view = useConfigView(groupId);
  const { settings } = view;
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState(false);
  const failure =
    view.groups.kind === 'failed' ? view.groups.message : view.config?.kind === 'failed' ? view.config.message : '';

  return (
    <section className={mergeClasses(styles.root, className)} aria-labelledby="config-title">
      <Text as="h2" id="config-title" size={600} weight="semibold" className={styles.heading}>
        {words.title}
      </Text>
      <Text className={styles.intro}>{words.intro}</Text>
      {!view.groupFromHost && (
        <GroupChooser groups={view.groups} groupId={view.groupId} onChange={view.handleGroupChange} />
      )}
      {failure && <RetryBar message={failure} onRetry={view.handleRetry} />}
      {view.config?.kind === 'loading' && <Spinner size="small" label={strings.loading} labelPosition="after" />}
      {settings && importing && (
        <RecordImport
          settings={settings}
          onApply={(next) => {
            view.handleChange(next);
            setImporting(false);
            setImported(true);
          }}
          onCancel={() => setImporting(false)}
        />
      )}
      {settings && !importing && <SettingsForm view={view} imported={imported} onImport={() => setImporting(true)} />}
    </section>
  );
}
