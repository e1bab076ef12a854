// Local first: the panel shows the record as this device had it, and Microsoft 365's answer arrives while the
// secretary may already be ticking attendance or typing. What Graph says is taken in without touching her edits.
import type { RecordSession } from '../../contracts/records';

/**
 * `shown` is the session the panel opened with, `live` the same session now (her edits since), `fresh` what the full
 * open read. The same version as shown: her minutes stay, the rest (settings, previous record, notices) is Graph's.
 * A newer version saved elsewhere replaces the shown one only when nothing was typed since; otherwise her minutes
 * and the version they were based on stay, so the next save merges them, and the panel says so.
 */
export function reconcileOpened(shown: RecordSession, live: RecordSession, fresh: RecordSession): RecordSession {
  const sameVersion = fresh.remote.etag === shown.remote.etag && fresh.minutes.revision === shown.minutes.revision;
  const edited = live.minutes !== shown.minutes;
  if (!sameVersion && !edited) return { ...fresh, notices: [...fresh.notices, { kind: 'updatedFromElsewhere' }] };
  const { etag: _theirs, ...remote } = fresh.remote;
  const mine: RecordSession = {
    ...fresh,
    minutes: live.minutes,
    remote: live.remote.etag ? { ...remote, etag: live.remote.etag } : remote,
  };
  const { base: _theirBase, ...withoutBase } = mine;
  const kept = live.base ? { ...withoutBase, base: live.base } : withoutBase;
  if (sameVersion) return kept;
  const notices = fresh.notices.filter((notice) => notice.kind !== 'remoteChanged');
  return { ...kept, notices: [...notices, { kind: 'remoteChanged' }] };
}
