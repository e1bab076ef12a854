// One meeting's record: attendance, the minutes, a preview and the approval, with save and
// send-for-approval. The side panel shows the same record compactly; both edit the same draft.
import { lazy, Suspense } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  mergeClasses,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/StringsContext';
import type { RecordSession } from '../../contracts/records';
import { NoticeBars } from './NoticeBars';
import { SaveStatus } from '../RecordSession/SaveStatus';
import { useForgetKeptScreen } from '../keptScreen/KeptScreenHandover';
import { useRecordWorkspaceStyles } from './RecordWorkspace.styles';
import { useRecordWorkspace, type TabName } from './useRecordWorkspace';
import { WorkspaceHeader } from './WorkspaceHeader';
import { WorkspaceTabPanel } from './WorkspaceTabPanel';

const ConflictChooser = lazy(async () => ({ default: (await import('./ConflictChooser')).ConflictChooser }));
// The import offer (and the import view with it) only at a group's first meeting: not in the side panel's first load.
const FirstMeetingImport = lazy(async () => ({ default: (await import('./FirstMeetingImport')).FirstMeetingImport }));

export interface RecordWorkspaceProps {
  initial: RecordSession;
  /** The record as Microsoft 365 has it, when `initial` came from this device: reconciled when it arrives. */
  refreshed?: Promise<RecordSession>;
  compact: boolean;
  onBack?(): void;
}

export function RecordWorkspace({ initial, refreshed, compact, onBack }: RecordWorkspaceProps) {
  const strings = useStrings();
  const styles = useRecordWorkspaceStyles();
  const state = useRecordWorkspace(initial, refreshed, compact);
  const { api, tab, setTab, tabs, locked } = state;
  // An approved record's list cannot be ticked: the side panel must not open on a kept one that looks as if it could.
  useForgetKeptScreen(locked);
  const { session, saveState } = api;
  const saveButton = (
    <Button
      appearance="primary"
      icon={<SaveRegular />}
      onClick={() => void api.save()}
      disabled={saveState.kind === 'saving' || locked}
    >
      {strings.save}
    </Button>
  );

  return (
    <div className={mergeClasses(styles.root, compact && styles.compact)}>
      <WorkspaceHeader state={state} compact={compact} saveButton={saveButton} {...(onBack ? { onBack } : {})} />
      <NoticeBars notices={state.notices} onDiscardAgenda={state.discardAgenda} onMerge={state.mergeRemote} />
      {state.firstMeeting && (
        <Suspense fallback={null}>
          <FirstMeetingImport session={session} onAdopted={api.restart} />
        </Suspense>
      )}
      {locked && (
        <MessageBar intent="success">
          <MessageBarBody>{strings.approvedLocked}</MessageBarBody>
        </MessageBar>
      )}
      {saveState.kind === 'conflict' && (
        <Suspense fallback={<Spinner size="small" label={strings.loading} />}>
          <ConflictChooser
            conflicts={saveState.conflicts}
            onResolve={(choices) => void api.resolveConflicts(choices)}
          />
        </Suspense>
      )}
      {saveState.kind === 'failed' && saveState.issues && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.validationTitle}</MessageBarTitle>
            <ul>
              {saveState.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabName)}
        size={compact ? 'small' : 'medium'}
      >
        {tabs.map((name) => (
          <Tab key={name} value={name}>
            {strings[name]}
          </Tab>
        ))}
      </TabList>
      <WorkspaceTabPanel state={state} compact={compact} />
      {compact && (
        <div className={styles.footer}>
          <SaveStatus state={saveState} />
          {saveButton}
        </div>
      )}
    </div>
  );
}
