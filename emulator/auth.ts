// Who is calling: the bearer dev token checked as Graph checks a real one (present, not expired, known user).
import { readDevToken } from './devToken.js';
import { GraphError } from './http/graphError.js';
import type { Store } from './state/store.js';
import type { UserRecord } from './state/types.js';

export interface Caller {
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
  if (claims.exp * 1000 <= now.getTime()) throw invalidToken('Lifetime validation failed, the token is expired.');
  const upn = claims.upn.toLowerCase();
  const user = store.state.users.find(
    (candidate) => !candidate.deleted && candidate.userPrincipalName.toLowerCase() === upn,
  );
  if (!user) throw invalidToken('The user or application in the token does not exist in the tenant.');
  return { user, scopes: new Set(claims.scp.split(' ').filter(Boolean)) };
}

/** Graph's answer when the token's scp names none of the scopes the endpoint accepts. */
export function requireScope(caller: { scopes: Set<string> }, accepted: readonly string[]): void {
  if (!accepted.some((scope) => caller.scopes.has(scope))) {
    throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
}
