// The emulator's Entra ID endpoints, as MSAL Browser uses them: discovery, /authorize with PKCE and /token. The
// access token it issues is one the emulator's Graph accepts, for exactly the user who signed in.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_TENANT, MUNICIPALITY_TENANT } from '../../emulator/state/tenants';
import { SECRETARY, send, startTestEmulator, type TestEmulator } from './support';

const TENANT_ID = HOST_TENANT.id;

const CLIENT = '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const REDIRECT = 'https://localhost:4173/auth-redirect.html';
let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
});

const authority = () => `${emu.url}/${TENANT_ID}`;
const claims = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;

async function authorize(hint: string | undefined, verifier: string, at = authority()) {
  const query = new URLSearchParams({
    client_id: CLIENT,
    redirect_uri: REDIRECT,
    response_type: 'code',
    response_mode: 'fragment',
    scope: 'User.Read Calendars.Read openid profile offline_access',
    state: 'st-1',
    nonce: 'n-1',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...(hint ? { login_hint: hint } : {}),
  });
  return send(`${at}/oauth2/v2.0/authorize?${query}`);
}

function token(form: Record<string, string>, at = authority()) {
  return send(`${at}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: CLIENT, ...form }).toString(),
  });
}

describe('Entra ID sign-in', () => {
  it('publishes its endpoints under the tenant, with an issuer on its own origin', async () => {
    const config = (await send(`${authority()}/v2.0/.well-known/openid-configuration`)).json<Record<string, string>>();
    expect(config.issuer).toBe(`${emu.url}/${TENANT_ID}/v2.0`);
    expect(config.token_endpoint).toBe(`${authority()}/oauth2/v2.0/token`);
    expect((await send(`${emu.url}/not-a-tenant/v2.0/.well-known/openid-configuration`)).status).toBe(400);
  });

  it('signs the hinted user in: code to the redirect URI, tokens for that code and verifier, Graph accepts them', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const answer = await authorize(SECRETARY, verifier);
    expect(answer.status).toBe(302);
    const location = new URL(answer.headers.location ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(fragment.get('state')).toBe('st-1');
    const tokens = (
      await token({
        grant_type: 'authorization_code',
        code: fragment.get('code') ?? '',
        code_verifier: verifier,
        redirect_uri: REDIRECT,
      })
    ).json<Record<string, string>>();
    expect(claims(tokens.id_token ?? '')).toMatchObject({
      nonce: 'n-1',
      aud: CLIENT,
      preferred_username: SECRETARY,
      tid: TENANT_ID,
    });
    const me = await emu.graphFetch('/me', { token: tokens.access_token ?? '' });
    expect(me.json()).toMatchObject({ userPrincipalName: SECRETARY });
    // The refresh token gets other permissions without a new sign-in.
    const refreshed = (
      await token({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token ?? '',
        scope: 'Files.ReadWrite.All',
      })
    ).json<Record<string, string>>();
    expect(claims(refreshed.access_token ?? '')).toMatchObject({ upn: SECRETARY, scp: 'Files.ReadWrite.All' });
  });

  it('refuses a code used twice or with the wrong verifier, with Entra’s AADSTS errors', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const code =
      new URLSearchParams(new URL((await authorize(SECRETARY, verifier)).headers.location ?? '').hash.slice(1)).get(
        'code',
      ) ?? '';
    const wrong = await token({
      grant_type: 'authorization_code',
      code,
      code_verifier: 'not-it',
      redirect_uri: REDIRECT,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json()).toMatchObject({ error: 'invalid_grant', error_codes: [501481] });
    const reused = await token({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT,
    });
    expect(reused.json()).toMatchObject({ error: 'invalid_grant', error_codes: [70008] });
  });

  it('asks who is signing in when there is no hint, with every name escaped', async () => {
    const page = await authorize(undefined, 'v');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text()).toContain('Pick an account');
    expect(page.text()).toContain('Åsa Lindqvist');
    expect(page.text()).toContain('login_hint=asa.lindqvist%40samverkan.example');
  });

  it('gives a guest a host-tenant token from the host’s authority with the refresh token of their home sign-in; someone who is not a guest gets AADSTS50020', async () => {
    const signInAtHome = async (upn: string) => {
      const verifier = randomBytes(32).toString('base64url');
      const home = `${emu.url}/organizations`;
      const location = new URL((await authorize(upn, verifier, home)).headers.location ?? '');
      const code = new URLSearchParams(location.hash.slice(1)).get('code') ?? '';
      return (
        await token({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT }, home)
      ).json<Record<string, string>>();
    };
    const chair = await signInAtHome('birgitta.nordin@lindo.example');
    expect(claims(chair.access_token ?? '')).toMatchObject({ tid: MUNICIPALITY_TENANT.id });
    const host = (
      await token({ grant_type: 'refresh_token', refresh_token: chair.refresh_token ?? '', scope: 'User.Read' })
    ).json<Record<string, string>>();
    expect(claims(host.access_token ?? '')).toMatchObject({ tid: HOST_TENANT.id });
    const me = (await emu.graphFetch('/me', { token: host.access_token ?? '' })).json<Record<string, string>>();
    expect(me.userPrincipalName).toMatch(/^birgitta\.nordin_lindo\.example#EXT#@/);
    // client_info names the home account: MSAL keeps one account with a tenant profile per tenant.
    const info = JSON.parse(Buffer.from(host.client_info ?? '', 'base64url').toString()) as Record<string, string>;
    expect(info.utid).toBe(MUNICIPALITY_TENANT.id);

    const eva = await signInAtHome('eva.sund@lindo.example');
    const refused = await token({
      grant_type: 'refresh_token',
      refresh_token: eva.refresh_token ?? '',
      scope: 'User.Read',
    });
    expect(refused.status).toBe(400);
    expect(refused.json()).toMatchObject({ error: 'invalid_grant', error_codes: [50020] });
  });
});
