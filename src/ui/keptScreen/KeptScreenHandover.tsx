// The kept screen in React: the ticks made on it reach the attendance list once it is on screen, the kept styles go
// once the app's own are in, and the side panel is kept again whenever its list changes (./keepScreen).
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { whenIdle } from '../whenIdle';
import { forgetKeptScreen, keepScreen } from './keepScreen';
import { ATTENDEE_ATTRIBUTE } from './keptScreen';
import { NOTHING_KEPT, removeKeptStyles, type KeptHandover } from './takeOver';

/** How long the list stays unchanged before it is kept: a run of ticks is kept once, after the last. */
const KEEP_AFTER_MS = 1000;

/** Hands out what was done on the kept screen once: a second list (React's development re-mount) gets nothing. */
const KeptHandoverContext = createContext<() => KeptHandover>(() => NOTHING_KEPT);

export function KeptScreenHandover({ kept, children }: { kept: KeptHandover; children: ReactNode }) {
  useEffect(() => removeKeptStyles(document), []);
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
 * Applies the kept screen's ticks, once, when the list they were made on has mounted, and gives the keyboard's focus
 * back to the switch that had it there.
 */
export function useKeptTicks(apply: (ticks: KeptHandover['ticks']) => void): void {
  const take = useContext(KeptHandoverContext);
  useEffect(() => {
    const { ticks, focused } = take();
    if (ticks.size > 0) apply(ticks);
    if (focused !== undefined)
      document.querySelector<HTMLElement>(`input[${ATTENDEE_ATTRIBUTE}="${CSS.escape(focused)}"]`)?.focus();
    // Once per list: `apply` is a new function every render, and what was kept is taken by the first call.
  }, [take]);
}

/**
 * Keeps the screen while `keep` holds: when the browser is idle after `version` last changed, and as the page goes
 * (the side panel closed), so the next opening shows the list as she left it.
 */
export function useKeepScreen(keep: boolean, version: unknown): void {
  useEffect(() => {
    if (!keep) return;
    let cancelIdle = () => {};
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => keepScreen(window));
    }, KEEP_AFTER_MS);
    const onPageHide = () => keepScreen(window);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      clearTimeout(timer);
      cancelIdle();
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [keep, version]);
}

/** Forgets the kept screen once its record is locked: its switches could not be ticked any more. */
export function useForgetKeptScreen(forget: boolean): void {
  useEffect(() => {
    if (forget) forgetKeptScreen(window);
  }, [forget]);
}
