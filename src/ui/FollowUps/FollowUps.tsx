// "Hänt sedan sist": the previous record's assignments with their Planner state, in the "previous
// minutes" item, so follow-up happens in the meeting. A comment becomes a line in the item's notes. Planner is asked
// when the list shows, not while the record opens (issue 17): the assignments show at once, their state when it comes.
import { useState } from 'react';
import { Badge, Button, Caption1, Input, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/StringsContext';
import type { FollowUp, PreviousRecord } from '../../contracts/records';
import { RetryBar } from '../RetryBar';
import { useServices } from '../ServicesContext';
import { plainList } from '../styles/plainList';
import { useLoaded } from '../useLoaded';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: plainList(tokens.spacingVerticalS),
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  comment: { display: 'flex', gap: tokens.spacingHorizontalXS },
  grow: { flexGrow: 1, minWidth: 0 },
});

type State = 'notStarted' | 'inProgress' | 'done' | 'missing' | 'unknown' | 'checking';

function stateOf(followUp: FollowUp, asking: boolean): State {
  if (followUp.missing) return 'missing';
  if (asking && followUp.taskId) return 'checking';
  if (followUp.percentComplete === undefined) return 'unknown';
  return followUp.percentComplete >= 100 ? 'done' : followUp.percentComplete > 0 ? 'inProgress' : 'notStarted';
}

const colors = {
  notStarted: 'informative',
  inProgress: 'warning',
  done: 'success',
  missing: 'danger',
  unknown: 'subtle',
  checking: 'subtle',
} as const;

/** The follow-ups with what Planner says of them once it has answered; as the record lists them meanwhile. */
function useProgress(followUps: FollowUp[]) {
  const services = useServices();
  const tasks = followUps.flatMap((followUp) => (followUp.taskId ? [followUp.taskId] : []));
  const { state, retry } = useLoaded(
    tasks.length > 0 ? () => services.followUpProgress(followUps) : undefined,
    tasks.join(' '),
  );
  return {
    shown: state.kind === 'loaded' ? state.value : followUps,
    asking: state.kind === 'loading',
    failure: state.kind === 'failed' ? state.message : undefined,
    retry,
  };
}

export function FollowUps({ previous, onComment }: { previous: PreviousRecord; onComment(line: string): void }) {
  const strings = useStrings();
  const styles = useStyles();
  const [comments, setComments] = useState<Record<number, string>>({});
  const progress = useProgress(previous.followUps);
  const handleAdd = (index: number, followUp: FollowUp) => {
    const comment = comments[index]?.trim();
    if (!comment) return;
    const who = followUp.assignees.length ? ` (${followUp.assignees.join(', ')})` : '';
    onComment(`${followUp.text}${who}: ${comment}`);
    setComments((c) => ({ ...c, [index]: '' }));
  };
  return (
    <section className={styles.root} aria-label={strings.followUpTitle}>
      <Text weight="semibold">
        {strings.followUpTitle}:{' '}
        {previous.webUrl ? (
          <Link href={previous.webUrl} target="_blank" rel="noopener noreferrer">
            {previous.title}
          </Link>
        ) : (
          previous.title
        )}
      </Text>
      {previous.followUps.length === 0 && <Caption1>{strings.noFollowUps}</Caption1>}
      {progress.failure && (
        <RetryBar
          intent="warning"
          title={strings.followUpProgressFailed}
          message={progress.failure}
          onRetry={progress.retry}
        />
      )}
      <ul className={styles.list}>
        {progress.shown.map((followUp, index) => {
          const state = stateOf(followUp, progress.asking);
          return (
            <li key={`${followUp.label}-${index}`} className={styles.row}>
              <div className={styles.head}>
                <Badge appearance="tint" color={colors[state]}>
                  {strings.followUpState[state](followUp.percentComplete ?? 0)}
                </Badge>
                <Text>
                  {followUp.label} {followUp.text}
                </Text>
              </div>
              {followUp.assignees.length > 0 && <Caption1>{followUp.assignees.join(', ')}</Caption1>}
              <div className={styles.comment}>
                <Input
                  className={styles.grow}
                  size="small"
                  aria-label={strings.followUpComment(followUp.text)}
                  placeholder={strings.followUpCommentPlaceholder}
                  value={comments[index] ?? ''}
                  onChange={(_, d) => setComments((c) => ({ ...c, [index]: d.value }))}
                  onKeyDown={(e) => e.key === 'Enter' && handleAdd(index, followUp)}
                />
                <Button
                  size="small"
                  icon={<AddRegular />}
                  aria-label={strings.followUpAdd(followUp.text)}
                  onClick={() => handleAdd(index, followUp)}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
