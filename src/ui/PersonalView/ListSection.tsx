// A titled section of the personal tab around one list: loading, failure with a retry, empty, or the items.
import type { ReactNode } from 'react';
import { CounterBadge, Spinner, Text, useId } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import type { Loaded } from '../useLoaded';
import { usePersonalViewStyles } from './PersonalView.styles';
import { RetryBar } from '../RetryBar';

export interface ListSectionProps<T> {
  title: string;
  empty: string;
  state: Loaded<T[]>;
  onRetry(): void;
  children(items: T[]): ReactNode;
}

export function ListSection<T>({ title, empty, state, onRetry, children }: ListSectionProps<T>) {
  const strings = useStrings();
  const styles = usePersonalViewStyles();
  const headingId = useId('personal-section');
  return (
    <section className={styles.section} aria-labelledby={headingId} aria-busy={state.kind === 'loading'}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {title}
        {state.kind === 'loaded' && state.value.length > 0 && (
          <CounterBadge count={state.value.length} appearance="filled" color="brand" size="small" aria-hidden />
        )}
      </Text>
      {state.kind === 'loading' && <Spinner size="small" label={strings.loading} labelPosition="after" />}
      {state.kind === 'failed' && <RetryBar message={state.message} onRetry={onRetry} />}
      {state.kind === 'loaded' &&
        (state.value.length === 0 ? <Text>{empty}</Text> : <ul className={styles.list}>{children(state.value)}</ul>)}
    </section>
  );
}
