// Who presented the item and what became of it: handled, information, tabled or referred back, in the group's
// own words when it has them.
import { Input, Select } from '@fluentui/react-components';
import { updateItem, type ItemPatch } from '../../domain/editing';
import type { AgendaItem, Language, Outcome } from '../../domain/model';
import { vocabulary } from '../../domain/vocabulary';
import { useStrings } from '../i18n/StringsContext';
import type { Edit } from '../RecordSession/edit';
import { useItemEditorStyles } from './ItemEditor.styles';
import { itemPart } from './itemPart';

const outcomes: Outcome[] = ['handled', 'information', 'tabled', 'referredBack'];

export interface ItemOutcomeProps {
  item: AgendaItem;
  label: string;
  language: Language;
  compact: boolean;
  onEdit(edit: Edit): void;
}

export const PresenterAndOutcome = itemPart(
  function PresenterAndOutcome({ item, label, compact, onEdit }: Omit<ItemOutcomeProps, 'language'>) {
    const strings = useStrings();
    const styles = useItemEditorStyles();
    const change = (patch: ItemPatch) => onEdit((m, now) => updateItem(m, item.id, patch, now));
    return (
      <div className={styles.row}>
        <Input
          className={styles.grow}
          aria-label={`${strings.presenter} ${label}`}
          placeholder={strings.presenter}
          value={item.presenter ?? ''}
          onChange={(_, d) => change({ presenter: d.value || undefined })}
        />
        {!compact && (
          <Select
            aria-label={`${strings.outcome} ${label}`}
            value={item.outcome}
            onChange={(_, d) => change({ outcome: d.value as Outcome })}
          >
            {outcomes.map((o) => (
              <option key={o} value={o}>
                {strings.outcomes[o]}
              </option>
            ))}
          </Select>
        )}
      </div>
    );
  },
  ['presenter', 'outcome'],
);

/** The sentence an information, tabled or referred-back item prints; empty: the standard one. */
export const OutcomeWording = itemPart(
  function OutcomeWording({ item, label, language, compact, onEdit }: ItemOutcomeProps) {
    const strings = useStrings();
    if (item.outcome === 'handled' || compact) return null;
    return (
      <Input
        aria-label={strings.outcomeText(label)}
        placeholder={vocabulary[language].outcome[item.outcome]}
        value={item.outcomeText ?? ''}
        onChange={(_, d) => onEdit((m, now) => updateItem(m, item.id, { outcomeText: d.value || undefined }, now))}
      />
    );
  },
  ['outcome', 'outcomeText'],
);
