// Word puts lists on the clipboard as paragraphs, not <ul>/<li>: each item is a
// <p class=MsoListParagraph… style='…mso-list:l0 level2 lfo1'> whose first child is the bullet or
// number, typed out between <![if !supportLists]> and <![endif]> in a span styled mso-list:Ignore.
// This turns runs of such paragraphs into real nested lists, on the inert parsed document,
// before sanitising (which drops the style attributes this reads).

const MSO_LIST = /mso-list:\s*(l\d+)\s+level(\d+)/i;
const MSO_LIST_IGNORE = /mso-list:\s*ignore/i;
/** "1." "a)" "iv." "(2)": Word's numbered markers; anything else (·, o, §, –, Ø) is a bullet. */
const ORDERED_MARKER = /^\(?(?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})[.)]$/i;

interface WordListParagraph {
  element: Element;
  listId: string;
  level: number;
  ordered: boolean;
}

function isComment(node: Node, text: RegExp): boolean {
  return node.nodeType === Node.COMMENT_NODE && text.test((node as Comment).data);
}

/** Removes the typed marker from a list paragraph and returns its text ("1.", "·"). */
function takeMarker(paragraph: Element): string {
  let marker = '';
  let inside = false;
  for (const node of Array.from(paragraph.childNodes)) {
    if (isComment(node, /\[if !supportLists\]/i)) {
      inside = true;
      node.remove();
    } else if (inside) {
      if (isComment(node, /\[endif\]/i)) inside = false;
      else marker += node.textContent ?? '';
      node.remove();
    }
  }
  // Newer Word and Outlook drop the conditional comments and keep only the ignored span.
  for (const span of Array.from(paragraph.querySelectorAll('span'))) {
    if (span.isConnected && MSO_LIST_IGNORE.test(span.getAttribute('style') ?? '')) {
      marker += span.textContent ?? '';
      span.remove();
    }
  }
  return marker.replace(/[\s\u00a0]+/g, '');
}

function readWordListParagraph(element: Element): WordListParagraph | undefined {
  const match = MSO_LIST.exec(element.getAttribute('style') ?? '');
  if (match === null || element.tagName !== 'P') return undefined;
  const [, listId = '', level = '1'] = match;
  return { element, listId, level: Number(level), ordered: ORDERED_MARKER.test(takeMarker(element)) };
}

/** Whitespace text and comments between two list paragraphs do not end the list. */
function isIgnorable(node: Node): boolean {
  return (
    node.nodeType === Node.COMMENT_NODE || (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '')
  );
}

interface OpenList {
  level: number;
  list: Element;
}

/** Builds the nested <ul>/<ol> for one run of consecutive list paragraphs. */
function buildLists(document: Document, run: readonly WordListParagraph[]): Element[] {
  const roots: Element[] = [];
  let open: OpenList[] = [];
  let rootListId = '';
  for (const paragraph of run) {
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) > paragraph.level) open.pop();
    const top = open[open.length - 1];
    const newList = () => document.createElement(paragraph.ordered ? 'ol' : 'ul');
    let target: Element;
    if (top === undefined || (open.length === 1 && top.level === paragraph.level && paragraph.listId !== rootListId)) {
      target = newList();
      roots.push(target);
      open = [{ level: paragraph.level, list: target }];
      rootListId = paragraph.listId;
    } else if (top.level < paragraph.level) {
      target = newList();
      const parentItem = top.list.lastElementChild ?? top.list.appendChild(document.createElement('li'));
      parentItem.appendChild(target);
      open.push({ level: paragraph.level, list: target });
    } else {
      target = top.list;
    }
    const item = document.createElement('li');
    item.append(...Array.from(paragraph.element.childNodes));
    target.appendChild(item);
  }
  return roots;
}

export function convertWordLists(root: Element): void {
  const document = root.ownerDocument;
  const paragraphs = Array.from(root.querySelectorAll('p[style]'));
  const seen = new Set<Element>();
  for (const first of paragraphs) {
    if (seen.has(first)) continue;
    const run: WordListParagraph[] = [];
    let node: Node | null = first;
    while (node !== null) {
      if (isIgnorable(node)) {
        node = node.nextSibling;
        continue;
      }
      const paragraph = node.nodeType === Node.ELEMENT_NODE ? readWordListParagraph(node as Element) : undefined;
      if (paragraph === undefined) break;
      seen.add(paragraph.element);
      run.push(paragraph);
      node = node.nextSibling;
    }
    const firstParagraph = run[0];
    if (firstParagraph === undefined) continue;
    firstParagraph.element.before(...buildLists(document, run));
    for (const paragraph of run) paragraph.element.remove();
  }
}
