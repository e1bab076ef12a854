import { describe, expect, it } from 'vitest';
import { createDevTokenProvider } from '../../src/auth/devTokenProvider';
import { tokensForTenant } from '../../src/auth/tenantTokens';
import { NotInTenantError } from '../../src/auth/tokenProvider';

const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

describe('tokensForTenant', () => {
  const home = { upn: 'b@lindo.example', tenantId: 'lindo', objectId: 'oid-home' };
  const guest = { upn: 'b_lindo.example#EXT#@host.example', tenantId: 'host', objectId: 'oid-guest' };

  it('asks the collaboration tenant for every token: a guest gets their guest object there', async () => {
    const tokens = tokensForTenant(createDevTokenProvider({ account: home, guestAccounts: [guest] }), 'host');
    expect(claimsOf(await tokens.getToken(['User.Read']))).toMatchObject({ tid: 'host', oid: 'oid-guest' });
    expect(claimsOf(await tokens.getToken(['User.Read'], { forceRefresh: true }))).toMatchObject({ tid: 'host' });
    expect(tokens.user?.upn).toBe('b@lindo.example');
  });

  it('gives a member of that tenant their own tokens, and refuses someone who is not a guest there', async () => {
    const member = { upn: 'a@host.example', tenantId: 'host', objectId: 'oid-a' };
    const own = tokensForTenant(createDevTokenProvider({ account: member }), 'host');
    expect(claimsOf(await own.getToken(['User.Read']))).toMatchObject({ tid: 'host', oid: 'oid-a' });
    const stranger = tokensForTenant(createDevTokenProvider({ account: home }), 'host');
    await expect(stranger.getToken(['User.Read'])).rejects.toBeInstanceOf(NotInTenantError);
  });
});
