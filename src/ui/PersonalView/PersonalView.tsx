// The personal tab (Teams and Outlook): what waits for my approval, my assignments, and the way to the archive.
// Opened with a record (a Teams deep link's sub-page, or `record=` in the URL) it shows that record's approval view.
import { Link } from '@fluentui/react-components';
import { ApprovalScreen } from '../ApprovalScreen/ApprovalScreen';
import { useStrings } from '../i18n/StringsContext';
import { RecordLoader } from '../RecordLoader/RecordLoader';
import { AwaitingApproval } from './AwaitingApproval';
import { MyAssignments } from './MyAssignments';
import { usePersonalViewStyles } from './PersonalView.styles';
import { RecordsLink } from './RecordsLink';
import { surfaceLink } from './recordLinks';

export interface PersonalViewProps {
  recordKey?: string;
  /** Today, for overdue assignments; tests fix it. */
  now?: Date;
}

export function PersonalView({ recordKey, now = new Date() }: PersonalViewProps) {
  const styles = usePersonalViewStyles();
  if (recordKey) return <PersonalRecord recordKey={recordKey} />;
  return (
    <div className={styles.root}>
      <AwaitingApproval />
      <MyAssignments now={now} />
      <RecordsLink />
    </div>
  );
}

function PersonalRecord({ recordKey }: { recordKey: string }) {
  const strings = useStrings();
  const styles = usePersonalViewStyles();
  return (
    <>
      <div className={styles.back}>
        <Link {...surfaceLink('personal')}>{strings.personalTab.back}</Link>
      </div>
      <RecordLoader target={{ kind: 'record', recordKey }}>
        {(session) => <ApprovalScreen initial={session} compact />}
      </RecordLoader>
    </>
  );
}
