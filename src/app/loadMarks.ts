// The load's phases as User Timing marks, which bench/profileLoad.ts prints between the requests (issue 17): where a
// load's time goes, without patching the app for each look. A mark is a timestamp in the page's performance timeline.
// One more, `load:keptScreen`, is marked by the kept side panel's classic script (src/ui/keptScreen/boot.ts), which
// runs before any module.

export type LoadPhase =
  /** The page's entry runs (./entry): it starts the app before asking for the screens' code. */
  | 'entry'
  /** The app starts (./begin): host, local storage, sign-in. */
  | 'start'
  | 'hostFound'
  /** A first opening's invitees are drawn from the build's opening screen (./opening), before React. */
  | 'openingScreen'
  /** The first screen is asked to render (with the device's copy, or without it after the wait). */
  | 'firstRender'
  /** The sign-in code is asked for. */
  | 'signIn'
  /** Sign-in has its token: `/me` and the meeting's first requests are asked for. */
  | 'requested'
  /** Signed in: the services and the user are known. */
  | 'signedIn';

export const LOAD_MARK_PREFIX = 'load:';

export function markLoad(phase: LoadPhase): void {
  performance.mark(`${LOAD_MARK_PREFIX}${phase}`);
}
