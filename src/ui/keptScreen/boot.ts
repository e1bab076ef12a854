// The classic script index.html runs first (scripts/keptScreenScript.ts builds it): the kept side panel is drawn as
// soon as the parser has made the root element, and painted before the app's modules are evaluated.
import { showKeptScreen } from './showKeptScreen';

function draw(): void {
  try {
    // A phase of the load, as src/app/loadMarks.ts marks the app's (bench/profileLoad.ts prints them).
    if (showKeptScreen(window)) performance.mark('load:keptScreen');
  } catch {
    // Storage that cannot be read, or markup the browser refuses: the app draws the panel itself, as without one.
  }
}

// Run from the head, where the root does not exist yet: the parser's insertion of it is observed, and the observer's
// callback runs at the end of the parser's task, before any module script can run.
const observer = new MutationObserver(() => {
  if (!document.getElementById('root')) return;
  observer.disconnect();
  draw();
});
observer.observe(document.documentElement, { childList: true, subtree: true });
