// The item's assignments, each with who does it and by when, and the item's links.
import { addLink, removeAssignment, removeLink, updateAssignment } from '../../domain/editing';
import type { AgendaItem, Attendee } from '../../domain/model';
import { AssignmentEditor } from '../AssignmentEditor/AssignmentEditor';
import { LinksEditor } from '../LinksEditor/LinksEditor';
import { useStrings } from '../i18n/StringsContext';
import type { Edit } from '../RecordSession/edit';
import { useItemEditorStyles } from './ItemEditor.styles';
import { itemPart } from './itemPart';

export interface ItemAssignmentsProps {
  item: AgendaItem;
  label: string;
  attendees: Attendee[];
  compact: boolean;
  onEdit(edit: Edit): void;
}

export const ItemAssignments = itemPart(
  function ItemAssignments({ item, label, attendees, compact, onEdit }: ItemAssignmentsProps) {
    const strings = useStrings();
    const styles = useItemEditorStyles();
    return (
      <>
        <section className={styles.section} aria-label={`${strings.assignments} ${label}`}>
          {item.assignments.map((assignment, i) => (
            <AssignmentEditor
              key={assignment.id}
              assignment={assignment}
              attendees={attendees}
              label={`${strings.assignments} ${i + 1} ${label}`}
              compact={compact}
              onChange={(patch) => onEdit((m, now) => updateAssignment(m, item.id, assignment.id, patch, now))}
              onRemove={() => onEdit((m, now) => removeAssignment(m, item.id, assignment.id, now))}
            />
          ))}
        </section>
        {!compact && (
          <LinksEditor
            links={item.links}
            label={label}
            onAdd={(link) => onEdit((m, now) => addLink(m, item.id, link, now))}
            onRemove={(id) => onEdit((m, now) => removeLink(m, item.id, id, now))}
          />
        )}
      </>
    );
  },
  ['assignments', 'links'],
);
