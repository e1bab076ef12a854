// What a user with ordinary write access to the group's library can do with nothing but Graph: read the record's
// JSON, change it and upload it under their own account, write files beside it, restore old versions.
import { documentText } from '../../../emulator/drive/documentText';
import { send, type TestEmulator } from '../../emulator/support';
import type { RecordSession } from '../../../src/contracts/records';

export type RecordJson = Record<string, unknown> & {
  attendees: { key: string; directoryId?: string; name: string; roles: string[] }[];
  items: { id: string; title: string; decisionBlocks: { decisions: { id: string; text: string }[] }[] }[];
  approvals?: Record<string, unknown>[];
};

const byPath = (session: RecordSession, path = session.remote.path): string =>
  `/drives/${session.remote.driveId}/root:/${path.split('/').map(encodeURIComponent).join('/')}:`;

async function content(emu: TestEmulator, as: string, itemPath: string): Promise<Buffer> {
  const redirect = await emu.graphFetch(`${itemPath}/content`, { as });
  if (redirect.status !== 302) throw new Error(`${itemPath}/content answered ${redirect.status}: ${redirect.text()}`);
  return (await send(redirect.headers.location!)).body;
}

export async function readRecordJson(emu: TestEmulator, as: string, session: RecordSession): Promise<RecordJson> {
  return JSON.parse((await content(emu, as, byPath(session))).toString('utf8')) as RecordJson;
}

/** Uploads the JSON as `as`, replacing whatever is there (no If-Match, as a hand-made upload would). */
export async function uploadRecordJson(
  emu: TestEmulator,
  as: string,
  session: RecordSession,
  json: unknown,
): Promise<void> {
  const reply = await emu.graphFetch(`${byPath(session)}/content`, {
    as,
    method: 'PUT',
    body: JSON.stringify(json, null, 2),
    headers: { 'Content-Type': 'application/json' },
  });
  if (reply.status >= 300) throw new Error(`Upload answered ${reply.status}: ${reply.text()}`);
}

/** Writes any file in the record's drive as `as`. */
export async function uploadFile(
  emu: TestEmulator,
  as: string,
  session: RecordSession,
  path: string,
  text: string,
): Promise<void> {
  const reply = await emu.graphFetch(`${byPath(session, path)}/content`, {
    as,
    method: 'PUT',
    body: text,
    headers: { 'Content-Type': 'application/json' },
  });
  if (reply.status >= 300) throw new Error(`Upload of ${path} answered ${reply.status}: ${reply.text()}`);
}

/** The paragraphs of the record's Word document as SharePoint holds it now. */
export async function wordText(emu: TestEmulator, as: string, session: RecordSession): Promise<string> {
  const docx = session.remote.path.replace(/\.minutes\.json$/, '.docx');
  return (await documentText('record.docx', await content(emu, as, byPath(session, docx)))).join('\n');
}

/** The record's versions, newest first, as Graph lists them. */
export async function versionsOf(
  emu: TestEmulator,
  as: string,
  session: RecordSession,
): Promise<{ id: string; lastModifiedBy: { user: { id: string } } }[]> {
  const item = (await emu.graphFetch(byPath(session), { as })).json<{ id: string }>();
  const reply = await emu.graphFetch(`/drives/${session.remote.driveId}/items/${item.id}/versions`, { as });
  return reply.json<{ value: { id: string; lastModifiedBy: { user: { id: string } } }[] }>().value;
}

/** `POST …/versions/{id}/restoreVersion` as `as`: SharePoint makes the old content the new current version. */
export async function restoreVersion(
  emu: TestEmulator,
  as: string,
  session: RecordSession,
  versionId: string,
): Promise<number> {
  const item = (await emu.graphFetch(byPath(session), { as })).json<{ id: string }>();
  const reply = await emu.graphFetch(
    `/drives/${session.remote.driveId}/items/${item.id}/versions/${versionId}/restoreVersion`,
    { as, method: 'POST' },
  );
  return reply.status;
}
