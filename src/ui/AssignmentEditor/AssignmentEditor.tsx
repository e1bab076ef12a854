// One assignment: what, who (attendees by type-ahead, or free text such as an organisation), by when,
// and what became of it in Planner. One with a Planner task asks whether the task goes too.
import { useState } from 'react';
import { Button, Input, mergeClasses } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import type { Assignment, Attendee } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { AssigneePicker } from './AssigneePicker';
import { useAssignmentEditorStyles } from './AssignmentEditor.styles';
import { RemoveAssignmentDialog } from './RemoveAssignmentDialog';
import { SyncState } from './SyncState';

export interface AssignmentEditorProps {
  assignment: Assignment;
  attendees: Attendee[];
  label: string;
  compact: boolean;
  onChange(patch: Partial<Pick<Assignment, 'text' | 'assignees' | 'due'>>): void;
  onRemove(): void;
  className?: string;
}

export function AssignmentEditor({
  assignment,
  attendees,
  label,
  compact,
  onChange,
  onRemove,
  className,
}: AssignmentEditorProps) {
  const strings = useStrings();
  const styles = useAssignmentEditorStyles();
  const [confirming, setConfirming] = useState(false);

  return (
    <div className={mergeClasses(styles.root, compact && styles.compact, className)} role="group" aria-label={label}>
      {/* A new assignment takes focus, as a new decision does: keyboard capture goes straight on to its text. */}
      <Input
        aria-label={`${strings.assignmentText} – ${label}`}
        placeholder={strings.assignmentText}
        value={assignment.text}
        autoFocus={assignment.text === '' && assignment.assignees.length === 0}
        onChange={(_, d) => onChange({ text: d.value })}
      />
      <AssigneePicker
        assignees={assignment.assignees}
        attendees={attendees}
        label={label}
        onChange={(assignees) => onChange({ assignees })}
      />
      {!compact && (
        <Input
          type="date"
          aria-label={`${strings.dueDate} – ${label}`}
          value={assignment.due ?? ''}
          onChange={(_, d) => onChange({ due: d.value || undefined })}
        />
      )}
      <Button
        appearance="subtle"
        icon={<DeleteRegular />}
        aria-label={`${strings.removeAssignment} – ${label}`}
        onClick={assignment.planner ? () => setConfirming(true) : onRemove}
      />
      {confirming && assignment.planner && (
        <RemoveAssignmentDialog
          text={assignment.text}
          planner={assignment.planner}
          onRemove={onRemove}
          onClose={() => setConfirming(false)}
        />
      )}
      <SyncState assignment={assignment} />
    </div>
  );
}
