// The notes editor: a Fluent toolbar over a Lexical surface that only ever holds what RichText
// can express, handing RichText to its owner after a pause in the typing (see DeferredChangePlugin).
import type { ReactElement } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { RichText } from '../../domain/model';
import { DeferredChangePlugin } from './DeferredChangePlugin';
import { ListIndentPlugin } from './ListIndentPlugin';
import { ListShortcutPlugin } from './ListShortcutPlugin';
import { PastePlugin } from './PastePlugin';
import { RichTextToolbar } from './RichTextToolbar';
import { useRichTextEditorStyles } from './RichTextEditor.styles';
import type { RichTextEditorStrings } from './strings';
import { useRichTextEditor } from './useRichTextEditor';

export interface RichTextEditorProps {
  /** Initial value; the editor is uncontrolled after mount, but a changed `resetKey` re-initialises it. */
  value: RichText;
  resetKey?: string;
  /**
   * Called with the content after a pause in the typing, when the editor loses focus or unmounts, and when
   * `flushPendingChanges` asks for it (before the record is stored, saved or merged); not in a keystroke's frame.
   */
  onChange: (value: RichText) => void;
  /** Accessible name of the editable region, e.g. "Anteckningar för § 14". */
  label: string;
  placeholder?: string;
  /** Side panel: a smaller toolbar (bold, bullets, link) and min-height. */
  compact?: boolean;
  className?: string;
  strings: RichTextEditorStrings;
}

export function RichTextEditor({
  value,
  resetKey,
  onChange,
  label,
  placeholder,
  compact = false,
  className,
  strings,
}: RichTextEditorProps): ReactElement {
  const classes = useRichTextEditorStyles();
  const { initialConfig, handleChange } = useRichTextEditor({ value, onChange });

  const placeholderElement =
    placeholder === undefined ? null : (
      <div className={mergeClasses(classes.placeholder, compact && classes.placeholderCompact)}>{placeholder}</div>
    );

  return (
    // A group named like the text box: an item has several editors, and each toolbar belongs to its own text.
    <div role="group" aria-label={label} className={mergeClasses(classes.root, className)}>
      <LexicalComposer key={resetKey} initialConfig={initialConfig}>
        <RichTextToolbar strings={strings} compact={compact} className={classes.toolbar} />
        <div className={classes.surface}>
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className={mergeClasses(classes.editable, compact && classes.editableCompact)}
                aria-label={label}
                aria-multiline
                role="textbox"
                spellCheck
              />
            }
            placeholder={placeholderElement}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <ListIndentPlugin />
        <ListShortcutPlugin />
        <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
        <PastePlugin />
        <DeferredChangePlugin onChange={handleChange} />
      </LexicalComposer>
    </div>
  );
}
