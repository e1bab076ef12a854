// What can be done with one record of the archive: open it in the app, read its versions, open the document in SharePoint.
import { Button, Tooltip } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/StringsContext';
import type { RecordSummary } from '../../contracts/archive';
import { useArchiveStyles } from './Archive.styles';
import { VersionsDialog } from './VersionsDialog';

export interface RecordActionsProps {
  record: RecordSummary;
  onOpen(recordKey: string): void;
  /** Small buttons, so the three fit on one line of the side panel. */
  compact?: boolean;
}

export function RecordActions({ record, onOpen, compact = false }: RecordActionsProps) {
  const strings = useStrings().archive;
  const styles = useArchiveStyles();
  const size = compact ? 'small' : 'medium';
  return (
    <div className={styles.actions}>
      <Button
        appearance="primary"
        size={size}
        aria-label={strings.openRecord(record.title)}
        onClick={() => onOpen(record.recordKey)}
      >
        {strings.open}
      </Button>
      <VersionsDialog record={record} size={size} />
      {record.webUrl && (
        <Tooltip content={strings.openInSharePoint(record.title)} relationship="label">
          <Button
            as="a"
            appearance="subtle"
            size={size}
            icon={<OpenRegular />}
            href={record.webUrl}
            target="_blank"
            rel="noopener noreferrer"
          />
        </Tooltip>
      )}
    </div>
  );
}
