// Tab and Shift+Tab nest and un-nest list items. Outside a list Tab is left to the browser, so
// keyboard users can leave the editor (no focus trap), and indenting a paragraph is refused
// because RichText has no indented paragraphs to keep it in.
import { useEffect } from 'react';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  INDENT_CONTENT_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { $isListItemNode } from '@lexical/list';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

export function $isSelectionInList(): boolean {
  const selection = $getSelection();
  return $isRangeSelection(selection) && $findMatchingParent(selection.anchor.getNode(), $isListItemNode) !== null;
}

export function registerListIndent(editor: LexicalEditor): () => void {
  const refuseOutsideList = () => !$isSelectionInList();
  return mergeRegister(
    editor.registerCommand(
      KEY_TAB_COMMAND,
      (event) => {
        if (!$isSelectionInList()) return false;
        event.preventDefault();
        return editor.dispatchCommand(event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND, undefined);
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(INDENT_CONTENT_COMMAND, refuseOutsideList, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(OUTDENT_CONTENT_COMMAND, refuseOutsideList, COMMAND_PRIORITY_HIGH),
  );
}

export function ListIndentPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerListIndent(editor), [editor]);
  return null;
}
