// Composition root: renders the surface the host is showing, from what ./begin has started (the host, local storage,
// sign-in: ./signedIn, the Graph gateways and the app's services), and carries on from a kept side panel. With
// ./begin, the only modules that know the concrete adapters.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SignInRequiredError } from '../auth/tokenProvider';
import { App, recordWorkspace } from '../ui/App';
import { TabConfigContext } from '../ui/ConfigView/tabConfig';
import { RecordLinksContext } from '../ui/PersonalView/recordLinks';
import { AppShell } from '../ui/AppShell/AppShell';
import { HostShell } from '../ui/AppShell/HostShell';
import type { Shell } from '../contracts/shell';
import { ServicesContext } from '../ui/ServicesContext';
import { whenIdle } from '../ui/whenIdle';
import { KeptScreenHandover } from '../ui/keptScreen/KeptScreenHandover';
import { NOTHING_KEPT, takeOverKeptScreen } from '../ui/keptScreen/takeOver';
import { loadUiStrings, uiLanguageFor } from '../ui/i18n/strings';
import { FIRST_RENDER_WAIT_MS, within, type Begun } from './begin';
import { markLoad } from './loadMarks';
import { deferredServices } from './services/deferredServices';
import type { SignedIn } from './signedIn';
import { StartupError } from './StartupError';
import { earlyPreview } from './services/earlyPreview';

/** Renders the surface the host is showing, from what ./begin has started (the entry ran it first). */
export async function start(begun: Promise<Begun>): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const { host, local, meeting, copy, copyOnDevice, signIns, firstWave, rendered } = await begun;
  const shell: Shell = { surface: host.context.surface, theme: host.context.theme, locale: host.context.locale };
  // The invitees from the meeting's first round trip, which ./begin started: without waiting for `/me`.
  const preview = earlyPreview(firstWave, { previewMeeting: (target) => signedIn.previewMeeting(target) });
  // A meeting surface renders once it has the device's copy of its record and the workspace's code, or, without a
  // copy, the meeting's invitees: a shell rendered before them took the main thread from the database's answers and
  // drew the panel twice (issue 17: ~90 ms slower to usable). Without a copy the workspace's code is evaluated after
  // the invitees are on screen, not before them: the record it shows is a few round trips away.
  const meetingScreen = meeting && host.context.surface !== 'approval';
  const firstScreen = meetingScreen
    ? within(
        copy.then((session) => (session ? recordWorkspace.preload().then(() => undefined) : preview.ready)),
        FIRST_RENDER_WAIT_MS,
      )
    : Promise.resolve();
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
  const signedIn = deferredServices(local, async () => (await latestSignIn()).services);
  const services = { ...signedIn, previewMeeting: preview.previewMeeting, previewedMeeting: preview.previewedMeeting };
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
  rendered();
  if (meetingScreen) whenIdle(() => void recordWorkspace.preload());
  await run();
}
