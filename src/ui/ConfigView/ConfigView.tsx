// The configurable tab's settings page: the group, its kind of record, language, folder, Planner plan and who
// approves notes, its template, saved into the group's settings file; in Teams the host's Save button completes the handshake.
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Language, RecordKind } from '../../domain/model';
import { RecordImport } from '../RecordImport/RecordImport';
import { useStrings } from '../i18n/StringsContext';
import { PlanField } from './PlanField';
import { RecordStyleField } from './RecordStyleField';
import { TemplateField } from './TemplateField';
import { useConfigView } from './useConfigView';
import { useConfigViewStyles } from './ConfigView.styles';

export interface ConfigViewProps {
  /** The team's group when Teams names it; otherwise the page asks. */
  groupId?: string;
}

export function ConfigView({ groupId }: ConfigViewProps) {
  const strings = useStrings();
  const words = strings.configPage;
  const styles = useConfigViewStyles();
  const view = useConfigView(groupId);
  const { settings } = view;
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState(false);

  return (
    <section className={styles.root} aria-labelledby="config-title">
      <Text as="h2" id="config-title" size={600} weight="semibold" className={styles.heading}>
        {words.title}
      </Text>
      <Text className={styles.intro}>{words.intro}</Text>

      {!view.groupFromHost && view.groups.kind === 'loading' && (
        <Spinner size="small" label={strings.loading} labelPosition="after" />
      )}
      {!view.groupFromHost && view.groups.kind === 'loaded' && view.groups.value.length === 0 && (
        <Text>{words.noGroups}</Text>
      )}
      {!view.groupFromHost && view.groups.kind === 'loaded' && view.groups.value.length > 0 && (
        <Field label={words.group} className={styles.field}>
          <Select
            className={styles.field}
            select={{ className: styles.select }}
            value={view.groupId ?? ''}
            onChange={(_, data) => view.handleGroupChange(data.value)}
          >
            <option value="" disabled>
              {words.chooseGroup}
            </option>
            {view.groups.value.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </Select>
        </Field>
      )}

      {(view.groups.kind === 'failed' || view.config?.kind === 'failed') && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {view.groups.kind === 'failed'
              ? view.groups.message
              : view.config?.kind === 'failed'
                ? view.config.message
                : ''}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={view.handleRetry}>{strings.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
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
      {settings && !importing && (
        <div className={styles.form}>
          <div>
            <Button icon={<DocumentArrowUpRegular />} onClick={() => setImporting(true)}>
              {strings.recordImport.open}
            </Button>
          </div>
          {imported && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{strings.recordImport.applied}</MessageBarBody>
            </MessageBar>
          )}
          {view.groupFromHost && (
            <Field label={words.group}>
              <Text weight="semibold">{settings.name}</Text>
            </Field>
          )}
          <Field label={words.kind}>
            <RadioGroup value={settings.kind} onChange={(_, data) => view.handleKindChange(data.value as RecordKind)}>
              <Radio value="protokoll" label={words.kindProtokoll} />
              <Radio value="anteckningar" label={words.kindAnteckningar} />
            </RadioGroup>
          </Field>
          {settings.kind === 'anteckningar' && (
            <Field label={words.approvers}>
              <RadioGroup
                value={settings.notesApprovers.includes('chair') ? 'chair' : 'none'}
                onChange={(_, data) => view.handleChange({ notesApprovers: data.value === 'chair' ? ['chair'] : [] })}
              >
                <Radio value="chair" label={words.approversChair} />
                <Radio value="none" label={words.approversNone} />
              </RadioGroup>
            </Field>
          )}
          <Field label={words.language}>
            <RadioGroup
              layout="horizontal"
              value={settings.language}
              onChange={(_, data) => view.handleChange({ language: data.value as Language })}
            >
              <Radio value="sv" label={words.swedish} />
              <Radio value="en" label={words.english} />
            </RadioGroup>
          </Field>
          <Field
            label={words.folder}
            validationState={view.folderValid ? 'none' : 'error'}
            validationMessage={view.folderValid ? words.folderHint(settings.folderPath) : words.folderInvalid}
            validationMessageIcon={view.folderValid ? null : undefined}
          >
            <Input value={settings.folderPath} onChange={(_, data) => view.handleChange({ folderPath: data.value })} />
          </Field>
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
                {words.save}
              </Button>
              {view.busy && <Spinner size="tiny" aria-label={strings.loading} />}
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function SaveNotices({ notice }: { notice: ReturnType<typeof useConfigView>['notice'] }) {
  const words = useStrings().configPage;
  if (!notice) return null;
  const [intent, text] =
    notice.kind === 'saved'
      ? (['success', words.saved] as const)
      : notice.kind === 'conflict'
        ? (['warning', words.conflict] as const)
        : (['error', notice.message] as const);
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === 'success' ? 'status' : 'alert'}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
