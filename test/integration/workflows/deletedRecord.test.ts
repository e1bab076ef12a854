// Issue 14: after the record's .minutes.json was deleted in SharePoint, every save failed with "resourceModified: The
// item does not exist". The next save now writes the record again, and says so.
import { describe, expect, it } from 'vitest';
import { updateItem } from '../../../src/domain/editing';
import { paragraphsFromText } from '../../../src/domain/richtext';
import { filesEnding, openToday, saved, useSecretaryHarness } from './harness';
import { edit } from './meetingScript';

const { harness, secretary } = useSecretaryHarness();

describe('a record deleted in SharePoint', () => {
  it('is written again by the next save, with a notice, and keeps what was typed', async () => {
    const first = saved(await secretary().services.saveRecord(await openToday(secretary().services)));
    const removed = await harness().emu.graphFetch(`/drives/${first.remote.driveId}/items/${first.remote.itemId}`, {
      method: 'DELETE',
    });
    expect(removed.status).toBe(204);

    const item = first.minutes.items[0]!;
    const typed = edit(first, (m, now) =>
      updateItem(m, item.id, { notes: paragraphsFromText('Skrivet efter att filen togs bort') }, now),
    );
    const again = saved(await secretary().services.saveRecord(typed));
    expect(again.notices).toContainEqual({ kind: 'recordRecreated' });
    const state = await harness().state();
    const sources = filesEnding(state, again, '.minutes.json').filter((f) => f.path === `/${again.remote.path}`);
    expect(sources).toHaveLength(1);
    expect(sources[0]?.content).toContain('Skrivet efter att filen togs bort');
    // The next save is an ordinary one, against the recreated file's ETag.
    const third = saved(await secretary().services.saveRecord(again));
    expect(third.remote.itemId).toBe(again.remote.itemId);
  });
});
