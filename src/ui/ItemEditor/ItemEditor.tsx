// One agenda item as the secretary writes it: title, presenter, notes, decisions, outcome,
// assignments, and for "other matters" its sub-items.
import { memo, startTransition, useState } from 'react';
import { Button, Input, Select, Text, mergeClasses } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import {
  addAssignment,
  addDecision,
  addLink,
  addSubItem,
  moveItem,
  removeAssignment,
  removeDecision,
  removeItem,
  removeLink,
  updateAssignment,
  updateDecision,
  updateHeader,
  updateItem,
} from '../../domain/editing';
import { paragraphsFromText } from '../../domain/richtext';
import type { AgendaItem, Attendee, Language, Outcome } from '../../domain/model';
import { subItemLabel } from '../../domain/numbering';
import { vocabulary } from '../../domain/vocabulary';
import { AssignmentEditor } from '../AssignmentEditor/AssignmentEditor';
import { FollowUps } from '../FollowUps/FollowUps';
import { LinksEditor } from '../LinksEditor/LinksEditor';
import { useStrings } from '../i18n/StringsContext';
import { RichTextEditor } from '../RichTextEditor';
import { useEditorStrings } from '../RichTextEditor/useEditorStrings';
import type { Edit } from '../RecordSession/edit';
import type { PreviousRecord } from '../../contracts/records';
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

      <section className={styles.section} aria-label={`${strings.decisions} ${label}`}>
        {item.decisions.length > 0 && (
          <Text as="h4" size={200} weight="semibold" className={styles.sectionTitle}>
            {words.decides(record.groupName)}
          </Text>
        )}
        {item.decisions.map((decision, i) => (
          <div key={decision.id} className={styles.decision}>
            <Input
              className={styles.grow}
              aria-label={`${strings.decisionText} ${i + 1} ${label}`}
              placeholder={strings.decisionText}
              value={decision.text}
              autoFocus={decision.text === ''}
              onChange={(_, d) => onEdit((m, now) => updateDecision(m, item.id, decision.id, d.value, now))}
            />
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={`${strings.removeDecision} ${i + 1} ${label}`}
              onClick={() => onEdit((m, now) => removeDecision(m, item.id, decision.id, now))}
            />
          </div>
        ))}
      </section>

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
          onClick={() => onEdit((m, now) => addDecision(m, item.id, '', now))}
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
        {item.kind === 'other' && (
          <Button icon={<AddRegular />} onClick={() => onEdit((m, now) => addSubItem(m, item.id, { title: '' }, now))}>
            {strings.addItem}
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
