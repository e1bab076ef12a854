// Pasted RichText put in at the caret. Inside a table cell only paragraphs go in: Lexical's
// tables do not nest, and RichText cells hold inline runs only.
import { $getRoot, $getSelection, $insertNodes, $isRangeSelection } from 'lexical';
import { $isTableCellNode } from '@lexical/table';
import { $findMatchingParent } from '@lexical/utils';
import type { Block, Inline, ListBlock, ParagraphBlock, RichText } from '../../domain/model';
import { $richTextToNodes } from './convert';

function paragraph(content: Inline[]): ParagraphBlock {
  return { type: 'paragraph', content };
}

function listParagraphs(list: ListBlock): ParagraphBlock[] {
  return list.items.flatMap((item) => [paragraph(item.content), ...(item.children ?? []).flatMap(listParagraphs)]);
}

function asParagraphs(block: Block): ParagraphBlock[] {
  switch (block.type) {
    case 'paragraph':
      return [block];
    case 'list':
      return listParagraphs(block);
    case 'table':
      return block.rows.map((row) =>
        paragraph(row.flatMap((cell, index) => (index === 0 ? cell : [{ text: '\t' }, ...cell]))),
      );
  }
}

/** Inserts `value` at the selection (the end of the document when there is none). */
export function $insertRichText(value: RichText): void {
  const selection = $getSelection();
  if (selection === null) $getRoot().selectEnd();
  const inCell =
    $isRangeSelection(selection) && $findMatchingParent(selection.anchor.getNode(), $isTableCellNode) !== null;
  const nodes = $richTextToNodes(inCell ? value.flatMap(asParagraphs) : value);
  if (nodes.length > 0) $insertNodes(nodes);
}
