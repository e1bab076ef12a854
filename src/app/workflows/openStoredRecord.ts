// Opening a record from its place in SharePoint (the approval link): read-only unless you approve it.
import type { Gateways } from '../../graph/gateways';
import type { RecordSession } from '../../contracts/records';
import type { RecordStore } from '../records/recordStore';
import { meetingKey } from '../../domain/meetingIdentity';

export async function openStoredRecord(
  deps: { records: RecordStore; gateways: Gateways },
  where: { driveId: string; path: string },
): Promise<RecordSession> {
  // The record names its drive: its settings are read from the same library at the same time.
  const [stored, found] = await Promise.all([
    deps.records.read(where.driveId, where.path),
    deps.records.settings('', '', where.driveId),
  ]);
  if (!stored) throw new Error('The record was not found in SharePoint. It may have been moved or deleted.');
  const settings = found.stored
    ? found.settings
    : { ...found.settings, groupId: stored.minutes.group.id, name: stored.minutes.group.name };
  return {
    key: `${stored.minutes.group.id}/${meetingKey(stored.minutes.meeting)}`,
    minutes: stored.minutes,
    settings,
    remote: {
      driveId: where.driveId,
      path: where.path,
      settingsStored: found.stored,
      itemId: stored.item.id,
      etag: stored.item.eTag,
      ...(stored.item.webUrl ? { webUrl: stored.item.webUrl } : {}),
    },
    base: stored.minutes,
    notices: [],
  };
}
