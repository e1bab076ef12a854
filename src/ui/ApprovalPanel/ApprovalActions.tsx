// The approver's answer: approve the version shown, or ask for a change with a comment (required).
import { useState } from 'react';
import { Button, Field, Text, Textarea } from '@fluentui/react-components';
import { CheckmarkRegular, CommentRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/StringsContext';
import { useApprovalPanelStyles } from './ApprovalPanel.styles';

export interface ApprovalActionsProps {
  versionId: string;
  busy: boolean;
  onApprove(): void;
  /** Resolves when the request has been saved (or failed), so the comment box can close. */
  onRequestChanges(comment: string): Promise<void>;
}

export function ApprovalActions({ versionId, busy, onApprove, onRequestChanges }: ApprovalActionsProps) {
  const strings = useStrings();
  const styles = useApprovalPanelStyles();
  const [comment, setComment] = useState('');
  const [asking, setAsking] = useState(false);
  const [commentMissing, setCommentMissing] = useState(false);

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

  return (
    <>
      <Text>{strings.approvingVersion(versionId)}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<CheckmarkRegular />} disabled={busy} onClick={onApprove}>
          {strings.approve}
        </Button>
        <Button icon={<CommentRegular />} disabled={busy} onClick={() => setAsking((a) => !a)} aria-expanded={asking}>
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
  );
}
