// A Teams meeting the app could not find in the user's calendar (a chat without calendarEventId and no copy with its
// join URL around now): one clear message, the user's own meetings to pick from, or going on without an event.
import { lazy, useState, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import { RecordLoader } from '../RecordLoader/RecordLoader';
import type { OpenTarget, RecordSession } from '../../contracts/records';

// Only fetched when the meeting was not found: the side panel's bundle stays without the picker.
const MeetingPicker = lazy(async () => ({ default: (await import('./MeetingPicker')).MeetingPicker }));

export interface MeetingRecordLoaderProps {
  target: OpenTarget;
  groupId?: string;
  children(session: RecordSession): ReactNode;
}

/** RecordLoader for a meeting surface; a Teams meeting not found in the calendar is picked from it instead. */
export function MeetingRecordLoader({ target, groupId, children }: MeetingRecordLoaderProps) {
  const strings = useStrings();
  // undefined: as the host said; 'asIs': the user chose to go on without a calendar event; else the picked meeting.
  const [choice, setChoice] = useState<OpenTarget | 'asIs'>();
  const opened = typeof choice === 'object' ? choice : target;
  return (
    <RecordLoader key={JSON.stringify(opened)} target={opened} groupId={groupId}>
      {(session) =>
        target.kind === 'teamsMeeting' &&
        choice === undefined &&
        session.notices.some((notice) => notice.kind === 'eventNotFound') ? (
          <section aria-label={strings.meetingNotInCalendarTitle}>
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{strings.meetingNotInCalendar}</MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => setChoice('asIs')}>{strings.continueWithoutEvent}</Button>
              </MessageBarActions>
            </MessageBar>
            <MeetingPicker onOpen={(meeting) => setChoice({ kind: 'event', eventId: meeting.eventId })} />
          </section>
        ) : (
          children(session)
        )
      }
    </RecordLoader>
  );
}
