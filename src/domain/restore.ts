// Every record and group setting read from storage passes through here: untrusted JSON in, a valid model out.
// Missing optional fields get defaults, old versions are upgraded, unsafe links are dropped, and anything
// else that is wrong is refused with the path of the bad field rather than guessed at, so no text is lost.
import { isCalendarDate, isClockTime } from './format';
import { withoutUndefined } from './withoutUndefined';
import { newId } from './ids';
import type {
  AgendaItem,
  AssigneeRef,
  Assignment,
  AssignmentSync,
  Attendee,
  Block,
  Decision,
  DecisionBlock,
  GroupSettings,
  HeldTime,
  Inline,
  Link,
  ListBlock,
  MeetingRef,
  Minutes,
  PlannerLink,
  Presence,
  RecordStyle,
  RosterMember,
  TemplateItem,
} from './model';
import { SCHEMA_VERSION } from './model';
import { isSafeHref } from './richtext';
import { recordTitle } from './templates';
import { emailKey } from './emailKey';

export class RestoreError extends Error {
  constructor(
    readonly path: string,
    readonly messages: { sv: string; en: string },
  ) {
    super(`${messages.en} (${path || 'root'})`);
    this.name = 'RestoreError';
  }
}

/** Bounds that keep a hostile or corrupt file from exhausting the tab; far beyond any real record. */
const LIMITS = { string: 200_000, array: 5_000, listDepth: 12, itemDepth: 1 };

const ROLES = ['chair', 'viceChair', 'secretary', 'adjuster', 'deputy', 'coopted', 'guest', 'member'] as const;
const ITEM_KINDS = ['opening', 'adjuster', 'previous', 'regular', 'other', 'closing'] as const;
const OUTCOMES = ['handled', 'information', 'tabled', 'referredBack'] as const;
const KINDS = ['protokoll', 'anteckningar'] as const;
const LANGUAGES = ['sv', 'en'] as const;
const SOURCES = ['invite', 'organizer', 'roster', 'manual'] as const;
const APPROVER_ROLES = ['chair', 'adjuster'] as const;
const STATUSES = ['draft', 'sentForApproval', 'approved'] as const;
const HEADING_STYLES = ['dot', 'plain'] as const;
const ROSTER_ORDERS = ['group', 'surname'] as const;
const ROLE_STYLES = ['parentheses', 'comma'] as const;
const ATTENDEE_ORDERS = ['listed', 'firstName', 'surname'] as const;
/** Older files stored 'approved'; approval is derived now, so it reads as what it last was for sure: sent out. */
const storedStatus = (status: (typeof STATUSES)[number]): Minutes['status'] =>
  status === 'approved' ? 'sentForApproval' : status;

function fail(path: string, en: string, sv: string): never {
  throw new RestoreError(path, { sv, en });
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** Reads typed fields of one JSON object, naming the path of whatever is wrong. */
class Fields {
  private readonly value: Record<string, unknown>;

  constructor(
    value: unknown,
    readonly path: string,
  ) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(path, `Expected an object, found ${describe(value)}`, `Förväntade ett objekt, fann ${describe(value)}`);
    }
    this.value = value as Record<string, unknown>;
  }

  at(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  /** Own properties only: "__proto__" or "constructor" in the JSON never reach a prototype. */
  private raw(key: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.value, key) ? this.value[key] : undefined;
  }

  has(key: string): boolean {
    const v = this.raw(key);
    return v !== undefined && v !== null;
  }

  optString(key: string): string | undefined {
    const v = this.raw(key);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string')
      fail(this.at(key), `Expected text, found ${describe(v)}`, `Förväntade text, fann ${describe(v)}`);
    if (v.length > LIMITS.string) fail(this.at(key), 'Text is too long', 'Texten är för lång');
    return v;
  }

  string(key: string, fallback?: string): string {
    const v = this.optString(key) ?? fallback;
    if (v === undefined) fail(this.at(key), 'Required text is missing', 'Obligatorisk text saknas');
    return v;
  }

  date(key: string): string {
    const v = this.string(key);
    if (Number.isNaN(Date.parse(v))) fail(this.at(key), 'Not a date', 'Inte ett datum');
    return v;
  }

  boolean(key: string, fallback: boolean): boolean {
    const v = this.raw(key);
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'boolean')
      fail(
        this.at(key),
        `Expected true or false, found ${describe(v)}`,
        `Förväntade sant eller falskt, fann ${describe(v)}`,
      );
    return v;
  }

  optBoolean(key: string): boolean | undefined {
    return this.has(key) ? this.boolean(key, false) : undefined;
  }

  /** Without a fallback the number is required. */
  integer(key: string, fallback: number | undefined, min = 0): number {
    const v = this.raw(key) ?? fallback;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
      fail(this.at(key), `Expected a whole number from ${min}`, `Förväntade ett heltal från ${min}`);
    }
    return v;
  }

  oneOf<T extends string>(key: string, values: readonly T[], fallback?: T): T {
    return oneOfValue(this.raw(key) ?? fallback, this.at(key), values);
  }

  object(key: string): Fields {
    return new Fields(this.raw(key), this.at(key));
  }

  /** A JSON object used as a map from names to values. */
  record<T>(key: string, each: (value: unknown, path: string) => T): Record<string, T> {
    const map = this.object(key);
    // fromEntries defines own properties, so a "__proto__" key cannot replace the prototype.
    return Object.fromEntries(Object.keys(map.value).map((name) => [name, each(map.value[name], map.at(name))]));
  }

  /** A list; missing means empty unless `required`. */
  list<T>(key: string, each: (value: unknown, path: string) => T, required = false): T[] {
    const v = this.raw(key);
    if ((v === undefined || v === null) && !required) return [];
    return readArray(v, this.at(key), each);
  }
}

function readArray<T>(value: unknown, path: string, each: (value: unknown, path: string) => T): T[] {
  if (!Array.isArray(value))
    fail(path, `Expected a list, found ${describe(value)}`, `Förväntade en lista, fann ${describe(value)}`);
  if (value.length > LIMITS.array) fail(path, 'The list is too long', 'Listan är för lång');
  return value.map((v, i) => each(v, `${path}[${i}]`));
}

function oneOfValue<T extends string>(value: unknown, path: string, values: readonly T[]): T {
  if (!values.includes(value as T))
    fail(path, `Expected one of ${values.join(', ')}`, `Förväntade något av ${values.join(', ')}`);
  return value as T;
}

const role = (value: unknown, path: string) => oneOfValue(value, path, ROLES);

function stringValue(value: unknown, path: string): string {
  if (typeof value !== 'string')
    fail(path, `Expected text, found ${describe(value)}`, `Förväntade text, fann ${describe(value)}`);
  if (value.length > LIMITS.string) fail(path, 'Text is too long', 'Texten är för lång');
  return value;
}

/** Fields whose value is a URL keep the text around them; only the unsafe URL itself goes. */
function safeHref(url: string | undefined): string | undefined {
  return url !== undefined && isSafeHref(url) ? url : undefined;
}

// ---- rich text ----

function inline(value: unknown, path: string): Inline {
  const f = new Fields(value, path);
  return withoutUndefined({
    text: f.string('text'),
    bold: f.optBoolean('bold'),
    italic: f.optBoolean('italic'),
    underline: f.optBoolean('underline'),
    strike: f.optBoolean('strike'),
    href: safeHref(f.optString('href')),
  });
}

function listBlock(value: unknown, path: string, depth: number): ListBlock {
  if (depth > LIMITS.listDepth) fail(path, 'Lists are nested too deeply', 'Listorna är för djupt nästlade');
  const f = new Fields(value, path);
  return {
    type: 'list',
    ordered: f.boolean('ordered', false),
    items: f.list('items', (v, p) => {
      const item = new Fields(v, p);
      const children = item.list('children', (c, cp) => listBlock(c, cp, depth + 1));
      return withoutUndefined({
        content: item.list('content', inline),
        children: children.length > 0 ? children : undefined,
      });
    }),
  };
}

function block(value: unknown, path: string): Block {
  const f = new Fields(value, path);
  const type = f.oneOf('type', ['paragraph', 'list', 'table'] as const);
  switch (type) {
    case 'paragraph':
      return { type, content: f.list('content', inline) };
    case 'list':
      return listBlock(value, path, 0);
    case 'table':
      return {
        type,
        headerRow: f.boolean('headerRow', false),
        rows: f.list('rows', (row, rp) => readArray(row, rp, (cell, cp) => readArray(cell, cp, inline))),
      };
  }
}

// ---- items ----

function assignee(value: unknown, path: string): AssigneeRef {
  const f = new Fields(value, path);
  return withoutUndefined({
    name: f.string('name'),
    directoryId: f.optString('directoryId'),
    email: f.optString('email'),
  });
}

function plannerLink(f: Fields): PlannerLink {
  return withoutUndefined({
    taskId: f.string('taskId'),
    bucketId: f.string('bucketId'),
    planId: f.string('planId'),
    etag: f.string('etag'),
    detailsEtag: f.optString('detailsEtag'),
    detailsSynced: f.boolean('detailsSynced', false),
    syncedHash: f.string('syncedHash', ''),
  });
}

function assignmentSync(f: Fields | undefined, synced: boolean): AssignmentSync {
  if (!f) return { state: synced ? 'synced' : 'pending' };
  const state = f.oneOf('state', ['pending', 'synced', 'unassignable', 'failed'] as const);
  if (state === 'unassignable') return { state, names: f.list('names', stringValue) };
  if (state === 'failed') return { state, message: f.string('message', '') };
  return { state };
}

function assignment(value: unknown, path: string): Assignment {
  const f = new Fields(value, path);
  const due = f.optString('due');
  if (due !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(due))
    fail(f.at('due'), 'Expected a date yyyy-mm-dd', 'Förväntade ett datum åååå-mm-dd');
  const planner = f.has('planner') ? plannerLink(f.object('planner')) : undefined;
  return withoutUndefined({
    id: f.optString('id') ?? newId(),
    text: f.string('text', ''),
    assignees: f.list('assignees', assignee),
    due,
    planner,
    sync: assignmentSync(f.has('sync') ? f.object('sync') : undefined, planner !== undefined),
  });
}

/** A link whose URL is unsafe is left out: its title alone points nowhere. */
function links(f: Fields): Link[] {
  return f
    .list('links', (v, p) => {
      const l = new Fields(v, p);
      const url = safeHref(l.string('url'));
      return url === undefined ? undefined : { id: l.optString('id') ?? newId(), title: l.string('title', url), url };
    })
    .filter((l): l is Link => l !== undefined);
}

function decision(value: unknown, path: string): Decision {
  const d = new Fields(value, path);
  return { id: d.optString('id') ?? newId(), text: d.string('text') };
}

function decisionBlock(value: unknown, path: string): DecisionBlock {
  const f = new Fields(value, path);
  return withoutUndefined({
    id: f.optString('id') ?? newId(),
    lead: f.optString('lead'),
    decisions: f.list('decisions', decision),
    notesAfter: f.list('notesAfter', block),
  });
}

/**
 * Version 1 kept one decision list after all of an item's text: it becomes one block after the notes. Its id
 * follows from the item's, so reading the same file twice gives the same record.
 */
function decisionBlocks(f: Fields, itemId: string, version: number): DecisionBlock[] {
  if (version >= 2) return f.list('decisionBlocks', decisionBlock);
  const decisions = f.list('decisions', decision);
  return decisions.length > 0 ? [{ id: `${itemId}-decisions`, decisions, notesAfter: [] }] : [];
}

function item(value: unknown, path: string, depth: number, version: number): AgendaItem {
  const f = new Fields(value, path);
  const subItems = f.list('subItems', (v, p) => {
    if (depth >= LIMITS.itemDepth)
      fail(p, 'Sub-items cannot have sub-items', 'Underpunkter kan inte ha egna underpunkter');
    return item(v, p, depth + 1, version);
  });
  const id = f.optString('id') ?? newId();
  return withoutUndefined({
    id,
    kind: f.oneOf('kind', ITEM_KINDS, 'regular'),
    title: f.string('title', ''),
    presenter: f.optString('presenter'),
    notes: f.list('notes', block),
    decisionBlocks: decisionBlocks(f, id, version),
    assignments: f.list('assignments', assignment),
    links: links(f),
    outcome: f.oneOf('outcome', OUTCOMES, 'handled'),
    outcomeText: f.optString('outcomeText'),
    subItems,
  });
}

// ---- people ----

function presence(f: Fields | undefined): Presence {
  if (!f) return { kind: 'expected' };
  const kind = f.oneOf('kind', ['expected', 'present', 'absent', 'absenceAnnounced', 'partial'] as const);
  if (kind !== 'partial') return { kind };
  return { kind, fromNumber: f.integer('fromNumber', undefined), toNumber: f.integer('toNumber', undefined) };
}

function attendee(value: unknown, path: string): Attendee {
  const f = new Fields(value, path);
  const directoryId = f.optString('directoryId');
  const email = f.optString('email');
  return withoutUndefined({
    key: f.optString('key') ?? directoryId ?? (email ? emailKey(email) : undefined) ?? newId(),
    directoryId,
    name: f.string('name'),
    email,
    organisation: f.optString('organisation'),
    jobTitle: f.optString('jobTitle'),
    roles: f.list('roles', role),
    roleLabel: f.optString('roleLabel'),
    deputyFor: f.optString('deputyFor'),
    presence: presence(f.has('presence') ? f.object('presence') : undefined),
    external: f.boolean('external', directoryId === undefined),
    guestAccount: directoryId !== undefined && f.boolean('guestAccount', false) ? true : undefined,
    source: f.oneOf('source', SOURCES, 'manual'),
  });
}

function meeting(f: Fields): MeetingRef {
  return withoutUndefined({
    eventId: f.string('eventId'),
    seriesMasterId: f.optString('seriesMasterId'),
    iCalUId: f.optString('iCalUId'),
    joinUrl: safeHref(f.optString('joinUrl')),
    subject: f.string('subject', ''),
    start: f.date('start'),
    end: f.date('end'),
    location: f.optString('location'),
    organizer: f.has('organizer') ? organizer(f.object('organizer')) : undefined,
  });
}

function organizer(f: Fields): { name: string; email?: string } {
  return withoutUndefined({ name: f.string('name'), email: f.optString('email') });
}

/**
 * The schema version the value was written with. Files from before versioning (no field, or 0) had the
 * same shape as version 1; a version newer than this app knows is refused rather than half-read.
 */
function schemaVersionOf(f: Fields): number {
  const version = f.integer('schemaVersion', 0);
  if (version > SCHEMA_VERSION) {
    fail(
      f.at('schemaVersion'),
      `Saved by a newer version of the app (schema ${version}); update the app to open it`,
      `Sparad av en nyare version av appen (schema ${version}); uppdatera appen för att öppna den`,
    );
  }
  return version;
}

function held(f: Fields): HeldTime {
  const date = f.string('date');
  if (!isCalendarDate(date)) fail(f.at('date'), 'Expected a date yyyy-mm-dd', 'Förväntade ett datum åååå-mm-dd');
  return { date, start: clockTime(f, 'start'), end: clockTime(f, 'end') };
}

function recordStyle(f: Fields): RecordStyle {
  return withoutUndefined({
    headingStyle: f.has('headingStyle') ? f.oneOf('headingStyle', HEADING_STYLES) : undefined,
    decisionLead: f.optString('decisionLead'),
    roleStyle: f.has('roleStyle') ? f.oneOf('roleStyle', ROLE_STYLES) : undefined,
    attendeeOrder: f.has('attendeeOrder') ? f.oneOf('attendeeOrder', ATTENDEE_ORDERS) : undefined,
  });
}

export function restoreMinutes(json: unknown): Minutes {
  const f = new Fields(json, '');
  const version = schemaVersionOf(f);
  const kind = f.oneOf('kind', KINDS);
  const language = f.oneOf('language', LANGUAGES, 'sv');
  const meetingRef = meeting(f.object('meeting'));
  const group = f.object('group');
  const groupRef = { id: group.string('id'), name: group.string('name') };
  return withoutUndefined({
    schemaVersion: SCHEMA_VERSION,
    id: f.string('id'),
    meeting: meetingRef,
    group: groupRef,
    kind,
    language,
    title: f.string('title', recordTitle(kind, language, groupRef.name, meetingRef.start)),
    place: f.string('place', ''),
    held: f.has('held') ? held(f.object('held')) : undefined,
    style: f.has('style') ? recordStyle(f.object('style')) : undefined,
    firstNumber: f.integer('firstNumber', 1, 1),
    attendees: f.list('attendees', attendee),
    items: f.list('items', (v, p) => item(v, p, 0, version), true),
    nextMeeting: f.optString('nextMeeting'),
    noteTakers: f.list('noteTakers', stringValue),
    status: storedStatus(f.oneOf('status', STATUSES, 'draft')),
    sentForApprovalAt: f.has('sentForApprovalAt') ? f.date('sentForApprovalAt') : undefined,
    revision: f.integer('revision', 0),
    updatedAt: f.has('updatedAt') ? f.date('updatedAt') : meetingRef.start,
    assignmentMail: f.has('assignmentMail') ? f.record('assignmentMail', mailLedgerEntry) : undefined,
  });
}

function mailLedgerEntry(value: unknown, path: string): { hash: string; at: string } {
  const f = new Fields(value, path);
  return { hash: f.string('hash'), at: f.date('at') };
}

function rosterMember(value: unknown, path: string): RosterMember {
  const f = new Fields(value, path);
  return withoutUndefined({
    name: f.string('name'),
    directoryId: f.optString('directoryId'),
    email: f.optString('email'),
    organisation: f.optString('organisation'),
    roles: f.list('roles', role),
    roleLabel: f.optString('roleLabel'),
  });
}

function clockTime(f: Fields, key: string): string {
  const v = f.string(key);
  if (!isClockTime(v)) fail(f.at(key), 'Expected a time HH:mm', 'Förväntade en tid tt:mm');
  return v;
}

function firstNumberOfYear(f: Fields): { year: number; number: number } {
  return { year: f.integer('year', undefined, 1900), number: f.integer('number', undefined, 1) };
}

function usualTime(f: Fields): { start: string; end: string } {
  return { start: clockTime(f, 'start'), end: clockTime(f, 'end') };
}

function templateItem(value: unknown, path: string): TemplateItem {
  const f = new Fields(value, path);
  return { kind: f.oneOf('kind', ITEM_KINDS), title: f.string('title', '') };
}

export function restoreGroupSettings(json: unknown): GroupSettings {
  const f = new Fields(json, '');
  schemaVersionOf(f);
  return withoutUndefined({
    schemaVersion: SCHEMA_VERSION,
    groupId: f.string('groupId'),
    name: f.string('name'),
    kind: f.oneOf('kind', KINDS),
    language: f.oneOf('language', LANGUAGES, 'sv'),
    driveId: f.optString('driveId'),
    folderPath: f.string('folderPath', 'Protokoll'),
    planId: f.optString('planId'),
    roster: f.list('roster', rosterMember),
    template: f.has('template') ? f.list('template', templateItem) : undefined,
    organisationContacts: f.has('organisationContacts') ? f.record('organisationContacts', assignee) : {},
    notesApprovers: f.has('notesApprovers')
      ? f.list('notesApprovers', (v, p) => oneOfValue(v, p, APPROVER_ROLES))
      : ['chair'],
    firstNumberOfYear: f.has('firstNumberOfYear') ? firstNumberOfYear(f.object('firstNumberOfYear')) : undefined,
    headingStyle: f.has('headingStyle') ? f.oneOf('headingStyle', HEADING_STYLES) : undefined,
    decisionLead: f.optString('decisionLead'),
    rosterOrder: f.has('rosterOrder') ? f.oneOf('rosterOrder', ROSTER_ORDERS) : undefined,
    roleStyle: f.has('roleStyle') ? f.oneOf('roleStyle', ROLE_STYLES) : undefined,
    place: f.optString('place'),
    usualTime: f.has('usualTime') ? usualTime(f.object('usualTime')) : undefined,
  });
}
