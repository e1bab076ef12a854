// What the secretary adds to an item as the meeting goes: a decision where it was taken, an assignment, a sub-item.
import { Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { insertDecisionBlock } from '../../domain/decisions';
import { addAssignment, addSubItem } from '../../domain/editing';
import { newDecision } from '../../domain/factory';
import type { AgendaItem, Minutes } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import type { Edit } from '../RecordSession/edit';
import { useItemEditorStyles } from './ItemEditor.styles';
import { itemPart } from './itemPart';

/** A new "Beslut:" block after everything written so far, with one empty "att …" line to type in. */
function addDecisionBlockAtEnd(minutes: Minutes, item: AgendaItem, now: Date): Minutes {
  const after = item.decisionBlocks.at(-1)?.id ?? null;
  return insertDecisionBlock(minutes, item.id, { after }, now, { decisions: [newDecision('')] });
}

export interface ItemAdditionsProps {
  item: AgendaItem;
  /** Sub-items have none of their own. */
  topLevel: boolean;
  compact: boolean;
  onEdit(edit: Edit): void;
}

export const ItemAdditions = itemPart(
  function ItemAdditions({ item, topLevel, compact, onEdit }: ItemAdditionsProps) {
    const strings = useStrings();
    const styles = useItemEditorStyles();
    return (
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
        {topLevel && (
          <Button icon={<AddRegular />} onClick={() => onEdit((m, now) => addSubItem(m, item.id, { title: '' }, now))}>
            {strings.addSubItem}
          </Button>
        )}
      </div>
    );
  },
  ['decisionBlocks'],
);
