// A record's status in the words secretaries use: Utkast, Skickat för justering, Justerat.
import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { MinutesStatus } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';

const colors: Record<MinutesStatus, BadgeProps['color']> = {
  draft: 'informative',
  sentForApproval: 'warning',
  approved: 'success',
};

export function StatusBadge({ status }: { status: MinutesStatus }) {
  const strings = useStrings();
  return (
    <Badge appearance="tint" color={colors[status]}>
      {strings.status[status]}
    </Badge>
  );
}
