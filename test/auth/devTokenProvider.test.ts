import { describe, expect, it } from 'vitest';
import { createDevTokenProvider } from '../../src/auth/devTokenProvider';
import { allScopes, scopes } from '../../src/auth/scopes';
import { ConsentRequiredError } from '../../src/auth/tokenProvider';

function claimsOf(token: string): Record<string, unknown> {
  const [header, payload, signature] = token.split('.');
  expect(signature).toBe('');
  expect(JSON.parse(Buffer.from(header!, 'base64url').toString('utf8'))).toEqual({ alg: 'none', typ: 'JWT' });
  return JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('createDevTokenProvider', () => {
  it('mints an unsigned JWT in the emulator format with the granted scopes', async () => {
    const provider = createDevTokenProvider({
      upn: 'åsa.öberg@contoso.example',
      now: () => 1_000_000_000_000,
      lifetimeSeconds: 600,
    });
    const claims = claimsOf(await provider.getToken(scopes.base));
    expect(claims).toEqual({
      aud: 'https://graph.microsoft.com',
      upn: 'åsa.öberg@contoso.example',
      scp: allScopes.join(' '),
      iat: 1_000_000_000,
      exp: 1_000_000_600,
    });
    expect(provider.user?.upn).toBe('åsa.öberg@contoso.example');
  });

  it('reuses the token, renews it near expiry, and mints a new one on forceRefresh', async () => {
    let now = 1_000_000_000_000;
    const provider = createDevTokenProvider({ upn: 'a@contoso.example', now: () => now, lifetimeSeconds: 3600 });
    const first = await provider.getToken(scopes.base);
    now += 1000;
    expect(await provider.getToken(scopes.base)).toBe(first);
    const refreshed = await provider.getToken(scopes.base, { forceRefresh: true });
    expect(claimsOf(refreshed).iat).toBe(1_000_000_001);
    now += 56 * 60 * 1000; // within five minutes of expiry
    const renewed = await provider.getToken(scopes.base);
    expect(renewed).not.toBe(refreshed);
    expect(claimsOf(renewed).exp).toBe(Math.floor(now / 1000) + 3600);
  });

  it('refuses scopes that were not granted, like a missing admin consent', async () => {
    const provider = createDevTokenProvider({ upn: 'a@contoso.example', granted: scopes.base });
    await expect(provider.getToken([...scopes.base, ...scopes.mail])).rejects.toEqual(
      new ConsentRequiredError(['Mail.Send'], 'dev token provider'),
    );
    await expect(provider.getToken(['openid', ...scopes.base])).resolves.toMatch(/\.$/);
  });

  it('keeps tokens out of web storage', async () => {
    const provider = createDevTokenProvider({ upn: 'a@contoso.example' });
    await provider.getToken(scopes.base);
    expect(globalThis.localStorage?.length ?? 0).toBe(0);
    expect(globalThis.sessionStorage?.length ?? 0).toBe(0);
  });
});
