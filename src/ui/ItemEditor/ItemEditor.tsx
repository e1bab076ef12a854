// One agenda item as the secretary writes it: title, presenter, notes with decision blocks where they were
// taken, outcome, assignments, and its sub-items.
import { memo, startTransition, useState } from 'react';
import { Input, mergeClasses } from '@fluentui/react-components';
import { updateHeader, updateItem, withItem } from '../../domain/editing';
import { paragraphsFromText } from '../../domain/richtext';
import type { AgendaItem, Attendee, Language } from '../../domain/model';
import { subItemLabel } from '../../domain/numbering';
import { FollowUps } from '../FollowUps/FollowUps';
import { useStrings } from '../i18n/StringsContext';
import { flushPendingChanges, RichTextEditor } from '../RichTextEditor';
import { useEditorStrings } from '../RichTextEditor/useEditorStrings';
import type { Edit } from '../RecordSession/edit';
import type { PreviousRecord } from '../../contracts/records';
import { DecisionBlocks } from './DecisionBlockEditor';
import { ItemAssignments } from './ItemAssignments';
import { ItemAdditions } from './ItemAdditions';
import { ItemHeading } from './ItemHeading';
import { OutcomeWording, PresenterAndOutcome } from './ItemOutcome';
import { useItemEditorStyles } from './ItemEditor.styles';

export interface ItemEditorProps {
  /** What the item needs of the record; narrow on purpose, so typing in one item re-renders that item only. */
  record: ItemRecordContext;
  item: AgendaItem;
  /** "§ 12", "12." or "a)". */
  label: string;
  /** Position among the top-level items, for moving; undefined for sub-items. */
  index?: number;
  compact: boolean;
  onEdit(edit: Edit): void;
  /** For the "previous minutes" item: the earlier record and its assignments. */
  previous?: PreviousRecord;
}

export interface ItemRecordContext {
  language: Language;
  groupName: string;
  /** The lead of a decision block that has none of its own: the record style's, else "<Gruppen> beslutar att:". */
  decisionLead: string;
  itemCount: number;
  /** Same identity until attendance changes. */
  attendees: Attendee[];
  nextMeeting?: string;
}

export const ItemEditor = memo(function ItemEditor({
  record,
  item,
  label,
  index,
  compact,
  onEdit,
  previous,
}: ItemEditorProps) {
  const strings = useStrings();
  const editorStrings = useEditorStrings();
  const styles = useItemEditorStyles();
  const handleItem = (patch: Parameters<typeof updateItem>[2]) =>
    onEdit((m, now) => updateItem(m, item.id, patch, now));
  // The editor owns its text once mounted; text added from outside (a follow-up comment) re-initialises it.
  const [notesEpoch, setNotesEpoch] = useState(0);
  const handleFollowUpComment = (line: string) => {
    // What she typed in the notes reaches the record first, so the comment goes after it, not in its place.
    flushPendingChanges();
    onEdit((m, now) =>
      withItem(m, item.id, (current) => ({ ...current, notes: [...current.notes, ...paragraphsFromText(line)] }), now),
    );
    setNotesEpoch((e) => e + 1);
  };

  return (
    <article className={mergeClasses(styles.root, compact && styles.compact)} aria-label={`${label} ${item.title}`}>
      <ItemHeading
        item={item}
        label={label}
        index={index}
        itemCount={record.itemCount}
        compact={compact}
        onEdit={onEdit}
      />
      <PresenterAndOutcome item={item} label={label} compact={compact} onEdit={onEdit} />
      {item.kind === 'previous' && previous && <FollowUps previous={previous} onComment={handleFollowUpComment} />}
      <RichTextEditor
        value={item.notes}
        resetKey={`${item.id}:${notesEpoch}`}
        // The editor has painted the keystroke itself; the record's re-render may wait (the draft keeps it at once).
        onChange={(notes) => startTransition(() => handleItem({ notes }))}
        label={strings.notesFor(label)}
        placeholder={strings.notes}
        compact={compact}
        strings={editorStrings}
      />

      <OutcomeWording item={item} label={label} language={record.language} compact={compact} onEdit={onEdit} />

      <DecisionBlocks item={item} label={label} defaultLead={record.decisionLead} compact={compact} onEdit={onEdit} />

      <ItemAssignments item={item} label={label} attendees={record.attendees} compact={compact} onEdit={onEdit} />

      <ItemAdditions item={item} topLevel={index !== undefined} compact={compact} onEdit={onEdit} />

      {item.kind === 'closing' && (
        <Input
          aria-label={strings.nextMeeting}
          placeholder={strings.nextMeeting}
          value={record.nextMeeting ?? ''}
          onChange={(_, d) => onEdit((m, now) => updateHeader(m, { nextMeeting: d.value }, now))}
        />
      )}

      {item.subItems.length > 0 && (
        <div className={styles.subItems}>
          {item.subItems.map((sub, i) => (
            <ItemEditor
              key={sub.id}
              record={record}
              item={sub}
              label={`${label} ${subItemLabel(i)})`}
              compact={compact}
              onEdit={onEdit}
            />
          ))}
        </div>
      )}
    </article>
  );
});
