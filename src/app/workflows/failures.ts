// A failed save says what happened in words a secretary can act on; the text stays on the device. While Graph answers
// at all (busy, a gateway timeout, a server error) nobody has to press Save again: the outcome names when the record
// screen saves by itself.
import { NetworkError, ThrottledError, UnknownOutcomeError } from '../../graph/gateways';
import type { SaveOutcome } from '../../contracts/records';

/** When Graph names no wait: long enough for a throttled tenant to recover, short enough to be no worry. */
const DEFAULT_RETRY_SECONDS = 15;
const MIN_RETRY_SECONDS = 2;

function isNetworkError(error: unknown): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  // fetch rejects with a TypeError when the network is down or the host does not answer.
  return (
    error instanceof NetworkError ||
    error instanceof TypeError ||
    (error instanceof Error &&
      /network|failed to fetch|ECONNREFUSED|ECONNRESET/i.test(`${error.name} ${error.message}`))
  );
}

/** A 5xx the client's retries could not get past (the cause is the SDK's GraphError, with its status). */
function isServerError(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { statusCode?: unknown } | undefined) : undefined;
  return typeof cause?.statusCode === 'number' && cause.statusCode >= 500;
}

/** Seconds until the next attempt when Graph is answering but not succeeding; undefined for anything else. */
function retryInSeconds(error: unknown): number | undefined {
  if (error instanceof ThrottledError)
    return Math.max(MIN_RETRY_SECONDS, error.retryAfterSeconds ?? DEFAULT_RETRY_SECONDS);
  if (error instanceof UnknownOutcomeError || isServerError(error)) return DEFAULT_RETRY_SECONDS;
  return undefined;
}

export function describeFailure(error: unknown, now: Date = new Date()): Extract<SaveOutcome, { kind: 'failed' }> {
  const offline = isNetworkError(error);
  const seconds = offline ? undefined : retryInSeconds(error);
  return {
    kind: 'failed',
    message: error instanceof Error ? error.message : String(error),
    offline,
    ...(seconds !== undefined ? { retryAt: new Date(now.getTime() + seconds * 1000).toISOString() } : {}),
  };
}
