import { describe, expect, it } from 'vitest';
import { createDraftStore, type SyncSlot, type StoredDraft } from '../../src/storage/draftStore';
import { createMemoryKeyValueStore } from '../../src/storage/memoryKeyValueStore';
import { minutes } from '../domain/fixtures';

function memorySlot(): SyncSlot & { size(): number } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    size: () => items.size,
  };
}

const draft = (revision: number, title: string): StoredDraft => ({
  minutes: { ...minutes(), revision, title },
  savedAt: new Date(2026, 10, 22, 10, revision).toISOString(),
});

describe('draft written while the page goes away', () => {
  it('is what load returns when the IndexedDB write never finished', async () => {
    const slot = memorySlot();
    const kv = createMemoryKeyValueStore();
    await createDraftStore(kv, slot).save('g/e', draft(3, 'saved'));
    createDraftStore(kv, slot).saveNow('g/e', draft(4, 'typed just before the reload'));
    const reloaded = createDraftStore(kv, slot);
    expect((await reloaded.load('g/e'))?.minutes.title).toBe('typed just before the reload');
  });

  it('gives way to a newer IndexedDB draft and is cleared by it', async () => {
    const slot = memorySlot();
    const store = createDraftStore(createMemoryKeyValueStore(), slot);
    store.saveNow('g/e', draft(4, 'unload copy'));
    await store.save('g/e', draft(5, 'later'));
    expect((await store.load('g/e'))?.minutes.title).toBe('later');
    expect(slot.size()).toBe(0);
  });

  it('is found when nothing reached IndexedDB at all', async () => {
    const slot = memorySlot();
    createDraftStore(createMemoryKeyValueStore(), slot).saveNow('g/e', draft(1, 'first words'));
    expect((await createDraftStore(createMemoryKeyValueStore(), slot).load('g/e'))?.minutes.title).toBe('first words');
  });
});
