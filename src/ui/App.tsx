// Routes the host's surface to its screen. Every surface edits or reads the same record.
import { useState } from 'react';
import type { HostContext } from '../hosts/hostAdapter';
import { ApprovalScreen } from './ApprovalScreen/ApprovalScreen';
import { MeetingPicker } from './MeetingPicker/MeetingPicker';
import { PersonalView } from './PersonalView/PersonalView';
import { RecordLoader } from './RecordLoader/RecordLoader';
import { RecordWorkspace } from './RecordWorkspace/RecordWorkspace';
import type { MeetingSummary, OpenTarget } from './services';

export interface AppProps {
  context: HostContext;
}

function meetingTarget(context: HostContext): OpenTarget {
  if (context.recordKey) return { kind: 'record', recordKey: context.recordKey };
  if (context.meeting?.eventId) return { kind: 'event', eventId: context.meeting.eventId };
  return { kind: 'teamsMeeting', chatId: context.meeting?.chatId, joinUrl: context.meeting?.joinUrl };
}

export function App({ context }: AppProps) {
  const [meeting, setMeeting] = useState<MeetingSummary | undefined>();
  switch (context.surface) {
    case 'sidePanel':
    case 'meetingTab': {
      const compact = context.surface === 'sidePanel';
      return <RecordLoader target={meetingTarget(context)} groupId={context.groupId}>{(session) => <RecordWorkspace initial={session} compact={compact} />}</RecordLoader>;
    }
    case 'approval':
      return <RecordLoader target={meetingTarget(context)} groupId={context.groupId}>{(session) => <ApprovalScreen initial={session} compact={context.host === 'outlook'} />}</RecordLoader>;
    case 'personal':
    case 'config':
      return <PersonalView />;
    case 'browser':
      return meeting ? (
        <RecordLoader key={meeting.eventId} target={{ kind: 'event', eventId: meeting.eventId }} groupId={context.groupId}>
          {(session) => <RecordWorkspace initial={session} compact={false} onBack={() => setMeeting(undefined)} />}
        </RecordLoader>
      ) : (
        <MeetingPicker onOpen={setMeeting} />
      );
  }
}
