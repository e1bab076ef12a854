// @vitest-environment jsdom
// The bad-input corpus (test/fixtures/bad-input) through every path a stored record takes: restore
// keeps each text exactly or refuses the file with a RestoreError that names the field; the preview
// model, the approval e-mail and the Word document carry the text as text, never as live markup.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Minutes } from '../../src/domain/model';
import { RestoreError, restoreGroupSettings, restoreMinutes } from '../../src/domain/restore';
import { isSafeHref } from '../../src/domain/richtext';
import { createGraphClient } from '../../src/graph/client';
import { GraphCalendarGateway } from '../../src/graph/calendarGateway';
import { GraphDirectoryGateway } from '../../src/graph/directoryGateway';
import { renderDocx } from '../../src/render/docx';
import { mailSummaryHtml, previewModel } from '../../src/render';
import { graphCases, linkCases, sizeCases, storedCases, textCases, unsafeHrefs } from '../fixtures/bad-input';
import { json, stubFetch } from '../graph/fakeFetch';
import { descendants, openDocx, parseXml, textOf } from '../render/support/ooxml';

const APPROVAL_LINK = 'https://app.example/?surface=approval&record=r1';

/** Through JSON as a file or a draft would go. */
const roundTrip = (record: Minutes): Minutes => restoreMinutes(JSON.parse(JSON.stringify(record)));

/** What a mail client would build from the e-mail body: elements that could run or load something. */
function liveMarkup(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const found: string[] = [];
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    if (!['H1', 'H2', 'P', 'BR', 'UL', 'LI', 'STRONG', 'EM', 'A', 'DIV'].includes(element.tagName))
      found.push(`<${element.tagName.toLowerCase()}>`);
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(`${attribute.name}=`);
      if (attribute.name === 'href' && !isSafeHref(attribute.value)) found.push(`href=${attribute.value}`);
      if (!['href', 'style'].includes(attribute.name)) found.push(`${attribute.name}=`);
    }
  }
  return found;
}

const mailText = (html: string): string => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

async function wordDocument(record: Minutes): Promise<{ text: string; targets: string[] }> {
  const pkg = await openDocx(await renderDocx(record));
  const documentXml = await pkg.part('word/document.xml');
  const body = parseXml(documentXml);
  const text = [...descendants(body, 'w:p')].map(textOf).join('\n');
  const rels = parseXml(await pkg.part('word/_rels/document.xml.rels'));
  const targets = [...descendants(rels, 'Relationship')]
    .filter((r) => r.attributes.TargetMode === 'External')
    .map((r) => r.attributes.Target ?? '');
  return { text, targets };
}

describe('bad input in every text field', () => {
  it('has a corpus of at least 200 cases', () => {
    expect(
      textCases.length + linkCases.length + sizeCases.length + storedCases.length + graphCases.length,
    ).toBeGreaterThanOrEqual(200);
  });

  it.each(textCases.map((c) => [c.id, c] as const))(
    '%s: kept exactly, shown as text',
    async (_id, { record, field, text }) => {
      const restored = roundTrip(record);
      expect(field.get(restored)).toBe(text);

      const preview = JSON.stringify(previewModel(restored));
      if (field.shownIn.includes('preview')) expect(preview).toContain(JSON.stringify(text).slice(1, -1));

      const mail = mailSummaryHtml(restored, APPROVAL_LINK);
      expect(liveMarkup(mail)).toEqual([]);
      if (field.shownIn.includes('mail')) expect(mailText(mail)).toContain(text);

      const word = await wordDocument(restored);
      if (field.shownIn.includes('word')) expect(word.text).toContain(text);
      expect(word.targets.every(isSafeHref)).toBe(true);
    },
  );
});

describe('unsafe links', () => {
  it.each(linkCases.map((c) => [c.id, c] as const))('%s: never clickable anywhere', async (_id, { record, href }) => {
    const restored = roundTrip(record);
    const serialized = JSON.stringify(restored);
    expect(serialized).not.toContain(JSON.stringify(href).slice(1, -1));
    // The notes keep their words; only the address goes.
    if (record.items[2]!.notes.length > 0) expect(serialized).toContain('se underlaget');
    expect(JSON.stringify(previewModel(restored))).not.toMatch(/javascript:|vbscript:|data:text|file:/i);
    expect(liveMarkup(mailSummaryHtml(restored, APPROVAL_LINK))).toEqual([]);
    expect((await wordDocument(restored)).targets.every(isSafeHref)).toBe(true);
  });

  it.each(unsafeHrefs.map((href) => [href]))('an approval link %j is shown, not linked, in the e-mail', (href) => {
    const mail = mailSummaryHtml(roundTrip(textCases[0]!.record), href);
    expect(liveMarkup(mail)).toEqual([]);
  });
});

describe('size and count extremes', () => {
  it.each(sizeCases.map((c) => [c.id, c] as const))(
    '%s: restored and rendered whole',
    { timeout: 30_000 },
    async (_id, { record }) => {
      const restored = roundTrip(record);
      expect(restored.items).toHaveLength(record.items.length);
      expect(restored.attendees).toHaveLength(record.attendees.length);
      expect(JSON.stringify(restored.items)).toBe(JSON.stringify(record.items));
      const previewTitles = previewModel(restored).items.map((item) => item.title);
      expect(previewTitles).toEqual(restored.items.map((item) => item.title));
      expect(liveMarkup(mailSummaryHtml(restored, APPROVAL_LINK))).toEqual([]);
      const word = await wordDocument(restored);
      for (const item of restored.items.filter((i) => i.kind === 'regular')) expect(word.text).toContain(item.title);
      const notes = restored.items[2]!.notes[0];
      if (notes?.type === 'paragraph') expect(word.text).toContain(notes.content[0]!.text);
    },
  );
});

describe('malformed stored JSON', () => {
  it.each(storedCases.map((c) => [c.id, c] as const))('%s', (_id, { target, text, expect: expected }) => {
    const restore = target === 'minutes' ? restoreMinutes : restoreGroupSettings;
    const attempt = (): unknown => restore(JSON.parse(text));
    if (expected === 'syntax') {
      expect(attempt).toThrow(SyntaxError);
    } else if (expected === 'error') {
      const error = (() => {
        try {
          attempt();
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(RestoreError);
      const restoreError = error as RestoreError;
      expect(restoreError.messages.sv.length).toBeGreaterThan(5);
      expect(restoreError.messages.en.length).toBeGreaterThan(5);
    } else {
      const restored = attempt();
      // A restored model serialises to plain data, with no inherited surprises.
      expect(JSON.parse(JSON.stringify(restored))).toEqual(restored);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      if (target === 'minutes') restoreMinutes(JSON.parse(JSON.stringify(restored)));
    }
  });
});

describe('Graph answers with missing or hostile fields', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const client = () =>
    createGraphClient({ baseUrl: 'https://graph.microsoft.com', tokens: { getToken: async () => 't' } });

  it.each(graphCases.map((c) => [c.id, c] as const))('%s: mapped to the typed shape', async (_id, { call, answer }) => {
    stubFetch(() => json(200, answer));
    if (call === 'event') {
      const event = await new GraphCalendarGateway(client()).getEvent('evt-1');
      expect(event).toBeDefined();
      expect(typeof event!.subject).toBe('string');
      expect(typeof event!.start).toBe('string');
      for (const attendee of event!.attendees) {
        expect(typeof attendee.emailAddress.name).toBe('string');
        // A display name from Graph is kept as the text it is.
        const sent = (answer as { attendees?: { emailAddress?: { name?: string } }[] }).attendees?.[0]?.emailAddress
          ?.name;
        if (sent) expect(attendee.emailAddress.name).toBe(sent);
      }
    } else {
      const me = await new GraphDirectoryGateway(client()).me();
      expect(me.id).toBe('u1');
      expect(typeof me.displayName).toBe('string');
    }
  });
});
