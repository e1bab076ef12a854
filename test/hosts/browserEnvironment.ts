// A stand-in for the parts of `window` the browser adapter reads, with media queries that can be flipped.
import type { BrowserEnvironment } from '../../src/hosts/browserHost';

export interface FakeBrowserEnvironment extends BrowserEnvironment {
  readonly assigned: string[];
  readonly opened: string[];
  setMedia(query: string, matches: boolean): void;
}

export function fakeBrowserEnvironment(
  language = 'sv-SE',
  initial: Record<string, boolean> = {},
): FakeBrowserEnvironment {
  const matches = new Map(Object.entries(initial));
  const listeners = new Map<string, (() => void)[]>();
  const assigned: string[] = [];
  const opened: string[] = [];
  return {
    language,
    assigned,
    opened,
    matchMedia: (query) => ({
      get matches() {
        return matches.get(query) ?? false;
      },
      addEventListener: (_type: 'change', listener: () => void) => {
        listeners.set(query, [...(listeners.get(query) ?? []), listener]);
      },
    }),
    assign: (url) => assigned.push(url),
    openWindow: (url) => opened.push(url),
    setMedia(query, value) {
      matches.set(query, value);
      for (const listener of listeners.get(query) ?? []) listener();
    },
  };
}
