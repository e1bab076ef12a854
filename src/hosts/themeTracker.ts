import type { HostContext, ThemeName } from './hostAdapter';

type ThemeHandler = (theme: ThemeName) => void;

/** The theme every adapter keeps: `context.theme` stays current, and `onThemeChange` subscribers hear changes. */
export interface ThemeTracker {
  subscribe(handler: ThemeHandler): () => void;
  /** Records the host's theme; subscribers are called only when it differs from the current one. */
  set(theme: ThemeName): void;
}

export function trackTheme(context: HostContext): ThemeTracker {
  const handlers = new Set<ThemeHandler>();
  return {
    subscribe(handler) {
      handlers.add(handler);
      return () => {
        handlers.delete(handler);
      };
    },
    set(theme) {
      if (theme === context.theme) return;
      context.theme = theme;
      // A copy, so a handler that unsubscribes while being called does not skip its neighbour.
      for (const handler of [...handlers]) handler(theme);
    },
  };
}
