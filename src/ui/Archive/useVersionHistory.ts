// A record's SharePoint versions, from an open session (the workspace) or from the archive's record key.
import type { RecordVersion } from '../../contracts/archive';
import type { RecordSession } from '../../contracts/records';
import { useServices } from '../ServicesContext';
import { useLoaded } from '../useLoaded';

export type VersionSource = { session: RecordSession } | { recordKey: string };

export function useVersionHistory(source: VersionSource) {
  const services = useServices();
  // A session changes on every keystroke; its history only changes when it is saved (a new ETag).
  const key =
    'session' in source
      ? `${source.session.remote.driveId}|${source.session.remote.itemId ?? ''}|${source.session.remote.etag ?? ''}`
      : source.recordKey;
  const load = async (): Promise<RecordVersion[]> => {
    const session =
      'session' in source ? source.session : await services.openRecord({ kind: 'record', recordKey: source.recordKey });
    return services.recordHistory(session);
  };
  return useLoaded(load, key);
}
