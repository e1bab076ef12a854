// The group's archive: its records of a year, newest first, each with its status, to open or to read its history.
import {
  Button,
  Dropdown,
  Label,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  useId,
} from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import type { RecordSummary } from '../../contracts/archive';
import { useArchiveStyles } from './Archive.styles';
import { RecordActions } from './RecordActions';
import { StatusBadge } from './StatusBadge';
import { useArchive } from './useArchive';
import { useNarrow } from '../useNarrow';

export interface ArchiveProps {
  onOpen(recordKey: string): void;
  /** The group shown first (the host's team, say); else the first of my groups by name. */
  groupId?: string;
  now?: Date;
}

interface RecordsProps {
  records: RecordSummary[];
  onOpen(recordKey: string): void;
}

function RecordTable({ records, onOpen }: RecordsProps) {
  const strings = useStrings().archive;
  const styles = useArchiveStyles();
  return (
    <Table className={styles.table} aria-label={strings.title}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.dateColumn}>{strings.date}</TableHeaderCell>
          <TableHeaderCell>{strings.record}</TableHeaderCell>
          <TableHeaderCell className={styles.statusColumn}>{strings.status}</TableHeaderCell>
          <TableHeaderCell className={styles.actionsColumn}>{strings.actions}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {records.map((record) => (
          <TableRow key={record.recordKey}>
            <TableCell className={styles.date}>{record.date}</TableCell>
            <TableCell>{record.title}</TableCell>
            <TableCell>
              <StatusBadge status={record.status} />
            </TableCell>
            <TableCell>
              <RecordActions record={record} onOpen={onOpen} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function RecordList({ records, onOpen }: RecordsProps) {
  const strings = useStrings().archive;
  const styles = useArchiveStyles();
  return (
    <ul className={styles.list} aria-label={strings.title}>
      {records.map((record) => (
        <li key={record.recordKey} className={styles.card}>
          <Text weight="semibold">{record.title}</Text>
          <div className={styles.cardMeta}>
            <Text className={styles.date}>{record.date}</Text>
            <StatusBadge status={record.status} />
          </div>
          <RecordActions record={record} onOpen={onOpen} compact />
        </li>
      ))}
    </ul>
  );
}

export function Archive({ onOpen, groupId: initialGroupId, now }: ArchiveProps) {
  const common = useStrings();
  const strings = common.archive;
  const styles = useArchiveStyles();
  const archive = useArchive(initialGroupId, now);
  const narrow = useNarrow();
  const groupId = useId('archive-group');
  const yearId = useId('archive-year');
  const failed =
    archive.groups.kind === 'failed' ? archive.groups : archive.records.kind === 'failed' ? archive.records : undefined;
  const loading = archive.groups.kind === 'loading' || archive.records.kind === 'loading';
  const Records = narrow ? RecordList : RecordTable;

  return (
    <section className={styles.root} aria-labelledby="archive-title">
      <Text as="h2" id="archive-title" size={600} weight="semibold">
        {strings.title}
      </Text>
      <div className={styles.toolbar}>
        <div className={mergeClasses(styles.field, styles.groupField)}>
          <Label id={groupId}>{strings.group}</Label>
          <Dropdown
            aria-labelledby={groupId}
            value={archive.group?.name ?? ''}
            selectedOptions={archive.group ? [archive.group.id] : []}
            disabled={archive.groupList.length === 0}
            onOptionSelect={(_, data) => data.optionValue && archive.handleGroupChange(data.optionValue)}
          >
            {archive.groupList.map((group) => (
              <Option key={group.id} value={group.id}>
                {group.name}
              </Option>
            ))}
          </Dropdown>
        </div>
        <div className={styles.field}>
          <Label id={yearId}>{strings.year}</Label>
          <Dropdown
            aria-labelledby={yearId}
            value={String(archive.year)}
            selectedOptions={[String(archive.year)]}
            onOptionSelect={(_, data) => data.optionValue && archive.handleYearChange(Number(data.optionValue))}
          >
            {archive.years.map((year) => (
              <Option key={year} value={String(year)}>
                {String(year)}
              </Option>
            ))}
          </Dropdown>
        </div>
      </div>
      {loading && <Spinner label={common.loading} />}
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>{failed.message}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={archive.handleRetry}>{common.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {archive.groups.kind === 'loaded' && archive.groupList.length === 0 && <Text>{strings.noGroups}</Text>}
      {archive.records.kind === 'loaded' && archive.group && archive.records.value.length === 0 && (
        <Text>{strings.noRecords(archive.group.name, archive.year)}</Text>
      )}
      {archive.records.kind === 'loaded' && archive.records.value.length > 0 && (
        <Records records={archive.records.value} onOpen={onOpen} />
      )}
    </section>
  );
}
