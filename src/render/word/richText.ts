// Notes (RichText) as Word content: paragraphs, real Word lists with levels, and tables.
import { Paragraph, Table, TableCell, TableRow, WidthType, type FileChild } from 'docx';
import type { Block, ListBlock, RichText, TableBlock } from '../../domain/model';
import { BULLET_LIST, ORDERED_LIST, contentWidth } from './styles';
import { inlineRuns } from './text';

/** Word restarts a numbered list only when it gets a new instance; one counter per document. */
export interface ListInstances {
  next(): number;
}

export function listInstances(): ListInstances {
  let last = 0;
  return { next: () => ++last };
}

export function richTextContent(notes: RichText, instances: ListInstances): FileChild[] {
  return notes.flatMap((block) => blockContent(block, instances));
}

function blockContent(block: Block, instances: ListInstances): FileChild[] {
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ children: inlineRuns(block.content) })];
    case 'list':
      return listParagraphs(block, 0, instances.next(), instances);
    case 'table':
      return [tableOf(block)];
  }
}

function listParagraphs(list: ListBlock, level: number, instance: number, instances: ListInstances): Paragraph[] {
  const reference = list.ordered ? ORDERED_LIST : BULLET_LIST;
  // Word has nine list levels; deeper nesting stays on the last one rather than failing.
  const wordLevel = Math.min(level, 8);
  return list.items.flatMap((item) => [
    new Paragraph({ children: inlineRuns(item.content), numbering: { reference, level: wordLevel, instance } }),
    ...(item.children ?? []).flatMap((child) =>
      // A nested list of the same kind continues its parent's list, so Word restarts its level after each parent item.
      listParagraphs(child, level + 1, child.ordered === list.ordered ? instance : instances.next(), instances),
    ),
  ]);
}

function tableOf(block: TableBlock): Table {
  const columns = Math.max(1, ...block.rows.map((row) => row.length));
  const columnWidth = Math.floor(contentWidth / columns);
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => columnWidth),
    rows: block.rows.map((row, rowIndex) => {
      const header = block.headerRow && rowIndex === 0;
      // Every row gets every column: Word repairs (and complains about) ragged tables.
      const cells = Array.from({ length: columns }, (_, index) => row[index] ?? []);
      return new TableRow({
        tableHeader: header,
        children: cells.map(
          (content) =>
            new TableCell({
              width: { size: columnWidth, type: WidthType.DXA },
              children: [
                new Paragraph({
                  children: inlineRuns(header ? content.map((inline) => ({ ...inline, bold: true })) : content),
                }),
              ],
            }),
        ),
      });
    }),
  });
}
