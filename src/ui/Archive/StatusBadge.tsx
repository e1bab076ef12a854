// A record's status in the words secretaries use: Utkast, Skickat för justering, Justerat.
import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import type { RecordStatus } from '../../contracts/archive';

const colors: Record<RecordStatus, BadgeProps['color']> = {
  draft: 'informative',
  sentForApproval: 'warning',
  approved: 'success',
};

export function StatusBadge({ status }: { status: RecordStatus }) {
  const strings = useStrings();
  return (
    <Badge appearance="tint" color={colors[status]}>
      {strings.status[status]}
    </Badge>
  );
}
