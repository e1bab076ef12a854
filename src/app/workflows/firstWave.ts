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

/** A wave started early for one target, taken by the first open of that target; every later open asks afresh. */
export function earlyWave(target: OpenTarget, wave: FirstWave): (wanted: OpenTarget) => FirstWave | undefined {
  let waiting: FirstWave | undefined = wave;
  const key = JSON.stringify(target);
  return (wanted) => {
    if (!waiting || JSON.stringify(wanted) !== key) return undefined;
    const taken = waiting;
    waiting = undefined;
    return taken;
  };
}
