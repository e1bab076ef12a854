// Who does it: attendees by type-ahead, or free text such as an organisation; each chosen one can be taken off.
import { useState } from 'react';
import { Combobox, Option, Tag, TagGroup } from '@fluentui/react-components';
import { sortAttendees } from '../../domain/attendees';
import type { AssigneeRef, Attendee } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { useAssignmentEditorStyles } from './AssignmentEditor.styles';

export interface AssigneePickerProps {
  assignees: AssigneeRef[];
  attendees: Attendee[];
  label: string;
  onChange(assignees: AssigneeRef[]): void;
}

function refFor(attendee: Attendee): AssigneeRef {
  return {
    name: attendee.name,
    ...(attendee.directoryId ? { directoryId: attendee.directoryId } : {}),
    ...(attendee.email ? { email: attendee.email } : {}),
  };
}

export function AssigneePicker({ assignees, attendees, label, onChange }: AssigneePickerProps) {
  const strings = useStrings();
  const styles = useAssignmentEditorStyles();
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const chosen = new Set(assignees.map((a) => a.name));
  const candidates = sortAttendees(attendees).filter((a) => !chosen.has(a.name));
  const needle = typed.trim().toLocaleLowerCase('sv');
  const matching = candidates.filter((a) => a.name.toLocaleLowerCase('sv').includes(needle));

  const handleAdd = (assignee: AssigneeRef) => {
    if (!assignee.name.trim() || chosen.has(assignee.name)) return;
    onChange([...assignees, assignee]);
    setTyped('');
    setOpen(false);
  };

  return (
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
      {assignees.length > 0 && (
        <TagGroup
          aria-label={strings.assignees}
          onDismiss={(_, d) => onChange(assignees.filter((a) => a.name !== d.value))}
        >
          {assignees.map((a) => (
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
  );
}
