// Writes that have not reached Microsoft 365 yet, kept across reloads and crashes. The app's save workflow drives it:
// enqueue, take what is due, then complete or fail (with when to retry). Ops for the same record and kind coalesce:
// only the newest "save record R" matters, so a queue that was offline for an hour sends one save, not hundreds.
import { createIdbKeyValueStore } from './idbKeyValueStore';
import type { KeyValueStore } from './keyValueStore';

export interface OutboxOp<P = unknown> {
  /** Idempotency key: stays the same across retries, so a write resumed after a crash can be recognised. */
  id: string;
  recordKey: string;
  /** What to do, e.g. `saveRecord`, `syncTasks`; with `recordKey` the coalescing key. */
  kind: string;
  payload: P;
  /** Queue order; a coalesced op takes the newest place. */
  seq: number;
  enqueuedAt: string;
  attempts: number;
  /** Not before this time (ISO); absent means now. */
  retryAt?: string;
  lastError?: string;
}

export interface Outbox {
  /** Adds an op, replacing a waiting one for the same record and kind. */
  enqueue<P>(op: { recordKey: string; kind: string; payload: P }): Promise<OutboxOp<P>>;
  /** Ops due at `now`, oldest first. */
  pending(now?: Date): Promise<OutboxOp[]>;
  /** Removes the op, unless a newer op has replaced it meanwhile (that one still has to be sent). */
  complete(id: string): Promise<void>;
  fail(id: string, error: string, retryAt: Date): Promise<void>;
}

export const OUTBOX_DB = 'motessekreteraren-outbox';

export function createIdbOutbox(dbName = OUTBOX_DB): Outbox {
  return createOutbox(createIdbKeyValueStore(dbName));
}

export function createOutbox(kv: KeyValueStore, newId: () => string = () => crypto.randomUUID()): Outbox {
  const all = async () => (await kv.entries()).map(([, value]) => value as OutboxOp);
  const find = async (id: string) => (await all()).find((op) => op.id === id);
  return {
    async enqueue(op) {
      const seq = Math.max(0, ...(await all()).map((existing) => existing.seq)) + 1;
      const stored = { ...op, id: newId(), seq, enqueuedAt: new Date().toISOString(), attempts: 0 };
      await kv.set(coalescingKey(op), stored);
      return stored;
    },
    async pending(now = new Date()) {
      return (await all()).filter((op) => !op.retryAt || Date.parse(op.retryAt) <= now.getTime()).sort((a, b) => a.seq - b.seq);
    },
    async complete(id) {
      const op = await find(id);
      if (op) await kv.del(coalescingKey(op));
    },
    async fail(id, error, retryAt) {
      const op = await find(id);
      if (op) await kv.set(coalescingKey(op), { ...op, attempts: op.attempts + 1, lastError: error, retryAt: retryAt.toISOString() });
    },
  };
}

function coalescingKey(op: { recordKey: string; kind: string }): string {
  return JSON.stringify([op.recordKey, op.kind]);
}
