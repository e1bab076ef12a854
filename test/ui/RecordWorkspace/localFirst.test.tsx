// @vitest-environment jsdom
// Local first: with the meeting's record on this device the side panel is usable before Microsoft 365 answers,
// and what Graph says later is shown, never applied over what she did meanwhile.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RecordLoader } from '../../../src/ui/RecordLoader/RecordLoader';
import { RecordWorkspace } from '../../../src/ui/RecordWorkspace/RecordWorkspace';
import { loadMinutesEditor } from '../../../src/ui/RecordWorkspace/useRecordWorkspace';
import { uiStrings } from '../../support/uiStrings';
import type { AppServices } from '../../../src/contracts/appServices';
import type { RecordSession } from '../../../src/contracts/records';
import { fakeServices, renderWith } from '../support/fakeServices';
import { attendee, sessionWith } from '../support/records';

afterEach(cleanup);
// The workspace fetches the editor once the page is idle: let that finish before the environment is torn down.
afterAll(async () => {
  await loadMinutesEditor();
});

const sv = uiStrings.sv;
const read = sessionWith({ attendees: [attendee('Göran Öberg'), attendee('Marta Ek')], saved: true });
const local: RecordSession = { ...read, base: read.minutes };
const target = { kind: 'event', eventId: 'AAMk-styrgrupp' } as const;

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

function renderPanel(services: AppServices) {
  return renderWith(
    <RecordLoader target={target} localFirst>
      {(session, refreshed) => <RecordWorkspace initial={session} refreshed={refreshed} compact />}
    </RecordLoader>,
    services,
  );
}

// Fluent's switches and tabs in jsdom take seconds per test on this shared 2-core machine; the default 5 s is too tight.
describe('side panel, local first', { timeout: 30_000 }, () => {
  it('is usable from the device while Graph has not answered: attendance can be ticked', async () => {
    const graph = deferred<RecordSession>();
    const services = fakeServices({
      openLocal: vi.fn(async () => local),
      openRecord: vi.fn(() => graph.promise),
      persistDraft: vi.fn(async () => undefined),
    });
    renderPanel(services);
    const goran = await screen.findByRole('switch', { name: 'Närvaro för Göran Öberg' });
    await userEvent.click(goran);
    expect(goran).toBeChecked();
    expect(services.openRecord).toHaveBeenCalledWith(target, undefined);
  });

  it('a version saved elsewhere while she ticked: her tick stays, she is told, and saving merges', async () => {
    const graph = deferred<RecordSession>();
    const theirs = { ...local.minutes, revision: local.minutes.revision + 1, title: 'Styrgrupp, ändrad rubrik' };
    const saveRecord = vi.fn(async (session: RecordSession) => ({ kind: 'saved' as const, session }));
    const services = fakeServices({
      openLocal: vi.fn(async () => local),
      openRecord: vi.fn(() => graph.promise),
      persistDraft: vi.fn(async () => undefined),
      saveRecord,
    });
    renderPanel(services);
    await userEvent.click(await screen.findByRole('switch', { name: 'Närvaro för Göran Öberg' }));
    graph.resolve({ ...local, minutes: theirs, base: theirs, remote: { ...local.remote, etag: '"e2"' } });
    expect(await screen.findByText(sv.remoteChanged)).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Närvaro för Göran Öberg' })).toBeChecked();
    expect(screen.queryByText('Styrgrupp, ändrad rubrik')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: sv.mergeNow }));
    await vi.waitFor(() => expect(saveRecord).toHaveBeenCalledTimes(1));
    // The save is what merges: it gets her minutes on the base she read, so SharePoint's 412 brings the three-way merge.
    const sent = saveRecord.mock.calls[0]?.[0];
    expect(sent?.remote.etag).toBe(local.remote.etag);
    expect(sent?.minutes.attendees.find((a) => a.name === 'Göran Öberg')?.presence.kind).toBe('present');
  });

  it('a version saved elsewhere and nothing done yet: shows it, and says it was updated', async () => {
    const theirs = { ...local.minutes, revision: local.minutes.revision + 1, title: 'Styrgrupp, ändrad rubrik' };
    const graph = deferred<RecordSession>();
    renderPanel(
      fakeServices({
        openLocal: vi.fn(async () => local),
        openRecord: vi.fn(() => graph.promise),
        persistDraft: vi.fn(async () => undefined),
      }),
    );
    await screen.findByRole('switch', { name: 'Närvaro för Göran Öberg' });
    graph.resolve({ ...local, minutes: theirs, base: theirs, remote: { ...local.remote, etag: '"e2"' } });
    expect(await screen.findByText(sv.updatedFromElsewhere)).toBeInTheDocument();
    expect(screen.getByText('Styrgrupp, ändrad rubrik')).toBeInTheDocument();
  });

  it('with nothing on the device, waits for Graph and then shows its record', async () => {
    const graph = deferred<RecordSession>();
    renderPanel(
      fakeServices({
        openLocal: vi.fn(async () => undefined),
        openRecord: vi.fn(() => graph.promise),
        persistDraft: vi.fn(async () => undefined),
      }),
    );
    expect(screen.getByText(sv.loading)).toBeInTheDocument();
    graph.resolve(local);
    expect(await screen.findByRole('switch', { name: 'Närvaro för Göran Öberg' })).toBeInTheDocument();
  });

  it('a screen that does not reconcile (approval) never opens from the device: it waits for Graph', async () => {
    const graph = deferred<RecordSession>();
    const openLocal = vi.fn(async () => local);
    renderWith(
      <RecordLoader target={target}>{(session) => <p>{session.minutes.title}</p>}</RecordLoader>,
      fakeServices({ openLocal, openRecord: vi.fn(() => graph.promise) }),
    );
    await vi.waitFor(() => expect(screen.getByText(sv.loading)).toBeInTheDocument());
    graph.resolve({ ...local, minutes: { ...local.minutes, title: 'Som SharePoint har det' } });
    expect(await screen.findByText('Som SharePoint har det')).toBeInTheDocument();
    expect(openLocal).not.toHaveBeenCalled();
  });
});
