// Routes the host's surface to its screen. Every surface edits or reads the same record.
// Screens load on demand: the approval pane needs no editor, the meeting picker no Word renderer.
import { lazy, memo, Suspense, useState } from 'react';
import { Spinner } from '@fluentui/react-components';
import type { HostContext } from '../hosts/hostAdapter';
import { useStrings } from './i18n/StringsContext';
import { MeetingRecordLoader } from './MeetingPicker/MeetingNotFound';
import { meetingTarget } from './RecordLoader/meetingTarget';
import { RecordLoader } from './RecordLoader/RecordLoader';
import { preloadable } from './preloadable';
import { useNarrow } from './useNarrow';
import type { MeetingSummary } from '../contracts/records';

// Fetched beside the shell on the meeting surfaces (main.tsx), so the record renders the moment it is open.
export const recordWorkspace = preloadable(
  async () => (await import('./RecordWorkspace/RecordWorkspace')).RecordWorkspace,
);
const RecordWorkspace = recordWorkspace.Component;
const ApprovalScreen = lazy(async () => ({
  default: (await import('./ApprovalScreen/ApprovalScreen')).ApprovalScreen,
}));
const PersonalView = lazy(async () => ({ default: (await import('./PersonalView/PersonalView')).PersonalView }));
const ConfigView = lazy(async () => ({ default: (await import('./ConfigView/ConfigView')).ConfigView }));
const MeetingPicker = lazy(async () => ({ default: (await import('./MeetingPicker/MeetingPicker')).MeetingPicker }));
const Archive = lazy(async () => ({ default: (await import('./Archive/Archive')).Archive }));

export interface AppProps {
  context: HostContext;
}

// Memoised: the shell renders again when sign-in completes (the header learns the user), and the open screen, by then
// perhaps a 40-row attendance list, has nothing to redraw for it.
export const App = memo(function App({ context }: AppProps) {
  const strings = useStrings();
  return (
    <Suspense fallback={<Spinner label={strings.loading} />}>
      <Surface context={context} />
    </Suspense>
  );
});

/** The plain browser's own pages: the meeting picker, or the group's archive, and a record opened from either. */
type BrowserPage =
  | { kind: 'meetings' }
  | { kind: 'archive' }
  | { kind: 'meeting'; meeting: MeetingSummary }
  | { kind: 'record'; recordKey: string };

function Surface({ context }: AppProps) {
  const [page, setPage] = useState<BrowserPage>(
    context.view === 'archive' ? { kind: 'archive' } : { kind: 'meetings' },
  );
  // The meeting tab, and a record opened in the browser, on a phone or in a narrow window are laid out as the side
  // panel is.
  const narrow = useNarrow();
  switch (context.surface) {
    case 'sidePanel':
    case 'meetingTab': {
      const compact = context.surface === 'sidePanel' || narrow;
      return (
        <MeetingRecordLoader target={meetingTarget(context)} groupId={context.groupId}>
          {(session, refreshed) => <RecordWorkspace initial={session} refreshed={refreshed} compact={compact} />}
        </MeetingRecordLoader>
      );
    }
    case 'approval':
      return (
        <RecordLoader target={meetingTarget(context)} groupId={context.groupId}>
          {(session) => <ApprovalScreen initial={session} compact={context.taskPane === true} />}
        </RecordLoader>
      );
    case 'personal':
      return <PersonalView recordKey={context.recordKey} />;
    case 'config':
      return <ConfigView groupId={context.groupId} />;
    case 'browser':
      switch (page.kind) {
        case 'meetings':
          return (
            <MeetingPicker
              onOpen={(meeting) => setPage({ kind: 'meeting', meeting })}
              onShowArchive={() => setPage({ kind: 'archive' })}
            />
          );
        case 'archive':
          return <Archive onOpen={(recordKey) => setPage({ kind: 'record', recordKey })} groupId={context.groupId} />;
        case 'meeting':
          return (
            <RecordLoader
              key={page.meeting.eventId}
              target={{ kind: 'event', eventId: page.meeting.eventId }}
              groupId={context.groupId}
              localFirst
            >
              {(session, refreshed) => (
                <RecordWorkspace
                  initial={session}
                  refreshed={refreshed}
                  compact={narrow}
                  onBack={() => setPage({ kind: 'meetings' })}
                />
              )}
            </RecordLoader>
          );
        case 'record':
          return (
            <RecordLoader key={page.recordKey} target={{ kind: 'record', recordKey: page.recordKey }}>
              {(session) => (
                <RecordWorkspace initial={session} compact={narrow} onBack={() => setPage({ kind: 'archive' })} />
              )}
            </RecordLoader>
          );
      }
  }
}
