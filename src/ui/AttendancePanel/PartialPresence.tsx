// "Närvarande §§ 14–16": someone who came late or left early, by the items they were present for.
import { Input, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';

const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXXS },
  number: { width: '5.5em' },
});

type Range = { fromNumber: number; toNumber: number };

export interface PartialPresenceProps {
  name: string;
  range: Range;
  /** The record's first and last item numbers. */
  bounds: Range;
  onChange(range: Range): void;
}

export function PartialPresence({ name, range, bounds, onChange }: PartialPresenceProps) {
  const strings = useStrings();
  const styles = useStyles();
  const field = (which: keyof Range, label: string) => (
    <Input
      className={styles.number}
      size="small"
      type="number"
      min={bounds.fromNumber}
      max={bounds.toNumber}
      aria-label={label}
      value={String(range[which])}
      onChange={(_, d) => onChange({ ...range, [which]: Number(d.value) })}
    />
  );
  return (
    <div className={styles.root}>
      {field('fromNumber', strings.presentFrom(name))}
      {field('toNumber', strings.presentTo(name))}
    </div>
  );
}
