// Sanitised HTML (only the tags DOMPurify let through) read into RichText. Whitespace follows
// HTML's rules: runs collapse to one space, and space at a line's start or end is not text.
import type { Block, Inline, ListBlock, ListItem, RichText, TableBlock } from '../../domain/model';
import { appendInline, appendLineBreak } from './inlines';
import { safeHref } from './safeHref';

type Marks = Omit<Inline, 'text'>;

/** The block elements RichText has a meaning for: the sanitiser keeps these and the reader makes blocks of them. */
export const RICH_TEXT_BLOCK_TAGS = [
  'p',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
];
const BLOCK_TAGS = new Set(RICH_TEXT_BLOCK_TAGS);
const HEADING = /^h[1-6]$/;

function tagOf(node: Node): string {
  return node.nodeType === Node.ELEMENT_NODE ? node.nodeName.toLowerCase() : '';
}

function isBlock(node: Node): boolean {
  return BLOCK_TAGS.has(tagOf(node));
}

function marksFor(element: Element, marks: Marks): Marks {
  const tag = tagOf(element);
  if (tag === 'b' || tag === 'strong' || HEADING.test(tag)) return { ...marks, bold: true };
  if (tag === 'i' || tag === 'em') return { ...marks, italic: true };
  if (tag === 'u') return { ...marks, underline: true };
  if (tag === 's' || tag === 'strike' || tag === 'del') return { ...marks, strike: true };
  if (tag === 'a') {
    const { href: _outer, ...rest } = marks;
    const href = safeHref(element.getAttribute('href'));
    return href === undefined ? rest : { ...rest, href };
  }
  return marks;
}

/** Nothing but whitespace since the last line break: a block starting here needs no break of its own. */
function atLineStart(out: readonly Inline[]): boolean {
  for (let index = out.length - 1; index >= 0; index--) {
    const text = (out[index]?.text ?? '').replace(/[ \t\r\f]+$/, '');
    if (text.endsWith('\n')) return true;
    if (text !== '') return false;
  }
  return true;
}

/**
 * Everything under `node` as inline runs. Blocks met here (a paragraph in a table cell, a list
 * in a cell) become lines: RichText keeps cells and list items flat. `skipLists` leaves nested
 * lists to the list reader.
 */
function collectInlines(node: Node, marks: Marks, out: Inline[], skipLists = false): void {
  if (node.nodeType === Node.TEXT_NODE) {
    appendInline(out, { text: (node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' '), ...marks });
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const tag = tagOf(node);
  if (tag === 'br') {
    appendLineBreak(out, marks.href);
    return;
  }
  if (skipLists && (tag === 'ul' || tag === 'ol')) return;
  const inner = marksFor(node as Element, marks);
  if (isBlock(node) && !atLineStart(out)) appendLineBreak(out);
  for (const child of Array.from(node.childNodes)) collectInlines(child, inner, out, skipLists);
}

/** HTML's whitespace rules applied to collected runs, then merged again. */
function tidy(runs: readonly Inline[]): Inline[] {
  const collapsed: Inline[] = [];
  let afterSpace = true;
  for (const run of runs) {
    let text = '';
    for (const char of run.text) {
      if (char === ' ' && afterSpace) continue;
      text += char;
      afterSpace = char === ' ' || char === '\n';
    }
    collapsed.push({ ...run, text });
  }
  // Spaces before a line break or at the end are not text either; nor is a final break.
  for (let index = collapsed.length - 1, atEnd = true; index >= 0; index--) {
    const run = collapsed[index];
    if (run === undefined) continue;
    let text = run.text.replace(/ +\n/g, '\n');
    if (atEnd) text = text.replace(/[ \n]+$/, '');
    else if (collapsed[index + 1]?.text.startsWith('\n')) text = text.replace(/ +$/, '');
    collapsed[index] = { ...run, text };
    atEnd = atEnd && text === '';
  }
  const out: Inline[] = [];
  for (const run of collapsed) appendInline(out, run);
  return out;
}

function hasText(content: readonly Inline[]): boolean {
  return content.some((run) => /[^\s\u00a0]/.test(run.text));
}

function inlinesOf(node: Node, marks: Marks = {}, skipLists = false): Inline[] {
  const out: Inline[] = [];
  for (const child of Array.from(node.childNodes)) collectInlines(child, marks, out, skipLists);
  return tidy(out);
}

function readList(list: Element): ListBlock | undefined {
  const items: ListItem[] = [];
  for (const child of Array.from(list.children)) {
    const tag = tagOf(child);
    if (tag === 'li') {
      const nested = Array.from(child.children).flatMap((grandchild) => {
        const sub = tagOf(grandchild) === 'ul' || tagOf(grandchild) === 'ol' ? readList(grandchild) : undefined;
        return sub === undefined ? [] : [sub];
      });
      const item: ListItem = { content: inlinesOf(child, {}, true) };
      if (nested.length > 0) item.children = nested;
      items.push(item);
    } else if (tag === 'ul' || tag === 'ol') {
      // <ul><li>a</li><ul>…</ul></ul>, as older editors write it: the list belongs to the item before.
      const sub = readList(child);
      if (sub === undefined) continue;
      const previous = items[items.length - 1] ?? { content: [] };
      if (items.length === 0) items.push(previous);
      previous.children = [...(previous.children ?? []), sub];
    }
  }
  return items.length > 0 ? { type: 'list', ordered: tagOf(list) === 'ol', items } : undefined;
}

function readTable(table: Element): TableBlock | undefined {
  const rows = Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
  const cells = rows.map((row) =>
    Array.from(row.children).filter((cell) => tagOf(cell) === 'td' || tagOf(cell) === 'th'),
  );
  const first = cells[0] ?? [];
  const headerRow =
    first.length > 0 &&
    (first.every((cell) => tagOf(cell) === 'th') || tagOf(rows[0]?.parentElement ?? table) === 'thead');
  const columns = Math.max(0, ...cells.map((row) => row.length));
  if (columns === 0) return undefined;
  return {
    type: 'table',
    headerRow,
    rows: cells.map((row) =>
      Array.from({ length: columns }, (_, column) => {
        const cell = row[column];
        return cell === undefined ? [] : inlinesOf(cell);
      }),
    ),
  };
}

/** Walks block structure; loose inline runs between blocks become paragraphs. */
function readBlocks(parent: Node, marks: Marks, out: Block[]): void {
  let pending: Inline[] = [];
  const flush = () => {
    const content = tidy(pending);
    if (hasText(content)) out.push({ type: 'paragraph', content });
    pending = [];
  };
  for (const node of Array.from(parent.childNodes)) {
    if (!isBlock(node)) {
      collectInlines(node, marks, pending);
      continue;
    }
    flush();
    const tag = tagOf(node);
    const block =
      tag === 'ul' || tag === 'ol'
        ? readList(node as Element)
        : tag === 'table'
          ? readTable(node as Element)
          : undefined;
    if (block !== undefined) out.push(block);
    else if (tag !== 'ul' && tag !== 'ol' && tag !== 'table') readBlocks(node, marksFor(node as Element, marks), out);
  }
  flush();
}

export function sanitizedHtmlToRichText(root: Node): RichText {
  const blocks: Block[] = [];
  readBlocks(root, {}, blocks);
  return blocks;
}
