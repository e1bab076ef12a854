// @vitest-environment jsdom
// The personal tab with a fake AppServices: what waits for my approval, my assignments, and the links into records.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PersonalView } from '../../../src/ui/PersonalView/PersonalView';
import { RecordLinksContext } from '../../../src/ui/PersonalView/recordLinks';
import type { RecordSummary } from '../../../src/contracts/archive';
import type { MyAssignment } from '../../../src/contracts/personal';
import { fakeServices, renderWith } from '../support/fakeServices';

afterEach(cleanup);

const NOW = new Date('2026-11-22T09:00:00Z');
const KEY = 'drive-1:Protokoll/2026/2026-11-20 Styrgrupp närvård.minutes.json';

const waiting: RecordSummary = {
  recordKey: KEY,
  groupId: 'group-1',
  groupName: 'Styrgrupp närvård',
  title: 'Protokoll Styrgrupp närvård 2026-11-20',
  date: '2026-11-20',
  status: 'sentForApproval',
};

const assignments: MyAssignment[] = [
  {
    taskId: 't1',
    title: 'Sammanställa enkätresultaten',
    groupName: 'Styrgrupp närvård',
    percentComplete: 50,
    due: '2026-11-10',
    recordKey: KEY,
    recordTitle: 'Protokoll 2026-10-25',
  },
  {
    taskId: 't2',
    title: 'Boka lokal för länsträffen',
    groupName: 'Beredningsgrupp närvård',
    percentComplete: 0,
    due: '2026-12-18',
    recordTitle: 'Protokoll 2026-09-12',
  },
  { taskId: 't3', title: 'Bjuda in brukarrådet', groupName: 'Uppdragsgrupp Psykisk hälsa', percentComplete: 0 },
];

function personalTab(
  overrides: Parameters<typeof fakeServices>[0] = {},
  options: Parameters<typeof renderWith>[2] = {},
) {
  const services = fakeServices({
    recordsAwaitingMyApproval: vi.fn(async () => [waiting]),
    myAssignments: vi.fn(async () => assignments),
    ...overrides,
  });
  renderWith(<PersonalView now={NOW} />, services, options);
  return services;
}

describe('personal tab', () => {
  it("lists the records waiting for my approval with a link to each one's approval view in this app", async () => {
    personalTab();
    const section = screen.getByRole('region', { name: /Väntar på min justering/ });
    const link = await within(section).findByRole('link', {
      name: 'Läs och justera Protokoll Styrgrupp närvård 2026-11-20',
    });
    const url = new URL(link.getAttribute('href')!);
    expect(url.searchParams.get('surface')).toBe('approval');
    expect(url.searchParams.get('record')).toBe(KEY);
    expect(within(section).getByText('Styrgrupp närvård · 2026-11-20')).toBeInTheDocument();
  });

  it("opens records with the host's own deep link where the host has one", async () => {
    const openLink = vi.fn(async () => undefined);
    const approvalLink = (key: string) =>
      `https://teams.microsoft.com/l/entity/app/myMinutes?context=${encodeURIComponent(key)}`;
    personalTab(
      {},
      {
        wrap: (children) => (
          <RecordLinksContext.Provider value={{ approvalLink, openLink }}>{children}</RecordLinksContext.Provider>
        ),
      },
    );
    const link = await screen.findByRole('link', { name: /^Läs och justera/ });
    expect(link).toHaveAttribute('href', approvalLink(KEY));
    await userEvent.click(link);
    expect(openLink).toHaveBeenCalledWith(approvalLink(KEY));
  });

  it('shows my assignments with group, due date (overdue marked), progress and the record they came from', async () => {
    personalTab();
    const section = screen.getByRole('region', { name: /Mina uppdrag/ });
    const items = await within(section).findAllByRole('listitem');
    expect(items).toHaveLength(3);
    const [first, second, third] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getByText('Styrgrupp närvård · Försenat: skulle vara klart 2026-11-10')).toBeInTheDocument();
    expect(
      within(first).getByRole('progressbar', { name: 'Hur långt har Sammanställa enkätresultaten kommit' }),
    ).toHaveAttribute('aria-valuenow', '0.5');
    expect(within(first).getByText('50 % klart')).toBeInTheDocument();
    expect(
      new URL(
        within(first).getByRole('link', { name: 'Öppna Protokoll 2026-10-25' }).getAttribute('href')!,
      ).searchParams.get('record'),
    ).toBe(KEY);
    expect(within(second).getByText('Beredningsgrupp närvård · Klart senast 2026-12-18')).toBeInTheDocument();
    expect(within(second).getByText(/Protokoll 2026-09-12/)).toBeInTheDocument();
    expect(within(second).queryByRole('link')).toBeNull();
    expect(within(third).getByText('Uppdragsgrupp Psykisk hälsa · Inget slutdatum')).toBeInTheDocument();
  });

  it('says when nothing waits and there are no assignments, and points to the archive', async () => {
    personalTab({ recordsAwaitingMyApproval: async () => [], myAssignments: async () => [] });
    expect(await screen.findByText('Inget väntar på din justering.')).toBeInTheDocument();
    expect(await screen.findByText('Du har inga öppna uppdrag i dina gruppers planer.')).toBeInTheDocument();
    expect(
      new URL(screen.getByRole('link', { name: 'Öppna arkivet' }).getAttribute('href')!).searchParams.get('surface'),
    ).toBe('browser');
  });

  it('shows a failed list with its reason and reads it again on retry, leaving the other list alone', async () => {
    const recordsAwaitingMyApproval = vi
      .fn<() => Promise<RecordSummary[]>>()
      .mockRejectedValueOnce(new Error('Graph kunde inte nås'))
      .mockResolvedValue([waiting]);
    const services = personalTab({ recordsAwaitingMyApproval });
    expect(await screen.findByText('Graph kunde inte nås')).toBeInTheDocument();
    expect(await screen.findByText('Sammanställa enkätresultaten')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('link', { name: /^Läs och justera/ })).toBeInTheDocument();
    expect(recordsAwaitingMyApproval).toHaveBeenCalledTimes(2);
    expect(services.myAssignments).toHaveBeenCalledTimes(1);
  });

  it('speaks English to an English-speaking user', async () => {
    personalTab({}, { language: 'en' });
    expect(screen.getByRole('heading', { name: /Waiting for my approval/ })).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Read and approve Protokoll Styrgrupp närvård 2026-11-20' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('50% done')).toBeInTheDocument();
  });

  it('opened with a record (a Teams deep link) shows that record, with the way back to the overview', async () => {
    const openRecord = vi.fn(() => new Promise<never>(() => undefined));
    renderWith(<PersonalView recordKey={KEY} now={NOW} />, fakeServices({ openRecord }));
    expect(openRecord).toHaveBeenCalledWith({ kind: 'record', recordKey: KEY }, undefined);
    expect(
      new URL(screen.getByRole('link', { name: 'Tillbaka till min översikt' }).getAttribute('href')!).searchParams.get(
        'surface',
      ),
    ).toBe('personal');
  });
});
