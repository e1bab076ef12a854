// One rule for comparing e-mail addresses and user principal names: Exchange and Entra ID treat them without
// regard to case, and a pasted or typed address may carry spaces around it. Everywhere an attendee, an assignee or
// a roster member is matched by address, the address is compared in this form.

/** The address as compared and used as a key: trimmed, lower-case. */
export function emailKey(address: string): string {
  return address.trim().toLowerCase();
}

/** Whether two addresses name the same mailbox; never when either is missing. */
export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && emailKey(a) === emailKey(b);
}
