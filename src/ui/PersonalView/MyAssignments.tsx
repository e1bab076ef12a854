// "Mina uppdrag": my open Planner tasks in my groups' plans, with how far they have come and where they came from.
import { Link, ProgressBar, Text, mergeClasses } from '@fluentui/react-components';
import { recordDate } from '../../domain/format';
import { useStrings } from '../i18n/StringsContext';
import type { MyAssignment } from '../../contracts/personal';
import { useServices } from '../ServicesContext';
import { ListSection } from './ListSection';
import { usePersonalViewStyles } from './PersonalView.styles';
import { useRecordLink } from './recordLinks';
import { useLoaded } from '../useLoaded';

export interface MyAssignmentsProps {
  /** Today, for "overdue"; tests fix it. */
  now: Date;
}

export function MyAssignments({ now }: MyAssignmentsProps) {
  const strings = useStrings();
  const services = useServices();
  // A services method is stable for the services' lifetime: only a retry reads afresh.
  const { state, retry: handleRetry } = useLoaded(services.myAssignments, 'once');
  const today = recordDate(now.toISOString());
  return (
    <ListSection
      title={strings.myAssignments}
      empty={strings.personalTab.noAssignments}
      state={state}
      onRetry={handleRetry}
    >
      {(assignments) =>
        assignments.map((assignment) => (
          <AssignmentItem key={assignment.taskId} assignment={assignment} today={today} />
        ))
      }
    </ListSection>
  );
}

function AssignmentItem({ assignment, today }: { assignment: MyAssignment; today: string }) {
  const strings = useStrings().personalTab;
  const styles = usePersonalViewStyles();
  const recordLink = useRecordLink();
  const overdue = assignment.due !== undefined && assignment.due < today;
  const percent = Math.round(assignment.percentComplete);
  return (
    <li className={styles.item}>
      <Text weight="semibold" className={styles.title}>
        {assignment.title}
      </Text>
      <Text size={200} className={mergeClasses(styles.meta, overdue && styles.overdue)}>
        {`${assignment.groupName} · ${assignment.due ? (overdue ? strings.overdue(assignment.due) : strings.due(assignment.due)) : strings.noDueDate}`}
      </Text>
      <div className={styles.progressRow}>
        <ProgressBar
          className={styles.progressBar}
          value={percent / 100}
          thickness="large"
          aria-label={strings.progressOf(assignment.title)}
          aria-valuetext={strings.progress(percent)}
        />
        <Text size={200} className={styles.progressText}>
          {strings.progress(percent)}
        </Text>
      </div>
      {assignment.recordTitle && (
        <Text size={200}>
          {`${strings.fromRecord}: `}
          {assignment.recordKey ? (
            <Link aria-label={strings.openRecord(assignment.recordTitle)} {...recordLink(assignment.recordKey)}>
              {assignment.recordTitle}
            </Link>
          ) : (
            assignment.recordTitle
          )}
        </Text>
      )}
    </li>
  );
}
