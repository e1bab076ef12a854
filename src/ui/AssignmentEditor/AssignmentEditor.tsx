// One assignment: what, who (attendees by type-ahead, or free text such as an organisation), by when,
// and what became of it in Planner. One with a Planner task asks whether the task goes too.
import { useState } from 'react';
import {
  Button,
  Caption1,
  Combobox,
  Input,
  Option,
  Tag,
  TagGroup,
  makeStyles,
  tokens,
  mergeClasses,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { sortAttendees } from '../../domain/attendees';
import type { AssigneeRef, Assignment, Attendee } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { DateInput } from '../DateInput/DateInput';
import { RemoveAssignmentDialog } from './RemoveAssignmentDialog';

const useStyles = makeStyles({
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
  due: { width: '132px' },
  who: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  state: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground3 },
  warning: { gridColumn: '1 / -1', color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface AssignmentEditorProps {
  assignment: Assignment;
  attendees: Attendee[];
  label: string;
  compact: boolean;
  onChange(patch: Partial<Pick<Assignment, 'text' | 'assignees' | 'due'>>): void;
  onRemove(): void;
}

function refFor(attendee: Attendee): AssigneeRef {
  return {
    name: attendee.name,
    ...(attendee.directoryId ? { directoryId: attendee.directoryId } : {}),
    ...(attendee.email ? { email: attendee.email } : {}),
  };
}

export function AssignmentEditor({ assignment, attendees, label, compact, onChange, onRemove }: AssignmentEditorProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const chosen = new Set(assignment.assignees.map((a) => a.name));
  const candidates = sortAttendees(attendees).filter((a) => !chosen.has(a.name));
  const needle = typed.trim().toLocaleLowerCase('sv');
  const matching = candidates.filter((a) => a.name.toLocaleLowerCase('sv').includes(needle));

  const handleAdd = (assignee: AssigneeRef) => {
    if (!assignee.name.trim() || chosen.has(assignee.name)) return;
    onChange({ assignees: [...assignment.assignees, assignee] });
    setTyped('');
    setOpen(false);
  };
  const unassignable = assignment.assignees.filter((a) => !a.directoryId).map((a) => a.name);

  return (
    <div className={mergeClasses(styles.root, compact && styles.compact)} role="group" aria-label={label}>
      {/* A new assignment takes focus, as a new decision does: keyboard capture goes straight on to its text. */}
      <Input
        aria-label={`${strings.assignmentText} – ${label}`}
        placeholder={strings.assignmentText}
        value={assignment.text}
        autoFocus={assignment.text === '' && assignment.assignees.length === 0}
        onChange={(_, d) => onChange({ text: d.value })}
      />
      <div className={styles.who}>
        <Combobox
          freeform
          aria-label={`${strings.assignees} – ${label}`}
          placeholder={strings.assignees}
          value={typed}
          // Controlled: an open listbox left behind after a choice would cover the page.
          open={open && matching.length > 0}
          onOpenChange={(_, d) => setOpen(d.open)}
          onChange={(e) => {
            setTyped(e.target.value);
            setOpen(true);
          }}
          onOptionSelect={(_, d) => {
            const attendee = attendees.find((a) => a.key === d.optionValue);
            if (attendee) handleAdd(refFor(attendee));
          }}
          onKeyDown={(e) => {
            // Enter on text that matches nobody adds it as written: an organisation such as "Närvårdskontoret".
            if (e.key === 'Enter' && needle && matching.length === 0) {
              e.preventDefault();
              handleAdd({ name: typed.trim() });
            }
          }}
        >
          {matching.map((a) => (
            <Option key={a.key} value={a.key} text={a.name}>
              {a.organisation ? `${a.name} – ${a.organisation}` : a.name}
            </Option>
          ))}
        </Combobox>
        {assignment.assignees.length > 0 && (
          <TagGroup
            aria-label={strings.assignees}
            onDismiss={(_, d) => onChange({ assignees: assignment.assignees.filter((a) => a.name !== d.value) })}
          >
            {assignment.assignees.map((a) => (
              <Tag
                key={a.name}
                value={a.name}
                dismissible
                size="small"
                dismissIcon={{ 'aria-label': `${strings.cancel} ${a.name}` }}
              >
                {a.name}
              </Tag>
            ))}
          </TagGroup>
        )}
      </div>
      {!compact && (
        <DateInput
          className={styles.due}
          label={`${strings.dueDate} – ${label}`}
          value={assignment.due}
          onChange={(due) => onChange({ due })}
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
      {unassignable.length > 0 && assignment.sync.state !== 'synced' ? (
        <Caption1 className={styles.warning}>{strings.syncState.unassignable(unassignable.join(', '))}</Caption1>
      ) : (
        <Caption1 className={styles.state}>
          {assignment.sync.state === 'failed'
            ? strings.syncState.failed(assignment.sync.message)
            : assignment.sync.state === 'synced'
              ? strings.syncState.synced
              : assignment.sync.state === 'unassignable'
                ? strings.syncState.unassignable(assignment.sync.names.join(', '))
                : strings.syncState.pending}
        </Caption1>
      )}
    </div>
  );
}
