// In-page instrumentation for typing: per keystroke, the time from the keydown event to the end of the first frame
// after the page reacted (a DOM mutation or an input event), i.e. until the change could be painted; and where in
// that time the key was handled and the frame began.
import type { Locator, Page } from 'playwright-core';

/** One keystroke, in ms from its keydown (the browser's timestamp of the key). */
export interface KeyTiming {
  /** Until the end of the frame that shows the key: the bench's keystroke-to-paint latency. */
  latency: number;
  /** Until the page's first reaction (a DOM mutation or an input event): the key's own handling, as seen in the page. */
  handled: number;
  /** Until the frame's time (the argument of its requestAnimationFrame callbacks): when the frame was due. */
  frameDue: number;
  /** Until the frame's requestAnimationFrame callbacks run: the frame's start, after what the browser does first. */
  frameStarted: number;
}

declare global {
  interface Window {
    __benchTyping?: { samples: KeyTiming[]; lastKeyAt: number };
  }
}

// ASCII only: Playwright enters characters outside the US layout (å, ä, ö) as text without key events.
export const TYPED_SENTENCE =
  'Forumet diskuterade samverkan kring hemsjukvarden och beslutade att aterkomma med en plan i mars. ';

/** `count` keys of the sentence typed over and over, from the `offset`th key typed. */
export function typedKeys(offset: number, count: number): string {
  const from = offset % TYPED_SENTENCE.length;
  return TYPED_SENTENCE.repeat(Math.ceil((from + count) / TYPED_SENTENCE.length)).slice(from, from + count);
}

export async function installTypingProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = { samples: [] as KeyTiming[], lastKeyAt: 0 };
    window.__benchTyping = probe;
    let pending: number | undefined;
    const reacted = () => {
      if (pending === undefined) return;
      const keyAt = pending;
      pending = undefined;
      const handled = performance.now() - keyAt;
      // rAF runs just before the frame is rendered; a message posted from it is handled once that frame is done.
      requestAnimationFrame((frameTime) => {
        const frameStarted = performance.now() - keyAt;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.samples.push({
            latency: performance.now() - keyAt,
            handled,
            frameDue: frameTime - keyAt,
            frameStarted,
          });
          // Marks in a trace (bench/profileTyping.ts); a no-op when nothing records one.
          console.timeStamp('bench painted');
        };
        channel.port2.postMessage(null);
      });
    };
    new MutationObserver(reacted).observe(document.body, { subtree: true, childList: true, characterData: true });
    document.addEventListener('input', reacted, { capture: true });
    document.addEventListener(
      'keydown',
      (event) => {
        pending = event.timeStamp;
        probe.lastKeyAt = event.timeStamp;
        console.timeStamp('bench key');
      },
      { capture: true },
    );
  });
}

/** Like `typeTimed`, the latencies alone. */
export async function typeMeasured(page: Page, target: Locator, text: string, budgetMs: number): Promise<number[]> {
  return (await typeTimed(page, target, text, budgetMs)).map((key) => key.latency);
}

/**
 * Types `text` at the end of `target` one key at a time, each after the previous one was painted, and returns each
 * key's timing. Stops early after `budgetMs` of typing, so a slow editor cannot stretch the run past its time limit.
 */
export async function typeTimed(page: Page, target: Locator, text: string, budgetMs: number): Promise<KeyTiming[]> {
  await target.click();
  // The caret to the end without a key press: Fluent's keyboard navigation may take Ctrl+End away from a textarea.
  await target.evaluate((element) => {
    if (element instanceof HTMLTextAreaElement) element.setSelectionRange(element.value.length, element.value.length);
    else {
      // Where a click after the last word puts it: in the last text node, not after the element's last child.
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let last: Node | null = null;
      while (walker.nextNode()) last = walker.currentNode;
      const range = document.createRange();
      range.selectNodeContents(last ?? element);
      range.collapse(false);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    }
  });
  // A person's first key comes a good while after the click: the click's own frames (the focus, and what the page
  // does on it) are painted by then, and are not a keystroke's latency.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150))));
  const before = await page.evaluate(() => window.__benchTyping?.samples.length ?? 0);
  const started = Date.now();
  let typed = 0;
  for (const char of text) {
    if (Date.now() - started > budgetMs) break;
    await page.keyboard.type(char);
    typed += 1;
    await page
      .waitForFunction((count) => (window.__benchTyping?.samples.length ?? 0) >= count, before + typed, {
        polling: 'raf',
        timeout: 15_000,
      })
      .catch(async (error: unknown) => {
        const where = await page.evaluate(
          () =>
            `${document.activeElement?.tagName ?? 'nothing'} ${document.activeElement?.getAttribute('aria-label') ?? ''}, ${window.__benchTyping?.samples.length} samples`,
        );
        throw new Error(`Key ${typed} ("${char}") was not painted within 15 s; focus on ${where}: ${String(error)}`);
      });
  }
  return page.evaluate(({ from, count }) => window.__benchTyping?.samples.slice(from, from + count) ?? [], {
    from: before,
    count: typed,
  });
}
