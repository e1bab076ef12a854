// @vitest-environment jsdom
// Removing an assignment: at once without a Planner task; with one, a dialog asks first (its choices are driven
// end to end in test/e2e/deleteTask.test.ts: Fluent's Dialog is flaky in jsdom).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Assignment } from '../../../src/domain/model';
import { AssignmentEditor } from '../../../src/ui/AssignmentEditor/AssignmentEditor';
import { fakeServices, renderWith } from '../support/fakeServices';

afterEach(cleanup);

const ASSIGNMENT: Assignment = {
  id: 'a1',
  text: 'Ta fram en budget',
  assignees: [{ name: 'Jöns Ärlig' }],
  sync: { state: 'pending' },
};
const LINKED: Assignment = {
  ...ASSIGNMENT,
  planner: {
    taskId: 'task-1',
    bucketId: 'bucket-1',
    planId: 'plan-1',
    etag: 'W/"1"',
    detailsSynced: true,
    syncedHash: 'h',
  },
  sync: { state: 'synced' },
};

function renderEditor(assignment: Assignment) {
  const onRemove = vi.fn();
  const onChange = vi.fn();
  const deletePlannerTask = vi.fn(async () => undefined);
  renderWith(
    <AssignmentEditor
      assignment={assignment}
      attendees={[]}
      label="Uppdrag 1"
      compact={false}
      onChange={onChange}
      onRemove={onRemove}
    />,
    fakeServices({ deletePlannerTask }),
  );
  return { onRemove, onChange, deletePlannerTask };
}

const removeButton = () => screen.getByRole('button', { name: 'Ta bort uppdrag – Uppdrag 1' });

describe('removing an assignment', () => {
  it('removes one without a Planner task at once', async () => {
    const { onRemove, deletePlannerTask } = renderEditor(ASSIGNMENT);
    await userEvent.click(removeButton());
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(deletePlannerTask).not.toHaveBeenCalled();
    expect(screen.queryByText('Ta bort uppdraget')).toBeNull();
  });

  it('asks first when the assignment has a Planner task', async () => {
    const { onRemove } = renderEditor(LINKED);
    await userEvent.click(removeButton());
    expect(await screen.findByText('Ta bort uppdraget')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ta bort uppgiften i Planner också' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Behåll uppgiften i Planner' })).toBeInTheDocument();
    expect(onRemove).not.toHaveBeenCalled();
  });
});

describe('due date', () => {
  it('takes a date as yyyy-mm-dd whatever the browser’s locale, and refuses 1900 with a reason', async () => {
    const { onChange } = renderEditor(ASSIGNMENT);
    const due = screen.getByRole('textbox', { name: 'Klart senast – Uppdrag 1' });
    expect(due).toHaveAttribute('placeholder', 'åååå-mm-dd');
    await userEvent.type(due, '1900-01-01');
    await userEvent.tab();
    expect(screen.getByText('Skriv ett datum som åååå-mm-dd, till exempel 2026-12-15.')).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.clear(due);
    await userEvent.type(due, '2026-12-15{Enter}');
    expect(onChange).toHaveBeenCalledWith({ due: '2026-12-15' });
  });
});
