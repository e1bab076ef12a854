// At a group's first meeting in the app (no settings saved yet, nothing typed), the secretary can start from the
// group's last Word record: the import is checked and corrected, saved as the group's settings, and the meeting's
// record is built again from them, with the record's people in order, its items and the next §.
import { useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import type { RecordSession } from '../../contracts/records';
import type { GroupSettings } from '../../domain/model';
import { failureText } from '../i18n/failureText';
import { useStrings } from '../i18n/StringsContext';
import { RecordImport } from '../RecordImport/RecordImport';
import { useServices } from '../ServicesContext';

export interface FirstMeetingImportProps {
  session: RecordSession;
  /** The record built again from the imported settings. */
  onAdopted(session: RecordSession): void;
}

export function FirstMeetingImport({ session, onAdopted }: FirstMeetingImportProps) {
  const strings = useStrings();
  const words = strings.recordImport;
  const services = useServices();
  const [stage, setStage] = useState<'offer' | 'importing' | 'done' | 'dismissed'>('offer');
  const [failure, setFailure] = useState<string>();

  const typed = session.minutes.revision !== 0;
  const adopt = async (settings: GroupSettings) => {
    try {
      await services.saveSettings(settings);
      // Text typed meanwhile is never replaced: the settings then apply from the next meeting on.
      if (typed) return setStage('dismissed');
      // The untouched record this device keeps would otherwise reopen as it was (local first).
      await services.forgetUntouchedDraft(session);
      const reopened = await services.openRecord(
        { kind: 'event', eventId: session.minutes.meeting.eventId },
        { groupId: settings.groupId },
      );
      setStage('done');
      onAdopted(reopened);
    } catch (error) {
      setFailure(failureText(error, strings));
    }
  };

  if (stage === 'dismissed' || (stage === 'offer' && typed)) return null;
  if (stage === 'done')
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{words.firstMeetingApplied}</MessageBarBody>
      </MessageBar>
    );
  if (stage === 'importing')
    return (
      <>
        {failure && (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        )}
        <RecordImport
          settings={session.settings}
          onApply={(next) => void adopt(next)}
          onCancel={() => setStage('offer')}
        />
      </>
    );
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{words.firstMeeting}</MessageBarBody>
      <MessageBarActions>
        <Button icon={<DocumentArrowUpRegular />} onClick={() => setStage('importing')}>
          {words.open}
        </Button>
        <Button appearance="transparent" onClick={() => setStage('dismissed')}>
          {words.notNow}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
