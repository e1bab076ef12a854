// The classic script index.html runs right after its root element (scripts/keptScreenScript.ts builds it): the kept
// side panel is on screen before the app's modules have been evaluated.
import { showKeptScreen } from './showKeptScreen';

try {
  // A phase of the load, as src/app/loadMarks.ts marks the app's (bench/profileLoad.ts prints them).
  if (showKeptScreen(window)) performance.mark('load:keptScreen');
} catch {
  // Storage that cannot be read, or markup the browser refuses: the app draws the panel itself, as without one.
}
