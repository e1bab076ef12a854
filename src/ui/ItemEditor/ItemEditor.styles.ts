import { makeStyles, tokens } from '@fluentui/react-components';

export const useItemEditorStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    minWidth: 0,
    // Issue 17: an item off screen is neither laid out, pre-painted, painted nor hit-tested while she types in
    // another; with 60 items that was most of a keystroke's frame. Its last size holds its place meanwhile, and its
    // content stays focusable, findable and in the accessibility tree
    // (https://developer.mozilla.org/docs/Web/CSS/content-visibility).
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 320px',
    // The card she is typing in is on screen anyway, and its containment made each keystroke's paint ~1 ms longer
    // (bench/profileTyping.ts: the paint steps of a keystroke's frame, 5.0 → 4.3 ms in six alternating rounds).
    ':focus-within': { contentVisibility: 'visible' },
  },
  compact: { padding: tokens.spacingHorizontalS, boxShadow: 'none', borderRadius: 0 },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  label: { minWidth: '3.5em', fontVariantNumeric: 'tabular-nums', margin: 0 },
  title: { flexGrow: 1, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  grow: { flexGrow: 1, minWidth: '140px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  sectionTitle: { margin: 0, color: tokens.colorNeutralForeground2 },
  decision: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', minWidth: 0 },
  decisionBlock: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke2,
  },
  start: { alignSelf: 'flex-start' },
  subItems: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalL,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
  },
});
