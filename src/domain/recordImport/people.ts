// One line of a record's attendance list as a person: "Name<TAB>Organisation, role", "Name, Organisation, role",
// "Name, role <i>Organisation</i>", "Name, Organisation (ersättare för X)"; struck out when absent.
import type { Role } from '../model';
import { textOf } from './blocks';
import type { ImportedPerson, ImportedPresence, Run } from './types';

const ROLE_WORDS: [Role, RegExp][] = [
  ['viceChair', /^vice\s*ordförande$/i],
  ['chair', /^ordförande$/i],
  ['secretary', /^sekreterare$/i],
  ['adjuster', /^justerare$/i],
  ['coopted', /^adjungerad$/i],
  ['guest', /^gäst$/i],
  ['deputy', /^(tjänstgörande\s+)?ersättare$/i],
];

const DEPUTY_FOR = /^(?:tjänstgörande\s+)?ersättare\s*\(?\s*för\s+([^()]+?)\)?$/i;
const ABSENCE_ANNOUNCED = /^anmält\s+frånvaro$/i;
/** Connectives between role words: "Ordförande och sekreterare", "sekreterare/justerare". */
const CONNECTIVE = /\s+(?:och|&)\s+|\s*\/\s*/i;

interface RolePart {
  roles: Role[];
  deputyFor?: string;
}

/** A comma-separated part that is only role words ("Ordförande och sekreterare"); anything more is organisation. */
export function rolePart(part: string): RolePart | undefined {
  const text = part.trim();
  const deputy = DEPUTY_FOR.exec(text);
  if (deputy?.[1]) return { roles: ['deputy'], deputyFor: deputy[1].trim() };
  const words = text.split(CONNECTIVE).map((w) => w.trim());
  const roles = words.map((w) => ROLE_WORDS.find(([, pattern]) => pattern.test(w))?.[0]);
  if (words.length === 0 || roles.some((r) => r === undefined)) return undefined;
  return { roles: roles as Role[] };
}

/** A person's name: capitalised words, no digits, not a heading or a sentence. */
const NAME = /^\p{Lu}[\p{L}'’.-]*(\s+[\p{L}'’.-]+){0,5}$/u;
/** A seat nobody holds: understood, but not a person to put on the roster. */
const VACANT = /^(vakant|vacant|ej tillsatt)$/i;

export type PersonLine =
  { kind: 'person'; person: ImportedPerson; roleStyle?: 'comma' | 'parentheses' } | { kind: 'unread'; line: string };

function splitParts(text: string): string[] {
  return text
    .split(/\t+|,/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The name and the rest: before a tab, before italic text (the organisation), else before the first comma. */
function nameAndRest(runs: readonly Run[]): { name: string; rest: string[] } | undefined {
  const text = textOf(runs)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  const tab = text.indexOf('\t');
  if (tab > 0) {
    const [name = '', ...rest] = splitParts(text.slice(0, tab));
    return { name, rest: [...rest, ...splitParts(text.slice(tab + 1))] };
  }
  const firstItalic = runs.findIndex((r) => r.italic && r.text.trim());
  if (firstItalic > 0) {
    const plain = splitParts(textOf(runs.slice(0, firstItalic)));
    const [name = '', ...rest] = plain;
    return { name, rest: [...rest, ...splitParts(textOf(runs.slice(firstItalic)))] };
  }
  const [name = '', ...rest] = splitParts(text);
  return name ? { name, rest } : undefined;
}

/** A trailing "(ersättare)" / "(ordförande)" is a role in parentheses. */
function parenthesised(parts: string[]): { parts: string[]; role?: string } {
  const last = parts[parts.length - 1];
  const match = last ? /^(.*?)\s*\(([^()]+)\)$/.exec(last) : null;
  if (!match?.[2] || !rolePart(match[2])) return { parts };
  return { parts: [...parts.slice(0, -1), ...(match[1] ? [match[1]] : [])], role: match[2] };
}

export function readPersonLine(runs: readonly Run[], section: ImportedPresence): PersonLine {
  const line = textOf(runs).replace(/\s+/g, ' ').trim();
  const split = nameAndRest(runs);
  if (!split || !NAME.test(split.name) || VACANT.test(split.name)) return { kind: 'unread', line };
  const visible = runs.filter((r) => r.text.trim());
  const struck = visible.length > 0 && visible.every((r) => r.strike);

  const { parts, role: bracketRole } = parenthesised(split.rest);
  let presence: ImportedPresence = struck ? 'absent' : section;
  const organisation: string[] = [];
  const roleLabels: string[] = [];
  const roles: Role[] = [];
  let deputyFor: string | undefined;
  const addRole = (label: string) => {
    const found = rolePart(label);
    if (!found) return false;
    roleLabels.push(label.trim());
    roles.push(...found.roles.filter((r) => !roles.includes(r)));
    deputyFor ??= found.deputyFor;
    return true;
  };
  for (const part of parts) {
    if (ABSENCE_ANNOUNCED.test(part)) presence = 'absenceAnnounced';
    else if (!addRole(part)) organisation.push(part);
  }
  if (bracketRole) addRole(bracketRole);

  const person: ImportedPerson = { name: split.name, roles, presence, line };
  if (organisation.length) person.organisation = organisation.join(', ');
  if (roleLabels.length) person.roleLabel = roleLabels.join(', ');
  if (deputyFor) person.deputyFor = deputyFor;
  const roleStyle = bracketRole ? 'parentheses' : roleLabels.length ? 'comma' : undefined;
  return { kind: 'person', person, ...(roleStyle ? { roleStyle } : {}) };
}
