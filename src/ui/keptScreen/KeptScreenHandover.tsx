// The kept screen in React: the ticks made on it reach the attendance list once it is on screen, the kept styles go
// once the app's own are in, and the side panel is kept again whenever its list changes (./keepScreen).
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { whenIdle } from '../whenIdle';
import { forgetKeptScreen, keepScreen } from './keepScreen';
import { focusAttendeeSwitch, INVITEE_ATTRIBUTE } from './keptScreen';
import { NOTHING_KEPT, removeKeptStyles, type KeptHandover } from './takeOver';

/** How long the list stays unchanged before it is kept: a run of ticks is kept once, after the last. */
const KEEP_AFTER_MS = 1000;

/** Hands out what was done on the kept screen once: a second list (React's development re-mount) gets nothing. */
const KeptHandoverContext = createContext<() => KeptHandover>(() => NOTHING_KEPT);

export function KeptScreenHandover({ kept, children }: { kept: KeptHandover; children: ReactNode }) {
  useEffect(() => {
    removeKeptStyles(document);
    // The opening screen's focus, on the same invitee's switch in the app's preview (its first render has them).
    if (kept.focusedInvitee !== undefined) focusAttendeeSwitch(document, kept.focusedInvitee, INVITEE_ATTRIBUTE);
  }, []);
  const take = useMemo(() => {
    let left = kept;
    return () => {
      const taken = left;
      left = NOTHING_KEPT;
      return taken;
    };
  }, [kept]);
  return <KeptHandoverContext.Provider value={take}>{children}</KeptHandoverContext.Provider>;
}

/**
 * Carries on from the kept screen, once, when the list it showed has mounted: `apply` gets the presence to set, by
 * attendee key, and the keyboard's focus goes back to the switch that had it there. The presence is the ticks made on
 * the kept screen; when the kept screen is newer than the list's minutes (the panel was closed before its last ticks
 * reached the device), it is every switch as the kept screen showed it, so those ticks are not lost either.
 */
export function useKeptTicks(revision: number, apply: (presence: ReadonlyMap<string, boolean>) => void): void {
  const take = useContext(KeptHandoverContext);
  useEffect(() => {
    const { ticks, shown, revision: kept, focused } = take();
    const presence = kept !== undefined && kept > revision ? shown : ticks;
    if (presence.size > 0) apply(presence);
    if (focused !== undefined) focusAttendeeSwitch(document, focused);
    // Once per list: `apply` and `revision` change with every edit, and what was kept is taken by the first call.
  }, [take]);
}

/**
 * Keeps the screen while `keep` holds: when the browser is idle after the minutes' `revision` last changed, and as the page goes
 * (the side panel closed), so the next opening shows the list as she left it.
 */
export function useKeepScreen(keep: boolean, revision: number): void {
  // Read as the page goes, not when the listener was added: a tick just before Teams closes the panel is on screen,
  // and the effect that would renew the listener may not have run yet.
  const latest = useRef(revision);
  latest.current = revision;
  useEffect(() => {
    if (!keep) return;
    const onPageHide = () => keepScreen(window, latest.current);
    window.addEventListener('pagehide', onPageHide);
    return () => window.removeEventListener('pagehide', onPageHide);
  }, [keep]);
  useEffect(() => {
    if (!keep) return;
    let cancelIdle = () => {};
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => keepScreen(window, revision));
    }, KEEP_AFTER_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle();
    };
  }, [keep, revision]);
}

/** Forgets the kept screen once its record is locked: its switches could not be ticked any more. */
export function useForgetKeptScreen(forget: boolean): void {
  useEffect(() => {
    if (forget) forgetKeptScreen(window);
  }, [forget]);
}
