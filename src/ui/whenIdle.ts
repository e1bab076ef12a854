// Work the first screen does not need (prefetching the editor, the attendance list's extras) waits for the browser's first
// idle moment after it, so it neither delays that screen nor competes with it for the network and the main thread.
// No React here: the app's start (src/app/begin.ts) waits with it before the screens' code has run.

/** The longest wait for an idle moment: a busy page still gets the code soon after. */
const IDLE_TIMEOUT_MS = 2000;

/** Runs `task` when the browser is idle; returns a cancel function. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}
