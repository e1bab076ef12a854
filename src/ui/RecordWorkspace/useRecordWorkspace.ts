// The workspace's state beside the record session: the open tab, the notices she dismissed, the first-meeting
// offer, and whether Microsoft 365 says the record is approved (then it is locked).
import { useEffect, useState } from 'react';
import { useApprovalView } from '../ApprovalPanel/useApprovalView';
import { whenIdle } from '../whenIdle';
import type { Notice, RecordSession } from '../../contracts/records';
import { discardAgendaItems } from '../../domain/editing';
import { isFirstMeeting } from './firstMeeting';
import { useRecordSession } from '../RecordSession/useRecordSession';
import { useTickWhileOpening } from '../AttendancePanel/tickedWhileOpening';

export type TabName = 'attendance' | 'minutes' | 'preview' | 'approval';
export type WorkspaceStatus = 'draft' | 'sentForApproval' | 'approved';

// The attendance list is what a secretary needs first; the editor (Lexical) loads behind it, fetched once the
// browser is idle after the attendance list has painted.
export const loadMinutesEditor = () => import('../MinutesEditor/MinutesEditor');

export function useRecordWorkspace(
  initial: RecordSession,
  refreshed: Promise<RecordSession> | undefined,
  compact: boolean,
) {
  const api = useRecordSession(initial, refreshed);
  const { session } = api;
  // The meeting tab opens on the minutes, unless she ticked the invitees while it opened: her ticks are applied, and
  // seen, where she was working.
  const opening = useTickWhileOpening();
  const [tab, setTab] = useState<TabName>(compact || (opening?.ticked.size ?? 0) > 0 ? 'attendance' : 'minutes');
  const [dismissed, setDismissed] = useState<Notice['kind'][]>([]);
  // Asked once, when the record opens: the offer stays (as its answer) after the record is built again.
  const [firstMeeting] = useState(() => isFirstMeeting(initial));
  useEffect(() => whenIdle(() => void loadMinutesEditor()), []);
  // Approved means locked: whether it is approved is asked of Microsoft 365, never read from the record.
  const sent = session.minutes.status === 'sentForApproval' && Boolean(session.remote.itemId);
  const { view: approval } = useApprovalView(session, sent);
  const locked = sent && approval?.status === 'approved';
  const status: WorkspaceStatus = locked ? 'approved' : session.minutes.status;
  const dismiss = (kind: Notice['kind']) => setDismissed((kinds) => [...kinds, kind]);
  return {
    api,
    tab,
    setTab,
    tabs: (compact ? ['attendance', 'minutes'] : ['attendance', 'minutes', 'preview', 'approval']) as TabName[],
    notices: session.notices.filter((notice) => !dismissed.includes(notice.kind)),
    firstMeeting,
    locked,
    status,
    discardAgenda: () => {
      api.edit((minutes, now) => discardAgendaItems(minutes, now));
      dismiss('agendaApplied');
    },
    mergeRemote: () => {
      dismiss('remoteChanged');
      void api.save();
    },
  };
}

export type RecordWorkspaceState = ReturnType<typeof useRecordWorkspace>;
