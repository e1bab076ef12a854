// The first opening of a meeting's side panel on this device (no copy of its record, no kept screen): the invitees
// are drawn from the build's opening screen (src/ui/openingScreen) as soon as the calendar event is back, before the
// screens' code is evaluated (issue 17). The entry (./entry) runs this before it imports ./main; ./main takes over
// from what is drawn as from a kept screen, and the ticks made on it are on the device, where the record finds them
// (src/ui/AttendancePanel/tickedWhileOpening).
import { deviceOpeningTicks } from '../ui/AttendancePanel/openingTicksStore';
import { loadUiStrings, uiLanguageFor } from '../ui/i18n/strings';
import { drawOpeningScreen } from '../ui/openingScreen/drawOpeningScreen';
import {
  isOpeningScreen,
  OPENING_SCREENS_ID,
  openingVariant,
  type OpeningScreen,
} from '../ui/openingScreen/openingScreen';
import { FIRST_RENDER_WAIT_MS, within, type Begun } from './begin';
import { markLoad } from './loadMarks';
import { meetingPreview } from './workflows/meetingPreview';

/** Where index.html says the variant is; undefined in a build without opening screens (the dev server's). */
function addressOf(doc: Document, variant: string): string | undefined {
  try {
    const addresses: unknown = JSON.parse(doc.getElementById(OPENING_SCREENS_ID)?.textContent ?? 'null');
    const address = (addresses as Record<string, unknown> | null)?.[variant];
    return typeof address === 'string' ? address : undefined;
  } catch {
    return undefined;
  }
}

async function fetchScreen(address: string): Promise<OpeningScreen | undefined> {
  const response = await fetch(address);
  const screen: unknown = response.ok ? await response.json() : undefined;
  return isOpeningScreen(screen) ? screen : undefined;
}

/**
 * Draws the side panel's opening screen on a first opening as soon as the calendar event is back, unless the screens'
 * code has started by then (`started()`: from then on ./main renders). Resolves true once drawn, false when given up,
 * or undefined after the first render's wait, whichever comes first: ./main would wait as long for the event. The screen
 * is still drawn after that wait when the event comes before ./main has started (a slow device, the screens' code still
 * on its way): the invitees as soon as the event arrives.
 */
export function showOpeningScreen(begun: Begun, started: () => boolean): Promise<boolean | undefined> {
  return within(drawWhenReady(begun, started), FIRST_RENDER_WAIT_MS);
}

async function drawWhenReady(begun: Begun, started: () => boolean): Promise<boolean> {
  const { host, meeting, copyOnDevice, firstWave, demoUsers } = begun;
  if (host.context.surface !== 'sidePanel' || !meeting || meeting.kind === 'record') return false;
  const language = uiLanguageFor(host.context.locale);
  const address = addressOf(document, openingVariant(language, host.context.theme));
  if (address === undefined) return false;
  const [screen, strings, event, copied, demo] = await Promise.all([
    fetchScreen(address),
    loadUiStrings(language),
    firstWave.then((wave) => wave?.peek(meeting)?.event),
    copyOnDevice,
    // With the Graph emulator, the shell's header offers its demo users (./main): drawn here too.
    demoUsers(),
  ]);
  if (!screen || !event || copied || started()) return false;
  const meetingKey = JSON.stringify(meeting);
  const store = deviceOpeningTicks();
  const view = {
    preview: meetingPreview(event),
    strings,
    ticked: store.read(meetingKey),
    ...(demo ? { demo } : {}),
  };
  const drawn = drawOpeningScreen(document, screen, view, (ticked) => store.write(meetingKey, ticked));
  if (drawn) markLoad('openingScreen');
  return drawn;
}
