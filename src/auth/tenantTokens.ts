// A view of a token provider that always asks the given tenant's authority: the collaboration's home tenant, where
// the team's library and plan live. A member of that tenant gets the same tokens as before; a B2B guest gets a token
// for their guest object there; someone who is not a guest gets NotInTenantError.
import type { TokenProvider } from './tokenProvider';

export function tokensForTenant(tokens: TokenProvider, tenantId: string): TokenProvider {
  return {
    get user() {
      return tokens.user;
    },
    getToken: (scopes, options) => tokens.getToken(scopes, { ...options, tenantId }),
  };
}
