// The Outlook invite pane (and the approval link): the record read-only, with Approve and Request changes.
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ApprovalPanel } from '../ApprovalPanel/ApprovalPanel';
import { useStrings } from '../i18n/StringsContext';
import { RecordPreview } from '../RecordPreview/RecordPreview';
import { useRecordSession } from '../RecordSession/useRecordSession';
import { SaveStatus } from '../RecordSession/SaveStatus';
import type { RecordSession } from '../../contracts/records';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '880px',
    width: '100%',
    boxSizing: 'border-box',
    marginInline: 'auto',
  },
});

export function ApprovalScreen({ initial, compact }: { initial: RecordSession; compact: boolean }) {
  const strings = useStrings();
  const styles = useStyles();
  const api = useRecordSession(initial);
  if (!api.session.remote.itemId) {
    return (
      <div className={styles.root}>
        <MessageBar intent="info">
          <MessageBarBody>{strings.noRecordForMeeting}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <Text as="h2" size={500} weight="semibold">
        {`${strings.approval}: ${api.session.minutes.title}`}
      </Text>
      <SaveStatus state={api.saveState} />
      <ApprovalPanel
        session={api.session}
        busy={api.saveState.kind === 'saving'}
        onApprove={api.approve}
        onRequestChanges={api.requestChanges}
        onFileDocuments={api.fileApprovedDocuments}
      />
      <RecordPreview minutes={api.session.minutes} compact={compact} />
    </div>
  );
}
