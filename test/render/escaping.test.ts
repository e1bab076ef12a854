// Hostile and unusual text must come out of the Word document as text, and unsafe links must not become links.
import { describe, expect, it } from 'vitest';
import type { Minutes } from '../../src/domain/model';
import { renderDocx } from '../../src/render/docx';
import { barnOchUnga } from './fixtures';
import { item, person } from './fixtures/build';
import { openDocx, paragraphsOf, parseXml } from './support/ooxml';

const script = '<script>alert("x")</script>';
const tricky = [
  `${script} & "citat" 'apostrof'`,
  'Läkare 👩‍⚕️ och 🇸🇪',
  'مرحبا بالعالم שלום',
  'Cafe\u0301 Ångström',
  ']]><w:p>injected</w:p>',
];

const hostile: Minutes = {
  ...barnOchUnga,
  title: `Protokoll ${script} & "grupp"`,
  group: { ...barnOchUnga.group, name: 'Grupp <b>&amp;</b>' },
  place: 'Rum "A" & <B>',
  attendees: [
    person(`Anna ${script}`, { organisation: 'Kommun & "region"' }),
    person('Bo\u0007 Ek\uD800', { organisation: 'Ctrl' }),
  ],
  items: [
    item('Punkt <i>kursiv</i>', {
      presenter: 'Eva & Co',
      notes: [
        ...tricky.map((text) => ({ type: 'paragraph' as const, content: [{ text }] })),
        {
          type: 'paragraph',
          content: [
            { text: 'farlig länk', href: 'javascript:alert(1)' },
            { text: ' och ' },
            { text: 'bra länk', href: 'https://example.org/?a=1&b="2"' },
          ],
        },
      ],
      decisions: [`att ${script}`],
      links: [
        { id: 'l1', title: 'data-länk', url: 'data:text/html,<script>alert(1)</script>' },
        { id: 'l2', title: 'vbscript', url: 'vbscript:msgbox' },
      ],
    }),
  ],
};

async function rendered() {
  const pkg = await openDocx(await renderDocx(hostile));
  return {
    pkg,
    documentXml: await pkg.part('word/document.xml'),
    rels: await pkg.part('word/_rels/document.xml.rels'),
  };
}

describe('renderDocx: escaping', () => {
  it('keeps every XML part well-formed', async () => {
    const { pkg } = await rendered();
    for (const name of pkg.names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      await expect(pkg.part(name).then(parseXml), name).resolves.toBeDefined();
    }
  });

  it('writes names and notes as text, character for character', async () => {
    const { documentXml } = await rendered();
    const texts = paragraphsOf(documentXml).map((p) => p.text);
    for (const text of [...tricky, `att ${script}`, hostile.title, '1. Punkt <i>kursiv</i>']) {
      expect(texts, text).toContain(text);
    }
    expect(texts.some((t) => t.includes(`Anna ${script}`))).toBe(true);
    expect(texts.some((t) => t.includes('Kommun & "region"'))).toBe(true);
    expect(documentXml).not.toContain('<script>');
    expect(documentXml).not.toContain('<w:p>injected');
  });

  it('drops characters XML cannot carry instead of breaking the file', async () => {
    const { documentXml } = await rendered();
    expect(paragraphsOf(documentXml).some((p) => p.text === 'Bo Ek')).toBe(true);
  });

  it('links only http(s) and mailto addresses', async () => {
    const { documentXml, rels } = await rendered();
    expect(rels).not.toMatch(/javascript:|data:|vbscript:/);
    expect(parseXml(rels).children.map((r) => r.attributes.Target)).toContain('https://example.org/?a=1&b="2"');
    const texts = paragraphsOf(documentXml).map((p) => p.text);
    expect(texts).toContain('farlig länk och bra länk');
    expect(texts).toEqual(expect.arrayContaining(['data-länk', 'vbscript']));
  });

  it('puts the group name into the footer as text', async () => {
    const { pkg } = await rendered();
    const footer = await pkg.part(pkg.names.find((n) => /^word\/footer\d+\.xml$/.test(n)) ?? '');
    expect(footer).toContain('Grupp &lt;b&gt;&amp;amp;&lt;/b&gt;');
  });
});
