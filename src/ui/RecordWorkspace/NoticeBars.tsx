// What the app had to decide or could not do while opening the record, said plainly.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import type { Notice } from '../../contracts/records';

export interface NoticeBarsProps {
  notices: Notice[];
  /** Removes the items taken from the invite's agenda; the notice goes away. */
  onDiscardAgenda(): void;
}

export function NoticeBars({ notices, onDiscardAgenda }: NoticeBarsProps) {
  const strings = useStrings();
  const text = (notice: Notice): { intent: 'info' | 'warning'; message: string } => {
    switch (notice.kind) {
      case 'restoredDraft':
        return { intent: 'info', message: strings.restoredDraft };
      case 'agendaApplied':
        return { intent: 'info', message: strings.agendaApplied(notice.count) };
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
            {notice.kind === 'agendaApplied' && (
              <MessageBarActions>
                <Button size="small" onClick={onDiscardAgenda}>
                  {strings.discardAgenda}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        );
      })}
    </>
  );
}
