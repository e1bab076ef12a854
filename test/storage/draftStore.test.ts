import { describe, expect, it } from 'vitest';
import { set, createStore } from 'idb-keyval';
import { CorruptDraftError, createIdbDraftStore, type StoredDraft } from '../../src/storage/draftStore';
import { minutes } from '../domain/fixtures';

let dbCount = 0;
const freshDb = () => `drafts-test-${++dbCount}`;

function draft(overrides: Partial<StoredDraft> = {}): StoredDraft {
  return {
    minutes: minutes(),
    base: minutes({ revision: 2 }),
    etag: '"{A1},3"',
    itemId: 'item-1',
    savedAt: '2026-02-27T14:00:01.000Z',
    ...overrides,
  };
}

describe('IndexedDB draft store', () => {
  it('keeps a draft across a reload (a new store instance on the same database)', async () => {
    const db = freshDb();
    await createIdbDraftStore(db).save('rec-1', draft());
    const reloaded = createIdbDraftStore(db);
    expect(await reloaded.load('rec-1')).toEqual({ recordKey: 'rec-1', ...draft() });
    expect(await reloaded.load('unknown')).toBeUndefined();
  });

  it('lists drafts newest first and removes them', async () => {
    const store = createIdbDraftStore(freshDb());
    await store.save('old', draft({ savedAt: '2026-01-01T10:00:00.000Z' }));
    await store.save('new', draft({ savedAt: '2026-02-01T10:00:00.000Z', base: undefined, etag: undefined }));
    expect((await store.list()).map((entry) => entry.recordKey)).toEqual(['new', 'old']);
    await store.remove('old');
    expect((await store.list()).map((entry) => entry.recordKey)).toEqual(['new']);
  });

  it('reports a corrupt entry clearly and keeps its raw text', async () => {
    const db = freshDb();
    const store = createIdbDraftStore(db);
    await store.save('good', draft());
    const raw =
      '{"minutes": {"schemaVersion": 1, "id": "rec-2", "items": "Punkt 1: budget…"}, "savedAt": "2026-02-27T14:00:00Z"}';
    await set('broken', raw, createStore(db, 'entries'));

    const error = await store.load('broken').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptDraftError);
    expect((error as CorruptDraftError).raw).toBe(raw);
    expect((error as Error).message).toMatch(/"broken" cannot be read .*text is kept/);

    expect((await store.list()).map((entry) => entry.recordKey)).toEqual(['good']);
    const corrupt = await store.corrupt();
    expect(corrupt.map((entry) => [entry.recordKey, entry.raw])).toEqual([['broken', raw]]);
  });

  it('treats text that is not JSON as corrupt, not as lost', async () => {
    const db = freshDb();
    await set('half', '{"minutes": {"schemaVer', createStore(db, 'entries'));
    const error = await createIdbDraftStore(db)
      .load('half')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptDraftError);
    expect((error as CorruptDraftError).raw).toBe('{"minutes": {"schemaVer');
  });
});
