import { describe, expect, it } from 'vitest';
import { createDevTokenProvider } from '../../src/auth/devTokenProvider';
import { allScopes, scopes } from '../../src/auth/scopes';
import { ConsentRequiredError, NotInTenantError } from '../../src/auth/tokenProvider';

const HOME = 'tenant-home';
const HOST = 'tenant-host';
const A = { upn: 'a@contoso.example', tenantId: HOME, objectId: 'oid-a' };

function claimsOf(token: string): Record<string, unknown> {
  const [header, payload, signature] = token.split('.');
  expect(signature).toBe('');
  expect(JSON.parse(Buffer.from(header!, 'base64url').toString('utf8'))).toEqual({ alg: 'none', typ: 'JWT' });
  return JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('createDevTokenProvider', () => {
  it('mints an unsigned JWT in the emulator format with the granted scopes', async () => {
    const provider = createDevTokenProvider({
      account: { upn: 'åsa.öberg@contoso.example', tenantId: HOME, objectId: 'oid-home' },
      now: () => 1_000_000_000_000,
      lifetimeSeconds: 600,
    });
    const claims = claimsOf(await provider.getToken(scopes.base));
    expect(claims).toEqual({
      aud: 'https://graph.microsoft.com',
      tid: HOME,
      oid: 'oid-home',
      upn: 'åsa.öberg@contoso.example',
      scp: allScopes.join(' '),
      iat: 1_000_000_000,
      exp: 1_000_000_600,
    });
    expect(provider.user?.upn).toBe('åsa.öberg@contoso.example');
  });

  it('reuses the token, renews it near expiry, and mints a new one on forceRefresh', async () => {
    let now = 1_000_000_000_000;
    const provider = createDevTokenProvider({ account: A, now: () => now, lifetimeSeconds: 3600 });
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
    const provider = createDevTokenProvider({ account: A, granted: scopes.base });
    await expect(provider.getToken([...scopes.base, ...scopes.mail])).rejects.toEqual(
      new ConsentRequiredError(['Mail.Send'], 'dev token provider'),
    );
    await expect(provider.getToken(['openid', ...scopes.base])).resolves.toMatch(/\.$/);
  });

  it('keeps tokens out of web storage', async () => {
    const provider = createDevTokenProvider({ account: A });
    await provider.getToken(scopes.base);
    expect(globalThis.localStorage?.length ?? 0).toBe(0);
    expect(globalThis.sessionStorage?.length ?? 0).toBe(0);
  });

  it('asked for another tenant, signs in as the guest object there: that tenant and the guest object id', async () => {
    const provider = createDevTokenProvider({
      account: A,
      guestAccounts: [{ upn: 'a_contoso.example#EXT#@host.example', tenantId: HOST, objectId: 'oid-guest' }],
    });
    const host = claimsOf(await provider.getToken(scopes.base, { tenantId: HOST }));
    expect(host).toMatchObject({ tid: HOST, oid: 'oid-guest', upn: 'a_contoso.example#EXT#@host.example' });
    expect(claimsOf(await provider.getToken(scopes.base))).toMatchObject({ tid: HOME, oid: 'oid-a' });
  });

  it('refuses a tenant where the person is not a guest, naming the person and the tenant', async () => {
    const provider = createDevTokenProvider({ account: A });
    const refusal = provider.getToken(scopes.base, { tenantId: HOST });
    await expect(refusal).rejects.toBeInstanceOf(NotInTenantError);
    await expect(refusal).rejects.toMatchObject({ upn: A.upn, tenantId: HOST });
  });
});
