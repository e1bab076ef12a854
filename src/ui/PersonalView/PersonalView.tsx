// The personal tab: what waits for me. (Records waiting for approval and my assignments arrive with their issues.)
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

export function PersonalView() {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={strings.waitingForMyApproval}>
      <Text as="h2" size={500} weight="semibold">
        {strings.waitingForMyApproval}
      </Text>
      <Text>{strings.nothingWaiting}</Text>
    </section>
  );
}
