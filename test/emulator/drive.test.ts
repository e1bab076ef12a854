// Drive: simple upload create/replace, If-Match, conflictBehavior, 302 content without auth, versions, PDF, paths.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, startTestEmulator, type TestEmulator } from './support';

interface DriveItem {
  id: string;
  name: string;
  eTag: string;
  cTag: string;
  size: number;
  file?: { mimeType: string };
  folder?: { childCount: number };
  parentReference: { driveId: string; id: string; path: string };
  '@microsoft.graph.downloadUrl'?: string;
}

let emu: TestEmulator;
let driveId: string;
beforeAll(async () => {
  emu = await startTestEmulator();
  const groups = (await emu.graphFetch('/me/joinedTeams')).json<{ value: { id: string; displayName: string }[] }>()
    .value;
  const steering = groups.find((group) => group.displayName === 'Styrgrupp närvård');
  driveId = (await emu.graphFetch(`/groups/${steering?.id ?? ''}/drive`)).json<{ id: string }>().id;
});
afterAll(async () => {
  await emu.close();
});

const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');
const put = (path: string, body: string | Buffer, headers: Record<string, string> = {}, query = '') =>
  emu.graphFetch(`/drives/${driveId}/root:/${encodePath(path)}:/content${query}`, {
    method: 'PUT',
    body,
    headers: { 'Content-Type': 'text/plain', ...headers },
  });

describe('simple upload', () => {
  it('creates missing folders and answers 201, then 200 on replace with a new eTag', async () => {
    const created = await put('Protokoll/2099/Möte å ä ö.txt', 'första');
    expect(created.status).toBe(201);
    const item = created.json<DriveItem>();
    expect(item.eTag).toMatch(/^"\{[0-9A-F-]{36}\},\d+"$/);
    expect(item.parentReference.path).toBe(`/drives/${driveId}/root:/Protokoll/2099`);
    expect(item.file?.mimeType).toBe('text/plain');
    const replaced = await put('Protokoll/2099/Möte å ä ö.txt', 'andra versionen', { 'If-Match': item.eTag });
    expect(replaced.status).toBe(200);
    expect(replaced.json<DriveItem>().eTag).not.toBe(item.eTag);
    expect(replaced.json<DriveItem>().id).toBe(item.id);
  });

  it('refuses a stale If-Match with 412 resourceModified', async () => {
    const first = (
      await put('Protokoll/2099/etag.json', '{"a":1}', { 'Content-Type': 'application/json' })
    ).json<DriveItem>();
    await put('Protokoll/2099/etag.json', '{"a":2}');
    const stale = await put('Protokoll/2099/etag.json', '{"a":3}', { 'If-Match': first.eTag });
    expect(stale.status).toBe(412);
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('resourceModified');
  });

  it('honours @microsoft.graph.conflictBehavior=fail (409) and rename', async () => {
    await put('Protokoll/2099/konflikt.txt', 'x');
    const failed = await put('Protokoll/2099/konflikt.txt', 'y', {}, '?@microsoft.graph.conflictBehavior=fail');
    expect(failed.status).toBe(409);
    expect(failed.json<{ error: { code: string } }>().error.code).toBe('nameAlreadyExists');
    const renamed = await put('Protokoll/2099/konflikt.txt', 'z', {}, '?@microsoft.graph.conflictBehavior=rename');
    expect(renamed.status).toBe(201);
    expect(renamed.json<DriveItem>().name).toBe('konflikt 1.txt');
  });

  it('uploads under a parent id with items/{parent}:/{name}:/content', async () => {
    const folder = (await emu.graphFetch(`/drives/${driveId}/root:/Protokoll`)).json<DriveItem>();
    const reply = await emu.graphFetch(
      `/drives/${driveId}/items/${folder.id}:/${encodeURIComponent('Bilaga 1.txt')}:/content`,
      { method: 'PUT', body: 'bilaga', headers: { 'Content-Type': 'text/plain' } },
    );
    expect(reply.status).toBe(201);
    expect(reply.json<DriveItem>().parentReference.id).toBe(folder.id);
  });

  it('takes a large file through an upload session in Content-Range fragments, without a bearer token', async () => {
    const bytes = Buffer.alloc(700 * 1024, 7);
    const created = await emu.graphFetch(
      `/drives/${driveId}/root:/${encodePath('Protokoll/2099/Stor bilaga.bin')}:/createUploadSession`,
      {
        method: 'POST',
        body: { item: { '@microsoft.graph.conflictBehavior': 'fail' } },
      },
    );
    expect(created.status).toBe(200);
    const { uploadUrl, nextExpectedRanges } = created.json<{ uploadUrl: string; nextExpectedRanges: string[] }>();
    expect(nextExpectedRanges).toEqual(['0-']);
    const fragment = (start: number, end: number, headers: Record<string, string> = {}) =>
      send(uploadUrl, {
        method: 'PUT',
        headers: { 'Content-Range': `bytes ${start}-${end - 1}/${bytes.length}`, ...headers },
        body: bytes.subarray(start, end),
      });
    expect((await fragment(0, 327680, { Authorization: 'Bearer x' })).status).toBe(401);
    const first = await fragment(0, 327680);
    expect(first.status).toBe(202);
    expect(first.json<{ nextExpectedRanges: string[] }>().nextExpectedRanges).toEqual([`327680-${bytes.length - 1}`]);
    expect((await fragment(0, 327680)).status).toBe(416);
    expect((await fragment(327680, 655360)).status).toBe(202);
    const last = await fragment(655360, bytes.length);
    expect(last.status).toBe(201);
    expect(last.json<DriveItem>()).toMatchObject({ name: 'Stor bilaga.bin', size: bytes.length });
    const again = await emu.graphFetch(
      `/drives/${driveId}/root:/${encodePath('Protokoll/2099/Stor bilaga.bin')}:/createUploadSession`,
      { method: 'POST', body: { item: { '@microsoft.graph.conflictBehavior': 'fail' } } },
    );
    expect(again.status).toBe(409);
  });

  it('rejects names with forbidden characters', async () => {
    const reply = await put('Protokoll/2099/fel?.txt', 'x');
    expect(reply.status).toBe(400);
    expect(reply.json<{ error: { code: string } }>().error.code).toBe('invalidRequest');
  });
});

describe('reading', () => {
  it('reads the group settings by path and lists children with paging', async () => {
    const settings = await emu.graphFetch(`/drives/${driveId}/root:/Protokoll/group-settings.json`);
    expect(settings.status).toBe(200);
    expect(settings.json<DriveItem>()['@microsoft.graph.downloadUrl']).toMatch(/^https:\/\/localhost:\d+\/_download\//);
    const children = (await emu.graphFetch(`/drives/${driveId}/root:/Protokoll:/children`)).json<{
      value: DriveItem[];
    }>();
    expect(children.value.map((item) => item.name)).toContain('group-settings.json');
    expect((await emu.graphFetch(`/drives/${driveId}/root:/Saknas/ingenting.json`)).status).toBe(404);
  });

  it('answers content with a 302 to a URL that works without a bearer token', async () => {
    await put('Protokoll/2099/innehåll.txt', 'hej från Åsa');
    const redirect = await emu.graphFetch(
      `/drives/${driveId}/root:/${encodePath('Protokoll/2099/innehåll.txt')}:/content`,
    );
    expect(redirect.status).toBe(302);
    const location = redirect.headers.location ?? '';
    const download = await send(location);
    expect(download.status).toBe(200);
    expect(download.text()).toBe('hej från Åsa');
    expect((await send(location.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')))).status).toBe(401);
  });

  it('lists versions newest first, one per write', async () => {
    const first = (await put('Protokoll/2099/versioner.txt', 'v1')).json<DriveItem>();
    await put('Protokoll/2099/versioner.txt', 'v2 längre');
    const versions = (await emu.graphFetch(`/drives/${driveId}/items/${first.id}/versions`)).json<{
      value: { id: string; size: number; lastModifiedBy: { user: { displayName: string } } }[];
    }>().value;
    expect(versions.map((version) => version.id)).toEqual(['2.0', '1.0']);
    expect(versions[0]?.lastModifiedBy.user.displayName).toBe('Åsa Lindqvist');
    expect(versions[1]?.size).toBe(2);
  });

  it('converts a .docx to a valid PDF holding its text', async () => {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    );
    zip.file(
      'word/document.xml',
      '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Protokoll Styrgrupp</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Beslut: att godkänna</w:t></w:r></w:p></w:body></w:document>',
    );
    const docx = await zip.generateAsync({ type: 'nodebuffer' });
    const item = (
      await put('Protokoll/2099/protokoll.docx', docx, { 'Content-Type': 'application/octet-stream' })
    ).json<DriveItem>();
    const redirect = await emu.graphFetch(`/drives/${driveId}/items/${item.id}/content?format=pdf`);
    expect(redirect.status).toBe(302);
    const pdf = await send(redirect.headers.location ?? '');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdf.body.toString('latin1');
    expect(text.startsWith('%PDF-1.')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toContain('(Protokoll Styrgrupp)');
    expect(text).toContain('(Beslut: att godk\\344nna)');
    const xref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
  });

  it('deletes an item with 204', async () => {
    const item = (await put('Protokoll/2099/bort.txt', 'x')).json<DriveItem>();
    expect((await emu.graphFetch(`/drives/${driveId}/items/${item.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await emu.graphFetch(`/drives/${driveId}/items/${item.id}`)).status).toBe(404);
  });
});
