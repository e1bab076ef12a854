// The open tab's content. Only the attendance list is in the side panel's first load; the editor, the preview and
// the approval panel are fetched when their tab opens (the editor sooner, when the browser is idle).
import { lazy, Suspense } from 'react';
import { Spinner } from '@fluentui/react-components';
import { AttendancePanel } from '../AttendancePanel/AttendancePanel';
import { useStrings } from '../i18n/StringsContext';
import { useRecordWorkspaceStyles } from './RecordWorkspace.styles';
import { loadMinutesEditor, type RecordWorkspaceState } from './useRecordWorkspace';

const MinutesEditor = lazy(async () => ({ default: (await loadMinutesEditor()).MinutesEditor }));
const RecordPreview = lazy(async () => ({ default: (await import('../RecordPreview/RecordPreview')).RecordPreview }));
const ApprovalPanel = lazy(async () => ({ default: (await import('../ApprovalPanel/ApprovalPanel')).ApprovalPanel }));
const VersionHistory = lazy(async () => ({ default: (await import('../Archive/VersionHistory')).VersionHistory }));

export interface WorkspaceTabPanelProps {
  state: RecordWorkspaceState;
  compact: boolean;
}

export function WorkspaceTabPanel({ state, compact }: WorkspaceTabPanelProps) {
  const strings = useStrings();
  const styles = useRecordWorkspaceStyles();
  const { api, tab, locked } = state;
  const { session, saveState } = api;
  return (
    <div role="tabpanel" aria-label={strings[tab]} className={styles.tabPanel}>
      <Suspense fallback={<Spinner size="small" label={strings.loading} />}>
        {locked && (tab === 'attendance' || tab === 'minutes') && <RecordPreview minutes={session.minutes} />}
        {!locked && tab === 'attendance' && <AttendancePanel session={session} onEdit={api.edit} compact={compact} />}
        {!locked && tab === 'minutes' && (
          <MinutesEditor
            minutes={session.minutes}
            onEdit={api.edit}
            compact={compact}
            previous={session.previous}
            yearStart={session.settings.firstNumberOfYear}
          />
        )}
        {tab === 'preview' && <RecordPreview minutes={session.minutes} />}
        {tab === 'approval' && (
          <>
            <ApprovalPanel
              session={session}
              busy={saveState.kind === 'saving'}
              onApprove={api.approve}
              onRequestChanges={api.requestChanges}
              onFileDocuments={api.fileApprovedDocuments}
            />
            <VersionHistory session={session} />
            <RecordPreview minutes={session.minutes} />
          </>
        )}
      </Suspense>
    </div>
  );
}
