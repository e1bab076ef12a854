// The item's number and title, and in the full tab its place among the items.
import { Button, Input, Text } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { moveItem, removeItem, updateItem } from '../../domain/editing';
import type { AgendaItem } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import type { Edit } from '../RecordSession/edit';
import { useItemEditorStyles } from './ItemEditor.styles';
import { itemPart } from './itemPart';

export interface ItemHeadingProps {
  item: AgendaItem;
  label: string;
  /** Position among the top-level items; undefined for sub-items, which are not moved. */
  index?: number;
  itemCount: number;
  compact: boolean;
  onEdit(edit: Edit): void;
}

export const ItemHeading = itemPart(
  function ItemHeading({ item, label, index, itemCount, compact, onEdit }: ItemHeadingProps) {
    const strings = useStrings();
    const styles = useItemEditorStyles();
    return (
      <div className={styles.heading}>
        <Text as="h3" weight="semibold" size={400} className={styles.label}>
          {label}
        </Text>
        <Input
          className={styles.title}
          aria-label={`${strings.itemTitle} ${label}`}
          value={item.title}
          onChange={(_, d) => onEdit((m, now) => updateItem(m, item.id, { title: d.value }, now))}
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
              disabled={index === itemCount - 1}
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
    );
  },
  ['title'],
);
