// Whether a record is the group's first meeting in the app (no settings saved yet, nothing typed): then the workspace
// offers the import from the group's last Word record. Apart from that offer, so the offer's code loads only then.
import type { RecordSession } from '../../contracts/records';

export function isFirstMeeting(session: RecordSession): boolean {
  return (
    session.remote.settingsStored === false &&
    !session.remote.etag &&
    session.minutes.revision === 0 &&
    Boolean(session.minutes.meeting.eventId)
  );
}
