// Microsoft Entra ID's v2.0 endpoints as a single-page app sees them, enough for MSAL Browser to sign in for real:
// OpenID discovery, /authorize (auth code + PKCE, answered to the redirect URI in the fragment or query) and /token
// (authorization_code and refresh_token grants). Tokens are the emulator's unsigned dev tokens: MSAL in a browser does
// not check signatures (it trusts the TLS channel to the authority), and the emulator's Graph accepts them.
// Sources and what is not modelled: emulator/README.md, "Sign-in".
import { createHash, randomUUID } from 'node:crypto';
import type { GraphResponse } from '../http/types.js';
import { guestObjectsOf } from '../personas.js';
import type { Store } from '../state/store.js';
import { HOST_TENANT } from '../state/tenants.js';
import type { UserRecord } from '../state/types.js';
import { accountPicker } from './accountPicker.js';

const ENTRA_PATH = /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|oauth2\/v2\.0\/(authorize|token))$/;
/** Scopes that are about the sign-in itself, not permissions on Graph. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
const GRAPH_RESOURCE = 'https://graph.microsoft.com/';
const LIFETIME_SECONDS = 3600;

interface Grant {
  upn: string;
  clientId: string;
  redirectUri: string;
  nonce?: string;
  codeChallenge?: string;
  /** What /authorize asked for: the token request may name its own, else these. */
  scopes: string[];
}

export interface EntraContext {
  store: Store;
  origin: string;
  now: Date;
}

export function isEntraPath(pathname: string): boolean {
  return ENTRA_PATH.test(pathname);
}

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const json = (status: number, value: unknown): GraphResponse => ({
  status,
  headers: {},
  body: { kind: 'json', value },
});

/** Entra's OAuth error body (`error`, `error_description` starting with the AADSTS code). */
function oauthError(status: number, error: string, code: number, description: string): GraphResponse {
  return json(status, {
    error,
    error_description: `AADSTS${code}: ${description}`,
    error_codes: [code],
    timestamp: new Date().toISOString().replace('T', ' ').slice(0, 19) + 'Z',
    trace_id: randomUUID(),
    correlation_id: randomUUID(),
  });
}

export class EntraSignIn {
  private readonly codes = new Map<string, Grant>();
  private readonly refreshTokens = new Map<string, Grant>();

  answer(method: string, url: URL, body: Buffer, context: EntraContext): GraphResponse {
    const [, tenant = '', endpoint = ''] = ENTRA_PATH.exec(url.pathname) ?? [];
    const multiTenant = ['organizations', 'common'].includes(tenant);
    if (!multiTenant && !context.store.state.tenants.some((known) => known.id === tenant))
      return oauthError(400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found.`);
    const issuer = `${context.origin}/${multiTenant ? HOST_TENANT.id : tenant}/v2.0`;
    if (endpoint.startsWith('v2.0'))
      return json(200, {
        issuer,
        authorization_endpoint: `${context.origin}/${tenant}/oauth2/v2.0/authorize`,
        token_endpoint: `${context.origin}/${tenant}/oauth2/v2.0/token`,
        end_session_endpoint: `${context.origin}/${tenant}/oauth2/v2.0/logout`,
        jwks_uri: `${context.origin}/${tenant}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'preferred_username', 'name', 'tid', 'oid'],
        tenant_region_scope: 'EU',
      });
    if (endpoint.endsWith('authorize') && method === 'GET') return this.authorize(url, context);
    if (endpoint.endsWith('token') && method === 'POST')
      return this.token(new URLSearchParams(body.toString('utf8')), context, issuer, multiTenant ? undefined : tenant);
    return oauthError(405, 'invalid_request', 900561, 'The endpoint only accepts POST requests.');
  }

  private authorize(url: URL, context: EntraContext): GraphResponse {
    const query = url.searchParams;
    const redirectUri = query.get('redirect_uri') ?? '';
    const clientId = query.get('client_id') ?? '';
    if (!clientId) return oauthError(400, 'invalid_request', 900144, "The request body must contain 'client_id'.");
    if (!/^https:\/\//.test(redirectUri) && !/^http:\/\/localhost[:/]/.test(redirectUri))
      return oauthError(400, 'invalid_request', 50011, `The redirect URI '${redirectUri}' is not valid.`);
    const user = findUser(context.store, query.get('login_hint'));
    // No hint, or a hint nobody in the tenant has: Entra asks who is signing in.
    if (!user || query.get('prompt') === 'select_account') return accountPicker(url, signInUsers(context.store));
    const code = randomUUID();
    this.codes.set(code, {
      upn: user.userPrincipalName,
      clientId,
      redirectUri,
      nonce: query.get('nonce') ?? undefined,
      codeChallenge: query.get('code_challenge') ?? undefined,
      scopes: (query.get('scope') ?? '').split(' ').filter(Boolean),
    });
    const answer = new URLSearchParams({
      code,
      client_info: base64url({ uid: user.id, utid: user.tenantId }),
      ...(query.get('state') ? { state: query.get('state') ?? '' } : {}),
      session_state: randomUUID(),
    });
    const separator = query.get('response_mode') === 'query' ? '?' : '#';
    return { status: 302, headers: { Location: `${redirectUri}${separator}${answer}` }, body: { kind: 'empty' } };
  }

  private token(
    form: URLSearchParams,
    context: EntraContext,
    issuer: string,
    tenant: string | undefined,
  ): GraphResponse {
    const grantType = form.get('grant_type');
    let grant: Grant | undefined;
    if (grantType === 'authorization_code') {
      grant = this.codes.get(form.get('code') ?? '');
      this.codes.delete(form.get('code') ?? '');
      if (!grant) return oauthError(400, 'invalid_grant', 70008, 'The provided authorization code has expired.');
      const challenge = createHash('sha256')
        .update(form.get('code_verifier') ?? '')
        .digest('base64url');
      if (grant.codeChallenge && challenge !== grant.codeChallenge)
        return oauthError(400, 'invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge.');
      if (form.get('redirect_uri') !== grant.redirectUri)
        return oauthError(400, 'invalid_grant', 50148, 'The redirect_uri does not match the authorization request.');
    } else if (grantType === 'refresh_token') {
      grant = this.refreshTokens.get(form.get('refresh_token') ?? '');
      if (!grant) return oauthError(400, 'invalid_grant', 700082, 'The refresh token has expired.');
    } else return oauthError(400, 'unsupported_grant_type', 70003, `The grant type '${grantType}' is not supported.`);
    const home = findUser(context.store, grant.upn);
    if (!home) return oauthError(400, 'invalid_grant', 50034, 'The user account does not exist in the directory.');
    // A tenant's own authority issues tokens for the object it holds: the member, or the B2B guest object invited
    // for this person. The refresh token is the person's and serves every tenant they are in (msal-js#6536).
    const user =
      !tenant || tenant === home.tenantId
        ? home
        : guestObjectsOf(context.store, home).find((guest) => guest.tenantId === tenant);
    if (!user)
      return oauthError(
        400,
        'invalid_grant',
        50020,
        `User account '${home.userPrincipalName}' from identity provider does not exist in tenant '${tenant}' and ` +
          'cannot access the application in that tenant. The account needs to be added as an external user in the ' +
          'tenant first.',
      );
    const asked = (form.get('scope') ?? '').split(' ').filter(Boolean);
    return json(200, this.tokens(home, user, grant, asked.length > 0 ? asked : grant.scopes, context, issuer));
  }

  /** `home` is the account that signed in (client_info), `user` its object in the token's tenant. */
  private tokens(
    home: UserRecord,
    user: UserRecord,
    grant: Grant,
    requested: string[],
    context: EntraContext,
    issuer: string,
  ) {
    const iat = Math.floor(context.now.getTime() / 1000);
    const permissions = requested.filter((s) => !OIDC_SCOPES.has(s)).map((s) => s.replace(GRAPH_RESOURCE, ''));
    const refreshToken = randomUUID();
    this.refreshTokens.set(refreshToken, { ...grant, nonce: undefined });
    const accessClaims = { aud: GRAPH_RESOURCE.slice(0, -1), upn: user.userPrincipalName, scp: permissions.join(' ') };
    const idClaims = {
      aud: grant.clientId,
      iss: issuer,
      iat,
      nbf: iat,
      exp: iat + LIFETIME_SECONDS,
      name: user.displayName,
      preferred_username: user.userPrincipalName,
      oid: user.id,
      sub: user.id,
      tid: user.tenantId,
      ver: '2.0',
      ...(grant.nonce ? { nonce: grant.nonce } : {}),
    };
    const unsigned = (claims: object) => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
    return {
      token_type: 'Bearer',
      scope: requested.filter((s) => s !== 'offline_access').join(' '),
      expires_in: LIFETIME_SECONDS,
      ext_expires_in: LIFETIME_SECONDS,
      access_token: unsigned({ ...accessClaims, iat, exp: iat + LIFETIME_SECONDS, tid: user.tenantId, oid: user.id }),
      refresh_token: refreshToken,
      id_token: unsigned(idClaims),
      client_info: base64url({ uid: home.id, utid: home.tenantId }),
    };
  }
}

/** Who can sign in: accounts in their home tenant. A guest object is reached through its home account. */
function signInUsers(store: Store): UserRecord[] {
  return store.state.users.filter((user) => !user.deleted && user.userType !== 'Guest');
}

function findUser(store: Store, hint: string | null): UserRecord | undefined {
  const wanted = hint?.toLowerCase();
  return wanted ? signInUsers(store).find((user) => user.userPrincipalName.toLowerCase() === wanted) : undefined;
}
