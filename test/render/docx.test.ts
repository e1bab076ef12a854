import { describe, expect, it } from 'vitest';
import type { AgendaItem, Block, Minutes } from '../../src/domain/model';
import { renderDocx } from '../../src/render/docx';
import { examples } from './fixtures';
import { descendants, expectInOrder, openDocx, paragraphsOf, parseXml, type WordParagraph } from './support/ooxml';
import { protokollOf } from './support/protokoll';

const isAbsent = (m: Minutes['attendees'][number]) =>
  m.presence.kind === 'absent' || m.presence.kind === 'absenceAnnounced';

function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.content.map((inline) => inline.text).join('')];
    case 'list':
      return block.items.flatMap((entry) => [
        entry.content.map((inline) => inline.text).join(''),
        ...(entry.children ?? []).flatMap(blockTexts),
      ]);
    case 'table':
      return block.rows.flatMap((row) => row.map((cell) => cell.map((inline) => inline.text).join('')));
  }
}

function itemTexts(item: AgendaItem, label: string): string[] {
  return [
    `${label} ${item.title}`,
    ...(item.presenter ? [item.presenter] : []),
    ...item.notes.flatMap(blockTexts),
    ...item.decisionBlocks.flatMap((block) => [
      ...block.decisions.map((decision) => decision.text),
      ...block.notesAfter.flatMap(blockTexts),
    ]),
    ...item.assignments.map((assignment) => assignment.text),
    ...item.links.map((link) => link.title),
    ...item.subItems.flatMap((sub, index) => itemTexts(sub, `${String.fromCharCode(97 + index)})`)),
  ];
}

/** What the record must say, top to bottom, worked out from the fixture itself rather than from the renderer's model. */
function expectedTexts(minutes: Minutes): string[] {
  const label = (index: number) =>
    minutes.kind === 'protokoll' ? `§ ${minutes.firstNumber + index}` : `${minutes.firstNumber + index}.`;
  // Listed by name in Swedish order (å, ä, ö after z), as the domain sorts them.
  const collator = new Intl.Collator('sv');
  const people = (list: Minutes['attendees']) =>
    [...list]
      .sort((a, b) => collator.compare(a.name, b.name))
      .flatMap((a) => [a.name, ...(a.organisation ? [a.organisation] : [])]);
  return [
    minutes.title,
    'Plats:',
    minutes.place,
    'Tid:',
    'Närvarande',
    ...people(minutes.attendees.filter((a) => !isAbsent(a))),
    ...(minutes.attendees.some(isAbsent) ? ['Frånvarande', ...people(minutes.attendees.filter(isAbsent))] : []),
    ...minutes.items.flatMap((item, index) => itemTexts(item, label(index))),
    ...(minutes.nextMeeting ? [minutes.nextMeeting] : []),
    ...minutes.noteTakers,
  ];
}

async function render(minutes: Minutes, options?: Parameters<typeof renderDocx>[1]) {
  const pkg = await openDocx(await renderDocx(minutes, options));
  return { pkg, paragraphs: paragraphsOf(await pkg.part('word/document.xml')) };
}

const styleOf = (paragraphs: WordParagraph[], text: string) => paragraphs.find((p) => p.text === text)?.style;

describe.each(Object.entries(examples))('renderDocx: example %s', (_name, minutes) => {
  it('is a well-formed OOXML package whose XML parts all parse', async () => {
    const { pkg } = await render(minutes);
    expect(pkg.names).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/_rels/document.xml.rels',
        'word/styles.xml',
        'word/numbering.xml',
        'docProps/core.xml',
      ]),
    );
    const contentTypes = await pkg.part('[Content_Types].xml');
    expect(contentTypes).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    for (const name of pkg.names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      const xml = await pkg.part(name);
      expect(() => parseXml(xml), name).not.toThrow();
    }
    const rels = parseXml(await pkg.part('_rels/.rels'));
    expect([...descendants(rels, 'Relationship')].map((r) => r.attributes.Target)).toContain('word/document.xml');
  });

  it('says every heading, attendee, item number, decision and assignment in order', async () => {
    const { paragraphs } = await render(minutes);
    expectInOrder(paragraphs, expectedTexts(minutes));
  });

  it('uses the Title and Heading styles, so Word’s navigation pane lists the items', async () => {
    const { paragraphs } = await render(minutes);
    expect(styleOf(paragraphs, minutes.title)).toBe('Title');
    minutes.items.forEach((item, index) => {
      expect(styleOf(paragraphs, `${minutes.firstNumber + index}. ${item.title}`), item.title).toBe('Heading2');
      item.subItems.forEach((sub, subIndex) => {
        expect(styleOf(paragraphs, `${String.fromCharCode(97 + subIndex)}) ${sub.title}`), sub.title).toBe('Heading3');
      });
    });
  });

  it('writes lists as Word numbering, not typed bullets', async () => {
    const { pkg, paragraphs } = await render(minutes);
    const listTexts = minutes.items
      .flatMap((item) => [item, ...item.subItems])
      .flatMap((item) => item.notes.filter((b) => b.type === 'list').flatMap(blockTexts));
    expect(listTexts.length).toBeGreaterThan(0);
    for (const text of listTexts) {
      expect(paragraphs.find((p) => p.text === text)?.listLevel, text).toBeDefined();
    }
    expect(paragraphs.some((p) => /^\s*[•◦▪-]\s/.test(p.text))).toBe(false);
    const numbering = await pkg.part('word/numbering.xml');
    expect(numbering).toMatch(/w:numFmt w:val="bullet"/);
    expect(numbering).toMatch(/w:numFmt w:val="decimal"/);
  });

  it('has a footer with the group, the date and page number fields, on A4, with the record’s properties', async () => {
    const { pkg } = await render(minutes);
    const footerName = pkg.names.find((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footerName).toBeDefined();
    const footer = await pkg.part(footerName ?? '');
    expect(footer).toContain(minutes.group.name);
    expect(footer).toMatch(/\bPAGE\b/);
    expect(footer).toMatch(/\bNUMPAGES\b/);
    expect(footer).toContain('Sida');
    const body = await pkg.part('word/document.xml');
    expect(body).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"|<w:pgSz[^>]*w:h="16838"[^>]*w:w="11906"/);
    expect(await pkg.part('word/styles.xml')).toMatch(/<w:lang w:val="sv-SE"/);
    const core = await pkg.part('docProps/core.xml');
    expect(core).toContain(`<dc:title>${minutes.title}</dc:title>`);
    expect(core).toContain('<dc:creator>Mötessekreteraren</dc:creator>');
  });
});

describe('renderDocx: details', () => {
  it('marks announced absence and unassignable assignees', async () => {
    const { paragraphs } = await render(examples.psykiskHalsa);
    expect(paragraphs.some((p) => p.text.includes('Kommunalförbundet, anmält frånvaro'))).toBe(true);
    expect(paragraphs.some((p) => p.text.includes('Sofia Lindblad (ej tilldelad i Planner) — arbetar med'))).toBe(true);
    expect(
      paragraphs.some(
        (p) => p.text === 'Närvårdskontoret — sammanställer områdena och presenterar på mötet — senast 2025-12-18',
      ),
    ).toBe(true);
  });

  it('puts "Nästa möte" under the closing item and the outcome under its item', async () => {
    const { paragraphs } = await render(examples.barnOchUnga);
    expectInOrder(paragraphs, [
      '6. Barns behov i skolan',
      'Ärendet bordläggs.',
      '7. Egenvård',
      '9. Avslut',
      'Nästa möte',
      'Nästa möte för uppdragsgruppen är den 17 april',
    ]);
  });

  it('writes notes’ links as hyperlinks', async () => {
    const { pkg } = await render(examples.barnOchUnga);
    const rels = await pkg.part('word/_rels/document.xml.rels');
    expect(rels).toContain('https://example.org/samordning');
    expect(rels).toContain(
      'https://www.regeringen.se/rattsliga-dokument/statens-offentliga-utredningar/2025/11/sou-2025113/',
    );
    expect(await pkg.part('word/document.xml')).toMatch(/<w:hyperlink[^>]*r:id=/);
  });

  it('renders a protokoll with § numbers, scope, signatures and the approval stamp', async () => {
    const minutes = protokollOf(examples.barnOchUnga);
    const { paragraphs } = await render(minutes, {
      approval: { date: '2026-03-09', names: ['Henrik Dahl', 'Ingrid Wester'] },
    });
    expectInOrder(paragraphs, [
      'Protokoll Uppdragsgrupp Barn och unga 2026-03-02',
      'Omfattning: §§ 12–20',
      ...expectedTexts(minutes).slice(5),
      'Underskrifter',
      'Ordförande',
      'Henrik Dahl',
      'Justerare',
      'Ingrid Wester',
      'Sekreterare',
      'Stina Halvarsson-Berg',
      'Justerat digitalt 2026-03-09 av Henrik Dahl, Ingrid Wester',
    ]);
    expect(styleOf(paragraphs, '§ 12 Mötets öppnande och godkännande av dagordningen')).toBe('Heading2');
    expect(paragraphs.some((p) => p.text === 'Vid anteckningarna')).toBe(false);
  });

  it('writes an English record in English, for Word too', async () => {
    const { pkg, paragraphs } = await render({ ...protokollOf(examples.barnOchUnga), language: 'en' });
    expectInOrder(paragraphs, [
      'Place: Digitalt via Teams',
      'Time: 14.00-16.00',
      'Scope: §§ 12–20',
      'Present',
      'Absent',
      'Signatures',
      'Chair',
      'Adjuster',
      'Secretary',
    ]);
    expect(await pkg.part('word/styles.xml')).toMatch(/<w:lang w:val="en-GB"/);
    expect(await pkg.part(pkg.names.find((n) => /^word\/footer\d+\.xml$/.test(n)) ?? '')).toMatch(/Page .*of/);
  });

  it('lists note takers under "Vid anteckningarna" for notes', async () => {
    const { paragraphs } = await render(examples.samordningsgruppen);
    expectInOrder(paragraphs, [
      'Vid anteckningarna',
      'Linnea Asplund, processledare',
      'Katarina Westling, delregional samordnare',
    ]);
    expect(paragraphs.some((p) => p.text === 'Underskrifter')).toBe(false);
  });

  it('renders tables with a bold header row and every row complete', async () => {
    const minutes: Minutes = {
      ...examples.barnOchUnga,
      items: [
        {
          ...examples.barnOchUnga.items[0]!,
          notes: [
            {
              type: 'table',
              headerRow: true,
              rows: [[[{ text: 'Post' }], [{ text: 'Belopp' }]], [[{ text: 'Summa', bold: true }]]],
            },
          ],
        },
      ],
    };
    const { pkg } = await render(minutes);
    const body = parseXml(await pkg.part('word/document.xml'));
    const rows = [...descendants(body, 'w:tbl')].at(-1)?.children.filter((c) => c.name === 'w:tr') ?? [];
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row.children.filter((c) => c.name === 'w:tc').length)).toEqual([2, 2]);
    expect([...descendants(rows[0]!, 'w:tblHeader')]).toHaveLength(1);
  });
});
