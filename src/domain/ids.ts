/** A fresh uuid for records, items, decisions and assignments; randomUUID exists in browsers and Node 20. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
