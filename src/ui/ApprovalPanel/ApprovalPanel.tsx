// Justering: the chair and the adjuster approve exactly the version they read, or ask for a change. The panel says
// which version it is and who saved it, why an answer does not count, and why the user cannot approve.
import { MessageBar, MessageBarBody, Spinner, mergeClasses } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import type { RecordSession } from '../../contracts/records';
import { ApprovalActions } from './ApprovalActions';
import { useApprovalPanelStyles } from './ApprovalPanel.styles';
import { ApprovalStatus } from './ApprovalStatus';
import { useApprovalView } from './useApprovalView';
import { RetryBar } from '../RetryBar';

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
  className?: string;
}

export function ApprovalPanel({
  session,
  busy,
  onApprove,
  onRequestChanges,
  onFileDocuments,
  className,
}: ApprovalPanelProps) {
  const strings = useStrings();
  const styles = useApprovalPanelStyles();
  const { view, error, reload } = useApprovalView(session);

  if (error) {
    return (
      // A network blip must not leave the approver without a way on: they ask again here, not by reopening the invite.
      <RetryBar message={error} onRetry={reload} className={className} />
    );
  }
  if (!view) return <Spinner size="tiny" label={strings.loading} className={className} />;

  const rootClass = mergeClasses(styles.root, className);
  if (view.noApprovers) {
    return (
      <section className={rootClass} aria-label={strings.approval}>
        <MessageBar intent="info">
          <MessageBarBody>
            {view.filedAfter ? strings.filedAfter(view.filedAfter) : strings.filedAfterSending}
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  return (
    <section className={rootClass} aria-label={strings.approval}>
      <ApprovalStatus view={view} busy={busy} onFileDocuments={() => void onFileDocuments().then(reload)} />
      {view.canApprove ? (
        <ApprovalActions
          versionId={view.version.id}
          busy={busy}
          onApprove={() => void onApprove().then(reload)}
          onRequestChanges={(comment) => onRequestChanges(comment).then(reload)}
        />
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
