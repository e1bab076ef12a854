// Theme tokens only, so the editor follows Teams' light, dark and high-contrast themes.
import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

export const useRichTextEditorStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-within': {
      ...shorthands.borderColor(tokens.colorCompoundBrandStroke),
    },
  },
  toolbar: {
    flexWrap: 'wrap',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  surface: {
    position: 'relative',
  },
  editable: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground1,
    minHeight: '96px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    outlineStyle: 'none',
    overflowWrap: 'anywhere',
  },
  editableCompact: {
    minHeight: '72px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  placeholder: {
    ...typographyStyles.body1,
    position: 'absolute',
    top: tokens.spacingVerticalS,
    left: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground4,
    pointerEvents: 'none',
    userSelect: 'none',
  },
  placeholderCompact: {
    top: tokens.spacingVerticalXS,
    left: tokens.spacingHorizontalS,
  },
});

/** Classes Lexical puts on the nodes it renders (its `theme`). */
export const useEditorThemeStyles = makeStyles({
  paragraph: {
    marginTop: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
  bold: { fontWeight: tokens.fontWeightSemibold },
  italic: { fontStyle: 'italic' },
  underline: { textDecorationLine: 'underline' },
  strikethrough: { textDecorationLine: 'line-through' },
  underlineStrikethrough: { textDecorationLine: 'underline line-through' },
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
  },
  list: {
    marginTop: 0,
    marginBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  // Word's numbering by depth (1. a. i.), so a pasted decision list reads as it did in Word.
  olDecimal: { listStyleType: 'decimal' },
  olAlpha: { listStyleType: 'lower-alpha' },
  olRoman: { listStyleType: 'lower-roman' },
  listItem: {
    marginTop: 0,
    marginBottom: 0,
  },
  // The list item that only wraps a nested list must not show a bullet of its own.
  nestedListItem: {
    listStyleType: 'none',
  },
  table: {
    borderCollapse: 'collapse',
    marginBottom: tokens.spacingVerticalS,
  },
  tableCell: {
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    minWidth: '72px',
    verticalAlign: 'top',
    textAlign: 'start',
  },
  tableCellHeader: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});
