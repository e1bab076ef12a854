import { makeStyles, tokens } from '@fluentui/react-components';

// Teams shows the configuration page in a dialog about 600 px wide; it must also fit a narrow browser window.
export const useConfigViewStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '640px',
    width: '100%',
    boxSizing: 'border-box',
    marginInline: 'auto',
  },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  createPlan: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  createPlanTitle: { flexGrow: 1, minWidth: '180px' },
  // A native select is as wide as its longest option unless told otherwise: plan names can be long.
  field: { minWidth: 0 },
  select: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  template: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  templateList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  // Title, up, down, remove: the title shrinks first so the row fits a 320 px side panel.
  templateRow: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  templateTitle: { flexGrow: 1, minWidth: 0, alignSelf: 'center' },
  templateSpacer: { width: '32px', flexShrink: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});
