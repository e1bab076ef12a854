import { makeStyles, tokens } from '@fluentui/react-components';

export const useAssignmentEditorStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1.5fr) auto auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  compact: { gridTemplateColumns: 'minmax(0, 1fr) auto' },
  who: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  state: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground3 },
  warning: { gridColumn: '1 / -1', color: tokens.colorPaletteDarkOrangeForeground1 },
});
