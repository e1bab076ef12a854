// Services whose code loads on first use: loaded once, on the first call, and fetched again after a failed load.
import { describe, expect, it, vi } from 'vitest';
import { lazyGroup } from '../../src/app/services/lazyGroup';

interface Greeter {
  greet(name: string): Promise<string>;
  count(): Promise<number>;
}

describe('lazyGroup', () => {
  it('loads nothing until a method is called, then loads once for every method', async () => {
    const load = vi.fn(async (): Promise<Greeter> => ({ greet: async (name) => `Hej ${name}`, count: async () => 2 }));
    const group = lazyGroup(load, ['greet', 'count']);
    expect(load).not.toHaveBeenCalled();
    expect(await group.greet('Åsa')).toBe('Hej Åsa');
    expect(await group.count()).toBe(2);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries the load again on the next call after it failed', async () => {
    let attempt = 0;
    const group = lazyGroup(async (): Promise<Greeter> => {
      attempt += 1;
      if (attempt === 1) throw new Error('offline');
      return { greet: async (name) => `Hej ${name}`, count: async () => 0 };
    }, ['greet', 'count']);
    await expect(group.greet('Göran')).rejects.toThrow('offline');
    expect(await group.greet('Göran')).toBe('Hej Göran');
  });
});
