import { describe, expect, it } from 'vitest';
import { createIdbOutbox, createOutbox } from '../../src/storage/outbox';
import { createMemoryKeyValueStore } from '../../src/storage/memoryKeyValueStore';

let dbCount = 0;
const freshDb = () => `outbox-test-${++dbCount}`;

describe('outbox', () => {
  it('coalesces ops per record and kind: only the newest save of a record is sent, in queue order', async () => {
    const outbox = createOutbox(createMemoryKeyValueStore());
    await outbox.enqueue({ recordKey: 'R1', kind: 'saveRecord', payload: { revision: 1 } });
    await outbox.enqueue({ recordKey: 'R2', kind: 'saveRecord', payload: { revision: 1 } });
    await outbox.enqueue({ recordKey: 'R1', kind: 'syncTasks', payload: { tasks: 3 } });
    await outbox.enqueue({ recordKey: 'R1', kind: 'saveRecord', payload: { revision: 2 } });
    const pending = await outbox.pending();
    expect(pending.map((op) => [op.recordKey, op.kind, op.payload])).toEqual([
      ['R2', 'saveRecord', { revision: 1 }],
      ['R1', 'syncTasks', { tasks: 3 }],
      ['R1', 'saveRecord', { revision: 2 }],
    ]);
  });

  it('holds a failed op back until its retry time, keeping its idempotency key', async () => {
    const outbox = createOutbox(createMemoryKeyValueStore());
    const first = await outbox.enqueue({ recordKey: 'R1', kind: 'saveRecord', payload: 1 });
    const second = await outbox.enqueue({ recordKey: 'R2', kind: 'saveRecord', payload: 2 });
    const now = new Date('2026-02-27T14:00:00Z');
    await outbox.fail(first.id, 'ThrottledError: busy', new Date('2026-02-27T14:00:30Z'));

    expect((await outbox.pending(now)).map((op) => op.id)).toEqual([second.id]);
    const later = await outbox.pending(new Date('2026-02-27T14:00:30Z'));
    expect(later.map((op) => op.id)).toEqual([first.id, second.id]);
    expect(later[0]).toMatchObject({ attempts: 1, lastError: 'ThrottledError: busy' });
  });

  it('completing an op that was replaced meanwhile keeps the newer one', async () => {
    const outbox = createOutbox(createMemoryKeyValueStore());
    const sending = await outbox.enqueue({ recordKey: 'R1', kind: 'saveRecord', payload: 'old' });
    const newer = await outbox.enqueue({ recordKey: 'R1', kind: 'saveRecord', payload: 'new' });
    await outbox.complete(sending.id);
    expect((await outbox.pending()).map((op) => op.id)).toEqual([newer.id]);
    await outbox.complete(newer.id);
    expect(await outbox.pending()).toEqual([]);
  });

  it('survives a reload in IndexedDB, so a retry after a crash resumes the same op', async () => {
    const db = freshDb();
    const op = await createIdbOutbox(db).enqueue({ recordKey: 'R1', kind: 'saveRecord', payload: { revision: 4 } });
    const [resumed] = await createIdbOutbox(db).pending();
    expect(resumed).toEqual(op);
  });
});
