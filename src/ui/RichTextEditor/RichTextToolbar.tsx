// The formatting toolbar. Compact mode (the meeting side panel) keeps bold, bullets and link.
import type { ReactElement } from 'react';
import {
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  ToolbarToggleButton,
  Tooltip,
  mergeClasses,
} from '@fluentui/react-components';
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
import { LinkPopover } from './LinkPopover';
import type { RichTextEditorStrings } from './strings';
import { useRichTextToolbar, type RichTextToolbarView } from './useRichTextToolbar';
import { useRichTextToolbarStyles } from './RichTextToolbar.styles';

export interface RichTextToolbarProps {
  strings: RichTextEditorStrings;
  compact: boolean;
  className?: string;
}

interface ToggleProps {
  name: 'format' | 'list';
  value: string;
  label: string;
  icon: ReactElement;
  onClick: () => void;
}

// Icon-only buttons: the tooltip is their accessible name.
function Toggle({ name, value, label, icon, onClick }: ToggleProps): ReactElement {
  return (
    <Tooltip content={label} relationship="label" withArrow>
      <ToolbarToggleButton name={name} value={value} icon={icon} appearance="subtle" onClick={onClick} />
    </Tooltip>
  );
}

interface ActionProps {
  label: string;
  icon: ReactElement;
  onClick: () => void;
  disabled?: boolean;
}

function Action({ label, icon, onClick, disabled = false }: ActionProps): ReactElement {
  return (
    <Tooltip content={label} relationship="label" withArrow>
      <ToolbarButton icon={icon} appearance="subtle" onClick={onClick} disabled={disabled} />
    </Tooltip>
  );
}

const MARKS = ['bold', 'italic', 'underline', 'strikethrough'] as const;
type Mark = (typeof MARKS)[number];
const MARK_ICONS: Record<Mark, ReactElement> = {
  bold: <TextBold20Regular />,
  italic: <TextItalic20Regular />,
  underline: <TextUnderline20Regular />,
  strikethrough: <TextStrikethrough20Regular />,
};
const MARK_LABELS: Record<Mark, 'bold' | 'italic' | 'underline' | 'strike'> = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underline',
  strikethrough: 'strike',
};

interface GroupProps {
  strings: RichTextEditorStrings;
  compact: boolean;
  toolbar: RichTextToolbarView;
}

function MarkButtons({ strings, compact, toolbar }: GroupProps): ReactElement {
  return (
    <>
      {(compact ? MARKS.slice(0, 1) : MARKS).map((mark) => (
        <Toggle
          key={mark}
          name="format"
          value={mark}
          label={strings[MARK_LABELS[mark]]}
          icon={MARK_ICONS[mark]}
          onClick={() => toolbar.handleFormat(mark)}
        />
      ))}
    </>
  );
}

// Indenting only means something inside a list, so outside one those buttons are disabled.
function ListButtons({ strings, compact, toolbar }: GroupProps): ReactElement {
  const notInList = toolbar.state.listType === undefined;
  return (
    <>
      <Toggle
        name="list"
        value="bullet"
        label={strings.bulletList}
        icon={<TextBulletListLtr20Regular />}
        onClick={() => toolbar.handleList('bullet')}
      />
      {!compact && (
        <>
          <Toggle
            name="list"
            value="number"
            label={strings.numberedList}
            icon={<TextNumberListLtr20Regular />}
            onClick={() => toolbar.handleList('number')}
          />
          <Action
            label={strings.outdent}
            icon={<TextIndentDecreaseLtr20Regular />}
            onClick={() => toolbar.handleIndent(false)}
            disabled={notInList}
          />
          <Action
            label={strings.indent}
            icon={<TextIndentIncreaseLtr20Regular />}
            onClick={() => toolbar.handleIndent(true)}
            disabled={notInList}
          />
        </>
      )}
    </>
  );
}

export function RichTextToolbar({ strings, compact, className }: RichTextToolbarProps): ReactElement {
  const classes = useRichTextToolbarStyles();
  const toolbar = useRichTextToolbar();
  // An element, not a component: PopoverTrigger hands its ref and click handler on through the Tooltip.
  const linkTrigger = (
    <Tooltip content={strings.link} relationship="label" withArrow>
      <ToolbarToggleButton
        name="link"
        value="link"
        icon={<Link20Regular />}
        appearance="subtle"
        onClick={toolbar.saveSelection}
      />
    </Tooltip>
  );

  return (
    <Toolbar
      aria-label={strings.toolbar}
      size="small"
      className={mergeClasses(classes.root, className)}
      checkedValues={toolbar.checkedValues}
    >
      <MarkButtons strings={strings} compact={compact} toolbar={toolbar} />
      <ToolbarDivider />
      <ListButtons strings={strings} compact={compact} toolbar={toolbar} />
      <ToolbarDivider />
      <LinkPopover
        open={toolbar.linkOpen}
        currentUrl={toolbar.state.linkUrl}
        strings={strings}
        trigger={linkTrigger}
        onOpenChange={toolbar.setLinkOpen}
        onSave={toolbar.handleLink}
        onRemove={() => toolbar.handleLink(null)}
      />
      {!compact && (
        <Action label={strings.insertTable} icon={<TableAdd20Regular />} onClick={toolbar.handleInsertTable} />
      )}
    </Toolbar>
  );
}
