// Helpers over the small rich-text tree of an item's notes.
import type { Block, Inline, ListBlock, RichText } from './model';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Bidirectional controls make a link read as another address ("…exe.txt" shown as "…txt.exe"). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Only http(s) and mailto links may reach a document or the DOM. The URL parser strips the tabs and
 * newlines attackers use to hide "javascript:", so the protocol it reports is the one a browser would use.
 * Addresses with a user name or password ("https://bank.example@evil.example") or bidi controls are refused:
 * they show a reader something other than where the link goes.
 */
export function isSafeHref(url: string): boolean {
  if (BIDI_CONTROLS.test(url)) return false;
  try {
    const parsed = new URL(url.trim());
    return SAFE_PROTOCOLS.has(parsed.protocol) && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

function inlineText(content: readonly Inline[]): string {
  return content.map((inline) => inline.text).join('');
}

function listLines(list: ListBlock, depth: number): string[] {
  return list.items.flatMap((item, index) => {
    const marker = list.ordered ? `${index + 1}.` : '-';
    const line = `${'  '.repeat(depth)}${marker} ${inlineText(item.content)}`;
    return [line, ...(item.children ?? []).flatMap((child) => listLines(child, depth + 1))];
  });
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.content);
    case 'list':
      return listLines(block, 0).join('\n');
    case 'table':
      return block.rows.map((row) => row.map(inlineText).join('\t')).join('\n');
  }
}

/** The text of notes, one block per line: for Planner task details, e-mails and search. */
export function plainText(rt: RichText): string {
  return rt.map(blockText).join('\n');
}

/** Plain text (a pasted or typed note) as paragraphs: each non-empty line becomes one. */
export function paragraphsFromText(text: string): RichText {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ type: 'paragraph', content: [{ text: line }] }));
}
