// @vitest-environment jsdom
// Import from last record on the configuration page: a file that is not a record gets a clear message; a read
// record is shown for correction and only what the secretary applies and saves reaches the settings.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfigView } from '../../../src/ui/ConfigView/ConfigView';
import { importDraft, RecordFileError, type ImportedRecord } from '../../../src/domain/recordImport';
import { group } from '../../domain/fixtures';
import { uiStrings } from '../../support/uiStrings';
import { fakeServices, renderWith } from '../support/fakeServices';

afterEach(cleanup);

const GROUP = 'group-beredning';
const record: ImportedRecord = {
  kind: 'protokoll',
  lastNumber: 17,
  date: '2026-02-27',
  place: 'Kommunhuset',
  people: [
    { name: 'Karin Sjöström', organisation: 'Sjöby kommun', roles: ['chair'], presence: 'present', line: '' },
    { name: 'Nils Ek', organisation: 'Länsstyrelsen', roles: ['guest'], presence: 'present', line: '' },
  ],
  items: [
    { number: 12, title: 'Mötets öppnande', kind: 'opening' },
    { number: 13, title: 'Budget', kind: 'regular' },
  ],
  unread: ['Vakant, Habilitering och hälsa'],
};

function open(
  importRecord: () => Promise<ReturnType<typeof importDraft>>,
  listRecordFiles = vi.fn(async () => [{ id: 'f1', name: 'Protokoll 2026-02-27.docx' }]),
) {
  const app = fakeServices({
    loadSettings: vi.fn(async () => group({ groupId: GROUP })),
    listPlans: vi.fn(async () => []),
    saveSettings: vi.fn(async () => undefined),
    listRecordFiles,
    importRecord: vi.fn(importRecord),
  });
  renderWith(<ConfigView groupId={GROUP} />, app);
  return { app };
}

describe('import from last record', { timeout: 20_000 }, () => {
  it('says in Swedish why an encrypted file cannot be read', async () => {
    open(async () => {
      throw new RecordFileError('encrypted');
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Importera från förra protokollet' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Protokoll 2026-02-27.docx' }));
    expect((await screen.findByRole('alert')).textContent).toContain('skyddad med lösenord');
  });

  it('shows what was read, lists unread lines, and saves the corrected roster, § and template', async () => {
    const { app } = open(async () => importDraft(record, '2026-03-01'));
    await userEvent.click(await screen.findByRole('button', { name: 'Importera från förra protokollet' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Protokoll 2026-02-27.docx' }));
    await screen.findByRole('heading', { name: 'Kontrollera det som lästes' });
    expect(screen.getByText('Vakant, Habilitering och hälsa')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Ta med Nils Ek i gruppen' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Behåll Budget i mallen' }));
    const organisation = screen.getByRole('textbox', { name: 'Organisation 1' });
    await userEvent.clear(organisation);
    await userEvent.type(organisation, 'Sjöby kommun, socialtjänsten');
    await userEvent.click(screen.getByRole('button', { name: 'Använd i inställningarna' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Spara' }));
    const saved = vi.mocked(app.saveSettings).mock.calls.at(-1)?.[0];
    expect(saved?.roster).toEqual([
      { name: 'Karin Sjöström', organisation: 'Sjöby kommun, socialtjänsten', roles: ['chair'] },
    ]);
    expect(saved?.firstNumberOfYear).toEqual({ year: 2026, number: 18 });
    expect(saved?.template?.map((t) => t.title)).toEqual(['Mötets öppnande', '']);
    expect(saved?.place).toBe('Kommunhuset');
  });

  it('says why the group’s library could not be listed, keeps the upload, and lists it on retry', async () => {
    const listRecordFiles = vi
      .fn<() => Promise<{ id: string; name: string }[]>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue([{ id: 'f1', name: 'Protokoll 2026-02-27.docx' }]);
    open(async () => importDraft(record, '2026-03-01'), listRecordFiles);
    await userEvent.click(await screen.findByRole('button', { name: 'Importera från förra protokollet' }));
    expect(await screen.findByText(uiStrings.sv.failure.network)).toBeInTheDocument();
    expect(screen.getByText(uiStrings.sv.recordImport.fromLibrary)).toBeInTheDocument();
    expect(screen.getByLabelText(uiStrings.sv.recordImport.upload)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: uiStrings.sv.retry }));
    expect(await screen.findByRole('button', { name: 'Protokoll 2026-02-27.docx' })).toBeInTheDocument();
    expect(screen.queryByText(uiStrings.sv.failure.network)).toBeNull();
  });
});
