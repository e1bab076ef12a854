// The emulator's control API from the benchmark process: latency and the request log.
import type { TimedRequest } from './roundTrips';

export interface EmulatorControl {
  /** Every request served since the emulator started (or was reset). */
  requests(): Promise<TimedRequest[]>;
  latency(ms: number): Promise<void>;
}

export function emulatorControl(emulatorUrl: string): EmulatorControl {
  const send = (path: string, body?: unknown) =>
    fetch(
      new URL(path, emulatorUrl),
      body === undefined
        ? {}
        : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
    );
  const call = async <T>(path: string, body?: unknown): Promise<T> => {
    // Once more on a network error: after a pause, fetch may reuse a kept-alive connection the emulator already closed.
    const response = await send(path, body).catch(() => send(path, body));
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    requests: () => call<TimedRequest[]>('/_emulator/requests'),
    latency: (ms) => call('/_emulator/faults', { latencyMs: ms }),
  };
}
