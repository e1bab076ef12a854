// One meeting's record: attendance, the minutes, a preview and the approval, with save and
// send-for-approval. The side panel shows the same record compactly; both edit the same draft.
import { lazy, Suspense, useEffect, useState } from 'react';
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import { ArrowLeftRegular, LockOpenRegular, SaveRegular } from '@fluentui/react-icons';
import { useApprovalView } from '../ApprovalPanel/useApprovalView';
import { AttendancePanel } from '../AttendancePanel/AttendancePanel';
import { useStrings } from '../i18n/StringsContext';
import { whenIdle } from '../whenIdle';
import type { Notice, RecordSession } from '../../contracts/records';
import { discardAgendaItems } from '../../domain/editing';
import { isFirstMeeting } from './firstMeeting';
import { NoticeBars } from './NoticeBars';
import { SendForApproval } from './SendForApproval';
import { SaveStatus } from '../RecordSession/SaveStatus';
import { useRecordSession } from '../RecordSession/useRecordSession';
import { useRecordWorkspaceStyles } from './RecordWorkspace.styles';

// The attendance list is what a secretary needs first; the editor (Lexical), the preview and the approval
// panel load behind it, fetched once the browser is idle after the attendance list has painted.
const loadMinutesEditor = () => import('../MinutesEditor/MinutesEditor');
const MinutesEditor = lazy(async () => ({ default: (await loadMinutesEditor()).MinutesEditor }));
const RecordPreview = lazy(async () => ({ default: (await import('../RecordPreview/RecordPreview')).RecordPreview }));
const ApprovalPanel = lazy(async () => ({ default: (await import('../ApprovalPanel/ApprovalPanel')).ApprovalPanel }));
const ConflictChooser = lazy(async () => ({ default: (await import('./ConflictChooser')).ConflictChooser }));
// The import offer (and the import view with it) only at a group's first meeting: not in the side panel's first load.
const FirstMeetingImport = lazy(async () => ({ default: (await import('./FirstMeetingImport')).FirstMeetingImport }));
const VersionHistory = lazy(async () => ({ default: (await import('../Archive/VersionHistory')).VersionHistory }));

type TabName = 'attendance' | 'minutes' | 'preview' | 'approval';

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
  const api = useRecordSession(initial, refreshed);
  const { session, saveState } = api;
  const [tab, setTab] = useState<TabName>(compact ? 'attendance' : 'minutes');
  const [dismissed, setDismissed] = useState<Notice['kind'][]>([]);
  // Asked once, when the record opens: the offer stays (as its answer) after the record is built again.
  const [firstMeeting] = useState(() => isFirstMeeting(initial));
  useEffect(() => whenIdle(() => void loadMinutesEditor()), []);
  const tabs: TabName[] = compact ? ['attendance', 'minutes'] : ['attendance', 'minutes', 'preview', 'approval'];
  const statusColor = { draft: 'informative', sentForApproval: 'warning', approved: 'success' } as const;
  // Approved means locked: whether it is approved is asked of Microsoft 365, never read from the record.
  const sent = session.minutes.status === 'sentForApproval' && Boolean(session.remote.itemId);
  const { view: approval } = useApprovalView(session, sent);
  const locked = sent && approval?.status === 'approved';
  const status = locked ? 'approved' : session.minutes.status;

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
      <div className={styles.header}>
        {onBack && (
          <Button appearance="subtle" icon={<ArrowLeftRegular />} aria-label={strings.back} onClick={onBack} />
        )}
        <Text as="h2" size={compact ? 400 : 600} weight="semibold" className={styles.title}>
          {session.minutes.title}
        </Text>
        <Badge appearance="tint" color={statusColor[status]}>
          {strings.status[status]}
        </Badge>
        {!compact && (
          <div className={styles.actions}>
            <SaveStatus state={saveState} />
            {saveButton}
            {session.minutes.status === 'draft' ? (
              <SendForApproval
                minutes={session.minutes}
                notesApprovers={session.settings.notesApprovers}
                disabled={saveState.kind === 'saving'}
                onSend={() => void api.sendForApproval()}
              />
            ) : (
              <Button
                icon={<LockOpenRegular />}
                onClick={() => void api.reopen()}
                disabled={saveState.kind === 'saving'}
              >
                {strings.reopen}
              </Button>
            )}
          </div>
        )}
      </div>
      <NoticeBars
        notices={session.notices.filter((n) => !dismissed.includes(n.kind))}
        onDiscardAgenda={() => {
          api.edit((m, now) => discardAgendaItems(m, now));
          setDismissed((d) => [...d, 'agendaApplied']);
        }}
        onMerge={() => {
          setDismissed((d) => [...d, 'remoteChanged']);
          void api.save();
        }}
      />
      {firstMeeting && (
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
      {compact && (
        <div className={styles.footer}>
          <SaveStatus state={saveState} />
          {saveButton}
        </div>
      )}
    </div>
  );
}
