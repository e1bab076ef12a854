// One asynchronous read with its loading and error states and a retry: opening a record, the meeting picker's week,
// the archive's and the personal tab's lists. A failure is said in the user's language.
import { useEffect, useRef, useState } from 'react';
import { failureText } from './i18n/failureText';
import { useStrings } from './i18n/StringsContext';

export type Loaded<T> =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; message: string };

/**
 * Runs `load` whenever `key` changes (or on retry); `load` undefined means there is nothing to read yet.
 * Keyed rather than compared by identity: callers pass a fresh closure on every render, and `key` names
 * everything it reads (an empty key while there is nothing to read).
 */
export function useLoaded<T>(
  load: (() => Promise<T>) | undefined,
  key: string,
  /** A value already at hand for the first `key`: shown at once, and read again only on retry or a new key. */
  initial?: T,
): { state: Loaded<T>; retry(): void } {
  const [state, setState] = useState<Loaded<T>>(
    initial !== undefined ? { kind: 'loaded', value: initial } : load ? { kind: 'loading' } : { kind: 'idle' },
  );
  // The key the initial value answers: its first load is skipped (twice, where React runs effects twice to check).
  const given = useRef(initial !== undefined ? key : undefined);
  const [attempt, setAttempt] = useState(0);
  const strings = useStrings();

  useEffect(() => {
    if (!load) {
      setState({ kind: 'idle' });
      return;
    }
    if (given.current === key && attempt === 0) return;
    given.current = undefined;
    let current = true;
    setState({ kind: 'loading' });
    load().then(
      (value) => current && setState({ kind: 'loaded', value }),
      (error: unknown) => current && setState({ kind: 'failed', message: failureText(error, strings) }),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  return { state, retry: () => setAttempt((a) => a + 1) };
}
