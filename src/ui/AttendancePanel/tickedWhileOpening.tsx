// Presence ticked on the invitees while the record opens (src/ui/RecordLoader/MeetingPreviewPanel, issue 17: the
// side panel is usable as soon as the calendar event has come) reaches the attendance list once the record is open:
// through the record's own edit, so it is saved as any other tick, with the keyboard's focus on the same person's
// switch. Until then they are also kept on the device (./openingTicksStore), for a panel closed before its record
// was open.
import { createContext, useContext, useEffect, useState } from 'react';
import { attendeeInvitedKey, presenceByAttendee } from '../../domain/attendees';
import type { Attendee } from '../../domain/model';
import { focusAttendeeSwitch } from '../keptScreen/keptScreen';
import type { OpeningTicksStore } from './openingTicksStore';

export interface TickedWhileOpening {
  /** Presence by invitee (`invitedKey`), as the preview's switches were last turned. */
  readonly ticked: ReadonlyMap<string, boolean>;
  /** When she last turned one (`performance.now()`); undefined before any. */
  readonly lastTickAt: number | undefined;
  tick(invited: string, present: boolean): void;
  focus(invited: string | undefined): void;
  /** What was ticked and focused, handed out once: a second list (React's development re-mount) gets nothing. */
  take(): { ticked: ReadonlyMap<string, boolean>; focused?: string };
}

/**
 * For `meeting` (its target's key), starting from the ticks the device kept: from the opening screen drawn before the
 * app (src/ui/openingScreen), or a panel closed before. Their time counts as her last tick: ticking there a moment
 * ago, she is ticking still.
 */
export function tickedWhileOpening(meeting: string, store: OpeningTicksStore): TickedWhileOpening {
  let ticked = store.read(meeting);
  let focused: string | undefined;
  const keptAt = store.tickedAt(meeting);
  let lastTickAt = keptAt === undefined ? undefined : performance.now() - Math.max(0, Date.now() - keptAt);
  return {
    get ticked() {
      return ticked;
    },
    get lastTickAt() {
      return lastTickAt;
    },
    tick(invited, present) {
      lastTickAt = performance.now();
      ticked = new Map(ticked).set(invited, present);
      store.write(meeting, ticked);
    },
    focus(invited) {
      focused = invited;
    },
    take() {
      const taken = { ticked, ...(focused === undefined ? {} : { focused }) };
      ticked = new Map();
      focused = undefined;
      store.forget(meeting);
      return taken;
    },
  };
}

/**
 * How long after her last tick on the invitees the record may take their place. The record's list has the group's
 * order and more above it: replaced under her finger, a tap aimed at one person would land on another.
 */
export const TICKING_PAUSE_MS = 1500;

/** Whether the record, `ready`, may replace the invitees: at once, unless she is ticking them (then at a pause). */
export function useTickingPaused(ready: boolean, ticked: TickedWhileOpening | undefined): boolean {
  const [, wake] = useState(0);
  const last = ticked?.lastTickAt;
  const wait = ready && last !== undefined ? TICKING_PAUSE_MS - (performance.now() - last) : 0;
  // Every render: a tick meanwhile moves the pause on, and the next wake-up looks again.
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => wake((n) => n + 1), wait);
    return () => clearTimeout(timer);
  });
  return ready && wait <= 0;
}

const TickedWhileOpeningContext = createContext<TickedWhileOpening | undefined>(undefined);
export const TickedWhileOpeningProvider = TickedWhileOpeningContext.Provider;

/** The preview's side: where its switches' turns go. */
export function useTickWhileOpening(): TickedWhileOpening | undefined {
  return useContext(TickedWhileOpeningContext);
}

/**
 * The attendance list's side: once mounted, `apply` gets the presence ticked while the record opened, by attendee
 * key (only people still on the list), and the focus goes to the switch of the person whose switch had it.
 */
export function useCarryOnFromOpening(
  attendees: readonly Attendee[],
  apply: (presence: ReadonlyMap<string, boolean>) => void,
): void {
  const handover = useContext(TickedWhileOpeningContext);
  useEffect(() => {
    if (!handover) return;
    const { ticked, focused } = handover.take();
    const presence = presenceByAttendee(attendees, ticked);
    if (presence.size > 0) apply(presence);
    if (focused === undefined) return;
    const person = attendees.find((attendee) => attendeeInvitedKey(attendee) === focused);
    if (person) focusAttendeeSwitch(document, person.key);
    // Once per list: what was ticked is taken by the first call.
  }, [handover]);
}
