// @vitest-environment jsdom
// One agenda item as the secretary writes it, each edit applied to the record as the session would: its title, what
// became of it (with the wording field only where a sentence is printed), a decision, an assignment and a sub-item,
// its place among the items, the next meeting on the closing item, and the side panel's smaller set.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { ItemKind, Minutes } from '../../../src/domain/model';
import { vocabulary } from '../../../src/domain/vocabulary';
import { ItemEditor } from '../../../src/ui/ItemEditor/ItemEditor';
import type { Edit } from '../../../src/ui/RecordSession/edit';
import { uiStrings } from '../../support/uiStrings';
import { fakeServices, renderWith } from '../support/fakeServices';
import { sessionWith } from '../support/records';

afterEach(cleanup);

const sv = uiStrings.sv;
const LABEL = '§ 15';

function renderItem(kind: ItemKind, compact = false) {
  const shown: { minutes: Minutes } = { minutes: sessionWith().minutes };
  function Harness() {
    const [minutes, setMinutes] = useState(shown.minutes);
    shown.minutes = minutes;
    const index = minutes.items.findIndex((item) => item.kind === kind);
    const onEdit = (edit: Edit) => setMinutes((m) => edit(m, new Date('2026-11-20T14:00:00Z')));
    // Removed: the record's editor would no longer show it.
    if (index === -1) return null;
    return (
      <ItemEditor
        record={{
          language: 'sv',
          groupName: 'Styrgrupp närvård',
          decisionLead: 'Styrgrupp närvård beslutar att:',
          itemCount: minutes.items.length,
          attendees: minutes.attendees,
          nextMeeting: minutes.nextMeeting,
        }}
        item={minutes.items[index]!}
        label={LABEL}
        index={index}
        compact={compact}
        onEdit={onEdit}
      />
    );
  }
  renderWith(<Harness />, fakeServices({}));
  const item = () => shown.minutes.items.find((candidate) => candidate.kind === kind)!;
  return { shown, item };
}

describe('the item editor', { timeout: 15_000 }, () => {
  it('is an article named by its number and title, whose title the secretary writes', async () => {
    const user = userEvent.setup();
    const { item } = renderItem('regular');
    await user.type(screen.getByRole('textbox', { name: `${sv.itemTitle} ${LABEL}` }), 'Budget 2027');
    expect(item().title).toBe('Budget 2027');
    expect(screen.getByRole('article', { name: `${LABEL} Budget 2027` })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: sv.notesFor(LABEL) })).toBeInTheDocument();
  });

  it('asks for the outcome’s wording only when a sentence is printed for it, offering the standard one', async () => {
    const user = userEvent.setup();
    const { item } = renderItem('regular');
    expect(screen.queryByRole('textbox', { name: sv.outcomeText(LABEL) })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: `${sv.outcome} ${LABEL}` }), sv.outcomes.tabled);
    expect(item().outcome).toBe('tabled');
    const wording = screen.getByRole('textbox', { name: sv.outcomeText(LABEL) });
    expect(wording).toHaveAttribute('placeholder', vocabulary.sv.outcome.tabled);
    await user.type(wording, 'Ärendet bordläggs till nästa möte.');
    expect(item().outcomeText).toBe('Ärendet bordläggs till nästa möte.');
  });

  it('adds a decision block with the group’s lead, an assignment and a sub-item', async () => {
    const user = userEvent.setup();
    const { item } = renderItem('regular');
    await user.click(screen.getByRole('button', { name: sv.addDecision }));
    const block = screen.getByRole('region', { name: sv.decisionBlock(1, LABEL) });
    expect(within(block).getByRole('textbox', { name: sv.decisionLead(1, LABEL) })).toHaveValue(
      'Styrgrupp närvård beslutar att:',
    );
    expect(item().decisionBlocks).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: sv.addAssignment }));
    expect(item().assignments).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: sv.addSubItem }));
    expect(item().subItems).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: `${sv.itemTitle} ${LABEL} a)` })).toBeInTheDocument();
  });

  it('moves and removes the item among the record’s items', async () => {
    const user = userEvent.setup();
    const { shown } = renderItem('regular');
    const before = shown.minutes.items.findIndex((item) => item.kind === 'regular');
    await user.click(screen.getByRole('button', { name: `${sv.moveUp} ${LABEL}` }));
    expect(shown.minutes.items.findIndex((item) => item.kind === 'regular')).toBe(before - 1);
    const count = shown.minutes.items.length;
    await user.click(screen.getByRole('button', { name: `${sv.removeItem} ${LABEL}` }));
    expect(shown.minutes.items).toHaveLength(count - 1);
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('takes the next meeting on the closing item only', async () => {
    const user = userEvent.setup();
    const { shown } = renderItem('closing');
    await user.type(screen.getByRole('textbox', { name: sv.nextMeeting }), '18 december kl. 13');
    expect(shown.minutes.nextMeeting).toBe('18 december kl. 13');
    cleanup();
    renderItem('regular');
    expect(screen.queryByRole('textbox', { name: sv.nextMeeting })).toBeNull();
  });

  it('in the side panel keeps the writing and leaves out outcome, moving and removing', () => {
    renderItem('regular', true);
    expect(screen.getByRole('textbox', { name: `${sv.itemTitle} ${LABEL}` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: sv.addDecision })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: `${sv.outcome} ${LABEL}` })).toBeNull();
    expect(screen.queryByRole('button', { name: `${sv.moveUp} ${LABEL}` })).toBeNull();
    expect(screen.queryByRole('button', { name: `${sv.removeItem} ${LABEL}` })).toBeNull();
  });
});
