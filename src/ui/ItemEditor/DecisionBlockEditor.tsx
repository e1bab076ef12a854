// One "Beslut:" block where it was taken in the item: its lead sentence as the group writes it, the
// "att …" lines, and the item's text that follows the block.
import { Button, Input } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import {
  addDecision,
  removeDecision,
  removeDecisionBlock,
  updateDecision,
  updateDecisionBlock,
} from '../../domain/decisions';
import type { AgendaItem, DecisionBlock } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { RichTextEditor } from '../RichTextEditor';
import { useEditorStrings } from '../RichTextEditor/useEditorStrings';
import type { Edit } from '../RecordSession/edit';
import { useItemEditorStyles } from './ItemEditor.styles';
import { itemPart } from './itemPart';

export interface DecisionBlockEditorProps {
  itemId: string;
  block: DecisionBlock;
  /** 1-based position among the item's blocks. */
  position: number;
  /** Number of the block's first decision among all of the item's decisions, 1-based. */
  firstDecision: number;
  label: string;
  /** The record's lead when the block has none of its own. */
  defaultLead: string;
  compact: boolean;
  onEdit(edit: Edit): void;
}

export function DecisionBlockEditor({
  itemId,
  block,
  position,
  firstDecision,
  label,
  defaultLead,
  compact,
  onEdit,
}: DecisionBlockEditorProps) {
  const strings = useStrings();
  const editorStrings = useEditorStrings();
  const styles = useItemEditorStyles();
  return (
    <>
      <section className={styles.decisionBlock} aria-label={strings.decisionBlock(position, label)}>
        <div className={styles.decision}>
          <Input
            className={styles.grow}
            aria-label={strings.decisionLead(position, label)}
            value={block.lead ?? defaultLead}
            // The record's lead stays the default until the secretary writes something else here.
            onChange={(_, d) =>
              onEdit((m, now) =>
                updateDecisionBlock(m, itemId, block.id, { lead: d.value === defaultLead ? undefined : d.value }, now),
              )
            }
          />
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={`${strings.removeDecisionBlock} ${position} ${label}`}
            onClick={() => onEdit((m, now) => removeDecisionBlock(m, itemId, block.id, now))}
          />
        </div>
        {block.decisions.map((decision, i) => (
          <div key={decision.id} className={styles.decision}>
            <Input
              className={styles.grow}
              aria-label={`${strings.decisionText} ${firstDecision + i} ${label}`}
              placeholder={strings.decisionText}
              value={decision.text}
              autoFocus={decision.text === ''}
              onChange={(_, d) => onEdit((m, now) => updateDecision(m, itemId, decision.id, d.value, now))}
            />
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={`${strings.removeDecision} ${firstDecision + i} ${label}`}
              onClick={() => onEdit((m, now) => removeDecision(m, itemId, decision.id, now))}
            />
          </div>
        ))}
        <Button
          appearance="subtle"
          icon={<AddRegular />}
          className={styles.start}
          aria-label={`${strings.addDecisionLine} ${position} ${label}`}
          onClick={() => onEdit((m, now) => addDecision(m, itemId, '', now, undefined, block.id))}
        >
          {strings.addDecisionLine}
        </Button>
      </section>
      <RichTextEditor
        value={block.notesAfter}
        resetKey={block.id}
        onChange={(notesAfter) => onEdit((m, now) => updateDecisionBlock(m, itemId, block.id, { notesAfter }, now))}
        label={strings.textAfterDecision(position, label)}
        placeholder={strings.notes}
        compact={compact}
        strings={editorStrings}
      />
    </>
  );
}

/** The item's decision blocks in order; each numbers its "att …" lines on from the blocks before it. */
export const DecisionBlocks = itemPart(
  function DecisionBlocks({
    item,
    ...shared
  }: { item: AgendaItem } & Pick<DecisionBlockEditorProps, 'label' | 'defaultLead' | 'compact' | 'onEdit'>) {
    return item.decisionBlocks.map((block, i) => (
      <DecisionBlockEditor
        key={block.id}
        itemId={item.id}
        block={block}
        position={i + 1}
        firstDecision={1 + item.decisionBlocks.slice(0, i).reduce((n, b) => n + b.decisions.length, 0)}
        {...shared}
      />
    ));
  },
  ['decisionBlocks'],
);
