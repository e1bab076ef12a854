// What the app had to decide or could not do while opening the record, said plainly.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import type { Notice } from '../../contracts/records';

export interface NoticeBarsProps {
  notices: Notice[];
  /** Removes the items taken from the invite's agenda; the notice goes away. */
  onDiscardAgenda(): void;
  /** Saves now: the save merges what was saved elsewhere with her edits (conflicts are hers to choose). */
  onMerge(): void;
}

export function NoticeBars({ notices, onDiscardAgenda, onMerge }: NoticeBarsProps) {
  const strings = useStrings();
  const text = (notice: Notice): { intent: 'info' | 'warning'; message: string } => {
    switch (notice.kind) {
      case 'restoredDraft':
        return { intent: 'info', message: strings.restoredDraft };
      case 'remoteChanged':
        return { intent: 'warning', message: strings.remoteChanged };
      case 'updatedFromElsewhere':
        return { intent: 'info', message: strings.updatedFromElsewhere };
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
      case 'recordRecreated':
        return { intent: 'warning', message: strings.recordRecreated };
      case 'unreadableRecord':
        return { intent: 'warning', message: strings.unreadableRecord(notice.file) };
    }
  };
  return (
    <>
      {notices.map((notice) => {
        const { intent, message } = text(notice);
        return (
          <MessageBar key={notice.kind === 'unreadableRecord' ? notice.file : notice.kind} intent={intent}>
            <MessageBarBody>{message}</MessageBarBody>
            {notice.kind === 'agendaApplied' && (
              <MessageBarActions>
                <Button size="small" onClick={onDiscardAgenda}>
                  {strings.discardAgenda}
                </Button>
              </MessageBarActions>
            )}
            {notice.kind === 'remoteChanged' && (
              <MessageBarActions>
                <Button size="small" onClick={onMerge}>
                  {strings.mergeNow}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        );
      })}
    </>
  );
}
