// "Versioner" for one record of the archive: its history in a dialog, read only when opened.
import {
  Button,
  type ButtonProps,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/StringsContext';
import type { RecordSummary } from '../../contracts/archive';
import { VersionHistory } from './VersionHistory';

export function VersionsDialog({
  record,
  size,
}: {
  record: Pick<RecordSummary, 'recordKey' | 'title'>;
  size?: ButtonProps['size'];
}) {
  const strings = useStrings();
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button size={size} icon={<HistoryRegular />} aria-label={strings.archive.versionsOf(record.title)}>
          {strings.archive.versions}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.archive.versionsOf(record.title)}</DialogTitle>
          <DialogContent>
            <VersionHistory recordKey={record.recordKey} />
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{strings.close}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
