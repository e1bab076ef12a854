// Justering: the chair and the adjuster approve exactly what they read, or ask for a change.
import { useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkRegular, CommentRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/StringsContext';
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
  onApprove(): void;
  /** Resolves when the request has been saved (or failed), so the comment box can close. */
  onRequestChanges(comment: string): Promise<void>;
}

export function ApprovalPanel({ session, busy, onApprove, onRequestChanges }: ApprovalPanelProps) {
  const strings = useStrings();
  const styles = useStyles();
  const { view, error } = useApprovalView(session);
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

  return (
    <section className={styles.root} aria-label={strings.approval}>
      {view.status === 'approved' ? (
        <MessageBar intent="success">
          <MessageBarBody>{strings.approvedBy(view.approvedBy.join(', '))}</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent={view.changeRequests.length ? 'warning' : 'info'}>
          <MessageBarBody>
            {view.approvedBy.length > 0 && <div>{strings.approvedBy(view.approvedBy.join(', '))}</div>}
            {view.missing.length > 0 && <div>{strings.waitingFor(view.missing.map(roleName).join(', '))}</div>}
            {view.stale.map((a) => (
              <div key={`stale-${a.approverId}`}>{strings.approvalStale(a.name)}</div>
            ))}
            {view.unverified.map((a) => (
              <div key={`unverified-${a.approverId}`}>{strings.approvalUnverified(a.name)}</div>
            ))}
          </MessageBarBody>
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
          <div className={styles.actions}>
            <Button appearance="primary" icon={<CheckmarkRegular />} disabled={busy} onClick={onApprove}>
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
        view.status !== 'approved' && (
          <MessageBar>
            <MessageBarBody>{strings.readOnlyNotApprover}</MessageBarBody>
          </MessageBar>
        )
      )}
    </section>
  );
}
