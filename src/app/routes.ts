// The URLs the app serves. The manifest's tab, configuration and Outlook pages point here;
// a test checks that every manifest URL resolves to one of these.
import type { Surface } from '../hosts/hostAdapter';

/** Query parameter that names the surface when the host cannot tell (browser, Outlook pane, config). */
export const surfaceParam = 'surface';

export const surfaces: readonly Surface[] = ['sidePanel', 'meetingTab', 'config', 'personal', 'approval', 'browser'];

/** Paths served by the build (Vite entry points). */
export const servedPaths = ['/', '/index.html', '/auth-redirect.html'] as const;
