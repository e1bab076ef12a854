// The short HTML summary in the approval e-mail: title, items with their labels, decisions, and a
// link to the full record. Built from the preview model so it says what the document says.
import type { Minutes } from '../domain/model';
import { vocabulary } from '../domain/vocabulary';
import { isSafeHref } from '../domain/richtext';
import { escapeHtml } from './escape';
import { previewModel } from './preview';
import type { PreviewItem } from './previewTypes';

export function mailSummaryHtml(minutes: Minutes, link: string): string {
  const doc = previewModel(minutes);
  const words = vocabulary[minutes.language];
  const meta = doc.meta.map((line) => `${escapeHtml(line.label)}: ${escapeHtml(line.value)}`).join('<br>');
  // An address that is not http(s)/mailto is shown, never made clickable.
  const open = isSafeHref(link)
    ? `<a href="${escapeHtml(link.trim())}">${escapeHtml(words.openRecord)}</a>`
    : escapeHtml(link);
  return [
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p>${meta}</p>`,
    doc.items.map(itemHtml).join(''),
    doc.approvalStamp ? `<p><em>${escapeHtml(doc.approvalStamp)}</em></p>` : '',
    `<p>${open}</p>`,
  ].join('\n');
}

function itemHtml(item: PreviewItem): string {
  const decisions = item.decisionBlocks
    .map(
      (block) =>
        `<p><strong>${escapeHtml(block.heading)}:</strong> ${escapeHtml(block.intro)}</p><ul>${block.lines
          .map((line) => `<li>${escapeHtml(line)}</li>`)
          .join('')}</ul>`,
    )
    .join('');
  const outcome = item.outcome ? `<p>${escapeHtml(item.outcome)}</p>` : '';
  const subItems =
    item.subItems.length > 0 ? `<div style="margin-left:1em">${item.subItems.map(itemHtml).join('')}</div>` : '';
  return `<h2>${escapeHtml(item.heading)}</h2>${decisions}${outcome}${subItems}`;
}
