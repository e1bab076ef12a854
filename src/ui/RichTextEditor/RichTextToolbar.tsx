// The formatting toolbar. Compact mode (the meeting side panel) keeps bold, bullets and link.
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import { Toolbar, ToolbarButton, ToolbarDivider, ToolbarToggleButton, Tooltip } from '@fluentui/react-components';
import {
  Link20Regular,
  TableAdd20Regular,
  TextBold20Regular,
  TextBulletListLtr20Regular,
  TextIndentDecreaseLtr20Regular,
  TextIndentIncreaseLtr20Regular,
  TextItalic20Regular,
  TextNumberListLtr20Regular,
  TextStrikethrough20Regular,
  TextUnderline20Regular,
} from '@fluentui/react-icons';
import {
  $getSelection,
  COMMAND_PRIORITY_NORMAL,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  KEY_MODIFIER_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  type BaseSelection,
  type TextFormatType,
} from 'lexical';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useToolbarState } from './useToolbarState';
import { LinkPopover } from './LinkPopover';
import { $applyLink } from './link';
import type { RichTextEditorStrings } from './strings';

export interface RichTextToolbarProps {
  strings: RichTextEditorStrings;
  compact: boolean;
  className?: string;
}

/** A small table to start from: a header row and two rows, two columns (post, amount). */
const SMALL_TABLE = { rows: '3', columns: '2', includeHeaders: { rows: true, columns: false } } as const;

export function RichTextToolbar({ strings, compact, className }: RichTextToolbarProps): ReactElement {
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState(editor);
  const [linkOpen, setLinkOpen] = useState(false);
  const savedSelection = useRef<BaseSelection | null>(null);

  // The link field takes focus from the editor, so the selection to link is kept aside first.
  const saveSelection = useCallback(() => {
    savedSelection.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
  }, [editor]);

  const handleOpenLink = useCallback(() => {
    saveSelection();
    setLinkOpen(true);
  }, [saveSelection]);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_MODIFIER_COMMAND,
        (event) => {
          if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey)
            return false;
          event.preventDefault();
          handleOpenLink();
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, handleOpenLink],
  );

  const handleLink = (href: string | null) => {
    editor.update(() => $applyLink(savedSelection.current, href));
    setLinkOpen(false);
    editor.focus();
  };

  const handleFormat = (format: TextFormatType) => {
    editor.dispatchCommand(FORMAT_TEXT_COMMAND, format);
    editor.focus();
  };

  const handleList = (type: 'bullet' | 'number') => {
    if (state.listType === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else
      editor.dispatchCommand(
        type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
        undefined,
      );
    editor.focus();
  };

  const handleIndent = (deeper: boolean) => {
    editor.dispatchCommand(deeper ? INDENT_CONTENT_COMMAND : OUTDENT_CONTENT_COMMAND, undefined);
    editor.focus();
  };

  const handleInsertTable = () => {
    editor.dispatchCommand(INSERT_TABLE_COMMAND, SMALL_TABLE);
    editor.focus();
  };

  // Pressed state comes from the caret, not from clicks: the Toolbar is controlled.
  const checkedValues = {
    format: (['bold', 'italic', 'underline', 'strikethrough'] as const).filter((format) => state[format]),
    list: state.listType === undefined ? [] : [state.listType],
    link: state.linkUrl === undefined ? [] : ['link'],
  };

  const toggle = (name: 'format' | 'list', value: string, label: string, icon: ReactElement, onClick: () => void) => (
    <Tooltip content={label} relationship="label" withArrow>
      <ToolbarToggleButton name={name} value={value} icon={icon} appearance="subtle" onClick={onClick} />
    </Tooltip>
  );
  const button = (label: string, icon: ReactElement, onClick: () => void, disabled = false) => (
    <Tooltip content={label} relationship="label" withArrow>
      <ToolbarButton icon={icon} appearance="subtle" onClick={onClick} disabled={disabled} />
    </Tooltip>
  );

  const linkButton = (
    <Tooltip content={strings.link} relationship="label" withArrow>
      <ToolbarToggleButton
        name="link"
        value="link"
        icon={<Link20Regular />}
        appearance="subtle"
        onClick={saveSelection}
      />
    </Tooltip>
  );
  const link = (
    <LinkPopover
      open={linkOpen}
      currentUrl={state.linkUrl}
      strings={strings}
      trigger={linkButton}
      onOpenChange={setLinkOpen}
      onSave={handleLink}
      onRemove={() => handleLink(null)}
    />
  );

  return (
    <Toolbar aria-label={strings.toolbar} size="small" className={className} checkedValues={checkedValues}>
      {toggle('format', 'bold', strings.bold, <TextBold20Regular />, () => handleFormat('bold'))}
      {!compact && toggle('format', 'italic', strings.italic, <TextItalic20Regular />, () => handleFormat('italic'))}
      {!compact &&
        toggle('format', 'underline', strings.underline, <TextUnderline20Regular />, () => handleFormat('underline'))}
      {!compact &&
        toggle('format', 'strikethrough', strings.strike, <TextStrikethrough20Regular />, () =>
          handleFormat('strikethrough'),
        )}
      <ToolbarDivider />
      {toggle('list', 'bullet', strings.bulletList, <TextBulletListLtr20Regular />, () => handleList('bullet'))}
      {!compact &&
        toggle('list', 'number', strings.numberedList, <TextNumberListLtr20Regular />, () => handleList('number'))}
      {!compact &&
        button(
          strings.outdent,
          <TextIndentDecreaseLtr20Regular />,
          () => handleIndent(false),
          state.listType === undefined,
        )}
      {!compact &&
        button(
          strings.indent,
          <TextIndentIncreaseLtr20Regular />,
          () => handleIndent(true),
          state.listType === undefined,
        )}
      <ToolbarDivider />
      {link}
      {!compact && button(strings.insertTable, <TableAdd20Regular />, handleInsertTable)}
    </Toolbar>
  );
}
