// Tells the truth about where the text is: on this device, in SharePoint, or waiting for the network.
import { Caption1, Spinner, makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import {
  CheckmarkCircleRegular,
  ClockRegular,
  CloudOffRegular,
  ErrorCircleRegular,
  SaveRegular,
} from '@fluentui/react-icons';
import { clockTime } from '../../domain/format';
import { useStrings } from '../i18n/StringsContext';
import type { SaveState } from './saveOutcome';
import { explainPlannerLimits } from './plannerLimitText';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
    minWidth: 0,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function SaveStatus({ state }: { state: SaveState }) {
  const strings = useStrings();
  const styles = useStyles();
  const content = (() => {
    switch (state.kind) {
      case 'unchanged':
        return null;
      case 'savingLocally':
      case 'savedLocally':
        return [<SaveRegular key="i" />, strings.savedLocally];
      case 'saving':
        return [<Spinner key="i" size="extra-tiny" />, strings.saving];
      case 'saved':
        return [
          <CheckmarkCircleRegular key="i" />,
          [
            strings.savedRemote(clockTime(state.at.toISOString())),
            state.plannerMessage && explainPlannerLimits(state.plannerMessage, strings),
          ]
            .filter(Boolean)
            .join(' · '),
        ];
      case 'offline':
        return [<CloudOffRegular key="i" />, strings.offline];
      case 'pending':
        return [<ClockRegular key="i" />, strings.savePending(clockTime(state.retryAt.toISOString()))];
      case 'failed':
        return [<ErrorCircleRegular key="i" />, strings.saveFailed(explainPlannerLimits(state.message, strings))];
      case 'conflict':
        return [<ErrorCircleRegular key="i" />, strings.conflict];
    }
  })();
  return (
    <Caption1
      role="status"
      aria-live="polite"
      className={mergeClasses(styles.root, (state.kind === 'failed' || state.kind === 'conflict') && styles.error)}
    >
      {content}
    </Caption1>
  );
}
