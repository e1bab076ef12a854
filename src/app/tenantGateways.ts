// The gateways split by tenant. A person's own mailbox and calendar are in their home tenant (a B2B guest has no
// mailbox in the tenant that invited them); the collaboration's team, library, plan, meeting and directory are in the
// collaboration's home tenant, reached with a token from that tenant's authority. For the collaboration office's own
// staff both are one tenant.
import { tokensForTenant } from '../auth/tenantTokens';
import type { TokenProvider } from '../auth/tokenProvider';
import { createGateways, createGraphClient } from '../graph';
import type { Gateways } from '../graph/gateways';

export function tenantGateways(baseUrl: string, tokens: TokenProvider, collaborationTenantId: string): Gateways {
  const home = createGateways(createGraphClient({ baseUrl, tokens }));
  if (!collaborationTenantId) return home;
  const collaboration = createGateways(
    createGraphClient({ baseUrl, tokens: tokensForTenant(tokens, collaborationTenantId) }),
  );
  return { ...collaboration, calendar: home.calendar, mail: home.mail };
}
