// Injected faults: random shares of requests throttled or failing (seeded, so a run can be replayed), added latency,
// one-shot rules by path, and writes that are carried out but whose answer is lost (a gateway timeout or a dropped
// connection after the server ran the request: the client cannot tell whether it happened).
import { drawFor, hashText } from '../src/domain/random.js';
import { GraphError } from './http/graphError.js';

/**
 * `refuse`: answer `status` before the handler runs (Graph did nothing). `ranThen504`: run the request, then answer
 * 504 Gateway Timeout. `ranThenDrop`: run the request, then destroy the connection without an answer. The two `ran`
 * kinds apply to writes only (POST, PUT, PATCH, DELETE).
 */
export type FaultKind = 'refuse' | 'ranThen504' | 'ranThenDrop';

export interface FaultRule {
  method?: string;
  /** Regex on the path below /v1.0 (query excluded). */
  path: string;
  /** For `refuse` (the default). */
  status?: number;
  kind?: FaultKind;
  times?: number;
  retryAfterSeconds?: number;
}

/** A share of requests that draw one fault. */
export interface RandomFault {
  rate: number;
  status?: number;
  kind?: FaultKind;
}

export interface FaultConfig {
  /** Shorthand for `random: [{ status, rate }]`. */
  status?: number;
  rate?: number;
  random?: RandomFault[];
  /** The draws are a function of (seed, method, path, how many times that method and path were drawn for). */
  seed?: number;
  retryAfterSeconds?: number;
  latencyMs?: number;
  rules?: FaultRule[];
}

/** What to do with the answer of a request that was let through. */
export type AfterRun = 'answer' | 'ranThen504' | 'ranThenDrop';

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

export function faultError(status: number, retryAfterSeconds?: number): GraphError {
  const [code, message] = CODES[status] ?? ['fault', `Injected fault ${status}.`];
  const retry = status === 429 || status === 503 ? { 'Retry-After': String(retryAfterSeconds ?? 1) } : undefined;
  return new GraphError(status, code, message, retry);
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Without a seed the draws still follow one, fixed per configuration: nothing in the emulator uses Math.random. */
const seedOf = (config: FaultConfig): number => config.seed ?? hashText(JSON.stringify(config));

export class Faults {
  private config: FaultConfig = {};
  private remaining = new Map<FaultRule, number>();
  private draws = new Map<string, number>();

  set(config: FaultConfig): void {
    this.config = config;
    this.remaining = new Map((config.rules ?? []).map((rule) => [rule, rule.times ?? Number.POSITIVE_INFINITY]));
    this.draws.clear();
  }

  clear(): void {
    this.set({});
  }

  current(): FaultConfig {
    return this.config;
  }

  /** A number in [0, 1) from the configured seed, for other seeded choices (the order of batch answers). */
  draw(name: string): number {
    const occurrence = this.draws.get(name) ?? 0;
    this.draws.set(name, occurrence + 1);
    return drawFor(seedOf(this.config), name, occurrence);
  }

  /**
   * Waits out the configured latency, then throws the fault this request draws, if it is refused; otherwise says
   * whether the answer is to be lost after the request has run.
   */
  async apply(method: string, path: string): Promise<AfterRun> {
    if (this.config.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.config.latencyMs));
    const write = WRITES.has(method.toUpperCase());
    for (const [rule, left] of this.remaining) {
      if (left <= 0) continue;
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (!new RegExp(rule.path).test(path)) continue;
      const kind = rule.kind ?? 'refuse';
      if (kind !== 'refuse' && !write) continue;
      this.remaining.set(rule, left - 1);
      if (kind !== 'refuse') return kind;
      throw faultError(rule.status ?? 503, rule.retryAfterSeconds ?? this.config.retryAfterSeconds);
    }
    const random = [
      ...(this.config.rate ? [{ rate: this.config.rate, status: this.config.status ?? 429 }] : []),
      ...(this.config.random ?? []),
    ];
    if (random.length === 0) return 'answer';
    let threshold = 0;
    const value = this.draw(`${method.toUpperCase()} ${path}`);
    for (const fault of random) {
      threshold += fault.rate;
      if (value >= threshold) continue;
      const kind = fault.kind ?? 'refuse';
      if (kind !== 'refuse') return write ? kind : 'answer';
      throw faultError(fault.status ?? 429, this.config.retryAfterSeconds);
    }
    return 'answer';
  }
}
