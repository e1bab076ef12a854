// What the app shell shows around every surface: host, theme, language, and the demo personas.
import type { Surface, ThemeName } from '../hosts/hostAdapter';

export interface Shell {
  surface: Surface;
  theme: ThemeName;
  locale: string;
  /** Browser host with the emulator: the demo personas to switch between. */
  personas?: { upn: string; displayName: string; label: string }[];
  switchUser?(upn: string): void;
}
