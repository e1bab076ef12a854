// Below this width (the Teams side panel, a phone, a narrow window) screens take their compact form.
import { useEffect, useState } from 'react';

const NARROW = '(max-width: 600px)';

function matches(): boolean {
  // jsdom and old hosts have no matchMedia: they get the table.
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;
}

export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(matches);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(NARROW);
    const handleChange = () => setNarrow(query.matches);
    query.addEventListener('change', handleChange);
    return () => query.removeEventListener('change', handleChange);
  }, []);
  return narrow;
}
