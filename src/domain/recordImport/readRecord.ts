// A previous record, as blocks, read into what a group keeps: its kind and heading style, last §, place and time,
// the attendance lists in order with roles, the item titles and the decision lead. Reads top to bottom through
// the record's sections: head (title, meta), attendance lists, items, signatures.
import type { RecordKind } from '../model';
import { blocksOf, textOf } from './blocks';
import { itemHeading, itemKind } from './items';
import { readPersonLine } from './people';
import type { DocBlock, ImportedPresence, ImportedRecord, Run } from './types';

type Section = 'head' | ImportedPresence | 'items' | 'end';

const META = /^(plats|tid|omfattning|datum|ärende|place|time|scope|date)\b\s*[:\t]?\s*(.*)$/i;
const PRESENT = /^(närvarande|deltagare|närvarolista|present)\b/i;
const ABSENT = /^(frånvarande|absent)\b/i;
const END = /^(underskrifter|underskrift|vid anteckningarna|vid protokollet|justeras|signatures)\b/i;
const TIME = /(\d{1,2})[.:](\d{2})\s*[-–—]\s*(\d{1,2})[.:](\d{2})/;
const DATE = /\b(\d{4}-\d{2}-\d{2})\b/;
const SCOPE = /(\d{1,4})\s*[-–—]\s*(\d{1,4})|(\d{1,4})\s*$/;
const DECISION_LEAD = /^(\p{Lu}[\p{L} -]{1,60}?)\s+(beslutar|beslöt|beslutade)\s+att\b/u;
const TICK = /^[√✓✔☑xX]$/;
const NO_TICK = /^(-|–|—|)$/;

const KIND_WORDS: [RecordKind, RegExp][] = [
  ['protokoll', /^protokoll\b/i],
  ['anteckningar', /^(mötes|minnes)anteckning(ar)?\b/i],
];

const time = (h: string, m: string) => `${h.padStart(2, '0')}:${m}`;

interface Line {
  runs: Run[];
  text: string;
  /** A heading, or a paragraph in bold throughout: where a new section or item may start. */
  emphasised: boolean;
  listItem: boolean;
}

function lineOf(block: Extract<DocBlock, { type: 'heading' | 'paragraph' }>): Line {
  const text = textOf(block.runs)
    .replace(/[ \u00a0]+/g, ' ')
    .trim();
  const visible = block.runs.filter((r) => r.text.trim());
  const bold = visible.length > 0 && visible.every((r) => r.bold);
  return {
    runs: block.runs,
    text,
    emphasised: block.type === 'heading' || bold,
    listItem: block.type === 'paragraph' && block.listItem,
  };
}

/** A table of people: cells of names, each followed by a tick cell (√ present, "-" or empty absent). */
function tablePeople(rows: readonly Run[][][]): { cells: Run[]; ticked?: boolean }[] {
  const tickColumn = (cell: Run[] | undefined) => {
    const text = textOf(cell ?? []).trim();
    return TICK.test(text) || NO_TICK.test(text);
  };
  return rows.flatMap((row) => {
    const ticks = row.length > 1 && row.every((cell, i) => i % 2 === 0 || tickColumn(cell));
    if (!ticks) {
      // A table without ticks: one person per row, its cells read like tab-separated text.
      const cells = row.flatMap((cell, i) => (i === 0 ? cell : [{ text: '\t' }, ...cell]));
      return textOf(cells).trim() ? [{ cells }] : [];
    }
    return row
      .flatMap((cell, i) => (i % 2 === 0 ? [{ cells: cell, ticked: TICK.test(textOf(row[i + 1] ?? []).trim()) }] : []))
      .filter((p) => textOf(p.cells).trim());
  });
}

export function readRecordBlocks(blocks: readonly DocBlock[]): ImportedRecord {
  const record: ImportedRecord = { people: [], items: [], unread: [] };
  let section: Section = 'head';
  const styles: { parentheses: number; comma: number } = { parentheses: 0, comma: 0 };
  const headingDots: boolean[] = [];
  let sectionHeadings = 0;
  let scope: { first: number; last: number } | undefined;
  let titledByKind = false;

  const person = (runs: Run[], presence: ImportedPresence) => {
    const read = readPersonLine(runs, presence);
    if (read.kind === 'unread') {
      if (read.line) record.unread.push(read.line);
      return;
    }
    record.people.push(read.person);
    if (read.roleStyle) styles[read.roleStyle] += 1;
  };

  const meta = (text: string): boolean => {
    const match = META.exec(text);
    if (!match?.[1] || match[2] === undefined) return false;
    const label = match[1].toLowerCase();
    const value = match[2].trim();
    if (label === 'plats' || label === 'place') record.place ||= value;
    else if (label === 'tid' || label === 'time') {
      const t = TIME.exec(value);
      if (t?.[1] && t[2] && t[3] && t[4]) record.usualTime = { start: time(t[1], t[2]), end: time(t[3], t[4]) };
    } else if (label === 'omfattning' || label === 'scope') {
      const s = SCOPE.exec(value);
      const first = Number(s?.[1] ?? s?.[3]);
      const last = Number(s?.[2] ?? s?.[3]);
      if (Number.isFinite(first) && Number.isFinite(last)) scope = { first, last };
      if (value.includes('§')) record.kind ??= 'protokoll';
    } else if (label === 'datum' || label === 'date') record.date ??= DATE.exec(value)?.[1];
    return true;
  };

  const listHeading = (line: Line): ImportedPresence | undefined => {
    if (PRESENT.test(line.text)) return 'present';
    if (ABSENT.test(line.text)) return 'absent';
    return undefined;
  };

  const item = (line: Line): boolean => {
    const heading = itemHeading(line.text);
    const previous = record.items[record.items.length - 1]?.number ?? 0;
    // A numbered line is an item when it stands out (heading, bold) or continues the numbering; a numbered list
    // inside an item's text does neither.
    if (!heading || line.listItem || (!line.emphasised && heading.number !== previous + 1 && !heading.section)) {
      return false;
    }
    if (previous && heading.number <= previous) return false;
    record.items.push({ number: heading.number, title: heading.title, kind: itemKind(heading.title) });
    headingDots.push(heading.dot);
    if (heading.section) sectionHeadings += 1;
    return true;
  };

  /** Headings without numbers: items only if nothing is numbered; an opening before item 1 is kept. */
  const headings: string[] = [];
  const unnumbered = (line: Line) => {
    const title = line.text.replace(/:$/, '');
    if (line.text.endsWith(':') || line.listItem) return;
    headings.push(title);
    if (record.items.length === 0 && itemKind(title) === 'opening') record.items.push({ title, kind: 'opening' });
  };

  const lead = (text: string) => {
    const match = DECISION_LEAD.exec(text);
    if (match?.[1] && !record.decisionLead) record.decisionLead = `${match[1].trim()} beslutar att:`;
  };

  for (const block of blocks) {
    if (section === 'end') break;
    if (block.type === 'table') {
      if (section === 'head' || section === 'present' || section === 'absent') {
        for (const p of tablePeople(block.rows)) {
          person(
            p.cells,
            p.ticked === undefined ? (section === 'head' ? 'present' : section) : p.ticked ? 'present' : 'absent',
          );
        }
        if (section === 'head') section = 'present';
      }
      continue;
    }
    const line = lineOf(block);
    if (!line.text) continue;

    if (END.test(line.text) && section !== 'head') {
      section = 'end';
      continue;
    }
    const list = listHeading(line);
    if (list && (section === 'head' || section === 'present' || section === 'absent')) {
      section = list;
      // "Närvarande<TAB>Name, Org" keeps its first person on the label's line.
      const rest = line.text.replace(/^[^\t]*\t/, '');
      if (line.text.includes('\t') && rest.trim()) person([{ text: rest }], list);
      continue;
    }
    if (section === 'head') {
      if (meta(line.text)) continue;
      if (item(line)) {
        section = 'items';
        continue;
      }
      // No attendance list: an opening heading ("Välkommen") after the title starts the items.
      if (record.title && line.emphasised && itemKind(line.text) === 'opening') {
        section = 'items';
        unnumbered(line);
        continue;
      }
      // The title is the line that names the kind ("Protokoll Styrgrupp …"), else the first line (a letterhead).
      const kind = KIND_WORDS.find(([, pattern]) => pattern.test(line.text))?.[0];
      if (kind && !titledByKind) {
        record.title = line.text;
        record.kind = kind;
        titledByKind = true;
      } else record.title ??= line.text;
      record.date ??= DATE.exec(line.text)?.[1];
      continue;
    }
    if (section === 'present' || section === 'absent') {
      if (item(line)) {
        section = 'items';
        continue;
      }
      if (line.emphasised && !mayBePerson(line)) {
        section = 'items';
        unnumbered(line);
        continue;
      }
      person(line.runs, section);
      continue;
    }
    if (item(line)) continue;
    if (line.emphasised) unnumbered(line);
    lead(line.text);
  }
  // A record whose items have no numbers: its headings are the items.
  if (!record.items.some((i) => i.number !== undefined)) {
    record.items = headings.map((title) => ({ title, kind: itemKind(title) }));
  }

  const numbers = [scope?.last ?? 0, ...record.items.map((i) => i.number ?? 0)];
  if (Math.max(...numbers) > 0) record.lastNumber = Math.max(...numbers);
  if (headingDots.length)
    record.headingStyle = headingDots.filter(Boolean).length * 2 >= headingDots.length ? 'dot' : 'plain';
  record.kind ??= sectionHeadings > 0 || record.items.some((i) => i.kind === 'adjuster') ? 'protokoll' : 'anteckningar';
  if (styles.parentheses || styles.comma)
    record.roleStyle = styles.parentheses > styles.comma ? 'parentheses' : 'comma';
  return record;
}

/** A bold line in an attendance list is still a person when it reads like one ("**Karin Ek**, Region, ordförande"). */
function mayBePerson(line: Line): boolean {
  return line.text.includes(',') || line.text.includes('\t');
}

/** The record in mammoth's HTML, parsed into a DOM by the caller (DOMParser in the browser, jsdom in tests). */
export function readRecord(root: ParentNode): ImportedRecord {
  return readRecordBlocks(blocksOf(root));
}
