// Composition root: finds the host, opens local storage, renders the surface the host is showing, and signs in
// beside it (./signedIn: the Graph gateways and the app's services). The only module that knows the concrete adapters.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SignInRequiredError } from '../auth/tokenProvider';
import { detectHost } from '../hosts/detectHost';
import { defaultTeamsConfig } from '../hosts/teamsConfig';
import { createIdbDraftStore } from '../storage/draftStore';
import { App, recordWorkspace } from '../ui/App';
import { meetingTarget } from '../ui/RecordLoader/meetingTarget';
import { TabConfigContext } from '../ui/ConfigView/tabConfig';
import { RecordLinksContext } from '../ui/PersonalView/recordLinks';
import { AppShell } from '../ui/AppShell/AppShell';
import { HostShell } from '../ui/AppShell/HostShell';
import type { Shell } from '../contracts/shell';
import { ServicesContext } from '../ui/ServicesContext';
import { whenIdle } from '../ui/whenIdle';
import { KeptScreenHandover } from '../ui/keptScreen/KeptScreenHandover';
import { abandonKeptScreen, NOTHING_KEPT, takeOverKeptScreen } from '../ui/keptScreen/takeOver';
import { loadUiStrings, uiLanguageFor } from '../ui/i18n/strings';
import { readConfig } from './config';
import { markLoad } from './loadMarks';
import { signInAttempts } from './signInAttempts';
import { deferredServices } from './services/deferredServices';
import { localServices } from './services/localServices';
import type { SignedIn } from './signedIn';
import { StartupError } from './StartupError';

/**
 * The longest the first render waits for a meeting's device copy and the workspace's code. IndexedDB answers in tens
 * of milliseconds; one that hangs (another tab holding an upgrade) must not keep the panel blank.
 */
const FIRST_RENDER_WAIT_MS = 400;

/** The promise's value, or undefined once `ms` have passed or it has failed. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, ms, undefined));
  return Promise.race([promise, timeout]).catch(() => undefined);
}

async function start(): Promise<void> {
  markLoad('start');
  const root = createRoot(document.getElementById('root')!);
  // The drafts' databases open while the host is found: the first screen's record may be in them.
  const drafts = createIdbDraftStore();
  void drafts.locate('').catch(() => undefined);
  void drafts.load('').catch(() => undefined);
  const config = readConfig();
  const host = await detectHost(window.location, { teams: { ...defaultTeamsConfig, appId: config.teamsAppId } });
  markLoad('hostFound');
  const shell: Shell = { surface: host.context.surface, theme: host.context.theme, locale: host.context.locale };
  const local = localServices(drafts, () => new Date());
  const surface = host.context.surface;
  const meeting = ['sidePanel', 'meetingTab', 'approval'].includes(surface) ? meetingTarget(host.context) : undefined;
  // A meeting surface needs the workspace and the device's copy of its record: fetch the code and read the copy while
  // the words load, and render once both are there. A shell rendered before them took the main thread from the
  // database's answers and drew the panel twice (issue 17: ~90 ms slower to usable, warm and cold).
  let firstScreen: Promise<unknown> = Promise.resolve();
  let copyOnDevice: Promise<boolean> = Promise.resolve(false);
  if (meeting && surface !== 'approval') {
    const copy = local.openEarly(meeting);
    copyOnDevice = within(copy, FIRST_RENDER_WAIT_MS).then((session) => session !== undefined);
    firstScreen = within(Promise.all([recordWorkspace.preload(), copy]), FIRST_RENDER_WAIT_MS);
  }
  // Local first: the surface renders from what this device has (a meeting's draft opens at once); what needs
  // Microsoft 365 waits for sign-in inside the services, and the header learns the user when it is known. Without a
  // copy of the meeting on the device sign-in starts at once, so the meeting's event is asked for as soon as there is
  // a token; with one it waits until that copy's screen is up, whose rendering it would slow (issue 17: ~100 ms).
  const first = meeting?.kind === 'record' ? undefined : meeting;
  const signInMayStart = copyOnDevice.then((copied) =>
    copied ? new Promise<void>((resolve) => whenIdle(resolve)) : undefined,
  );
  const signIns = signInAttempts(() =>
    signInMayStart
      .then(() => {
        markLoad('signIn');
        return import('./signedIn');
      })
      .then(({ signingIn }) => signingIn(host, config, drafts, first)),
  );
  // Set when a sign-in failed beside the meeting's copy, which stays on screen (run, below): the next call that needs
  // Microsoft 365 (the save, which also retries by itself) signs in again.
  let signInAgain = false;
  const latestSignIn = () => {
    if (!signInAgain) return signIns.current;
    signInAgain = false;
    const again = signIns.retry();
    void run();
    return again;
  };
  const services = deferredServices(local, async () => (await latestSignIn()).services);
  // Links into records: the host's deep links where it has them, this app's own URLs otherwise.
  const recordLinks = host.capabilities.deepLinks ? { approvalLink: host.approvalLink, openLink: host.openLink } : {};
  const tabConfig = { configureTab: host.configureTab, origin: location.origin };
  let kept = NOTHING_KEPT;
  const render = (done?: SignedIn) =>
    root.render(
      <StrictMode>
        <HostShell
          host={host}
          shell={{
            ...shell,
            ...(done?.personas && host.switchUser
              ? { personas: done.personas, switchUser: (upn: string) => host.switchUser?.(upn) }
              : {}),
          }}
          {...(done ? { user: done.user } : {})}
        >
          <ServicesContext.Provider value={services}>
            <RecordLinksContext.Provider value={recordLinks}>
              <TabConfigContext.Provider value={tabConfig}>
                <KeptScreenHandover kept={kept}>
                  <App context={host.context} />
                </KeptScreenHandover>
              </TabConfigContext.Provider>
            </RecordLinksContext.Provider>
          </ServicesContext.Provider>
        </HostShell>
      </StrictMode>,
    );
  const run = async (): Promise<void> => {
    try {
      render(await signIns.current);
    } catch (error) {
      // Graph or the network failing leaves her copy of the meeting where it is: she keeps working on the device, and
      // the save says what failed. Only a sign-in that needs her (a blocked popup) takes the screen.
      if (!(error instanceof SignInRequiredError) && (await copyOnDevice)) {
        signInAgain = true;
        return;
      }
      // A blocked sign-in popup opens from a click on the error's button, and sign-in is tried again.
      const onSignIn =
        error instanceof SignInRequiredError
          ? async () => {
              await error.signIn();
              signIns.retry();
              await run();
            }
          : undefined;
      root.render(
        <AppShell shell={shell}>
          <StartupError error={error} onSignIn={onSignIn} />
        </AppShell>,
      );
    }
  };
  // The first render has the words (a chunk index.html preloads): a shell that suspended for them would show nothing,
  // and React then holds the screen back for up to 300 ms after the words arrive (its fallback throttle).
  await loadUiStrings(uiLanguageFor(shell.locale)).catch(() => undefined);
  // Failures are the screen's to show: the workspace's code through its loader, the device's copy by opening afresh.
  await firstScreen;
  markLoad('firstRender');
  // The side panel kept from the last opening may be on screen already (index.html's classic script): its ticks and
  // focus are read now, before the first render replaces it, and the attendance list carries on from them.
  kept = takeOverKeptScreen(document);
  render();
  await run();
}

// A start that fails before its first render leaves no kept panel behind to be ticked in vain.
void start().catch((error: unknown) => {
  abandonKeptScreen(document);
  throw error;
});
