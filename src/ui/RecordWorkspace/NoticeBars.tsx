// What the app had to decide or could not do while opening the record, said plainly.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import type { Notice } from '../services';

export function NoticeBars({ notices }: { notices: Notice[] }) {
  const strings = useStrings();
  const text = (notice: Notice): { intent: 'info' | 'warning'; message: string } => {
    switch (notice.kind) {
      case 'restoredDraft':
        return { intent: 'info', message: strings.restoredDraft };
      case 'eventNotFound':
        return { intent: 'warning', message: strings.eventNotFound };
      case 'noAttendees':
        return { intent: 'warning', message: strings.noAttendees };
      case 'groupGuessed':
        return { intent: 'info', message: strings.noGroupForMeeting };
      case 'planMissing':
        return { intent: 'warning', message: strings.planMissing };
      case 'accessDenied':
        return { intent: 'warning', message: strings.accessDenied(notice.what) };
    }
  };
  return (
    <>
      {notices.map((notice) => {
        const { intent, message } = text(notice);
        return (
          <MessageBar key={notice.kind} intent={intent}>
            <MessageBarBody>{message}</MessageBarBody>
          </MessageBar>
        );
      })}
    </>
  );
}
