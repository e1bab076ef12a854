// mammoth's HTML (already parsed into a DOM by the caller) as blocks of marked runs. mammoth writes a small, regular
// vocabulary: p, h1–h6, ul/ol/li, table/tr/td, strong, em, s, br; Word's and LibreOffice's dialects come out alike.
import type { DocBlock, Run } from './types';

const HEADING = /^H([1-6])$/;
const BLOCK_IN_CELL = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI']);

/** The marks a text node carries inside `block`: an enclosing strong/em/s that is part of the block. */
function marksOf(node: Node, block: Element): Omit<Run, 'text'> {
  const inside = (selector: string): boolean => {
    const found = node.parentElement?.closest(selector);
    return Boolean(found && block.contains(found));
  };
  const run: Omit<Run, 'text'> = {};
  if (inside('strong, b')) run.bold = true;
  if (inside('em, i')) run.italic = true;
  if (inside('s, del, strike')) run.strike = true;
  return run;
}

/** The text of `element` as runs; <br> and the breaks between a cell's paragraphs become "\n". */
export function runsOf(element: Element): Run[] {
  const runs: Run[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (text) runs.push({ text, ...marksOf(node, element) });
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (child.tagName === 'BR') {
      runs.push({ text: '\n' });
      return;
    }
    // Nested lists are read as blocks of their own.
    if (child !== element && (child.tagName === 'UL' || child.tagName === 'OL')) return;
    if (child !== element && BLOCK_IN_CELL.has(child.tagName) && runs.length > 0) runs.push({ text: '\n' });
    child.childNodes.forEach(visit);
  };
  visit(element);
  return runs;
}

function listBlocks(list: Element): DocBlock[] {
  return Array.from(list.children).flatMap((li) => [
    { type: 'paragraph' as const, runs: runsOf(li), listItem: true },
    ...Array.from(li.children)
      .filter((c) => c.tagName === 'UL' || c.tagName === 'OL')
      .flatMap(listBlocks),
  ]);
}

function tableBlock(table: Element): DocBlock {
  const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
  return {
    type: 'table',
    rows: rows.map((tr) =>
      Array.from(tr.children)
        .filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH')
        .map(runsOf),
    ),
  };
}

/** The blocks under `root` (a parsed document's body, or any element holding mammoth's output). */
export function blocksOf(root: ParentNode): DocBlock[] {
  return Array.from(root.children).flatMap((element): DocBlock[] => {
    const heading = HEADING.exec(element.tagName);
    if (heading) return [{ type: 'heading', level: Number(heading[1]), runs: runsOf(element) }];
    if (element.tagName === 'P') return [{ type: 'paragraph', runs: runsOf(element), listItem: false }];
    if (element.tagName === 'UL' || element.tagName === 'OL') return listBlocks(element);
    if (element.tagName === 'TABLE') return [tableBlock(element)];
    // Anything else mammoth might wrap content in (a div, a body): read what is inside.
    return element.children.length > 0 ? blocksOf(element) : [];
  });
}

/** The plain text of runs. */
export function textOf(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
