// The HTTP headers the app is served with: the Content-Security-Policy as data, so Vite's preview
// server (and the end-to-end tests through it) sends exactly what production hosting must send.
// Imported by vite.config.ts; production hosting sends the same headers (see README).

export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export interface SecurityHeaderOptions {
  /** The Graph base URL the build talks to; an origin other than Graph's (the emulator) is allowed too. */
  graphBaseUrl: string;
  /** Where this build's file downloads come from besides SharePoint and *.svc.ms: the emulator's download origin. */
  fileHostOrigins?: readonly string[];
}

const GRAPH = 'https://graph.microsoft.com';

/** Where Teams, Outlook and the Microsoft 365 app frame the app (Microsoft's tab requirements). */
export const hostFrameAncestors: readonly string[] = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

export function contentSecurityPolicy(options: SecurityHeaderOptions): CspDirectives {
  const graphOrigin = new URL(options.graphBaseUrl).origin;
  return {
    'default-src': ["'self'"],
    // No inline script and no eval. office.js (Outlook pane only) and the scripts it loads come from
    // Microsoft's Office CDN; teams-js is bundled.
    'script-src': ["'self'", 'https://appsforoffice.microsoft.com'],
    // Griffel (Fluent UI v9) and FluentProvider insert <style> elements at runtime. A nonce would need
    // a per-response value, which a static host cannot give; a fixed one is no protection. Inline
    // style cannot run script, so styles are the one place 'unsafe-inline' is accepted.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': [
      "'self'",
      ...new Set([GRAPH, graphOrigin]),
      'https://login.microsoftonline.com',
      // teams-js fetches its list of valid host origins at import time (validDomains.json).
      'https://res.cdn.office.net',
      // Graph answers file downloads and upload sessions with pre-authenticated SharePoint URLs,
      // and `?format=pdf` with a URL on Microsoft's media conversion service.
      'https://*.sharepoint.com',
      'https://*.svc.ms',
      ...(options.fileHostOrigins ?? []).map((origin) => new URL(origin).origin),
    ],
    // MSAL's silent renewal in a plain browser uses a hidden frame on the sign-in host.
    'frame-src': ["'self'", 'https://login.microsoftonline.com'],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'", ...hostFrameAncestors],
  };
}

export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * Every header for the app's pages. No X-Frame-Options: it cannot name several hosts, and
 * frame-ancestors supersedes it in every browser Teams and Outlook support.
 */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': serializeCsp(contentSecurityPolicy(options)),
    ...hardeningHeaders,
  };
}

/** Headers that hold for the dev server too, whose hot reload needs inline script and a websocket. */
export const hardeningHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
