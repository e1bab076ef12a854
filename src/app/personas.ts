// The emulator's demo users, for the browser's user switcher and the dev token provider (development only).
import type { DevAccount } from '../auth/devTokenProvider';

interface AccountJson {
  tenantId: string;
  id: string;
  userPrincipalName: string;
}

interface PersonaJson {
  upn: string;
  displayName: string;
  label: string;
  home: AccountJson;
  guestAccounts: AccountJson[];
}

export interface Persona {
  upn: string;
  displayName: string;
  label: string;
  /** The person's own account: their tenant issues their tokens. */
  account: DevAccount;
  /** Their B2B guest objects in other tenants. */
  guestAccounts: DevAccount[];
}

const devAccount = (account: AccountJson): DevAccount => ({
  upn: account.userPrincipalName,
  tenantId: account.tenantId,
  objectId: account.id,
});

/** The personas, plus the account of `include` when it is a user of the emulator but not a persona (`?as=`). */
export async function fetchPersonas(graphBaseUrl: string, include?: string): Promise<Persona[]> {
  const url = new URL('/_emulator/personas', graphBaseUrl);
  if (include) url.searchParams.set('include', include);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The Graph emulator at ${graphBaseUrl} answered ${response.status}`);
  return ((await response.json()) as PersonaJson[]).map((persona) => ({
    upn: persona.upn,
    displayName: persona.displayName,
    label: persona.label,
    account: devAccount(persona.home),
    guestAccounts: persona.guestAccounts.map(devAccount),
  }));
}
