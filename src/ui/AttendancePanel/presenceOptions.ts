// The presence states the secretary chooses between, and how they map to the model.
import type { Presence, Role } from '../../domain/model';

export type PresenceChoice = Presence['kind'];

export function presenceChoice(presence: Presence): PresenceChoice {
  return presence.kind;
}

/** "Närvarande §§ 14–16" starts as the whole meeting; the secretary narrows it. */
export function presenceFromChoice(
  choice: PresenceChoice,
  wholeMeeting: { fromNumber: number; toNumber: number },
): Presence {
  return choice === 'partial' ? { kind: 'partial', ...wholeMeeting } : { kind: choice };
}

export const roleChoices: Role[] = [
  'member',
  'chair',
  'viceChair',
  'secretary',
  'adjuster',
  'deputy',
  'coopted',
  'guest',
];

/** The role shown in the one-role picker: the most significant one the person holds. */
export function mainRole(roles: readonly Role[]): Role {
  return roleChoices.slice(1).find((role) => roles.includes(role)) ?? 'member';
}
