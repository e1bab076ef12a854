// A failed save says what happened in words a secretary can act on; the text stays on the device.
import { NetworkError } from '../../graph/gateways';
import type { SaveOutcome } from '../../contracts/records';

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

export function describeFailure(error: unknown): Extract<SaveOutcome, { kind: 'failed' }> {
  return {
    kind: 'failed',
    message: error instanceof Error ? error.message : String(error),
    offline: isNetworkError(error),
  };
}
