// Hands the editor's content to its owner after a pause in the typing rather than in every keystroke's frame (issue
// 17: the conversion to RichText and the record's update made a keystroke's frame 1.25 × a plain textarea's). The
// content is handed over at once when the editor loses focus or unmounts, and when the record is about to be stored,
// saved or merged (`flushPendingChanges`), so nothing typed waits on the pause to be kept.
import { useEffect } from 'react';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, HISTORY_MERGE_TAG, type EditorState } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { holdPendingChange } from './pendingChanges';

/** A pause this long in the typing hands the text over (the draft then waits its own 250 ms: well within 1 s). */
export const CHANGE_PAUSE_MS = 150;
/** Typing without a pause still hands the text over this often, so the draft is never further behind. */
export const CHANGE_MAX_WAIT_MS = 2000;

export function DeferredChangePlugin({ onChange }: { onChange: (editorState: EditorState) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let pending: EditorState | undefined;
    let pause: ReturnType<typeof setTimeout> | undefined;
    let maxWait: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      clearTimeout(pause);
      clearTimeout(maxWait);
      maxWait = undefined;
      if (pending === undefined) return;
      const editorState = pending;
      pending = undefined;
      onChange(editorState);
    };
    const release = holdPendingChange(flush);
    // The changes OnChangePlugin would report with ignoreSelectionChange and ignoreHistoryMergeTagChange (no dirty
    // node: the selection moved; https://lexical.dev/docs/api/interfaces/lexical.UpdateListenerPayload).
    const stopUpdates = editor.registerUpdateListener(
      ({ editorState, dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        const selectionOnly = dirtyElements.size === 0 && dirtyLeaves.size === 0;
        if (selectionOnly || tags.has(HISTORY_MERGE_TAG) || prevEditorState.isEmpty()) return;
        pending = editorState;
        clearTimeout(pause);
        pause = setTimeout(flush, CHANGE_PAUSE_MS);
        maxWait ??= setTimeout(flush, CHANGE_MAX_WAIT_MS);
      },
    );
    const stopBlur = editor.registerCommand(
      BLUR_COMMAND,
      () => {
        flush();
        return false;
      },
      COMMAND_PRIORITY_LOW,
    );
    return () => {
      stopUpdates();
      stopBlur();
      release();
      flush();
    };
  }, [editor, onChange]);
  return null;
}
