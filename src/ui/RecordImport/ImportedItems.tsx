// The previous record's items, each kept in the group's template or left out.
import { Checkbox, Text } from '@fluentui/react-components';
import type { ImportDraft } from '../../domain/recordImport';
import { useStrings } from '../i18n/StringsContext';
import { useRecordImportStyles } from './RecordImport.styles';

export interface ImportedItemsProps {
  draft: ImportDraft;
  onChange(change: (draft: ImportDraft) => ImportDraft): void;
}

export function ImportedItems({ draft, onChange }: ImportedItemsProps) {
  const words = useStrings().recordImport;
  const styles = useRecordImportStyles();
  return (
    <>
      <Text as="h4" weight="semibold">
        {words.items}
      </Text>
      <div className={styles.files}>
        {draft.items.map((choice, index) => (
          <Checkbox
            key={`${index}-${choice.item.title}`}
            checked={choice.keep}
            label={choice.item.kind === 'regular' ? choice.item.title : `${choice.item.title} (${words.standardItem})`}
            aria-label={words.keepItem(choice.item.title)}
            onChange={(_, data) =>
              onChange((d) => ({
                ...d,
                items: d.items.map((c, i) => (i === index ? { ...c, keep: data.checked === true } : c)),
              }))
            }
          />
        ))}
      </div>
    </>
  );
}
