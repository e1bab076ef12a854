// The demo's Microsoft 365 tenants: the collaboration office's host tenant (team, library, plan) and one
// municipality's own tenant (its people, their mailboxes and calendars). Ids are fixed so links and tokens survive resets.
import type { TenantRecord } from './types.js';
import { guid } from './ids.js';

export const HOST_TENANT: TenantRecord = {
  id: '5a3c1d2e-7b4f-4e8a-9c6d-0f1e2d3c4b5a',
  domain: 'samverkan.example',
  displayName: 'Närvårdskontoret Norrvik',
};

export const MUNICIPALITY_TENANT: TenantRecord = {
  id: guid('tenant:lindo.example'),
  domain: 'lindo.example',
  displayName: 'Lindö kommun',
};

export const TENANTS: readonly TenantRecord[] = [HOST_TENANT, MUNICIPALITY_TENANT];

/**
 * The tenant and object id of a seeded account from its user principal name, as Entra puts them in a token's
 * `tid` and `oid`: the tenant is the one owning the UPN's domain (a guest's `#EXT#@host` UPN belongs to the host).
 */
export function accountOf(userPrincipalName: string): { tid: string; oid: string; upn: string } {
  const domain = userPrincipalName.slice(userPrincipalName.lastIndexOf('@') + 1).toLowerCase();
  const tenant = TENANTS.find((candidate) => candidate.domain === domain) ?? HOST_TENANT;
  // Seeded ids hash the UPN as written: lower-case names, and a guest's `#EXT#` marker in capitals.
  const upn = userPrincipalName.toLowerCase().replace('#ext#', '#EXT#');
  return { tid: tenant.id, oid: guid(`user:${upn}`), upn: userPrincipalName };
}
