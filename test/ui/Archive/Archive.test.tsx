// @vitest-environment jsdom
// The archive in jsdom with fake services: which records it asks for, what it shows, and what its buttons do.
// The versions dialog is Fluent's Dialog (unreliable in jsdom): the end-to-end test opens it in Chromium.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Archive } from '../../../src/ui/Archive/Archive';
import type { RecordSummary } from '../../../src/contracts/archive';
import type { GroupChoice } from '../../../src/contracts/records';
import { fakeServices, renderWith } from '../support/fakeServices';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const NOW = new Date('2026-11-22T10:00:00Z');
const groups: GroupChoice[] = [
  { id: 'g-styr', name: 'Styrgrupp närvård' },
  { id: 'g-ao', name: 'Äldreomsorgsgruppen' },
  { id: 'g-bered', name: 'Beredningsgrupp närvård' },
];

function summary(date: string, status: RecordSummary['status'], groupId = 'g-styr'): RecordSummary {
  const title = `Protokoll Styrgrupp närvård ${date}`;
  return {
    recordKey: `drive:Protokoll/${date.slice(0, 4)}/${date} Styrgrupp närvård.minutes.json`,
    groupId,
    groupName: 'Styrgrupp närvård',
    title,
    date,
    status,
    webUrl: `https://sp.example/${date}.docx`,
  };
}

const thisYear = [
  summary('2026-11-20', 'draft'),
  summary('2026-10-23', 'sentForApproval'),
  summary('2026-09-25', 'approved'),
];

function setup(
  listRecords = vi.fn(async (_groupId: string, year: number) => (year === 2026 ? thisYear : [])),
  props: { groupId?: string } = {},
) {
  const onOpen = vi.fn<(recordKey: string) => void>();
  const services = fakeServices({ listGroups: vi.fn(async () => groups), listRecords });
  renderWith(<Archive onOpen={onOpen} now={NOW} {...props} />, services);
  return { onOpen, listRecords };
}

describe('Archive', () => {
  it('shows the first group by Swedish collation and its records of this year, in the order given, with each status', async () => {
    const { listRecords } = setup(vi.fn(async () => thisYear));
    const table = await screen.findByRole('table', { name: 'Arkiv' });
    expect(listRecords).toHaveBeenCalledWith('g-bered', 2026);
    expect(screen.getByRole('combobox', { name: 'Grupp' })).toHaveTextContent('Beredningsgrupp närvård');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 3)
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['2026-11-20', 'Protokoll Styrgrupp närvård 2026-11-20', 'Utkast'],
      ['2026-10-23', 'Protokoll Styrgrupp närvård 2026-10-23', 'Skickat för justering'],
      ['2026-09-25', 'Protokoll Styrgrupp närvård 2026-09-25', 'Justerat'],
    ]);
  });

  it('opens a record by its key, and links its readable document in SharePoint', async () => {
    const { onOpen } = setup(undefined, { groupId: 'g-styr' });
    await userEvent.click(await screen.findByRole('button', { name: 'Öppna Protokoll Styrgrupp närvård 2026-10-23' }));
    expect(onOpen).toHaveBeenCalledWith(thisYear[1]!.recordKey);
    expect(
      screen.getByRole('link', { name: 'Öppna Protokoll Styrgrupp närvård 2026-09-25 i SharePoint' }),
    ).toHaveAttribute('href', 'https://sp.example/2026-09-25.docx');
    expect(
      screen.getByRole('button', { name: 'Versioner av Protokoll Styrgrupp närvård 2026-11-20' }),
    ).toBeInTheDocument();
  });

  it('asks for another group and another year when they are chosen, and says when a year has none', async () => {
    const { listRecords } = setup();
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('combobox', { name: 'Grupp' }));
    await userEvent.click(screen.getByRole('option', { name: 'Styrgrupp närvård' }));
    await waitFor(() => expect(listRecords).toHaveBeenLastCalledWith('g-styr', 2026));

    await userEvent.click(screen.getByRole('combobox', { name: 'År' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['2026', '2025', '2024', '2023', '2022']);
    await userEvent.click(screen.getByRole('option', { name: '2025' }));
    expect(await screen.findByText('Styrgrupp närvård har inga protokoll från 2025.')).toBeInTheDocument();
    expect(listRecords).toHaveBeenLastCalledWith('g-styr', 2025);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a failure with a retry that reads again', async () => {
    const listRecords = vi
      .fn<(groupId: string, year: number) => Promise<RecordSummary[]>>()
      .mockRejectedValueOnce(new Error('Graph svarade 503'))
      .mockResolvedValue(thisYear);
    setup(listRecords);
    expect(await screen.findByText('Graph svarade 503')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.queryByText('Graph svarade 503')).not.toBeInTheDocument();
  });

  it('says so when the user is in no group, without asking for records', async () => {
    const listRecords = vi.fn(async () => thisYear);
    renderWith(
      <Archive onOpen={vi.fn()} now={NOW} />,
      fakeServices({ listGroups: vi.fn(async () => []), listRecords }),
    );
    expect(await screen.findByText('Du är inte med i någon grupp ännu.')).toBeInTheDocument();
    expect(listRecords).not.toHaveBeenCalled();
  });

  it('is a list at side-panel width, with the same actions', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('max-width'),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    setup(undefined, { groupId: 'g-styr' });
    const list = await screen.findByRole('list', { name: 'Arkiv' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[2]!).getByText('Justerat')).toBeInTheDocument();
    expect(
      within(items[2]!).getByRole('button', { name: 'Öppna Protokoll Styrgrupp närvård 2026-09-25' }),
    ).toBeInTheDocument();
  });

  it('speaks English when the user does', async () => {
    renderWith(
      <Archive onOpen={vi.fn()} now={NOW} />,
      fakeServices({ listGroups: vi.fn(async () => groups), listRecords: vi.fn(async () => thisYear) }),
      'en',
    );
    const table = await screen.findByRole('table', { name: 'Archive' });
    expect(within(table).getByText('Sent for approval')).toBeInTheDocument();
    expect(
      within(table).getByRole('button', { name: 'Open Protokoll Styrgrupp närvård 2026-11-20' }),
    ).toBeInTheDocument();
  });
});
