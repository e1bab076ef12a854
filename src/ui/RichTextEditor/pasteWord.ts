// What arrives on paste, made RichText. HTML is parsed into an inert document (no scripts run,
// no images load), Word's paragraph lists are rebuilt as real lists, and DOMPurify keeps only
// the tags RichText has a meaning for; the result is read straight into RichText, so no pasted
// markup ever reaches the editor's DOM or the record.
import DOMPurify from 'dompurify';
import type { RichText } from '../../domain/model';
import { paragraphsFromText } from '../../domain/richtext';
import { RICH_TEXT_BLOCK_TAGS, sanitizedHtmlToRichText } from './htmlToRichText';
import { convertWordLists } from './wordLists';

const ALLOWED_TAGS = ['br', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'a', ...RICH_TEXT_BLOCK_TAGS];

/** Block containers other editors use for lines and sections (Outlook, web pages). */
const CONTAINERS =
  'div, section, article, main, header, footer, aside, blockquote, pre, address, figure, figcaption, center, dl, dt, dd';
const HAS_BLOCK = 'p, ul, ol, li, table, h1, h2, h3, h4, h5, h6';

/**
 * A container holding only inline content is a paragraph; one holding blocks is unwrapped.
 * Without this the sanitiser would drop the containers and run their lines together.
 */
function normaliseContainers(root: Element): void {
  // Innermost first, so an outer container sees what its inner ones became.
  for (const container of Array.from(root.querySelectorAll(CONTAINERS)).reverse()) {
    if (container.querySelector(HAS_BLOCK) !== null) {
      container.replaceWith(...Array.from(container.childNodes));
    } else {
      const paragraph = container.ownerDocument.createElement('p');
      paragraph.append(...Array.from(container.childNodes));
      container.replaceWith(paragraph);
    }
  }
}

/**
 * Word writes struck-out text as <s>; Google Docs and Outlook on the web as a line-through style, which the
 * sanitiser (no style attributes) would drop: made an <s> here, before it runs.
 */
function markStruck(root: Element): void {
  for (const styled of Array.from(root.querySelectorAll('[style*="line-through" i]'))) {
    const struck = styled.ownerDocument.createElement('s');
    struck.append(...Array.from(styled.childNodes));
    styled.append(struck);
  }
}

export function htmlToRichText(html: string): RichText {
  const document = new DOMParser().parseFromString(html, 'text/html');
  convertWordLists(document.body);
  normaliseContainers(document.body);
  markStruck(document.body);
  // Handed over as markup: DOMPurify works on its own fresh document, never on this one.
  const clean = DOMPurify.sanitize(document.body.innerHTML, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
    RETURN_DOM_FRAGMENT: true,
  });
  return sanitizedHtmlToRichText(clean);
}

export interface ClipboardContent {
  html: string;
  text: string;
}

/** The HTML flavour when it holds anything, else the plain text, one paragraph a line. */
export function clipboardToRichText({ html, text }: ClipboardContent): RichText {
  if (html.trim() !== '') {
    const fromHtml = htmlToRichText(html);
    if (fromHtml.length > 0) return fromHtml;
  }
  return paragraphsFromText(text);
}
