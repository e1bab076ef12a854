// Item headings of a record ("§ 12. Mötets öppnande", "3. SIP", "4 Ekonomi") and the group's template made of them.
import { standardKind } from '../agenda';
import type { ItemKind, Language, RecordKind, TemplateItem } from '../model';
import { vocabulary } from '../vocabulary';
import type { ImportedItem } from './types';

export interface ItemHeading {
  number: number;
  title: string;
  section: boolean;
  dot: boolean;
}

const SECTION_HEADING = /^§\s*(\d{1,4})(\.?)\s+(\S.*)$/;
const NUMBER_HEADING = /^(\d{1,3})(\.?)\s+(\S.*)$/;

/** "§ 12. Titel" / "§ 12 Titel" / "12. Titel" / "12 Titel", or nothing. */
export function itemHeading(text: string): ItemHeading | undefined {
  const line = text.replace(/\s+/g, ' ').trim();
  const section = SECTION_HEADING.exec(line);
  if (section?.[1] && section[3]) {
    return { number: Number(section[1]), dot: section[2] === '.', title: section[3].trim(), section: true };
  }
  const numbered = NUMBER_HEADING.exec(line);
  // "2026 års budget" is a title, not item 2026: item numbers in notes are small, and a bare number needs a dot or
  // a capitalised title after it.
  if (numbered?.[1] && numbered[3] && (numbered[2] === '.' || /^\p{Lu}/u.test(numbered[3]))) {
    return { number: Number(numbered[1]), dot: numbered[2] === '.', title: numbered[3].trim(), section: false };
  }
  return undefined;
}

/** "Minnesanteckningar 2025-01-24 läggs till handlingarna" is the previous record being filed. */
const FILED = /läggs till handlingarna|^(föregående\s+)?(minnes|mötes)anteckningar(na)?\b|^protokoll(et)?\s+från/i;
const DATED = /\d{4}-\d{2}-\d{2}/;

export function itemKind(title: string): ItemKind {
  const standard = standardKind(title);
  return standard === 'regular' && FILED.test(title) ? 'previous' : standard;
}

export interface TemplateChoice {
  item: ImportedItem;
  /** Kept in the group's template; the secretary unticks the one-off items. */
  keep: boolean;
}

/**
 * The group's template from the record's items, in their order: standard items keep the group's wording (unless
 * it names last time's date), the group's own items stay as recurring items, and the meeting's own items go in the
 * slot before "other matters" and the closing item. Notes have no "Val av justerare".
 */
export function templateFrom(choices: readonly TemplateChoice[], kind: RecordKind, language: Language): TemplateItem[] {
  const words = vocabulary[language].standardItems;
  const kept = choices
    .filter((c) => c.keep)
    .map(({ item }): TemplateItem => {
      if (item.kind === 'regular') return { kind: 'regular', title: item.title };
      const title = DATED.test(item.title) ? words[item.kind][kind] : item.title.replace(/[.:]$/, '');
      return { kind: item.kind, title };
    })
    .filter((t) => kind === 'protokoll' || t.kind !== 'adjuster');
  const end = kept.findIndex((t) => t.kind === 'other' || t.kind === 'closing');
  const slotAt = end === -1 ? kept.length : end;
  return [...kept.slice(0, slotAt), { kind: 'regular', title: '' }, ...kept.slice(slotAt)];
}
