// A 412 that could not be merged: both versions side by side, item by item, and the secretary chooses.
import { useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import type { ItemConflict } from '../../contracts/records';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
  version: {
    whiteSpace: 'pre-wrap',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  conflict: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBlock: tokens.spacingVerticalS,
  },
});

export function ConflictChooser({
  conflicts,
  onResolve,
}: {
  conflicts: ItemConflict[];
  onResolve(choices: Record<string, 'mine' | 'theirs'>): void;
}) {
  const strings = useStrings();
  const styles = useStyles();
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>(() =>
    Object.fromEntries(conflicts.map((c) => [c.itemId, 'mine'])),
  );
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.conflict}</MessageBarTitle>
        {conflicts.map((conflict) => (
          <div key={conflict.itemId} className={styles.conflict}>
            <Text weight="semibold">{conflict.label}</Text>
            <div className={styles.grid}>
              <div className={styles.version}>{conflict.mine}</div>
              <div className={styles.version}>{conflict.theirs}</div>
            </div>
            <RadioGroup
              layout="horizontal"
              aria-label={conflict.label}
              value={choices[conflict.itemId]}
              onChange={(_, d) => setChoices((c) => ({ ...c, [conflict.itemId]: d.value as 'mine' | 'theirs' }))}
            >
              <Radio value="mine" label={strings.keepMine} />
              <Radio value="theirs" label={strings.keepTheirs} />
            </RadioGroup>
          </div>
        ))}
        <Button appearance="primary" onClick={() => onResolve(choices)}>
          {strings.save}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
