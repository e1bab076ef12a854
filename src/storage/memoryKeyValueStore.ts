// A KeyValueStore in memory, for tests and for a browser without IndexedDB (private mode in some browsers).
import type { KeyValueStore } from './keyValueStore';

export function createMemoryKeyValueStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => {
      map.set(key, structuredClone(value));
    },
    del: async (key) => {
      map.delete(key);
    },
    entries: async () => [...map.entries()].map(([key, value]) => [key, structuredClone(value)]),
  };
}
