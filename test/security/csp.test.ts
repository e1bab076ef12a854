// The Content-Security-Policy as data: what it allows is a deliberate list, checked here; that the
// built app runs under it is checked in Chromium (test/e2e/csp.test.ts).
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  hostFrameAncestors,
  securityHeaders,
  serializeCsp,
} from '../../src/app/securityHeaders';

const production = contentSecurityPolicy({ graphBaseUrl: 'https://graph.microsoft.com' });
const emulator = contentSecurityPolicy({ graphBaseUrl: 'https://localhost:4444' });

describe('contentSecurityPolicy', () => {
  it('runs no inline or evaluated script: only the app and the Office CDN for office.js', () => {
    expect(production['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(serializeCsp(production)).not.toMatch(/'unsafe-eval'|'strict-dynamic'|script-src[^;]*'unsafe-inline'/);
  });

  it('falls back to the app itself and forbids plugins and base rewrites', () => {
    expect(production['default-src']).toEqual(["'self'"]);
    expect(production['object-src']).toEqual(["'none'"]);
    expect(production['base-uri']).toEqual(["'self'"]);
    expect(production['img-src']).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('talks to Graph and Entra ID only, plus the emulator in an emulator build', () => {
    expect(production['connect-src']).toContain('https://graph.microsoft.com');
    expect(production['connect-src']).toContain('https://login.microsoftonline.com');
    expect(production['connect-src']).toContain('https://res.cdn.office.net');
    expect(production['connect-src']!.filter((source) => source.includes('localhost'))).toEqual([]);
    expect(production['connect-src']!.filter((source) => source === 'https://graph.microsoft.com')).toHaveLength(1);
    expect(emulator['connect-src']).toContain('https://localhost:4444');
    // The origin, not the /v1.0 path: the emulator's control API and downloads live beside it.
    expect(contentSecurityPolicy({ graphBaseUrl: 'https://localhost:4444/v1.0' })['connect-src']).toContain(
      'https://localhost:4444',
    );
  });

  it('lets MSAL reach a non-public authority (the emulator’s Entra) for tokens and silent renewal', () => {
    const withAuthority = contentSecurityPolicy({
      graphBaseUrl: 'https://graph.microsoft.com',
      authority: 'https://localhost:4444/5a3c1d2e-7b4f-4e8a-9c6d-0f1e2d3c4b5a',
    });
    expect(withAuthority['connect-src']).toContain('https://localhost:4444');
    expect(withAuthority['frame-src']).toEqual([
      "'self'",
      'https://login.microsoftonline.com',
      'https://localhost:4444',
    ]);
    expect(production['frame-src']).toEqual(["'self'", 'https://login.microsoftonline.com']);
  });

  it('lets Teams, Outlook and the Microsoft 365 app frame it, and nobody else', () => {
    expect(production['frame-ancestors']).toEqual(["'self'", ...hostFrameAncestors]);
    for (const host of [
      'https://teams.microsoft.com',
      'https://*.teams.microsoft.com',
      'https://*.cloud.microsoft',
      'https://outlook.office.com',
      'https://outlook.office365.com',
      'https://*.office.com',
    ]) {
      expect(hostFrameAncestors).toContain(host);
    }
    expect(hostFrameAncestors.every((source) => source.startsWith('https://'))).toBe(true);
  });

  it('is one header line of directives with nosniff beside it', () => {
    const headers = securityHeaders({ graphBaseUrl: 'https://graph.microsoft.com' });
    expect(headers['Content-Security-Policy']).toBe(serializeCsp(production));
    expect(headers['Content-Security-Policy']).not.toMatch(/[\n\r]/);
    expect(headers['Content-Security-Policy']!.split('; ').map((part) => part.split(' ')[0])).toEqual(
      Object.keys(production),
    );
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
