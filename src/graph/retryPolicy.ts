// The one retry policy of the Graph client. Every resend in the app goes through it: the client's middleware for single
// requests, the `$batch` rounds for batched ones (whose envelope the middleware leaves alone, so no layer retries under
// another). Graph's throttling guidance: wait the Retry-After seconds when given, otherwise back off exponentially
// (https://learn.microsoft.com/en-us/graph/throttling#best-practices-to-handle-throttling). The jitter keeps many clients
// throttled together from coming back in step.
import type { Random } from '../domain/random';

export interface RetryPolicy {
  /** Sends in all, the first one included. */
  maxAttempts: number;
  /** No wait starts that would end later than this after the first send. */
  maxSeconds: number;
  /** The backoff when Graph gives no Retry-After: up to base × 2^(retry − 1), at most maxDelaySeconds. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  random: Random;
  sleep(seconds: number): Promise<void>;
  /** Milliseconds, as Date.now. */
  now(): number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 8,
  maxSeconds: 60,
  baseDelaySeconds: 0.5,
  maxDelaySeconds: 16,
  random: Math.random,
  sleep: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
  now: () => Date.now(),
};

/**
 * 429 and 503 say Graph did not run the request: anything may be sent again. 504 says nothing about whether it ran:
 * only a read is sent again; a write's outcome is the caller's to find out (by reading) before it writes again.
 */
export function isRetriable(status: number, method: string): boolean {
  if (status === 429 || status === 503) return true;
  return status === 504 && method.toUpperCase() === 'GET';
}

/** One request's (or one batch's) retries: `next` answers the wait before the next send, or undefined to stop. */
export class RetryBudget {
  private readonly startedAt: number;
  private sent = 1;

  constructor(private readonly policy: RetryPolicy) {
    this.startedAt = policy.now();
  }

  next(retryAfterSeconds: number | undefined): number | undefined {
    const { policy } = this;
    if (this.sent >= policy.maxAttempts) return undefined;
    const ceiling = Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** (this.sent - 1));
    // Full jitter without Retry-After; with it, Graph's wait and at most a tenth of the backoff on top.
    const wait =
      retryAfterSeconds === undefined ? policy.random() * ceiling : retryAfterSeconds + policy.random() * ceiling * 0.1;
    if ((policy.now() - this.startedAt) / 1000 + wait > policy.maxSeconds) return undefined;
    this.sent += 1;
    return wait;
  }
}
