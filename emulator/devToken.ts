// The dev token the app mints in the browser for the emulator: an unsigned JWT (alg "none").
// The emulator trusts it as it is; real Graph would reject it. Never use against real Graph.
// Like an Entra access token it names the issuing tenant (`tid`) and the user's object id in that tenant (`oid`):
// a guest's token from the host tenant carries the host tenant and the guest object's id, not the home ones.
import { accountOf } from './state/tenants.js';

export interface DevTokenClaims {
  aud: string;
  tid: string;
  oid: string;
  upn: string;
  scp: string;
  iat: number;
  exp: number;
}

export interface DevAccount {
  tid: string;
  oid: string;
  upn: string;
}

const base64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

/** A token for a seeded account given by UPN (tenant and object id follow from it), or for an explicit account. */
export function devToken(account: string | DevAccount, scopes: string[], expiresInSeconds = 3600): string {
  const { tid, oid, upn } = typeof account === 'string' ? accountOf(account) : account;
  const iat = Math.floor(Date.now() / 1000);
  const claims: DevTokenClaims = {
    aud: 'https://graph.microsoft.com',
    tid,
    oid,
    upn,
    scp: scopes.join(' '),
    iat,
    exp: iat + expiresInSeconds,
  };
  return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.`;
}

/** The claims of a dev token, or undefined when it is not one. */
export function readDevToken(token: string): Partial<DevTokenClaims> | undefined {
  const [, payload] = token.split('.');
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<DevTokenClaims>;
    if (typeof claims.exp !== 'number') return undefined;
    return claims;
  } catch {
    return undefined;
  }
}
