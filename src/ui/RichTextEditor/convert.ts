// Lexical editor state ⇄ RichText. RichText is what the record stores; the Lexical tree is only
// the editing surface, so every node kind the editor can hold maps to one of RichText's few
// blocks and anything else is reduced to its text. Hrefs are checked in both directions.
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type EditorState,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import {
  $createListItemNode,
  $createListNode,
  $isListItemNode,
  $isListNode,
  type ListItemNode,
  type ListNode,
} from '@lexical/list';
import { $createLinkNode, $isLinkNode } from '@lexical/link';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  $isTableCellNode,
  $isTableNode,
  $isTableRowNode,
  TableCellHeaderStates,
  type TableNode,
} from '@lexical/table';
import type { Block, Inline, ListBlock, ListItem, RichText, TableBlock } from '../../domain/model';
import { safeHref } from './safeHref';
import { appendInline, appendLineBreak } from './inlines';

type Marks = Omit<Inline, 'text'>;

// ---------- RichText -> Lexical ----------

function $createTextRun(text: string, marks: Marks): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) nodes.push($createLineBreakNode());
    if (line === '') return;
    const node = $createTextNode(line);
    if (marks.bold) node.toggleFormat('bold');
    if (marks.italic) node.toggleFormat('italic');
    if (marks.underline) node.toggleFormat('underline');
    if (marks.strike) node.toggleFormat('strikethrough');
    nodes.push(node);
  });
  return nodes;
}

/** Inline runs as Lexical inline nodes; consecutive runs with one href share one link node. */
function $createInlineNodes(content: readonly Inline[]): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  let openLink: { href: string; node: ElementNode } | undefined;
  for (const inline of content) {
    const href = safeHref(inline.href);
    const run = $createTextRun(inline.text, inline);
    if (href === undefined) {
      openLink = undefined;
      nodes.push(...run);
      continue;
    }
    if (openLink?.href !== href) {
      openLink = { href, node: $createLinkNode(href) };
      nodes.push(openLink.node);
    }
    openLink.node.append(...run);
  }
  return nodes;
}

function $createParagraph(content: readonly Inline[]): ElementNode {
  return $createParagraphNode().append(...$createInlineNodes(content));
}

function $createList(block: ListBlock): ListNode {
  const list = $createListNode(block.ordered ? 'number' : 'bullet');
  for (const item of block.items) {
    list.append($createListItemNode().append(...$createInlineNodes(item.content)));
    // Lexical keeps a nested list in a list item of its own, right after the item it belongs to.
    for (const child of item.children ?? []) {
      list.append($createListItemNode().append($createList(child)));
    }
  }
  return list;
}

function $createTable(block: TableBlock): TableNode {
  const columns = Math.max(1, ...block.rows.map((row) => row.length));
  const table = $createTableNode();
  block.rows.forEach((cells, rowIndex) => {
    const row = $createTableRowNode();
    for (let column = 0; column < columns; column++) {
      const header = block.headerRow && rowIndex === 0 ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS;
      row.append($createTableCellNode(header).append($createParagraph(cells[column] ?? [])));
    }
    table.append(row);
  });
  return table;
}

function $createBlock(block: Block): LexicalNode | undefined {
  switch (block.type) {
    case 'paragraph':
      return $createParagraph(block.content);
    case 'list':
      return block.items.length > 0 ? $createList(block) : undefined;
    case 'table':
      return block.rows.length > 0 ? $createTable(block) : undefined;
  }
}

/** RichText as top-level Lexical nodes. Call inside `editor.update` (or an initial-state function). */
export function $richTextToNodes(value: RichText): LexicalNode[] {
  return value.flatMap((block) => $createBlock(block) ?? []);
}

/** Replaces the whole document. Call inside `editor.update`. */
export function $setRichText(value: RichText): void {
  const root = $getRoot();
  root.clear();
  const nodes = $richTextToNodes(value);
  // The caret needs somewhere to be: an empty document is one empty paragraph.
  root.append(...(nodes.length > 0 ? nodes : [$createParagraphNode()]));
}

/** Loads `value` into `editor`, replacing its content, synchronously. */
export function richTextToLexical(editor: LexicalEditor, value: RichText): void {
  editor.update(() => $setRichText(value), { discrete: true });
}

// ---------- Lexical -> RichText ----------

function marksOf(node: LexicalNode, href: string | undefined): Marks {
  const marks: Marks = {};
  if ($isTextNode(node)) {
    if (node.hasFormat('bold')) marks.bold = true;
    if (node.hasFormat('italic')) marks.italic = true;
    if (node.hasFormat('underline')) marks.underline = true;
    if (node.hasFormat('strikethrough')) marks.strike = true;
  }
  if (href !== undefined) marks.href = href;
  return marks;
}

function $collectInlines(parent: ElementNode, out: Inline[], href?: string): void {
  for (const child of parent.getChildren()) {
    if ($isLineBreakNode(child)) {
      appendLineBreak(out, href);
    } else if ($isTextNode(child)) {
      appendInline(out, { text: child.getTextContent(), ...marksOf(child, href) });
    } else if ($isLinkNode(child)) {
      $collectInlines(child, out, safeHref(child.getURL()));
    } else if ($isListNode(child)) {
      // A nested list is a block of its own, read by the list code.
      continue;
    } else if ($isElementNode(child)) {
      $collectInlines(child, out, href);
    } else {
      // Decorators and anything else unknown keep their plain text, never their markup.
      const text = child.getTextContent();
      if (text !== '') appendInline(out, { text, ...marksOf(child, href) });
    }
  }
}

function $inlinesOf(element: ElementNode): Inline[] {
  const out: Inline[] = [];
  $collectInlines(element, out);
  return out;
}

function $listItemToRichText(node: ListItemNode, items: ListItem[]): void {
  const children = node.getChildren();
  const nested = children.filter($isListNode).map($listToRichText);
  const previous = items[items.length - 1];
  // A list item holding only a nested list continues the item before it (Lexical's nesting).
  if (nested.length > 0 && nested.length === children.length && previous !== undefined) {
    previous.children = [...(previous.children ?? []), ...nested];
    return;
  }
  items.push(nested.length > 0 ? { content: $inlinesOf(node), children: nested } : { content: $inlinesOf(node) });
}

function $listToRichText(node: ListNode): ListBlock {
  const items: ListItem[] = [];
  for (const child of node.getChildren()) {
    if ($isListItemNode(child)) $listItemToRichText(child, items);
  }
  return { type: 'list', ordered: node.getListType() === 'number', items };
}

/** A block inside a table cell as lines of text: a cell holds inline runs only. */
function $appendCellLines(node: LexicalNode, out: Inline[]): void {
  if (out.length > 0) appendLineBreak(out);
  if ($isListNode(node)) {
    for (const item of node.getChildren()) $appendCellLines(item, out);
  } else if ($isListItemNode(node)) {
    $collectInlines(node, out);
    for (const list of node.getChildren().filter($isListNode)) $appendCellLines(list, out);
  } else if ($isElementNode(node)) {
    $collectInlines(node, out);
  } else {
    appendInline(out, { text: node.getTextContent() });
  }
}

function $cellInlines(cell: ElementNode): Inline[] {
  const out: Inline[] = [];
  for (const block of cell.getChildren()) $appendCellLines(block, out);
  return out;
}

function $tableToRichText(node: TableNode): TableBlock {
  const rows = node
    .getChildren()
    .filter($isTableRowNode)
    .map((row) => row.getChildren().filter($isTableCellNode));
  const first = rows[0] ?? [];
  const headerRow = first.length > 0 && first.every((cell) => cell.hasHeaderState(TableCellHeaderStates.ROW));
  return { type: 'table', headerRow, rows: rows.map((cells) => cells.map($cellInlines)) };
}

function $blockToRichText(node: LexicalNode): Block | undefined {
  if ($isListNode(node)) return $listToRichText(node);
  if ($isTableNode(node)) return $tableToRichText(node);
  if ($isElementNode(node)) return { type: 'paragraph', content: $inlinesOf(node) };
  const text = node.getTextContent();
  return text === '' ? undefined : { type: 'paragraph', content: [{ text }] };
}

function isEmptyParagraph(block: Block): boolean {
  return block.type === 'paragraph' && block.content.length === 0;
}

/** The document as RichText. Call inside `editor.read` / `editorState.read`. */
export function $rootToRichText(): RichText {
  const blocks = $getRoot()
    .getChildren()
    .flatMap((node) => $blockToRichText(node) ?? []);
  // The one empty paragraph Lexical keeps for the caret is not content.
  const only = blocks[0];
  return blocks.length === 1 && only !== undefined && isEmptyParagraph(only) ? [] : blocks;
}

export function lexicalToRichText(editorState: EditorState): RichText {
  return editorState.read($rootToRichText);
}
