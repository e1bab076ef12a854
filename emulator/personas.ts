// The demo personas for the browser's user switcher and the dev token provider: each person's home account
// (tenant and object id for the token) and the B2B guest objects other tenants hold for them.
import type { Store } from './state/store.js';
import type { UserRecord } from './state/types.js';

export interface PersonaAccount {
  tenantId: string;
  id: string;
  userPrincipalName: string;
}

export interface Persona {
  upn: string;
  displayName: string;
  label: string;
  /** The home account: its tenant issues the persona's own tokens (their mailbox, their calendar). */
  home: PersonaAccount;
  /** Guest objects in other tenants; a token from such a tenant carries that tenant and the guest object's id. */
  guestAccounts: PersonaAccount[];
}

const account = (user: UserRecord): PersonaAccount => ({
  tenantId: user.tenantId,
  id: user.id,
  userPrincipalName: user.userPrincipalName,
});

/** The B2B guest objects other tenants hold for a home account. */
export function guestObjectsOf(store: Store, home: UserRecord): UserRecord[] {
  const address = home.mail.toLowerCase();
  // The emulator links a guest to its home account by the invited address, which the guest keeps in otherMails.
  return store.state.users.filter(
    (user) =>
      !user.deleted &&
      user.userType === 'Guest' &&
      user.tenantId !== home.tenantId &&
      user.otherMails.some((mail) => mail.toLowerCase() === address),
  );
}

/** The personas, and `include` (any user, by UPN) with an empty label when it is not one of them. */
export function personas(store: Store, include?: string): Persona[] {
  const { users } = store.state;
  const listed = store.state.personas.map((persona) => ({ upn: persona.upn, label: persona.label }));
  if (include && !listed.some((persona) => persona.upn.toLowerCase() === include.toLowerCase()))
    listed.push({ upn: include, label: '' });
  return listed.flatMap((persona) => {
    const home = users.find(
      (user) => !user.deleted && user.userPrincipalName.toLowerCase() === persona.upn.toLowerCase(),
    );
    if (!home) return [];
    const guests = guestObjectsOf(store, home);
    return [
      {
        upn: persona.upn,
        displayName: home.displayName,
        label: persona.label,
        home: account(home),
        guestAccounts: guests.map(account),
      },
    ];
  });
}
