// One agenda item as the secretary writes it: title, presenter, notes with decision blocks where they were
// taken, outcome, assignments, and its sub-items.
import { memo, startTransition, useState } from 'react';
import { Button, Input, Select, Text, mergeClasses } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { insertDecisionBlock } from '../../domain/decisions';
import {
  addAssignment,
  addLink,
  addSubItem,
  moveItem,
  removeAssignment,
  removeItem,
  removeLink,
  updateAssignment,
  updateHeader,
  updateItem,
} from '../../domain/editing';
import { newDecision } from '../../domain/factory';
import { paragraphsFromText } from '../../domain/richtext';
import type { AgendaItem, Attendee, Language, Minutes, Outcome } from '../../domain/model';
import { vocabulary } from '../../domain/vocabulary';
import { subItemLabel } from '../../domain/numbering';
import { AssignmentEditor } from '../AssignmentEditor/AssignmentEditor';
import { FollowUps } from '../FollowUps/FollowUps';
import { LinksEditor } from '../LinksEditor/LinksEditor';
import { useStrings } from '../i18n/StringsContext';
import { RichTextEditor } from '../RichTextEditor';
import { useEditorStrings } from '../RichTextEditor/useEditorStrings';
import type { Edit } from '../RecordSession/edit';
import type { PreviousRecord } from '../../contracts/records';
import { DecisionBlockEditor } from './DecisionBlockEditor';
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

const outcomes: Outcome[] = ['handled', 'information', 'tabled', 'referredBack'];

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

/** A new "Beslut:" block after everything written so far, with one empty "att …" line to type in. */
function addDecisionBlockAtEnd(minutes: Minutes, item: AgendaItem, now: Date): Minutes {
  const after = item.decisionBlocks.at(-1)?.id ?? null;
  return insertDecisionBlock(minutes, item.id, { after }, now, { decisions: [newDecision('')] });
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
  const words = vocabulary[record.language];
  const handleItem = (patch: Parameters<typeof updateItem>[2]) =>
    onEdit((m, now) => updateItem(m, item.id, patch, now));
  // The editor owns its text once mounted; text added from outside (a follow-up comment) re-initialises it.
  const [notesEpoch, setNotesEpoch] = useState(0);
  const handleFollowUpComment = (line: string) => {
    handleItem({ notes: [...item.notes, ...paragraphsFromText(line)] });
    setNotesEpoch((e) => e + 1);
  };

  return (
    <article className={mergeClasses(styles.root, compact && styles.compact)} aria-label={`${label} ${item.title}`}>
      <div className={styles.heading}>
        <Text as="h3" weight="semibold" size={400} className={styles.label}>
          {label}
        </Text>
        <Input
          className={styles.title}
          aria-label={`${strings.itemTitle} ${label}`}
          value={item.title}
          onChange={(_, d) => handleItem({ title: d.value })}
        />
        {index !== undefined && !compact && (
          <>
            <Button
              appearance="subtle"
              icon={<ArrowUpRegular />}
              aria-label={`${strings.moveUp} ${label}`}
              disabled={index === 0}
              onClick={() => onEdit((m, now) => moveItem(m, item.id, index - 1, now))}
            />
            <Button
              appearance="subtle"
              icon={<ArrowDownRegular />}
              aria-label={`${strings.moveDown} ${label}`}
              disabled={index === record.itemCount - 1}
              onClick={() => onEdit((m, now) => moveItem(m, item.id, index + 1, now))}
            />
          </>
        )}
        {!compact && (
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={`${strings.removeItem} ${label}`}
            onClick={() => onEdit((m, now) => removeItem(m, item.id, now))}
          />
        )}
      </div>
      <div className={styles.row}>
        <Input
          className={styles.grow}
          aria-label={`${strings.presenter} ${label}`}
          placeholder={strings.presenter}
          value={item.presenter ?? ''}
          onChange={(_, d) => handleItem({ presenter: d.value || undefined })}
        />
        {!compact && (
          <Select
            aria-label={`${strings.outcome} ${label}`}
            value={item.outcome}
            onChange={(_, d) => handleItem({ outcome: d.value as Outcome })}
          >
            {outcomes.map((o) => (
              <option key={o} value={o}>
                {strings.outcomes[o]}
              </option>
            ))}
          </Select>
        )}
      </div>
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

      {item.outcome !== 'handled' && !compact && (
        <Input
          aria-label={strings.outcomeText(label)}
          placeholder={words.outcome[item.outcome]}
          value={item.outcomeText ?? ''}
          onChange={(_, d) => handleItem({ outcomeText: d.value || undefined })}
        />
      )}

      {item.decisionBlocks.map((block, i) => (
        <DecisionBlockEditor
          key={block.id}
          itemId={item.id}
          block={block}
          position={i + 1}
          firstDecision={1 + item.decisionBlocks.slice(0, i).reduce((n, b) => n + b.decisions.length, 0)}
          label={label}
          defaultLead={record.decisionLead}
          compact={compact}
          onEdit={onEdit}
        />
      ))}

      <section className={styles.section} aria-label={`${strings.assignments} ${label}`}>
        {item.assignments.map((assignment, i) => (
          <AssignmentEditor
            key={assignment.id}
            assignment={assignment}
            attendees={record.attendees}
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

      <div className={styles.row}>
        <Button
          icon={<AddRegular />}
          aria-keyshortcuts={compact ? 'Alt+B' : undefined}
          onClick={() => onEdit((m, now) => addDecisionBlockAtEnd(m, item, now))}
        >
          {strings.addDecision}
        </Button>
        <Button
          icon={<AddRegular />}
          aria-keyshortcuts={compact ? 'Alt+U' : undefined}
          onClick={() => onEdit((m, now) => addAssignment(m, item.id, { text: '' }, now))}
        >
          {strings.addAssignment}
        </Button>
        {index !== undefined && (
          <Button icon={<AddRegular />} onClick={() => onEdit((m, now) => addSubItem(m, item.id, { title: '' }, now))}>
            {strings.addSubItem}
          </Button>
        )}
      </div>

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
