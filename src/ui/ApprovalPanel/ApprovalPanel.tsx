// Justering: the chair and the adjuster approve exactly the version they read, or ask for a change. The panel says
// which version it is and who saved it, why an answer does not count, and why the user cannot approve.
import { useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkRegular, CommentRegular } from '@fluentui/react-icons';
import { useStrings, useUiLanguage } from '../i18n/StringsContext';
import type { RecordSession } from '../../contracts/records';
import { useApprovalView } from './useApprovalView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface ApprovalPanelProps {
  session: RecordSession;
  /** A save is under way: the actions wait for it. */
  busy: boolean;
  /** Resolves when the answer has been written (or failed), so the panel asks Microsoft 365 again. */
  onApprove(): Promise<void>;
  /** Resolves when the request has been saved (or failed), so the comment box can close. */
  onRequestChanges(comment: string): Promise<void>;
  /** Makes the approved record's stamped Word document and PDF again. */
  onFileDocuments(): Promise<void>;
}

export function ApprovalPanel({ session, busy, onApprove, onRequestChanges, onFileDocuments }: ApprovalPanelProps) {
  const strings = useStrings();
  const styles = useStyles();
  const language = useUiLanguage();
  const { view, error, reload } = useApprovalView(session);
  const [comment, setComment] = useState('');
  const [asking, setAsking] = useState(false);
  const [commentMissing, setCommentMissing] = useState(false);
  const roleName = (role: 'chair' | 'adjuster') => strings.roleNames[role].toLocaleLowerCase();

  if (error) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!view) return <Spinner size="tiny" label={strings.loading} />;

  const handleRequestChanges = () => {
    if (!comment.trim()) {
      setCommentMissing(true);
      return;
    }
    void onRequestChanges(comment.trim()).then(() => {
      setComment('');
      setAsking(false);
      reload();
    });
  };

  if (view.noApprovers) {
    return (
      <section className={styles.root} aria-label={strings.approval}>
        <MessageBar intent="info">
          <MessageBarBody>
            {view.filedAfter ? strings.filedAfter(view.filedAfter) : strings.filedAfterSending}
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  const savedAt = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(view.version.savedAt));
  return (
    <section className={styles.root} aria-label={strings.approval}>
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
            <Button disabled={busy} onClick={() => void onFileDocuments().then(reload)}>
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
      {view.canApprove ? (
        <>
          <Text>{strings.approvingVersion(view.version.id)}</Text>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              icon={<CheckmarkRegular />}
              disabled={busy}
              onClick={() => void onApprove().then(reload)}
            >
              {strings.approve}
            </Button>
            <Button
              icon={<CommentRegular />}
              disabled={busy}
              onClick={() => setAsking((a) => !a)}
              aria-expanded={asking}
            >
              {strings.requestChanges}
            </Button>
          </div>
          {asking && (
            <div className={styles.root}>
              <Field
                label={strings.changeComment}
                required
                validationMessage={commentMissing ? strings.commentRequired : undefined}
              >
                <Textarea
                  value={comment}
                  onChange={(_, d) => (setComment(d.value), setCommentMissing(false))}
                  resize="vertical"
                />
              </Field>
              <div className={styles.actions}>
                <Button appearance="primary" disabled={busy} onClick={handleRequestChanges}>
                  {strings.requestChanges}
                </Button>
              </div>
            </div>
          )}
        </>
      ) : (
        view.status !== 'approved' &&
        !view.refusal && (
          <MessageBar>
            <MessageBarBody>{strings.readOnlyNotApprover}</MessageBarBody>
          </MessageBar>
        )
      )}
    </section>
  );
}
