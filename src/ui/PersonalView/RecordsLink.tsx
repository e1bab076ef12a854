// "Protokoll": the groups' records live in the archive; the personal tab only points there.
import { Link, Text } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import { usePersonalViewStyles } from './PersonalView.styles';
import { surfaceLink } from './recordLinks';

export function RecordsLink() {
  const strings = useStrings();
  const styles = usePersonalViewStyles();
  return (
    <section className={styles.section} aria-labelledby="personal-records">
      <Text as="h2" id="personal-records" size={500} weight="semibold" className={styles.heading}>
        {strings.records}
      </Text>
      <Text>{strings.personalTab.recordsHint}</Text>
      <Link className={styles.action} {...surfaceLink('browser', 'archive')}>
        {strings.personalTab.openArchive}
      </Link>
    </section>
  );
}
