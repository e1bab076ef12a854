// Who is calling: the bearer dev token checked as Graph checks a real one (present, not expired, issued by a known
// tenant to a user object of that tenant). The token's tenant is the caller's tenant for every route.
import { readDevToken } from './devToken.js';
import { GraphError } from './http/graphError.js';
import type { Store } from './state/store.js';
import type { UserRecord } from './state/types.js';

export interface Caller {
  /** The user object the token's `oid` names, in the token's tenant (`user.tenantId` is the token's `tid`). */
  user: UserRecord;
  scopes: Set<string>;
}

const invalidToken = (message: string): GraphError => new GraphError(401, 'InvalidAuthenticationToken', message);

export function authenticate(authorization: string | undefined, store: Store, now: Date): Caller {
  if (!authorization) throw invalidToken('Access token is empty.');
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match?.[1]) throw invalidToken('Access token is empty.');
  const claims = readDevToken(match[1]);
  if (!claims) throw invalidToken('IDX14100: JWT is not well formed, there are no dots (.).');
  if ((claims.exp ?? 0) * 1000 <= now.getTime())
    throw invalidToken('Lifetime validation failed, the token is expired.');
  const { tid, oid } = claims;
  if (typeof tid !== 'string' || typeof oid !== 'string')
    throw invalidToken('Access token validation failure: the token has no tenant (tid) or object id (oid).');
  if (!store.state.tenants.some((tenant) => tenant.id === tid))
    throw invalidToken('Access token validation failure. Invalid tenant.');
  const user = store.state.users.find((candidate) => !candidate.deleted && candidate.id === oid);
  if (!user || user.tenantId !== tid)
    throw invalidToken('The user or application in the token does not exist in the tenant.');
  return { user, scopes: new Set((claims.scp ?? '').split(' ').filter(Boolean)) };
}

/** Graph's answer when the token's scp names none of the scopes the endpoint accepts. */
export function requireScope(caller: { scopes: Set<string> }, accepted: readonly string[]): void {
  if (!accepted.some((scope) => caller.scopes.has(scope))) {
    throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
}
