// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { RichText } from '../../../src/domain/model';
import { clipboardToRichText, htmlToRichText } from '../../../src/ui/RichTextEditor/pasteWord';
import { allInlines, hasOnlySafeLinks } from './safety';
import wordLists from './fixtures/word-lists.html?raw';
import wordBudgetTable from './fixtures/word-budget-table.html?raw';
import hostile from './fixtures/hostile.html?raw';

const NBSP = '\u00a0';

describe('pasteWord: Word clipboard HTML', () => {
  it('turns MsoListParagraph runs into nested bulleted and numbered lists by mso-list level', () => {
    const expected: RichText = [
      { type: 'paragraph', content: [{ text: 'Hänt sedan sist', bold: true }] },
      {
        type: 'list',
        ordered: false,
        items: [
          {
            content: [
              { text: 'Närvårdskontoret har skickat ut ' },
              { text: 'inbjudan', bold: true },
              { text: ' till workshopen' },
            ],
            children: [
              {
                type: 'list',
                ordered: false,
                items: [
                  {
                    content: [{ text: 'Anmälan senast 15 mars' }],
                    children: [
                      {
                        type: 'list',
                        ordered: false,
                        items: [
                          {
                            content: [
                              { text: 'Via ' },
                              { text: 'anmälningsformuläret', href: 'https://example.se/anmalan' },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
          { content: [{ text: 'Åsa Öberg', italic: true }, { text: ' tar med frågan till chefsgruppen' }] },
        ],
      },
      { type: 'paragraph', content: [{ text: 'Chefsgruppen beslutar att:' }] },
      {
        type: 'list',
        ordered: true,
        items: [
          {
            content: [{ text: `avsätta 750${NBSP}000 kr till projektet` }],
            children: [
              { type: 'list', ordered: true, items: [{ content: [{ text: `varav 375${NBSP}000 kr under 2026` }] }] },
            ],
          },
          { content: [{ text: 'uppdra åt Närvårdskontoret att återrapportera' }] },
        ],
      },
    ];
    expect(htmlToRichText(wordLists)).toEqual(expected);
  });

  it('keeps a table with a bold sum row; a heading becomes a bold paragraph; cell paragraphs become lines', () => {
    const expected: RichText = [
      { type: 'paragraph', content: [{ text: 'Budget 2026', bold: true }] },
      { type: 'paragraph', content: [{ text: 'Förslag till fördelning:' }] },
      {
        type: 'table',
        headerRow: false,
        rows: [
          [[{ text: 'Organisation' }], [{ text: 'Belopp' }]],
          [[{ text: 'SÅS' }], [{ text: `375${NBSP}000 kr` }]],
          [[{ text: 'Kommunalförbundet\n' }, { text: '(två år)', italic: true }], [{ text: `375${NBSP}000 kr` }]],
          [[{ text: 'Summa', bold: true }], [{ text: `750${NBSP}000 kr`, bold: true }]],
        ],
      },
    ];
    expect(htmlToRichText(wordBudgetTable)).toEqual(expected);
  });

  it('leaves only text and safe links from scripts, event handlers, iframes, styles and javascript: links', () => {
    const result = htmlToRichText(hostile);
    expect(result).toEqual([
      { type: 'paragraph', content: [{ text: 'Mötet ' }, { text: 'öppnas', bold: true }, { text: '.' }] },
      {
        type: 'paragraph',
        content: [
          { text: 'Se den här länken och ' },
          { text: 'protokollet', href: 'https://example.se/protokoll' },
          { text: '.' },
        ],
      },
      {
        type: 'paragraph',
        content: [
          { text: 'gömd, tabb, data, ' },
          { text: 'mejla', href: 'mailto:sekreterare@example.se' },
          { text: ', relativ' },
        ],
      },
      { type: 'paragraph', content: [{ text: 'Slut' }] },
    ]);
    expect(hasOnlySafeLinks(result)).toBe(true);
    // Parsing is inert: nothing in the pasted markup ran.
    expect((window as unknown as { __pasted?: string }).__pasted).toBeUndefined();
    expect(
      allInlines(result)
        .map((inline) => inline.text)
        .join(''),
    ).not.toMatch(/alert|steal|script|background/);
  });

  it('a lone onerror image pastes as nothing, and the handler never runs', () => {
    expect(htmlToRichText('<img src=x onerror="window.__pasted=1">')).toEqual([]);
    expect((window as unknown as { __pasted?: number }).__pasted).toBeUndefined();
  });
});

describe('pasteWord: other HTML', () => {
  it('reads real nested <ul>/<ol>, including the old <ul><li/><ul/></ul> nesting', () => {
    const html = '<ul><li>Ett<ol><li>Ett a</li></ol></li><li>Två</li><ul><li>Två a</li></ul></ul>';
    expect(htmlToRichText(html)).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [
          {
            content: [{ text: 'Ett' }],
            children: [{ type: 'list', ordered: true, items: [{ content: [{ text: 'Ett a' }] }] }],
          },
          {
            content: [{ text: 'Två' }],
            children: [{ type: 'list', ordered: false, items: [{ content: [{ text: 'Två a' }] }] }],
          },
        ],
      },
    ]);
  });

  it('keeps Outlook-style <div> lines apart and <br> as a line break', () => {
    expect(htmlToRichText('<div>Första raden</div><div>Andra <u>raden</u><br>med brytning</div>')).toEqual([
      { type: 'paragraph', content: [{ text: 'Första raden' }] },
      {
        type: 'paragraph',
        content: [{ text: 'Andra ' }, { text: 'raden\n', underline: true }, { text: 'med brytning' }],
      },
    ]);
  });

  it('keeps struck-out text from Word (<s>) and from web editors (a line-through style)', () => {
    expect(
      htmlToRichText(
        '<p>Anna <s>Berg</s>, <span style="text-decoration: line-through">Bo Ek</span>, <del>Cia</del></p>',
      ),
    ).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'Anna ' },
          { text: 'Berg', strike: true },
          { text: ', ' },
          { text: 'Bo Ek', strike: true },
          { text: ', ' },
          { text: 'Cia', strike: true },
        ],
      },
    ]);
  });

  it('marks a <th> first row as the header row', () => {
    const html =
      '<table><thead><tr><th>Post</th><th>Belopp</th></tr></thead><tbody><tr><td>Lokal</td></tr></tbody></table>';
    expect(htmlToRichText(html)).toEqual([
      {
        type: 'table',
        headerRow: true,
        rows: [
          [[{ text: 'Post' }], [{ text: 'Belopp' }]],
          [[{ text: 'Lokal' }], []],
        ],
      },
    ]);
  });
});

describe('clipboardToRichText', () => {
  it('plain text keeps its paragraphs', () => {
    expect(clipboardToRichText({ html: '', text: 'Första stycket\r\n\r\nAndra stycket\nTredje' })).toEqual([
      { type: 'paragraph', content: [{ text: 'Första stycket' }] },
      { type: 'paragraph', content: [{ text: 'Andra stycket' }] },
      { type: 'paragraph', content: [{ text: 'Tredje' }] },
    ]);
  });

  it('falls back to the text when the HTML holds nothing readable', () => {
    expect(clipboardToRichText({ html: '<img src="bild.png">', text: 'bild' })).toEqual([
      { type: 'paragraph', content: [{ text: 'bild' }] },
    ]);
  });

  it('keeps å/ä/ö, emoji, RTL text and combining marks exactly', () => {
    const text = 'Åsa Öberg-Ängström 👩🏽‍💻 🇸🇪 مرحبا بالعالم שלום e\u0301 n\u0303 a\u030a';
    expect(clipboardToRichText({ html: `<p>${text}</p>`, text })).toEqual([{ type: 'paragraph', content: [{ text }] }]);
    expect(clipboardToRichText({ html: '', text })).toEqual([{ type: 'paragraph', content: [{ text }] }]);
  });
});
