import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphClient } from '../../src/graph/client';
import { GraphFilesGateway, SIMPLE_UPLOAD_LIMIT } from '../../src/graph/filesGateway';
import { ConflictError } from '../../src/graph/gateways';
import { graphError, json, stubFetch } from './fakeFetch';

const files = new GraphFilesGateway(
  createGraphClient({ baseUrl: 'https://graph.microsoft.com', tokens: { getToken: async () => 't' } }),
);
const UPLOAD_URL = 'https://contoso.sharepoint.com/upload?token=abc';
const driveItem = { id: 'item', name: 'big.docx', eTag: '"{1},2"' };

describe('files gateway uploads', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('writes a small file with one PUT: encoded path, conflictBehavior in the query, If-Match', async () => {
    const calls = stubFetch(() => json(200, driveItem));
    await files.write('d!1', 'Protokoll/2026/Möte #1.json', '{}', 'application/json', '"{1},1"');
    expect(calls[0]).toMatchObject({
      method: 'PUT',
      url: 'https://graph.microsoft.com/v1.0/drives/d!1/root:/Protokoll/2026/M%C3%B6te%20%231.json:/content?@microsoft.graph.conflictBehavior=replace',
      headers: { 'if-match': '"{1},1"', 'content-type': 'application/json' },
    });
  });

  it('switches to an upload session above 4 MB, sending fragments without a token', async () => {
    const size = SIMPLE_UPLOAD_LIMIT + 1000;
    const calls = stubFetch((request) => {
      if (request.url.includes('createUploadSession')) return json(200, { uploadUrl: UPLOAD_URL });
      const end = Number(/bytes \d+-(\d+)\/\d+/.exec(request.headers['content-range'] ?? '')?.[1]);
      return end === size - 1 ? json(201, driveItem) : json(202, { nextExpectedRanges: [`${end + 1}-`] });
    });
    const item = await files.write('d!1', 'Protokoll/big.docx', new Uint8Array(size), 'application/octet-stream', null);

    expect(item.eTag).toBe('"{1},2"');
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: 'https://graph.microsoft.com/v1.0/drives/d!1/root:/Protokoll/big.docx:/createUploadSession',
      body: { item: { '@microsoft.graph.conflictBehavior': 'fail' } },
    });
    const fragments = calls.slice(1);
    expect(fragments.map((call) => call.headers['content-range'])).toEqual([
      'bytes 0-3276799/4195304',
      'bytes 3276800-4195303/4195304',
    ]);
    expect(fragments.every((call) => call.url === UPLOAD_URL && call.headers.authorization === undefined)).toBe(true);
  });

  it('reports a refused session (412) as ConflictError', async () => {
    stubFetch(() => graphError(412, 'resourceModified'));
    const error = await files
      .write('d!1', 'big.docx', new Uint8Array(SIMPLE_UPLOAD_LIMIT + 1), 'application/octet-stream', '"{1},1"')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
  });
});
