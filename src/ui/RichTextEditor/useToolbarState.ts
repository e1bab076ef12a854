// What the toolbar shows as pressed: the marks and list kind at the caret, read on every update.
import { useEffect, useState } from 'react';
import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { $isListNode } from '@lexical/list';
import { $isLinkNode } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  listType: 'bullet' | 'number' | undefined;
  /** The URL of the link at the caret, if any. */
  linkUrl: string | undefined;
}

const NOTHING: ToolbarState = {
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  listType: undefined,
  linkUrl: undefined,
};

function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NOTHING;
  const anchor = selection.anchor.getNode();
  const list = $findMatchingParent(anchor, $isListNode);
  const link = $findMatchingParent(anchor, $isLinkNode);
  const listType = list?.getListType();
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    strikethrough: selection.hasFormat('strikethrough'),
    listType: listType === 'number' ? 'number' : listType === undefined ? undefined : 'bullet',
    linkUrl: link?.getURL(),
  };
}

function sameState(a: ToolbarState, b: ToolbarState): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.strikethrough === b.strikethrough &&
    a.listType === b.listType &&
    a.linkUrl === b.linkUrl
  );
}

export function useToolbarState(editor: LexicalEditor): ToolbarState {
  const [state, setState] = useState<ToolbarState>(NOTHING);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($readToolbarState);
        // Only a real change re-renders the toolbar: this runs on every keystroke.
        setState((previous) => (sameState(previous, next) ? previous : next));
      }),
    [editor],
  );
  return state;
}
