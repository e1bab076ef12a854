// Setting and removing a link on the selection the secretary had before the link field took focus.
import { $createTextNode, $getSelection, $isRangeSelection, $setSelection, type BaseSelection } from 'lexical';
import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';

/** The text a bare link shows: the address, without "mailto:" for e-mail. */
function linkLabel(href: string): string {
  return href.startsWith('mailto:') ? href.slice('mailto:'.length) : href;
}

/**
 * Links the saved selection to `href` (already checked with `safeHref`), or unlinks it when
 * `href` is null. A caret outside any link inserts the address itself as a new link.
 */
export function $applyLink(saved: BaseSelection | null, href: string | null): void {
  if (saved !== null) $setSelection(saved.clone());
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const insideLink = $findMatchingParent(selection.anchor.getNode(), $isLinkNode) !== null;
  if (href !== null && selection.isCollapsed() && !insideLink) {
    const link = $createLinkNode(href).append($createTextNode(linkLabel(href)));
    selection.insertNodes([link]);
    link.selectEnd();
    return;
  }
  $toggleLink(href);
}
