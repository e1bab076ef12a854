// The agenda as the organizer wrote it in the invite: numbered or bulleted lines, some naming a presenter.
// Outlook and Teams bodies are HTML (real lists, or Word's "1.&nbsp;" paragraphs) or plain text, and end with
// Teams' join footer, which is not agenda.
import { htmlToLines } from './html';
import type { TextLine } from './html';
import type { ItemKind } from './model';

/** One agenda line; standard items (öppnande, övriga frågor …) come back with their kind. */
export interface ParsedAgendaItem {
  title: string;
  presenter?: string;
  kind: ItemKind;
}

/** Where Teams' footer starts: its row of underscores, or its first words when the rule was lost. */
const FOOTER =
  /^(_{5,}|-{10,}|microsoft teams(\b|-)|join the meeting now|anslut till mötet nu|delta i mötet nu|join on your computer|anslut på datorn|meeting id:|mötes-id:)/i;

/** "1. …", "1) …", "§ 3 …", "§3. …": the number is the organizer's, ours is derived. */
const NUMBERED = /^(?:§\s*)?\d{1,3}\s*[.):]\s+(.+)$|^§\s*\d{1,3}\s+(.+)$/;
const BULLETED = /^[-•*–·▪■►✓]\s*(.+)$/;
/** "13.00-13.15 Budget": agenda times are not part of the title. */
const LEADING_TIME = /^(kl\.?\s*)?\d{1,2}[.:]\d{2}(\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*[-–:]?\s+/i;

const STANDARD: [ItemKind, RegExp][] = [
  ['adjuster', /justerare|justering|\badjuster\b|sign(ing)? the minutes/i],
  ['previous', /föregående (protokoll|möte|mötes|minnes|anteckn)|previous (minutes|meeting)|last meeting'?s? minutes/i],
  ['other', /övriga frågor|^övrigt\b|other (matters|business|questions)|\baob\b|any other business/i],
  ['closing', /avslutande|^avslut|mötet avslutas|nästa möte|closing|next meeting/i],
  ['opening', /öppnande|mötet öppnas|välkommen|dagordning|opening|welcome|approval of (the )?agenda/i],
];

/** Which standard item (öppnande, justerare, föregående, övriga frågor, avslutande) a title names, if any. */
export function standardKind(title: string): ItemKind {
  return STANDARD.find(([, pattern]) => pattern.test(title))?.[0] ?? 'regular';
}

const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(-\p{Lu}?\p{Ll}+)*$/u;
const NAME_PARTICLE = /^(af|av|von|van|de|der|la|du)$/;
/** Capitalised words that name organisations, not people: "Region Norrvik" is not a presenter. */
const NOT_A_NAME =
  /^(region|kommun|landsting|närvårdskontoret|vårdcentralen|sjukhus|förvaltning|enheten|avdelningen|gruppen|team|teams|microsoft|budget|rapport|information)$/i;

/** 2–4 capitalised words, with å/ä/ö, hyphens and the odd "af" or "von". */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (!NAME_WORD.test(first) || !NAME_WORD.test(last) || NOT_A_NAME.test(first)) return false;
  return words.every((w) => NAME_WORD.test(w) || NAME_PARTICLE.test(w));
}

/** "Psykisk hälsa, Johanna Carlsson" or "Psykisk hälsa (Johanna Carlsson)". */
function splitPresenter(text: string): { title: string; presenter?: string } {
  const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  if (bracket?.[1] && bracket[2] && looksLikePersonName(bracket[2]))
    return { title: bracket[1], presenter: bracket[2].trim() };
  const comma = text.lastIndexOf(',');
  if (comma > 0) {
    const presenter = text.slice(comma + 1).trim();
    if (looksLikePersonName(presenter)) return { title: text.slice(0, comma).trim(), presenter };
  }
  return { title: text };
}

function textLines(content: string): TextLine[] {
  return content.split(/\r\n|\r|\n/).map((line) => ({ text: line, listDepth: 0 }));
}

/** The line before Teams' footer, so its "Meeting ID: …" never becomes an item. */
function beforeFooter(lines: readonly TextLine[]): TextLine[] {
  const end = lines.findIndex((line) => FOOTER.test(line.text.trim()));
  return end === -1 ? [...lines] : lines.slice(0, end);
}

interface Candidate {
  text: string;
  /** List depth for HTML list items, indentation for text lines: only the outermost level is the agenda. */
  level: number;
  listed: boolean;
}

function candidate(line: TextLine): Candidate | undefined {
  const trimmed = line.text.trim();
  const marked = NUMBERED.exec(trimmed) ?? BULLETED.exec(trimmed);
  const text = marked ? (marked[1] ?? marked[2] ?? '') : line.listDepth > 0 ? trimmed : undefined;
  if (text === undefined) return undefined;
  const indent = line.text.length - line.text.trimStart().length;
  return { text: text.trim(), level: line.listDepth > 0 ? line.listDepth : indent, listed: line.listDepth > 0 };
}

function outermost(candidates: readonly Candidate[]): Candidate[] {
  const min = Math.min(...candidates.map((c) => c.level));
  return candidates.filter((c) => c.level === min);
}

export function parseAgenda(body: { contentType: 'html' | 'text'; content: string }): ParsedAgendaItem[] {
  const lines = beforeFooter(body.contentType === 'html' ? htmlToLines(body.content) : textLines(body.content));
  const candidates = lines.map(candidate).filter((c): c is Candidate => c !== undefined && c.text.length > 0);
  const listed = candidates.filter((c) => c.listed);
  const marked = candidates.filter((c) => !c.listed);
  const chosen = new Set([...(listed.length ? outermost(listed) : []), ...(marked.length ? outermost(marked) : [])]);
  return candidates
    .filter((c) => chosen.has(c))
    .map((c) => {
      const { title, presenter } = splitPresenter(c.text.replace(LEADING_TIME, ''));
      return { title, ...(presenter ? { presenter } : {}), kind: standardKind(title) };
    })
    .filter((item) => item.title.length > 0);
}
