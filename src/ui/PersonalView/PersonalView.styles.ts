import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList } from '../styles/plainList';

// Narrow first: the Outlook pane and a phone are ~320 px; on a wide tab the sections sit side by side.
export const usePersonalViewStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalXL,
    padding: tokens.spacingHorizontalM,
    maxWidth: '1100px',
    width: '100%',
    boxSizing: 'border-box',
    marginInline: 'auto',
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: plainList(tokens.spacingVerticalS),
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  title: { overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3 },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  action: { alignSelf: 'flex-start' },
  progressRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  progressBar: { flexGrow: 1 },
  progressText: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  back: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
});
