// What Microsoft 365 says about the version shown: who approved it, who is still awaited, answers that do not count
// and why, a missing PDF of the approved record, why the user cannot approve, and the requested changes.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import type { ApprovalView } from '../../contracts/approval';
import { useStrings, useUiLanguage } from '../i18n/StringsContext';

export interface ApprovalStatusProps {
  view: ApprovalView;
  busy: boolean;
  onFileDocuments(): void;
}

export function ApprovalStatus({ view, busy, onFileDocuments }: ApprovalStatusProps) {
  const strings = useStrings();
  const language = useUiLanguage();
  const roleName = (role: 'chair' | 'adjuster') => strings.roleNames[role].toLocaleLowerCase();
  const savedAt = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(view.version.savedAt));
  return (
    <>
      <Text>{strings.versionShown(view.version.id, view.version.savedBy, savedAt, view.version.secretary)}</Text>
      {view.status === 'approved' ? (
        <MessageBar intent="success">
          <MessageBarBody>{strings.approvedBy(view.approvedBy.join(', '))}</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent={view.changeRequests.length || view.notes.length ? 'warning' : 'info'}>
          <MessageBarBody>
            {view.approvedBy.length > 0 && <div>{strings.approvedBy(view.approvedBy.join(', '))}</div>}
            {view.missing.length > 0 && <div>{strings.waitingFor(view.missing.map(roleName).join(', '))}</div>}
            {view.notes.map((note) => (
              <div key={note}>{note}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {view.pdf === 'missing' && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.pdfMissing}</MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={onFileDocuments}>
              {strings.makePdf}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {view.refusal && (
        <MessageBar intent="error">
          <MessageBarBody>{view.refusal}</MessageBarBody>
        </MessageBar>
      )}
      {view.changeRequests.map((request) => (
        <MessageBar key={`${request.name}-${request.at}`} intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{`${strings.requestChanges}: ${request.name}`}</MessageBarTitle>
            {request.comment}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
