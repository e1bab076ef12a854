// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createEditor, type LexicalEditor } from 'lexical';
import type { RichText } from '../../../src/domain/model';
import { editorNodes } from '../../../src/ui/RichTextEditor/nodes';
import { lexicalToRichText, richTextToLexical } from '../../../src/ui/RichTextEditor/convert';

function headlessEditor(): LexicalEditor {
  return createEditor({
    namespace: 'test',
    nodes: [...editorNodes],
    onError: (error) => {
      throw error;
    },
  });
}

function roundTrip(value: RichText): RichText {
  const editor = headlessEditor();
  richTextToLexical(editor, value);
  return lexicalToRichText(editor.getEditorState());
}

describe('convert', () => {
  it('round-trips paragraphs', () => {
    const value: RichText = [
      { type: 'paragraph', content: [{ text: 'Mötet öppnas av ordföranden.' }] },
      { type: 'paragraph', content: [] },
      { type: 'paragraph', content: [{ text: 'Andra stycket' }] },
    ];
    expect(roundTrip(value)).toEqual(value);
  });

  it('round-trips an empty document as []', () => {
    expect(roundTrip([])).toEqual([]);
  });

  it('round-trips inline marks and line breaks', () => {
    const value: RichText = [
      {
        type: 'paragraph',
        content: [
          { text: 'Beslut: ', bold: true },
          { text: 'att avsätta ', italic: true },
          { text: '750 000 kr\n', bold: true, italic: true, underline: true },
          { text: 'ny rad' },
        ],
      },
      // Some groups strike out the absent: struck text stays struck, alone or with other marks.
      {
        type: 'paragraph',
        content: [{ text: 'Anna Berg', strike: true }, { text: ', ' }, { text: 'Bo', strike: true, underline: true }],
      },
    ];
    expect(roundTrip(value)).toEqual(value);
  });

  it('normalises once (a line break joins the run before it) and is stable after that', () => {
    const value: RichText = [
      { type: 'paragraph', content: [{ text: 'a', bold: true }, { text: '\nb' }, { text: '', italic: true }] },
    ];
    const once = roundTrip(value);
    expect(once).toEqual([{ type: 'paragraph', content: [{ text: 'a\n', bold: true }, { text: 'b' }] }]);
    expect(roundTrip(once)).toEqual(once);
  });

  it('round-trips nested lists', () => {
    const value: RichText = [
      {
        type: 'list',
        ordered: false,
        items: [
          {
            content: [{ text: 'Ett' }],
            children: [
              {
                type: 'list',
                ordered: true,
                items: [
                  { content: [{ text: 'Ett a' }] },
                  {
                    content: [{ text: 'Ett b' }],
                    children: [{ type: 'list', ordered: false, items: [{ content: [{ text: 'djup' }] }] }],
                  },
                ],
              },
            ],
          },
          { content: [{ text: 'Två', bold: true }] },
        ],
      },
    ];
    expect(roundTrip(value)).toEqual(value);
  });

  it('round-trips a table with a header row and a bold sum row', () => {
    const value: RichText = [
      {
        type: 'table',
        headerRow: true,
        rows: [
          [[{ text: 'Post' }], [{ text: 'Belopp' }]],
          [[{ text: 'Utbildning' }], [{ text: '375 000 kr' }]],
          [[{ text: 'Summa', bold: true }], [{ text: '750 000 kr', bold: true }]],
        ],
      },
    ];
    expect(roundTrip(value)).toEqual(value);
  });

  it('round-trips links and drops unsafe hrefs but keeps their text', () => {
    const value: RichText = [
      {
        type: 'paragraph',
        content: [
          { text: 'Se ' },
          { text: 'rapporten', href: 'https://example.se/rapport?x=1' },
          { text: ' och ' },
          { text: 'mejla', href: 'mailto:sekreterare@example.se', bold: true },
        ],
      },
    ];
    expect(roundTrip(value)).toEqual(value);
    const unsafe: RichText = [{ type: 'paragraph', content: [{ text: 'klick', href: 'javascript:alert(1)' }] }];
    expect(roundTrip(unsafe)).toEqual([{ type: 'paragraph', content: [{ text: 'klick' }] }]);
  });

  it('round-trips å/ä/ö, emoji, RTL text and combining marks exactly', () => {
    const text = 'Åsa Öberg-Ängström 👩🏽‍💻 🇸🇪 مرحبا بالعالم שלום e\u0301 n\u0303 a\u030a';
    const value: RichText = [{ type: 'paragraph', content: [{ text }] }];
    expect(roundTrip(value)).toEqual(value);
  });
});
