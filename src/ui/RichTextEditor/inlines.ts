// Inline runs kept in their normal form: no empty runs, and neighbours with the same marks and
// href merged, so equal documents compare equal however they were built.
import type { Inline } from '../../domain/model';

function sameMarks(a: Inline, b: Inline): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.strike === b.strike &&
    a.href === b.href
  );
}

/** Only the marks that are set, so `{ bold: false }` and `{}` are one thing. */
function normalised(inline: Inline): Inline {
  const out: Inline = { text: inline.text };
  if (inline.bold === true) out.bold = true;
  if (inline.italic === true) out.italic = true;
  if (inline.underline === true) out.underline = true;
  if (inline.strike === true) out.strike = true;
  if (inline.href !== undefined) out.href = inline.href;
  return out;
}

export function appendInline(out: Inline[], inline: Inline): void {
  if (inline.text === '') return;
  const next = normalised(inline);
  const last = out[out.length - 1];
  if (last !== undefined && sameMarks(last, next)) {
    out[out.length - 1] = { ...last, text: last.text + next.text };
  } else {
    out.push(next);
  }
}

/**
 * A line break joins the run before it when it can: a break carries no marks of its own, and
 * "a\nb" in bold should stay one bold run rather than three.
 */
export function appendLineBreak(out: Inline[], href?: string): void {
  const last = out[out.length - 1];
  if (last !== undefined && last.href === href) {
    out[out.length - 1] = { ...last, text: `${last.text}\n` };
  } else {
    appendInline(out, href === undefined ? { text: '\n' } : { text: '\n', href });
  }
}
