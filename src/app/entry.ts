// The page's entry (index.html). With the side panel kept on the device on screen (src/ui/keptScreen), the browser
// paints it before the app's modules are evaluated: evaluating them is one long task (~400 ms on a warm load), a page
// paints only between tasks, and the kept panel drawn by then would otherwise appear only when the app was nearly
// ready (issue 17). index.html preloads the app's modules meanwhile (scripts/preloadSurfaces.ts).
import { KEPT_ATTRIBUTE } from '../ui/keptScreen/keptScreen';
import { abandonKeptScreen } from '../ui/keptScreen/takeOver';

if (document.getElementById('root')?.hasAttribute(KEPT_ATTRIBUTE))
  await new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
try {
  await import('./main');
} catch (error) {
  abandonKeptScreen(document);
  throw error;
}
