// One list the personal tab reads on mount, with its loading and error states and a retry.
import { useEffect, useState } from 'react';

export type ListState<T> = { kind: 'loading' } | { kind: 'loaded'; items: T[] } | { kind: 'failed'; message: string };

export function useLoadedList<T>(load: () => Promise<T[]>): { state: ListState<T>; handleRetry(): void } {
  const [state, setState] = useState<ListState<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    load().then(
      (items) => current && setState({ kind: 'loaded', items }),
      (error: unknown) => current && setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is a services method, stable for the services' lifetime: only a retry reads afresh.
  }, [load, attempt]);

  return { state, handleRetry: () => setAttempt((a) => a + 1) };
}
