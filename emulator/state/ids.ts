// Deterministic ids for the demo tenant: the same names give the same ids after every reset,
// so links in a browser and in test fixtures keep working.
import { createHash } from 'node:crypto';

const digest = (name: string): Buffer => createHash('sha256').update(`samverkan-demo:${name}`).digest();

/** A directory-style GUID (users, groups, report records). */
export function guid(name: string): string {
  const hex = digest(name).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** An Exchange-style item id ("AAMkA…"), URL-safe. */
export function exchangeId(name: string): string {
  return `AAMkA${digest(name).toString('base64url')}AAA=`;
}

/** A Planner-style 28-character id. */
export function plannerId(name: string): string {
  return digest(name).toString('base64url').replace(/[-_]/g, 'x').slice(0, 28);
}

/** A SharePoint drive id ("b!…"). */
export function driveId(name: string): string {
  return `b!${digest(name).toString('base64url')}${digest(`${name}:2`).toString('base64url').slice(0, 20)}`;
}

/** A SharePoint item id ("01…", 34 characters). */
export function driveItemId(name: string): string {
  return `01${digest(name).toString('hex').toUpperCase().slice(0, 32)}`;
}

/**
 * The next object the emulator creates, as a Planner-style id. The count only grows (an id is never reused, as in
 * Graph), and the same creations give the same ids in every run: seeded faults are drawn per method and path, so a
 * path holding a random id would draw differently each run.
 */
export function issuedPlannerId(state: { issued?: number }, kind: string): string {
  return plannerId(issuedName(state, kind));
}

/** The next drive item the emulator creates: counted like Planner's, since item ids are in paths too. */
export function issuedDriveItemId(state: { issued?: number }): string {
  return driveItemId(issuedName(state, 'driveItem'));
}

/** The next GUID-style id the emulator issues (an item's eTag GUID, a sent message). */
export function issuedGuid(state: { issued?: number }, kind: string): string {
  return guid(issuedName(state, kind));
}

function issuedName(state: { issued?: number }, kind: string): string {
  state.issued = (state.issued ?? 0) + 1;
  return `issued:${kind}:${state.issued}`;
}
