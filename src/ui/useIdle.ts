// The browser's first idle moment after a screen's first render, as React state (./whenIdle).
import { useEffect, useState } from 'react';
import { whenIdle } from './whenIdle';

/** False on the first render, true once the browser has been idle after it. */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return idle;
}
