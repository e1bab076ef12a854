// One attempt signs in; a retry fetches the sign-in code again only when that was what failed.
import { describe, expect, it, vi } from 'vitest';
import { signInAttempts, type SignIn } from '../../src/app/signInAttempts';

describe('signInAttempts', () => {
  it('signs in once, beside the first screen, and every caller waits on that one attempt', async () => {
    const signIn = vi.fn(async () => 'signed in');
    const load = vi.fn(async (): Promise<SignIn<string>> => signIn);
    const attempts = signInAttempts(load);
    await expect(attempts.current).resolves.toBe('signed in');
    await expect(attempts.current).resolves.toBe('signed in');
    expect(load).toHaveBeenCalledTimes(1);
    expect(signIn).toHaveBeenCalledTimes(1);
  });

  it('signs in again with the code it has when the sign-in itself failed (Graph or the network)', async () => {
    const signIn = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce('signed in');
    const load = vi.fn(async (): Promise<SignIn<string>> => signIn);
    const attempts = signInAttempts(load);
    await expect(attempts.current).rejects.toThrow('Failed to fetch');

    const again = attempts.retry();
    expect(attempts.current).toBe(again);
    await expect(again).resolves.toBe('signed in');
    expect(load).toHaveBeenCalledTimes(1);
    expect(signIn).toHaveBeenCalledTimes(2);
  });

  it('fetches the code again when that was what failed to arrive (a dropped link while the chunk loaded)', async () => {
    const signIn = vi.fn(async () => 'signed in');
    const load = vi
      .fn<() => Promise<SignIn<string>>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(signIn);
    const attempts = signInAttempts(load);
    await expect(attempts.current).rejects.toThrow('dynamically imported module');
    expect(signIn).not.toHaveBeenCalled();

    await expect(attempts.retry()).resolves.toBe('signed in');
    expect(load).toHaveBeenCalledTimes(2);
    // A third attempt reuses the code that arrived.
    await expect(attempts.retry()).resolves.toBe('signed in');
    expect(load).toHaveBeenCalledTimes(2);
    expect(signIn).toHaveBeenCalledTimes(2);
  });
});
