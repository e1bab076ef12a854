import type { ThemeName } from './hostAdapter';

type ThemeHandler = (theme: ThemeName) => void;

/** The subscriber list every adapter keeps behind `onThemeChange`. */
export interface ThemeSubscribers {
  subscribe(handler: ThemeHandler): () => void;
  emit(theme: ThemeName): void;
}

export function createThemeSubscribers(): ThemeSubscribers {
  const handlers = new Set<ThemeHandler>();
  return {
    subscribe(handler) {
      handlers.add(handler);
      return () => {
        handlers.delete(handler);
      };
    },
    emit(theme) {
      // A copy, so a handler that unsubscribes while being called does not skip its neighbour.
      for (const handler of [...handlers]) handler(theme);
    },
  };
}
