// The group's template ("Mall"): rename, reorder, add and remove its own items, or go back to the standard one.
import { useRef, useState } from 'react';
import { Button, Field, Input, Text } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import type { TemplateItem } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { useConfigViewStyles } from './ConfigView.styles';
import { insertionIndex, isRemovable, isSlot, moved } from './templateEdits';

export interface TemplateFieldProps {
  /** The group's own template, or the standard one when it has none. */
  template: TemplateItem[];
  /** The group has its own template: it can be reset. */
  own: boolean;
  onChange(template: TemplateItem[] | undefined): void;
}

const SLOT_KEY = 'slot';

/**
 * Row keys that survive renames and moves, so an input keeps its focus while typing and the slot stays the slot
 * even when an added item's title is cleared. The standard template is rebuilt on every render: equal items keep
 * their keys.
 */
function useRowKeys(template: TemplateItem[]) {
  const memory = useRef<{ template: TemplateItem[]; keys: string[] } | undefined>(undefined);
  const counter = useRef(0);
  const fresh = () => `item-${++counter.current}`;
  let known = memory.current;
  if (!known || (known.template !== template && JSON.stringify(known.template) !== JSON.stringify(template))) {
    const slot = template.findIndex(isSlot);
    known = { template, keys: template.map((_, index) => (index === slot ? SLOT_KEY : fresh())) };
    memory.current = known;
  }
  const keys = known.keys;
  const remember = (next: TemplateItem[], nextKeys: string[]) => {
    memory.current = { template: next, keys: nextKeys };
  };
  return { keys, fresh, remember };
}

export function TemplateField({ template, own, onChange }: TemplateFieldProps) {
  const words = useStrings().templateEditor;
  const styles = useConfigViewStyles();
  const [newTitle, setNewTitle] = useState('');
  const edits = useTemplateEdits(template, onChange);

  return (
    <section className={styles.template} aria-labelledby="template-title">
      <Text as="h3" id="template-title" weight="semibold" size={400} className={styles.heading}>
        {words.title}
      </Text>
      <Text className={styles.intro}>{words.intro}</Text>
      <ol className={styles.templateList}>
        {template.map((item, index) => {
          const key = edits.keys[index] ?? `row-${index}`;
          return (
            <TemplateRow
              key={key}
              item={item}
              index={index}
              slot={key === SLOT_KEY}
              last={index === template.length - 1}
              edits={edits}
            />
          );
        })}
      </ol>
      <div className={styles.createPlan}>
        <Field label={words.newItem} className={styles.createPlanTitle}>
          <Input value={newTitle} onChange={(_, data) => setNewTitle(data.value)} />
        </Field>
        <Button
          icon={<AddRegular />}
          disabled={newTitle.trim() === ''}
          onClick={() => {
            edits.add(newTitle.trim());
            setNewTitle('');
          }}
        >
          {words.add}
        </Button>
      </div>
      {own && (
        <div className={styles.actions}>
          <Button onClick={() => onChange(undefined)}>{words.reset}</Button>
        </div>
      )}
    </section>
  );
}

/** Rename, move, add and remove, each keeping the rows' keys in step with the items. */
function useTemplateEdits(template: TemplateItem[], onChange: (template: TemplateItem[]) => void) {
  const { keys, fresh, remember } = useRowKeys(template);
  const change = (next: TemplateItem[], nextKeys: string[]) => {
    remember(next, nextKeys);
    onChange(next);
  };
  return {
    keys,
    rename: (index: number, title: string) =>
      change(
        template.map((item, i) => (i === index ? { ...item, title } : item)),
        keys,
      ),
    move: (index: number, by: -1 | 1) => change(moved(template, index, by), moved(keys, index, by)),
    remove: (index: number) =>
      change(
        template.filter((_, i) => i !== index),
        keys.filter((_, i) => i !== index),
      ),
    add: (title: string) => {
      const at = insertionIndex(template);
      change(
        [...template.slice(0, at), { kind: 'regular', title }, ...template.slice(at)],
        [...keys.slice(0, at), fresh(), ...keys.slice(at)],
      );
    },
  };
}

interface TemplateRowProps {
  item: TemplateItem;
  index: number;
  /** The slot for the meeting's own items: no title to edit. */
  slot: boolean;
  last: boolean;
  edits: ReturnType<typeof useTemplateEdits>;
}

function TemplateRow({ item, index, slot, last, edits }: TemplateRowProps) {
  const words = useStrings().templateEditor;
  const styles = useConfigViewStyles();
  const name = slot ? words.slot : item.title || words.itemTitle(index + 1);
  return (
    <li className={styles.templateRow}>
      {slot ? (
        <Text className={styles.templateTitle} italic>
          {words.slot}
        </Text>
      ) : (
        <Field
          className={styles.templateTitle}
          validationState={item.title.trim() === '' ? 'error' : 'none'}
          validationMessage={item.title.trim() === '' ? words.titleMissing : undefined}
        >
          <Input
            aria-label={words.itemTitle(index + 1)}
            value={item.title}
            onChange={(_, data) => edits.rename(index, data.value)}
          />
        </Field>
      )}
      <Button
        appearance="subtle"
        icon={<ArrowUpRegular />}
        aria-label={words.moveUp(name)}
        disabled={index === 0}
        onClick={() => edits.move(index, -1)}
      />
      <Button
        appearance="subtle"
        icon={<ArrowDownRegular />}
        aria-label={words.moveDown(name)}
        disabled={last}
        onClick={() => edits.move(index, 1)}
      />
      {!slot && isRemovable(item) ? (
        <Button
          appearance="subtle"
          icon={<DeleteRegular />}
          aria-label={words.remove(name)}
          onClick={() => edits.remove(index)}
        />
      ) : (
        <span className={styles.templateSpacer} aria-hidden />
      )}
    </li>
  );
}
