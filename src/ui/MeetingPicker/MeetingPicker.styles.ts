import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList } from '../styles/plainList';

export const useMeetingPickerStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: '880px',
    width: '100%',
    boxSizing: 'border-box',
    marginInline: 'auto',
  },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  search: { flexGrow: 1, minWidth: '180px' },
  day: { margin: 0, marginTop: tokens.spacingVerticalM, color: tokens.colorNeutralForeground3 },
  list: plainList(tokens.spacingVerticalXS),
  meeting: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  time: { minWidth: '88px', color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  subject: { flexGrow: 1, display: 'flex', flexDirection: 'column', minWidth: 0 },
  ellipsis: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});
