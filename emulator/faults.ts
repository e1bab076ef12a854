// Injected faults: a random share of requests throttled or failing, added latency, and one-shot rules by path.
import { GraphError } from './http/graphError.js';

export interface FaultRule {
  method?: string;
  /** Regex on the path below /v1.0 (query excluded). */
  path: string;
  status: number;
  times?: number;
  retryAfterSeconds?: number;
}

export interface FaultConfig {
  status?: number;
  rate?: number;
  retryAfterSeconds?: number;
  latencyMs?: number;
  rules?: FaultRule[];
}

const CODES: Record<number, [string, string]> = {
  429: ['TooManyRequests', 'Too many requests. Retry after the time in the Retry-After header.'],
  503: [
    'serviceNotAvailable',
    'The service is temporarily unavailable. Retry after the time in the Retry-After header.',
  ],
  500: ['generalException', 'An internal server error occurred.'],
  504: ['gatewayTimeout', 'The gateway timed out.'],
  409: ['conflict', 'The resource was changed by another request.'],
  412: ['PreconditionFailed', 'The resource has been modified since it was read.'],
};

function faultError(status: number, retryAfterSeconds: number | undefined): GraphError {
  const [code, message] = CODES[status] ?? ['fault', `Injected fault ${status}.`];
  const retry = status === 429 || status === 503 ? { 'Retry-After': String(retryAfterSeconds ?? 1) } : undefined;
  return new GraphError(status, code, message, retry);
}

export class Faults {
  private config: FaultConfig = {};
  private remaining = new Map<FaultRule, number>();

  set(config: FaultConfig): void {
    this.config = config;
    this.remaining = new Map((config.rules ?? []).map((rule) => [rule, rule.times ?? Number.POSITIVE_INFINITY]));
  }

  clear(): void {
    this.set({});
  }

  current(): FaultConfig {
    return this.config;
  }

  /** Waits out the configured latency, then throws the fault this request draws, if any. */
  async apply(method: string, path: string): Promise<void> {
    if (this.config.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.config.latencyMs));
    for (const [rule, left] of this.remaining) {
      if (left <= 0) continue;
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (!new RegExp(rule.path).test(path)) continue;
      this.remaining.set(rule, left - 1);
      throw faultError(rule.status, rule.retryAfterSeconds ?? this.config.retryAfterSeconds);
    }
    if (this.config.rate && Math.random() < this.config.rate)
      throw faultError(this.config.status ?? 429, this.config.retryAfterSeconds);
  }
}
