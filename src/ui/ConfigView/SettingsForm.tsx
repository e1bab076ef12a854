// The loaded group's settings: importing an earlier record's setup, the fields, the plan, the template and Save
// (the page's own button outside Teams, where the host has none).
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/StringsContext';
import { useConfigViewStyles } from './ConfigView.styles';
import { PlanField } from './PlanField';
import { RecordFields } from './RecordFields';
import { RecordStyleField } from './RecordStyleField';
import { SaveNotices } from './SaveNotices';
import { TemplateField } from './TemplateField';
import type { ConfigViewState } from './useConfigView';

export interface SettingsFormProps {
  view: ConfigViewState;
  /** An import was applied: the page says the fields now hold it. */
  imported: boolean;
  onImport(): void;
}

export function SettingsForm({ view, imported, onImport }: SettingsFormProps) {
  const strings = useStrings();
  const styles = useConfigViewStyles();
  const { settings } = view;
  if (!settings) return null;
  return (
    <div className={styles.form}>
      <div>
        <Button icon={<DocumentArrowUpRegular />} onClick={onImport}>
          {strings.recordImport.open}
        </Button>
      </div>
      {imported && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.recordImport.applied}</MessageBarBody>
        </MessageBar>
      )}
      <RecordFields view={view} />
      <PlanField
        key={settings.groupId}
        plans={view.plans}
        planId={settings.planId}
        planMissing={view.planMissing}
        groupName={settings.name}
        busy={view.busy}
        onChange={(planId) => view.handleChange({ planId })}
        onCreate={view.handleCreatePlan}
      />
      <TemplateField template={view.template} own={view.ownTemplate} onChange={view.handleTemplateChange} />
      <RecordStyleField settings={settings} onChange={view.handleChange} />
      <SaveNotices notice={view.notice} />
      {view.hasOwnSaveButton && (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={!view.valid || view.busy} onClick={view.handleSave}>
            {strings.configPage.save}
          </Button>
          {view.busy && <Spinner size="tiny" aria-label={strings.loading} />}
        </div>
      )}
    </div>
  );
}
