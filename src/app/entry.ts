// The page's entry (index.html). It starts the app (./begin: the host, the device's copy of the meeting, sign-in)
// before it asks for the screens' code (./main), whose evaluation is one long task: sign-in and the meeting's event
// are on the network meanwhile (issue 17). With the side panel kept on the device on screen (src/ui/keptScreen), the
// browser paints that first, before any of it: a page paints only between tasks, and the kept panel drawn by then
// would otherwise appear only when the app was nearly ready. On a first opening of a side panel, the invitees are drawn
// from the build's opening screen (./opening) once the event is back, before ./main is evaluated. index.html preloads
// all of it (scripts/preloadSurfaces.ts).
import { KEPT_ATTRIBUTE } from '../ui/keptScreen/keptScreen';
import { abandonKeptScreen } from '../ui/keptScreen/takeOver';
import { markLoad } from './loadMarks';

/** The longest the screens' code waits for sign-in to be under way. */
const SIGN_IN_HEAD_START_MS = 250;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** After the next frame: what is drawn now is painted before a long task can hold it back. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

markLoad('entry');
/** Once ./main renders, or the start has failed, an opening screen drawn late would be drawn over or left behind. */
let screensStarted = false;
try {
  const keptOnScreen = document.getElementById('root')?.hasAttribute(KEPT_ATTRIBUTE) ?? false;
  if (keptOnScreen) await painted();
  const begun = import('./begin').then(({ begin }) => begin(keptOnScreen));
  // Handled where ./main waits for it: until then a failure is not unhandled.
  begun.catch(() => undefined);
  // Nothing on screen yet: the device's copy is looked for and sign-in's first requests sent before the screens' code
  // runs, since the database's answer and the token would otherwise wait for that long task. Bounded: a slow sign-in
  // must not hold the screen back.
  if (!keptOnScreen) {
    // A first opening of a side panel draws its invitees as soon as the event is back, before the screens' code,
    // and lets the browser paint them before that code's evaluation takes the main thread. An event later than the
    // first render's wait is still drawn if it comes while that code is on its way, not once it has started.
    const opening = Promise.all([import('./opening'), begun])
      .then(([{ showOpeningScreen }, started]) => showOpeningScreen(started, () => screensStarted))
      .then((drawn) => (drawn ? painted() : undefined))
      .catch(() => undefined);
    await Promise.race([begun.then((started) => started.firstWave), pause(SIGN_IN_HEAD_START_MS)]).catch(
      () => undefined,
    );
    await opening;
  }
  const { start } = await import('./main');
  screensStarted = true;
  await start(begun);
} catch (error) {
  // A start that fails before its first render leaves no kept panel behind to be ticked in vain.
  screensStarted = true;
  abandonKeptScreen(document);
  throw error;
}
