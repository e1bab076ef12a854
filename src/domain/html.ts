// Just enough HTML reading for invite bodies: a small tokenizer (no DOMParser, this runs in Node too) that
// turns markup into lines of text, remembering which lines were list items and how deep.

export interface TextLine {
  text: string;
  /** Depth of the <ul>/<ol> the line is an item of; 0 outside lists. */
  listDepth: number;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  aring: 'å',
  auml: 'ä',
  ouml: 'ö',
  Aring: 'Å',
  Auml: 'Ä',
  Ouml: 'Ö',
  eacute: 'é',
  Eacute: 'É',
  uuml: 'ü',
  Uuml: 'Ü',
  ndash: '–',
  mdash: '—',
  bull: '•',
  middot: '·',
  hellip: '…',
  sect: '§',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
};

function codePoint(n: number): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff)
    ? String.fromCodePoint(n)
    : '\uFFFD';
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#')
      return codePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/** Elements whose start or end begins a new line of text. */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'hr',
  'section',
  'article',
  'header',
  'footer',
  'pre',
  'dd',
  'dt',
]);
/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'xml']);

/** The index just after the `>` that ends the tag starting at `start`, skipping quoted attribute values. */
function tagEnd(html: string, start: number): number {
  let quote: string | undefined;
  for (let i = start + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

export function htmlToLines(html: string): TextLine[] {
  const lines: TextLine[] = [];
  let text = '';
  let depth = 0;
  let lineDepth = 0;
  const flush = () => {
    const clean = decodeEntities(text).replace(/\s+/g, ' ').trim();
    text = '';
    if (!clean) return;
    lines.push({ text: clean, listDepth: lineDepth });
    lineDepth = 0;
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const match = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    if (!match) {
      // "<!DOCTYPE", "<![if …]>", "<?xml": declarations, not text. A lone "<" is text.
      if (html[lt + 1] === '!' || html[lt + 1] === '?') i = tagEnd(html, lt);
      else {
        text += '<';
        i = lt + 1;
      }
      continue;
    }
    const closing = match[1] === '/';
    const name = (match[2] ?? '').toLowerCase();
    i = tagEnd(html, lt);
    if (!closing && HIDDEN.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      i = close === -1 ? html.length : tagEnd(html, close);
      continue;
    }
    if (BLOCK.has(name)) flush();
    if (name === 'ul' || name === 'ol') depth = Math.max(0, depth + (closing ? -1 : 1));
    if (name === 'li') lineDepth = closing ? 0 : Math.max(depth, 1);
    if (name === 'td' || name === 'th') text += ' ';
  }
  flush();
  return lines;
}
