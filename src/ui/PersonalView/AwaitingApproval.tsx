// "Väntar på min justering": records sent for approval where my approval is missing or no longer current.
import { Button, Text } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import { useServices } from '../ServicesContext';
import { ListSection } from './ListSection';
import { usePersonalViewStyles } from './PersonalView.styles';
import { useRecordLink } from './recordLinks';
import { useLoaded } from '../useLoaded';

export function AwaitingApproval() {
  const strings = useStrings();
  const styles = usePersonalViewStyles();
  const services = useServices();
  // A services method is stable for the services' lifetime: only a retry reads afresh.
  const { state, retry: handleRetry } = useLoaded(services.recordsAwaitingMyApproval, 'once');
  const recordLink = useRecordLink();
  return (
    <ListSection
      title={strings.waitingForMyApproval}
      empty={strings.personalTab.nothingToApprove}
      state={state}
      onRetry={handleRetry}
    >
      {(records) =>
        records.map((record) => (
          <li key={record.recordKey} className={styles.item}>
            <Text weight="semibold" className={styles.title}>
              {record.title}
            </Text>
            <Text size={200} className={styles.meta}>
              {strings.personalTab.groupAndDate(record.groupName, record.date)}
            </Text>
            <Button
              as="a"
              appearance="primary"
              size="small"
              className={styles.action}
              aria-label={strings.personalTab.readAndApproveRecord(record.title)}
              {...recordLink(record.recordKey)}
            >
              {strings.personalTab.readAndApprove}
            </Button>
          </li>
        ))
      }
    </ListSection>
  );
}
