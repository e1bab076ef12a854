// The whole record in the full tab: header fields, an outline to jump between items, and every item.
// In the side panel: one item at a time with quick previous/next, the way a secretary follows the agenda.
import { memo, useMemo, useState } from 'react';
import { Button, Caption1, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { addDecision } from '../../domain/decisions';
import { vocabulary } from '../../domain/vocabulary';
import { addAssignment, addItem } from '../../domain/editing';
import type { GroupSettings, Minutes } from '../../domain/model';
import { itemLabel } from '../../domain/numbering';
import { useStrings } from '../i18n/StringsContext';
import { ItemEditor, type ItemRecordContext } from '../ItemEditor/ItemEditor';
import { MeetingFacts } from './MeetingFacts';
import type { Edit } from '../RecordSession/edit';
import type { PreviousRecord } from '../../contracts/records';
import { plainList } from '../styles/plainList';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(160px, 220px) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  outline: {
    position: 'sticky',
    top: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  outlineList: plainList(tokens.spacingVerticalXXS),
  items: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  compactRoot: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  navigator: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalXS,
  },
});

export interface MinutesEditorProps {
  minutes: Minutes;
  onEdit(edit: Edit): void;
  compact: boolean;
  previous?: PreviousRecord;
  /** The group's first § of a year whose earlier records are not in the folder. */
  yearStart?: GroupSettings['firstNumberOfYear'];
}

export function MinutesEditor({ compact, ...props }: MinutesEditorProps) {
  return compact ? <ItemNavigator {...props} /> : <FullEditor {...props} />;
}

/** The record as the item editors see it: a new object only when one of these changes. */
function useItemRecord(minutes: Minutes): ItemRecordContext {
  const { language, group, items, attendees, nextMeeting, style } = minutes;
  const decisionLead = style?.decisionLead ?? vocabulary[language].decides(group.name);
  return useMemo(
    () => ({ language, groupName: group.name, decisionLead, itemCount: items.length, attendees, nextMeeting }),
    [language, group.name, decisionLead, items.length, attendees, nextMeeting],
  );
}

interface OutlineEntry {
  id: string;
  text: string;
}

const sameEntries = (a: { entries: OutlineEntry[] }, b: { entries: OutlineEntry[] }): boolean =>
  a.entries.length === b.entries.length &&
  a.entries.every((entry, i) => entry.id === b.entries[i]?.id && entry.text === b.entries[i]?.text);

/** The items' labels and titles: typing notes changes neither, so a keystroke leaves the 60 links alone. */
const Outline = memo(function Outline({ entries }: { entries: OutlineEntry[] }) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <nav className={styles.outline} aria-label={strings.items}>
      <Text weight="semibold">{strings.items}</Text>
      <ol className={styles.outlineList}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <Link href={`#item-${entry.id}`}>{entry.text}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}, sameEntries);

function FullEditor({ minutes, onEdit, previous, yearStart }: Omit<MinutesEditorProps, 'compact'>) {
  const strings = useStrings();
  const styles = useStyles();
  const record = useItemRecord(minutes);
  return (
    <div className={styles.root}>
      <Outline
        entries={minutes.items.map((item, i) => ({ id: item.id, text: `${itemLabel(minutes, i)} ${item.title}` }))}
      />
      <div className={styles.items}>
        <MeetingFacts minutes={minutes} onEdit={onEdit} previousNumbering={previous?.numbering} yearStart={yearStart} />
        {minutes.items.map((item, i) => (
          <div key={item.id} id={`item-${item.id}`}>
            <ItemEditor
              record={record}
              item={item}
              label={itemLabel(minutes, i)}
              index={i}
              compact={false}
              onEdit={onEdit}
              previous={previous}
            />
          </div>
        ))}
        <Button icon={<AddRegular />} onClick={() => onEdit((m, now) => addItem(m, { title: '' }, now))}>
          {strings.addItem}
        </Button>
      </div>
    </div>
  );
}

function ItemNavigator({ minutes, onEdit, previous }: Omit<MinutesEditorProps, 'compact'>) {
  const strings = useStrings();
  const styles = useStyles();
  const record = useItemRecord(minutes);
  const [position, setPosition] = useState(0);
  const index = Math.min(position, minutes.items.length - 1);
  const item = minutes.items[index];
  // Shortcuts for live capture: the secretary's hands stay on the keyboard during the meeting.
  const handleKeyDown = (event: React.KeyboardEvent) => {
    if (!event.altKey || !item) return;
    const actions: Record<string, () => void> = {
      PageDown: () => setPosition(Math.min(index + 1, minutes.items.length - 1)),
      PageUp: () => setPosition(Math.max(index - 1, 0)),
      b: () => onEdit((m, now) => addDecision(m, item.id, '', now)),
      u: () => onEdit((m, now) => addAssignment(m, item.id, { text: '' }, now)),
    };
    const action = actions[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  return (
    <div className={styles.compactRoot} onKeyDown={handleKeyDown}>
      <div className={styles.navigator}>
        <Button
          appearance="subtle"
          icon={<ChevronLeftRegular />}
          aria-label={strings.previousItem}
          aria-keyshortcuts="Alt+PageUp"
          disabled={index <= 0}
          onClick={() => setPosition(index - 1)}
        />
        <Text size={200} aria-live="polite">
          {strings.itemOf(index + 1, minutes.items.length)}
        </Text>
        <Button
          appearance="subtle"
          icon={<ChevronRightRegular />}
          aria-label={strings.nextItem}
          aria-keyshortcuts="Alt+PageDown"
          disabled={index >= minutes.items.length - 1}
          onClick={() => setPosition(index + 1)}
        />
      </div>
      {item && (
        <ItemEditor
          key={item.id}
          record={record}
          item={item}
          label={itemLabel(minutes, index)}
          index={index}
          compact
          onEdit={onEdit}
          previous={previous}
        />
      )}
      <Button
        icon={<AddRegular />}
        onClick={() => {
          onEdit((m, now) => addItem(m, { title: '' }, now));
          // addItem places a new item before "other matters"; show it where it lands.
          const trailing = minutes.items.findIndex((i) => i.kind === 'other' || i.kind === 'closing');
          setPosition(trailing === -1 ? minutes.items.length : trailing);
        }}
      >
        {strings.addItem}
      </Button>
      <Caption1 className={styles.hint}>{strings.shortcutsHint}</Caption1>
    </div>
  );
}
