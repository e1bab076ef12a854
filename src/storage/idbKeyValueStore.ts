// IndexedDB through idb-keyval. One database per store: idb-keyval creates a database's object store only on first open.
import { createStore, del, entries, get, set } from 'idb-keyval';
import type { KeyValueStore } from './keyValueStore';

export function createIdbKeyValueStore(dbName: string): KeyValueStore {
  const store = createStore(dbName, 'entries');
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    entries: () => entries<string, unknown>(store),
  };
}
