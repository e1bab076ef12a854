// What every value the editor emits must satisfy: links only to http(s) or mailto.
import type { Inline, ListBlock, RichText } from '../../../src/domain/model';
import { isSafeHref } from '../../../src/domain/richtext';

function listInlines(list: ListBlock): Inline[] {
  return list.items.flatMap((item) => [...item.content, ...(item.children ?? []).flatMap(listInlines)]);
}

export function allInlines(value: RichText): Inline[] {
  return value.flatMap((block) => {
    switch (block.type) {
      case 'paragraph':
        return block.content;
      case 'list':
        return listInlines(block);
      case 'table':
        return block.rows.flat(2);
    }
  });
}

export function hasOnlySafeLinks(value: RichText): boolean {
  return allInlines(value).every((inline) => inline.href === undefined || isSafeHref(inline.href));
}
