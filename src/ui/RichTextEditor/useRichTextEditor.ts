// State and configuration of the editor: the Lexical config built from the caller's initial
// value, and the change handler that turns the content into RichText when it is handed over.
import { useCallback, useEffect, useRef } from 'react';
import type { EditorState, EditorThemeClasses } from 'lexical';
import type { InitialConfigType } from '@lexical/react/LexicalComposer';
import type { RichText } from '../../domain/model';
import { $setRichText, lexicalToRichText } from './convert';
import { editorNodes } from './nodes';
import { useEditorThemeStyles } from './RichTextEditor.styles';

export interface UseRichTextEditorOptions {
  value: RichText;
  onChange: (value: RichText) => void;
}

export interface RichTextEditorState {
  initialConfig: InitialConfigType;
  handleChange: (editorState: EditorState) => void;
}

function useEditorTheme(): EditorThemeClasses {
  const classes = useEditorThemeStyles();
  return {
    paragraph: classes.paragraph,
    link: classes.link,
    text: {
      bold: classes.bold,
      italic: classes.italic,
      underline: classes.underline,
      strikethrough: classes.strikethrough,
      underlineStrikethrough: classes.underlineStrikethrough,
    },
    list: {
      ul: classes.list,
      ol: classes.list,
      olDepth: [classes.olDecimal, classes.olAlpha, classes.olRoman],
      listitem: classes.listItem,
      nested: { listitem: classes.nestedListItem },
    },
    table: classes.table,
    tableCell: classes.tableCell,
    tableCellHeader: classes.tableCellHeader,
  };
}

export function useRichTextEditor({ value, onChange }: UseRichTextEditorOptions): RichTextEditorState {
  const theme = useEditorTheme();
  // The latest callback, so a caller passing a new arrow function each render costs nothing.
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const handleChange = useCallback((editorState: EditorState) => {
    onChangeRef.current(lexicalToRichText(editorState));
  }, []);

  // LexicalComposer reads its config once per mount; the component remounts it on a new resetKey.
  const initialConfig: InitialConfigType = {
    namespace: 'RichTextEditor',
    nodes: editorNodes,
    theme,
    editorState: () => $setRichText(value),
    onError: (error) => {
      // Lexical has already recovered from the failed update; keep editing alive and leave a trace.
      console.error('RichTextEditor', error);
    },
  };

  return { initialConfig, handleChange };
}
