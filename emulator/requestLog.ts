// Every Graph request served since the last reset, for tests and benchmarks (GET /_emulator/requests).
import type { BatchItemLog } from './batch.js';

export interface LoggedRequest {
  method: string;
  /** Path without origin, with query. */
  path: string;
  status: number;
  at: string;
  /**
   * When the answer was ready, on the wall clock (ISO). With the emulator on the real clock, `at`..`endAt`
   * is the time the request was in flight here, so overlapping requests show which ones the client sent together
   * (the benchmarks count sequential round trips from it).
   */
  endAt: string;
  user: string | null;
  batch?: BatchItemLog[];
  /** The request ran, and then its connection was destroyed without an answer (a `ranThenDrop` fault). */
  dropped?: boolean;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];

  add(entry: Omit<LoggedRequest, 'endAt'>): void {
    this.entries.push({ ...entry, endAt: new Date().toISOString() });
  }

  all(): LoggedRequest[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
