// Decisions where they are taken: an item's text is its `notes`, then each decision block followed by the
// text written after it. These edits keep that order and never lose text when a block goes.
import { withItem } from './editing';
import { newDecision, newDecisionBlock } from './factory';
import type { AgendaItem, Decision, DecisionBlock, Minutes, RichText } from './model';

/** Every decision of the item, in the order the blocks stand. */
export function itemDecisions(item: AgendaItem): Decision[] {
  return item.decisionBlocks.flatMap((block) => block.decisions);
}

/** All of the item's running text in order, without the decision blocks between. */
export function itemText(item: AgendaItem): RichText {
  return [...item.notes, ...item.decisionBlocks.flatMap((block) => block.notesAfter)];
}

/** Where a new block goes: after the item's notes (`after: null`) or after a block, splitting that text. */
export interface BlockPlace {
  /** The block whose `notesAfter` is split; null: the item's `notes`. */
  after: string | null;
  /** Paragraphs (top-level blocks) of that text before the new decision block; the rest follows it. Default: all. */
  splitAt?: number;
}

function textBefore(item: AgendaItem, after: string | null): RichText {
  if (after === null) return item.notes;
  const block = item.decisionBlocks.find((b) => b.id === after);
  if (!block) throw new Error(`No decision block ${after} in item ${item.id}`);
  return block.notesAfter;
}

function withText(item: AgendaItem, after: string | null, text: RichText): AgendaItem {
  if (after === null) return { ...item, notes: text };
  return { ...item, decisionBlocks: item.decisionBlocks.map((b) => (b.id === after ? { ...b, notesAfter: text } : b)) };
}

/** A new decision block between paragraphs: the text after the split point moves under the new block. */
export function insertDecisionBlock(
  minutes: Minutes,
  itemId: string,
  place: BlockPlace,
  now: Date,
  init: Partial<DecisionBlock> = {},
): Minutes {
  return withItem(
    minutes,
    itemId,
    (item) => {
      const text = textBefore(item, place.after);
      const at = Math.max(0, Math.min(place.splitAt ?? text.length, text.length));
      const block = newDecisionBlock({ ...init, notesAfter: [...text.slice(at), ...(init.notesAfter ?? [])] });
      const split = withText(item, place.after, text.slice(0, at));
      const index = place.after === null ? 0 : split.decisionBlocks.findIndex((b) => b.id === place.after) + 1;
      const decisionBlocks = [...split.decisionBlocks];
      decisionBlocks.splice(index, 0, block);
      return { ...split, decisionBlocks };
    },
    now,
  );
}

/** The lead as written in this block (`undefined`: the record's default) or the text after it. */
export type DecisionBlockPatch = Partial<Pick<DecisionBlock, 'lead' | 'notesAfter'>>;

function mapBlock(item: AgendaItem, blockId: string, change: (block: DecisionBlock) => DecisionBlock): AgendaItem {
  if (!item.decisionBlocks.some((b) => b.id === blockId)) throw new Error(`No decision block ${blockId}`);
  return { ...item, decisionBlocks: item.decisionBlocks.map((b) => (b.id === blockId ? change(b) : b)) };
}

export function updateDecisionBlock(
  minutes: Minutes,
  itemId: string,
  blockId: string,
  patch: DecisionBlockPatch,
  now: Date,
): Minutes {
  return withItem(minutes, itemId, (item) => mapBlock(item, blockId, (b) => ({ ...b, ...patch })), now);
}

/** Removes a block; the text after it joins the text before, so nothing typed is lost. */
export function removeDecisionBlock(minutes: Minutes, itemId: string, blockId: string, now: Date): Minutes {
  return withItem(
    minutes,
    itemId,
    (item) => {
      const index = item.decisionBlocks.findIndex((b) => b.id === blockId);
      const block = item.decisionBlocks[index];
      if (!block) throw new Error(`No decision block ${blockId}`);
      const previous = index === 0 ? null : (item.decisionBlocks[index - 1]?.id ?? null);
      const joined = withText(item, previous, [...textBefore(item, previous), ...block.notesAfter]);
      return { ...joined, decisionBlocks: joined.decisionBlocks.filter((b) => b.id !== blockId) };
    },
    now,
  );
}

/** Adds an "att …" line to a block, or to the item's last block (made after all the text when there is none). */
export function addDecision(
  minutes: Minutes,
  itemId: string,
  text: string,
  now: Date,
  id?: string,
  blockId?: string,
): Minutes {
  return withItem(
    minutes,
    itemId,
    (item) => {
      const target = blockId ?? item.decisionBlocks.at(-1)?.id;
      if (target === undefined) {
        return { ...item, decisionBlocks: [newDecisionBlock({ decisions: [newDecision(text, id)] })] };
      }
      return mapBlock(item, target, (b) => ({ ...b, decisions: [...b.decisions, newDecision(text, id)] }));
    },
    now,
  );
}

function mapDecision(item: AgendaItem, decisionId: string, change: (d: Decision) => Decision | undefined): AgendaItem {
  const block = item.decisionBlocks.find((b) => b.decisions.some((d) => d.id === decisionId));
  if (!block) throw new Error(`No decision ${decisionId} in item ${item.id}`);
  return mapBlock(item, block.id, (b) => ({
    ...b,
    decisions: b.decisions.flatMap((d) => (d.id === decisionId ? (change(d) ?? []) : [d])),
  }));
}

export function updateDecision(minutes: Minutes, itemId: string, decisionId: string, text: string, now: Date): Minutes {
  return withItem(minutes, itemId, (item) => mapDecision(item, decisionId, (d) => ({ ...d, text })), now);
}

export function removeDecision(minutes: Minutes, itemId: string, decisionId: string, now: Date): Minutes {
  return withItem(minutes, itemId, (item) => mapDecision(item, decisionId, () => undefined), now);
}
