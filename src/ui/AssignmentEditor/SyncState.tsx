// What became of the assignment in Planner; a warning first when someone named has no account to assign.
import { Caption1 } from '@fluentui/react-components';
import type { Assignment } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { useAssignmentEditorStyles } from './AssignmentEditor.styles';

export function SyncState({ assignment }: { assignment: Assignment }) {
  const strings = useStrings();
  const styles = useAssignmentEditorStyles();
  const unassignable = assignment.assignees.filter((a) => !a.directoryId).map((a) => a.name);
  if (unassignable.length > 0 && assignment.sync.state !== 'synced') {
    return <Caption1 className={styles.warning}>{strings.syncState.unassignable(unassignable.join(', '))}</Caption1>;
  }
  return (
    <Caption1 className={styles.state}>
      {assignment.sync.state === 'failed'
        ? strings.syncState.failed(assignment.sync.message)
        : assignment.sync.state === 'synced'
          ? strings.syncState.synced
          : assignment.sync.state === 'unassignable'
            ? strings.syncState.unassignable(assignment.sync.names.join(', '))
            : strings.syncState.pending}
    </Caption1>
  );
}
