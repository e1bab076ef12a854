// Reopening a saved record reads each file once, and this meeting's own record and the previous one in the same round
// trip (issue 17: the cold side panel waited a round trip for the previous record after its own, and read its own
// file twice, once as this meeting's and once as the newest record of the day). The downloads go to SharePoint's
// pre-authenticated URLs, which Graph's request log does not show: they are watched at the gateway, each held back
// long enough that a read started after another one finished is plainly a second round trip.
import { describe, expect, it } from 'vitest';
import type { DriveItemRef, FilesGateway } from '../../../src/graph/gateways';
import { createDraftStore } from '../../../src/storage/draftStore';
import { createMemoryKeyValueStore } from '../../../src/storage/memoryKeyValueStore';
import { openToday, saved, servicesOver, useSecretaryHarness } from './harness';
import { typeItems } from './meetingScript';

const { secretary } = useSecretaryHarness();
const HELD_MS = 150;

interface Download {
  name: string;
  start: number;
  end: number;
}

function watchedDownloads(files: FilesGateway, log: Download[]): FilesGateway {
  return new Proxy(files, {
    get(target, name, receiver) {
      if (name !== 'download') return Reflect.get(target, name, receiver);
      return async (item: DriveItemRef) => {
        const start = Date.now();
        await new Promise((resolve) => setTimeout(resolve, HELD_MS));
        const text = await target.download(item);
        log.push({ name: item.name, start, end: Date.now() });
        return text;
      };
    },
  });
}

describe('reopening a saved record', () => {
  it('reads its own file and the previous record once each, in one round trip', async () => {
    const { services, gateways } = secretary();
    const typed = await typeItems(services, await openToday(services), 1, []);
    const first = saved(await services.saveRecord(typed.session));
    expect(first.previous).toBeDefined();

    const downloads: Download[] = [];
    const watched = { ...gateways, files: watchedDownloads(gateways.files, downloads) };
    const device = await servicesOver(watched, createDraftStore(createMemoryKeyValueStore()));
    const reopened = await openToday(device.services);

    const records = downloads.filter((d) => d.name.endsWith('.minutes.json'));
    expect(records.map((d) => d.name)).toHaveLength(2);
    expect(new Set(records.map((d) => d.name)).size).toBe(2);
    const lastStart = Math.max(...records.map((d) => d.start));
    const firstEnd = Math.min(...records.map((d) => d.end));
    expect(lastStart).toBeLessThan(firstEnd);
    expect(reopened.previous?.title).toBe(first.previous?.title);
    expect(reopened.minutes.items[0]?.notes).toEqual(first.minutes.items[0]?.notes);
  });
});
