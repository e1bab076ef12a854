// The presence states the secretary chooses between, and how they map to the model.
import type { Presence, Role } from '../../domain/model';

export type PresenceChoice = 'present' | 'absent' | 'absenceAnnounced' | 'expected';

export function presenceChoice(presence: Presence): PresenceChoice {
  return presence.kind === 'partial' ? 'present' : presence.kind;
}

export function presenceFromChoice(choice: PresenceChoice): Presence {
  return { kind: choice };
}

export const roleChoices: Role[] = ['member', 'chair', 'viceChair', 'secretary', 'adjuster', 'deputy', 'coopted', 'guest'];

/** The role shown in the one-role picker: the most significant one the person holds. */
export function mainRole(roles: readonly Role[]): Role {
  return roleChoices.slice(1).find((role) => roles.includes(role)) ?? 'member';
}
