// What can be done with one record of the archive: open it in the app, read its versions, open the document in SharePoint.
import { Button, Tooltip } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/StringsContext';
import type { RecordSummary } from '../services';
import { useArchiveStyles } from './Archive.styles';
import { VersionsDialog } from './VersionsDialog';

export function RecordActions({ record, onOpen }: { record: RecordSummary; onOpen(recordKey: string): void }) {
  const strings = useStrings().archive;
  const styles = useArchiveStyles();
  return (
    <div className={styles.actions}>
      <Button appearance="primary" aria-label={strings.openRecord(record.title)} onClick={() => onOpen(record.recordKey)}>
        {strings.open}
      </Button>
      <VersionsDialog record={record} />
      {record.webUrl && (
        <Tooltip content={strings.openInSharePoint(record.title)} relationship="label">
          <Button as="a" appearance="subtle" icon={<OpenRegular />} href={record.webUrl} target="_blank" rel="noopener noreferrer" />
        </Tooltip>
      )}
    </div>
  );
}
