// The emulator's control API from the benchmark process: reset, faults, the request log.
import type { TimedRequest } from './roundTrips';

export interface EmulatorControl {
  reset(): Promise<void>;
  /** Every request served since the last reset. */
  requests(): Promise<TimedRequest[]>;
  latency(ms: number): Promise<void>;
}

export function emulatorControl(emulatorUrl: string): EmulatorControl {
  const call = async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(new URL(path, emulatorUrl), body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    reset: () => call('/_emulator/reset', {}),
    requests: () => call<TimedRequest[]>('/_emulator/requests'),
    latency: (ms) => call('/_emulator/faults', { latencyMs: ms }),
  };
}
