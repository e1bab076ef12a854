// @vitest-environment jsdom
// The editing helpers the toolbar and paste plugin run inside Lexical updates, on a headless editor.
import { describe, expect, it } from 'vitest';
import { $getRoot, $isElementNode, $isTextNode, createEditor, type LexicalEditor } from 'lexical';
import { $isTableCellNode } from '@lexical/table';
import type { RichText } from '../../../src/domain/model';
import { editorNodes } from '../../../src/ui/RichTextEditor/nodes';
import { lexicalToRichText, richTextToLexical } from '../../../src/ui/RichTextEditor/convert';
import { $applyLink } from '../../../src/ui/RichTextEditor/link';
import { $insertRichText } from '../../../src/ui/RichTextEditor/insertRichText';
import { hrefFromUserInput, safeHref } from '../../../src/ui/RichTextEditor/safeHref';
import { htmlToRichText } from '../../../src/ui/RichTextEditor/pasteWord';

function editorWith(value: RichText): LexicalEditor {
  const editor = createEditor({
    namespace: 'test',
    nodes: [...editorNodes],
    onError: (error) => {
      throw error;
    },
  });
  richTextToLexical(editor, value);
  return editor;
}

function valueOf(editor: LexicalEditor): RichText {
  return lexicalToRichText(editor.getEditorState());
}

const paragraph = (text: string): RichText => [{ type: 'paragraph', content: [{ text }] }];

describe('link field input', () => {
  it('accepts http(s) and e-mail, completes bare hosts and addresses, refuses everything else', () => {
    expect(hrefFromUserInput(' https://example.se/a?b=1 ')).toBe('https://example.se/a?b=1');
    expect(hrefFromUserInput('www.example.se/protokoll')).toBe('https://www.example.se/protokoll');
    expect(hrefFromUserInput('anna.berg@example.se')).toBe('mailto:anna.berg@example.se');
    for (const unsafe of [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'file:///C:/x',
      '/relativ',
      'vbscript:x',
      '',
    ]) {
      expect(hrefFromUserInput(unsafe)).toBeUndefined();
    }
    expect(safeHref('JAVASCRIPT:alert(1)')).toBeUndefined();
  });
});

describe('$applyLink', () => {
  it('links the selected text, then removes the link again', () => {
    const editor = editorWith(paragraph('Se rapporten här'));
    editor.update(
      () => {
        const text = $getRoot().getFirstDescendant();
        if (!$isTextNode(text)) throw new Error('no text');
        text.select(3, 12);
        $applyLink(null, 'https://example.se/rapport');
      },
      { discrete: true },
    );
    expect(valueOf(editor)).toEqual([
      {
        type: 'paragraph',
        content: [{ text: 'Se ' }, { text: 'rapporten', href: 'https://example.se/rapport' }, { text: ' här' }],
      },
    ]);
    editor.update(
      () => {
        $getRoot().select(0, 1);
        $applyLink(null, null);
      },
      { discrete: true },
    );
    expect(valueOf(editor)).toEqual(paragraph('Se rapporten här'));
  });

  it('at a bare caret inserts the address itself as the link text', () => {
    const editor = editorWith(paragraph('Mejla '));
    editor.update(
      () => {
        $getRoot().selectEnd();
        $applyLink(null, 'mailto:sekreterare@example.se');
      },
      { discrete: true },
    );
    expect(valueOf(editor)).toEqual([
      {
        type: 'paragraph',
        content: [{ text: 'Mejla ' }, { text: 'sekreterare@example.se', href: 'mailto:sekreterare@example.se' }],
      },
    ]);
  });
});

describe('$insertRichText', () => {
  it('pasted into a table cell, lists and tables arrive as lines of the cell', () => {
    const editor = editorWith([{ type: 'table', headerRow: false, rows: [[[{ text: 'A' }], []]] }]);
    editor.update(
      () => {
        const cells = $getRoot().getFirstChild();
        const secondCell = $isElementNode(cells) ? cells.getFirstChild() : null;
        const target = $isElementNode(secondCell) ? secondCell.getChildAtIndex(1) : null;
        if (!$isTableCellNode(target)) throw new Error('no cell');
        target.selectEnd();
        $insertRichText(htmlToRichText('<ul><li>Ett</li><li>Två</li></ul>'));
      },
      { discrete: true },
    );
    expect(valueOf(editor)).toEqual([
      { type: 'table', headerRow: false, rows: [[[{ text: 'A' }], [{ text: 'Ett\nTvå' }]]] },
    ]);
  });

  it('with no selection, appends at the end of the document', () => {
    const editor = editorWith(paragraph('Först'));
    editor.update(() => $insertRichText([{ type: 'list', ordered: true, items: [{ content: [{ text: 'Sist' }] }] }]), {
      discrete: true,
    });
    expect(valueOf(editor)).toEqual([
      ...paragraph('Först'),
      { type: 'list', ordered: true, items: [{ content: [{ text: 'Sist' }] }] },
    ]);
  });
});
