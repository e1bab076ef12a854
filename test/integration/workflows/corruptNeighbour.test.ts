// Issue 14: a truncated .minutes.json of an earlier meeting (an interrupted upload, a bad hand edit) made the next
// meeting fail to open with "Unterminated string in JSON…". A neighbour that cannot be read is reported by name and
// skipped: the meeting opens, numbering and follow-up come from the newest earlier record that can be read.
import { describe, expect, it } from 'vitest';
import { SECRETARY } from '../../emulator/support';
import { openToday, useSecretaryHarness } from './harness';

const { harness, secretary } = useSecretaryHarness();

/** The seeded approved record of the steering group's last meeting, cut off in the middle of a string. */
async function truncatePreviousRecord(): Promise<string> {
  const state = await harness().state();
  const drive = state.drives.find((d) => d.items.some((i) => i.name.endsWith('.minutes.json')));
  const file = drive?.items.find((i) => i.name.endsWith('.minutes.json'));
  if (!drive || !file?.content) throw new Error('No seeded record');
  const put = await harness().emu.graphFetch(`/drives/${drive.id}/items/${file.id}/content`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: file.content.slice(0, Math.floor(file.content.length / 2)),
  });
  expect(put.status).toBe(200);
  return file.name;
}

describe('a corrupt neighbouring record', () => {
  it('is reported by name and skipped: today’s meeting still opens', async () => {
    const name = await truncatePreviousRecord();
    const session = await openToday(secretary().services);
    expect(session.minutes.items.length).toBeGreaterThan(0);
    expect(session.notices).toContainEqual({ kind: 'unreadableRecord', file: name });
    expect(session.previous).toBeUndefined();
  });

  it('does not stop an already saved record from opening again', async () => {
    const first = await openToday(secretary().services);
    const outcome = await secretary().services.saveRecord(first);
    expect(outcome.kind).toBe('saved');
    const name = await truncatePreviousRecord();
    const otherDevice = await harness().signIn(SECRETARY);
    const reopened = await openToday(otherDevice.services);
    expect(reopened.remote.etag).toBeDefined();
    expect(reopened.notices).toContainEqual({ kind: 'unreadableRecord', file: name });
  });
});
