// The first round trip of opening a meeting's record (its event, and the user's teams to find the group by) needs
// only a token, not the user's profile: the composition root starts it as soon as sign-in has a token, beside `/me`,
// and the first open of that meeting takes it (issue 17: one sequential round trip fewer before the side panel shows
// its invitees).
import type { CalendarEvent, Gateways } from '../../graph/gateways';
import type { OpenTarget } from '../../contracts/records';
import { findEvent } from './findEvent';

export interface FirstWave {
  teams: ReturnType<Gateways['groups']['joinedTeams']>;
  event: Promise<CalendarEvent | undefined>;
}

/** Asks for both at once. Each failure is the opener's to report: none is unhandled while nobody waits yet. */
export function startFirstWave(gateways: Gateways, target: OpenTarget, now: Date): FirstWave {
  const wave = { teams: gateways.groups.joinedTeams(), event: findEvent(gateways, target, now) };
  wave.teams.catch(() => undefined);
  wave.event.catch(() => undefined);
  return wave;
}

/** A wave started early for one target: the screen's preview looks at it, the first open of that target takes it. */
export interface EarlyWave {
  /** The target the wave was started for. */
  readonly target: OpenTarget;
  /** The wave, for the first open of `target` only; every later open asks afresh. */
  take(target: OpenTarget): FirstWave | undefined;
  /** The wave's answers for `target`, whether or not an open has taken it: the preview and the open share them. */
  peek(target: OpenTarget): FirstWave | undefined;
}

export function earlyWave(target: OpenTarget, wave: FirstWave): EarlyWave {
  let taken = false;
  const key = JSON.stringify(target);
  const peek = (wanted: OpenTarget) => (JSON.stringify(wanted) === key ? wave : undefined);
  return {
    target,
    peek,
    take(wanted) {
      if (taken || !peek(wanted)) return undefined;
      taken = true;
      return wave;
    },
  };
}
