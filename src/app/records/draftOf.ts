// A record session as the device keeps it: the minutes, the version they were read from (the merge base and its
// ETag), and where the record lives with its group's settings, so the next open can start from here (local first).
import type { DraftStore, StoredDraft } from '../../storage/draftStore';
import type { OpenTarget, RecordSession } from '../../contracts/records';

export function draftOf(session: RecordSession, now: Date): StoredDraft {
  const { driveId, path, settingsStored, webUrl } = session.remote;
  return {
    minutes: session.minutes,
    ...(session.base ? { base: session.base } : {}),
    ...(session.remote.etag ? { etag: session.remote.etag } : {}),
    ...(session.remote.itemId ? { itemId: session.remote.itemId } : {}),
    savedAt: now.toISOString(),
    remoteSavedRevision:
      session.base && session.base.revision === session.minutes.revision ? session.minutes.revision : -1,
    settings: session.settings,
    place: {
      driveId,
      path,
      ...(settingsStored === undefined ? {} : { settingsStored }),
      ...(webUrl ? { webUrl } : {}),
    },
  };
}

/** The key a host's meeting is remembered under; a stored record (`record=`) opens from SharePoint only. */
export function meetingIndexKey(target: OpenTarget): string | undefined {
  switch (target.kind) {
    case 'event':
      return `event:${target.eventId}`;
    case 'teamsMeeting':
      if (target.chatId) return `chat:${target.chatId}`;
      return target.joinUrl ? `join:${target.joinUrl}` : undefined;
    case 'record':
      return undefined;
  }
}

/**
 * The session kept on this device for a meeting, without asking Graph: the draft the meeting opened last, with
 * its group's settings and place. Undefined when there is none, or it cannot be read (the full open says why).
 */
export async function openLocalRecord(drafts: DraftStore, target: OpenTarget): Promise<RecordSession | undefined> {
  const meeting = meetingIndexKey(target);
  const key = meeting ? await drafts.locate(meeting) : undefined;
  const draft = key ? await drafts.load(key).catch(() => undefined) : undefined;
  if (!key || !draft?.settings || !draft.place) return undefined;
  const owed = draft.minutes.revision > (draft.remoteSavedRevision ?? -1);
  return {
    key,
    minutes: draft.minutes,
    settings: draft.settings,
    remote: {
      ...draft.place,
      ...(draft.itemId ? { itemId: draft.itemId } : {}),
      ...(draft.etag ? { etag: draft.etag } : {}),
    },
    ...(draft.base ? { base: draft.base } : {}),
    notices: owed ? [{ kind: 'restoredDraft' }] : [],
  };
}
