// @vitest-environment jsdom
// "Hänt sedan sist": the previous record's assignments with their Planner state, and a comment on one becoming a
// line in the item's notes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PreviousRecord } from '../../../src/contracts/records';
import { FollowUps } from '../../../src/ui/FollowUps/FollowUps';
import { fakeServices, renderWith } from '../support/fakeServices';

afterEach(cleanup);

const previous: PreviousRecord = {
  title: 'Protokoll 2026-10-16',
  webUrl: 'https://samverkan.sharepoint.example/Protokoll/2026-10-16.docx',
  numbering: { kind: 'protokoll', meetingStart: '2026-10-16T13:00:00+02:00', lastNumber: 11 },
  followUps: [
    { label: '§ 8', text: 'Ta fram budget', assignees: ['Karin Ek', 'Närvårdskontoret'], percentComplete: 50 },
    { label: '§ 9', text: 'Boka lokal', assignees: [], percentComplete: 100 },
    { label: '§ 10', text: 'Skicka remiss', assignees: ['Göran Öberg'], missing: true },
    { label: '§ 11', text: 'Ringa regionen', assignees: [] },
  ],
};

function show(record: PreviousRecord = previous) {
  const onComment = vi.fn();
  renderWith(<FollowUps previous={record} onComment={onComment} />, fakeServices({}));
  return { onComment, section: screen.getByRole('region', { name: 'Hänt sedan sist' }) };
}

describe('follow-ups from the previous record', { timeout: 15_000 }, () => {
  it('links the previous record and shows each assignment’s Planner state', () => {
    const { section } = show();
    expect(within(section).getByRole('link', { name: 'Protokoll 2026-10-16' })).toHaveAttribute(
      'href',
      previous.webUrl,
    );
    const rows = within(section).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Pågår 50 %'),
      expect.stringContaining('Klar'),
      expect.stringContaining('Borttagen i Planner'),
      expect.stringContaining('Ej i Planner'),
    ]);
    expect(within(rows[0]!).getByText('Karin Ek, Närvårdskontoret')).toBeInTheDocument();
  });

  it('adds a comment as a line naming the assignment and who does it, then empties the box', async () => {
    const { onComment, section } = show();
    const box = within(section).getByRole('textbox', { name: 'Kommentar till Ta fram budget' });
    await userEvent.type(box, '  Klart i december  ');
    await userEvent.click(
      within(section).getByRole('button', { name: 'Lägg kommentaren om Ta fram budget i anteckningarna' }),
    );
    expect(onComment).toHaveBeenCalledWith('Ta fram budget (Karin Ek, Närvårdskontoret): Klart i december');
    expect(box).toHaveValue('');

    await userEvent.type(within(section).getByRole('textbox', { name: 'Kommentar till Boka lokal' }), 'Bokad{Enter}');
    expect(onComment).toHaveBeenLastCalledWith('Boka lokal: Bokad');
  });

  it('adds nothing for an empty comment', async () => {
    const { onComment, section } = show();
    await userEvent.type(within(section).getByRole('textbox', { name: 'Kommentar till Skicka remiss' }), '   {Enter}');
    await userEvent.click(
      within(section).getByRole('button', { name: 'Lägg kommentaren om Skicka remiss i anteckningarna' }),
    );
    expect(onComment).not.toHaveBeenCalled();
  });

  it('says when the previous record had no assignments, without a link when it has no address', () => {
    const { section } = show({ ...previous, webUrl: undefined, followUps: [] });
    expect(within(section).getByText('Föregående protokoll hade inga uppdrag.')).toBeInTheDocument();
    expect(within(section).queryByRole('link')).toBeNull();
  });

  it('lists the assignments at once and their state when Planner answers, asking only about those with a task', async () => {
    let answer: (followUps: PreviousRecord['followUps']) => void = () => undefined;
    const followUpProgress = vi.fn(() => new Promise<PreviousRecord['followUps']>((resolve) => (answer = resolve)));
    const record: PreviousRecord = {
      ...previous,
      followUps: [
        { label: '§ 8', text: 'Ta fram budget', assignees: ['Karin Ek'], taskId: 'task-8' },
        { label: '§ 11', text: 'Ringa regionen', assignees: [] },
      ],
    };
    renderWith(<FollowUps previous={record} onComment={vi.fn()} />, fakeServices({ followUpProgress }));
    const section = screen.getByRole('region', { name: 'Hänt sedan sist' });
    const rows = () =>
      within(section)
        .getAllByRole('listitem')
        .map((row) => row.textContent);
    expect(rows()).toEqual([expect.stringContaining('Frågar Planner'), expect.stringContaining('Ej i Planner')]);
    expect(followUpProgress).toHaveBeenCalledWith(record.followUps);

    answer([{ ...record.followUps[0]!, percentComplete: 100 }, record.followUps[1]!]);
    expect(await within(section).findByText('Klar')).toBeInTheDocument();
    expect(rows()).toEqual([expect.stringContaining('Ta fram budget'), expect.stringContaining('Ej i Planner')]);
  });

  it('says when Planner could not be asked, keeps the list, and asks again on Försök igen', async () => {
    const followUpProgress = vi
      .fn()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce([
        { label: '§ 8', text: 'Ta fram budget', assignees: [], taskId: 't', percentComplete: 0 },
      ]);
    const record: PreviousRecord = {
      ...previous,
      followUps: [{ label: '§ 8', text: 'Ta fram budget', assignees: [], taskId: 't' }],
    };
    renderWith(<FollowUps previous={record} onComment={vi.fn()} />, fakeServices({ followUpProgress }));
    const section = screen.getByRole('region', { name: 'Hänt sedan sist' });
    expect(await within(section).findByText('Planner gick inte att fråga om uppdragen.')).toBeInTheDocument();
    expect(within(section).getByRole('textbox', { name: 'Kommentar till Ta fram budget' })).toBeInTheDocument();

    await userEvent.click(within(section).getByRole('button', { name: 'Försök igen' }));
    expect(await within(section).findByText('Ej påbörjad')).toBeInTheDocument();
    expect(within(section).queryByText('Planner gick inte att fråga om uppdragen.')).not.toBeInTheDocument();
  });
});
