// The app's start before its screens: finds the host, opens local storage, starts reading the device's copy of the
// meeting, and starts signing in. The page's entry (./entry) runs this before it asks for the screens' code, whose
// evaluation is one long task (~250 ms on a cold load here): sign-in and the meeting's event are on the network
// meanwhile instead of after it (issue 17). No React and no screen in here; ./main renders.
import { detectHost } from '../hosts/detectHost';
import type { HostAdapter } from '../hosts/hostAdapter';
import { defaultTeamsConfig } from '../hosts/teamsConfig';
import { createIdbDraftStore } from '../storage/draftStore';
import { meetingTarget } from '../ui/RecordLoader/meetingTarget';
import type { OpenTarget, RecordSession } from '../contracts/records';
import type { Shell } from '../contracts/shell';
import { whenIdle } from '../ui/whenIdle';
import { loadUiStrings, uiLanguageFor } from '../ui/i18n/strings';
import { readConfig } from './config';
import { markLoad } from './loadMarks';
import { signInAttempts, type SignInAttempts } from './signInAttempts';
import { localServices, type EarlyLocalServices } from './services/localServices';
import type { SignedIn } from './signedIn';
import { signIn, type SignInTokens } from './signInTokens';
import type { EarlyWave } from './workflows/firstWave';

/**
 * The longest the first render waits for a meeting's device copy and the workspace's code. IndexedDB answers in tens
 * of milliseconds; one that hangs (another tab holding an upgrade) must not keep the panel blank.
 */
export const FIRST_RENDER_WAIT_MS = 400;

/** The promise's value, or undefined once `ms` have passed or it has failed. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, ms, undefined));
  return Promise.race([promise, timeout]).catch(() => undefined);
}

export interface Begun {
  host: HostAdapter;
  local: EarlyLocalServices;
  /** The meeting a meeting surface opens; undefined elsewhere. */
  meeting?: OpenTarget;
  /** The device's copy of that meeting, read once (the first screen takes it); undefined when there is none. */
  copy: Promise<RecordSession | undefined>;
  /** Whether the device had that copy within the first render's wait. */
  copyOnDevice: Promise<boolean>;
  signIns: SignInAttempts<SignedIn>;
  /**
   * The meeting's first round trip (its event), once a sign-in has its token and its first requests are leaving;
   * undefined when that sign-in failed or opens no meeting. With nothing on screen yet, the entry gives it a moment
   * before the screens' code takes the main thread, and the invitees are shown from it without waiting for `/me`.
   */
  firstWave: Promise<EarlyWave | undefined>;
  /** Called by ./main once the first screen has been asked to render: a sign-in that waits for it may then start. */
  rendered(): void;
  /**
   * With the Graph emulator in a browser: its demo users, which the shell's header offers, and who is signed in, as
   * soon as sign-in has its token (before `/me`). Undefined elsewhere, or when sign-in failed. Asks for the token:
   * for a screen drawn before ./main's, where sign-in has started at once (nothing kept on screen).
   */
  demoUsers(): Promise<DemoUsers | undefined>;
}

export interface DemoUsers {
  personas: NonNullable<Shell['personas']>;
  current?: string | undefined;
}

/** `keptOnScreen`: a side panel kept on the device is drawn (src/ui/keptScreen): it is what is first on screen. */
export async function begin(keptOnScreen: boolean): Promise<Begun> {
  markLoad('start');
  // The drafts' databases open while the host is found: the first screen's record may be in them.
  const drafts = createIdbDraftStore();
  void drafts.locate('').catch(() => undefined);
  void drafts.load('').catch(() => undefined);
  const config = readConfig();
  const host = await detectHost(window.location, { teams: { ...defaultTeamsConfig, appId: config.teamsAppId } });
  markLoad('hostFound');
  // The words of the user's language are evaluated while sign-in waits for the network, not after the screens' code.
  loadUiStrings(uiLanguageFor(host.context.locale)).catch(() => undefined);
  const local = localServices(drafts, () => new Date());
  const surface = host.context.surface;
  const meeting = ['sidePanel', 'meetingTab', 'approval'].includes(surface) ? meetingTarget(host.context) : undefined;
  const copy = meeting && surface !== 'approval' ? local.openEarly(meeting) : Promise.resolve(undefined);
  const copyOnDevice = within(copy, FIRST_RENDER_WAIT_MS).then((session) => session !== undefined);
  // Local first: what needs Microsoft 365 waits for sign-in inside the services. Beside a side panel kept on the
  // device (src/ui/keptScreen) with the meeting's copy, sign-in and its code wait until the app's first screen is up
  // and the browser idle, since they would slow that screen (issue 17: ~100 ms). Otherwise sign-in starts at once,
  // without waiting for the database's answer (~100 ms on a first visit): the meeting's event is asked for as soon as
  // there is a token, and its answer is here when the first screen renders.
  const first = meeting?.kind === 'record' ? undefined : meeting;
  let rendered = () => {};
  const screenUp = new Promise<void>((resolve) => (rendered = resolve));
  const signInMayStart = keptOnScreen
    ? copyOnDevice.then((copied) =>
        copied ? screenUp.then(() => new Promise<void>((resolve) => whenIdle(resolve))) : undefined,
      )
    : Promise.resolve();
  let requested: (wave: EarlyWave | undefined) => void = () => {};
  const firstWave = new Promise<EarlyWave | undefined>((resolve) => (requested = resolve));
  // One token provider for every attempt, so after a sign-in from the button its (memory-only) cache has the account
  // and the next attempt is silent. Asked for as the sign-in code is fetched, not after it.
  let provider: Promise<SignInTokens> | undefined;
  const signedInTokens = () => (provider ??= signIn(host, config));
  // Every attempt reports its first requests; only the first report counts.
  const signIns = signInAttempts(() =>
    signInMayStart
      .then(() => {
        markLoad('signIn');
        signedInTokens().catch(() => undefined);
        return import('./signedIn');
      })
      .then(({ signingIn }) => signingIn({ host, config, drafts, first, requested, signedInTokens })),
  );
  signIns.current.catch(() => requested(undefined));
  const demoUsers = async (): Promise<DemoUsers | undefined> => {
    if (!host.switchUser) return undefined;
    const signedIn = await signedInTokens().catch(() => undefined);
    return signedIn?.personas && { personas: signedIn.personas, current: signedIn.tokens.user?.upn };
  };
  return {
    host,
    local,
    copy,
    copyOnDevice,
    signIns,
    firstWave,
    rendered,
    demoUsers,
    ...(meeting ? { meeting } : {}),
  };
}
