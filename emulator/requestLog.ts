// Every Graph request served since the last reset, for tests and benchmarks (GET /_emulator/requests).
import type { BatchItemLog } from './batch.js';

export interface LoggedRequest {
  method: string;
  /** Path without origin, with query. */
  path: string;
  status: number;
  at: string;
  user: string | null;
  batch?: BatchItemLog[];
}

export class RequestLog {
  private entries: LoggedRequest[] = [];

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  all(): LoggedRequest[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
