// The group's own template as the configuration page edits it. The untitled `regular` item is the slot where each
// meeting's own items go (see domain/templates): it can move but has no title to change and cannot be removed.
import type { RecordKind, TemplateItem } from '../../domain/model';

export function isSlot(item: TemplateItem): boolean {
  return item.kind === 'regular' && item.title.trim() === '';
}

/** Only items the group added (titled `regular` ones) may go: the standard items carry numbering and rendering. */
export function isRemovable(item: TemplateItem): boolean {
  return item.kind === 'regular' && !isSlot(item);
}

export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || target < 0 || index >= list.length || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** A new default item goes just before "other matters" and the closing item, like the meeting's own items. */
export function insertionIndex(template: readonly TemplateItem[]): number {
  const end = template.findIndex((item) => item.kind === 'other' || item.kind === 'closing');
  return end === -1 ? template.length : end;
}

/**
 * The adjuster (val av justerare) belongs to protokoll only: notes drop it, and protokoll gets the standard one back
 * after the opening item when the group's template lacks it.
 */
export function templateForKind(
  template: readonly TemplateItem[],
  kind: RecordKind,
  adjuster: TemplateItem,
): TemplateItem[] {
  if (kind === 'anteckningar') return template.filter((item) => item.kind !== 'adjuster');
  if (template.some((item) => item.kind === 'adjuster')) return [...template];
  const opening = template.findIndex((item) => item.kind === 'opening');
  return [...template.slice(0, opening + 1), adjuster, ...template.slice(opening + 1)];
}

/** Every item but the slot needs a title; a second untitled item would become another slot. */
export function isValidTemplate(template: readonly TemplateItem[]): boolean {
  return (
    template.filter((item) => item.title.trim() === '').length <= 1 &&
    template.every((item) => item.title.trim() !== '' || item.kind === 'regular')
  );
}
