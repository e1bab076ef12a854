// Round trips to open the 40-invitee meeting with the app's openRecord workflow, counted from the emulator's
// request log with a fixed latency on every request, so requests sent together visibly overlap.
import type { RecordSession } from '../src/contracts/records';
import type { AppInNode } from './appInNode';
import { FORUM } from './appInNode';
import type { EmulatorControl } from './emulatorControl';
import { roundTrips, type RoundTrips } from './roundTrips';
import type { BenchResult } from './table';

/** Long against the emulator's own work and new TLS connections (client and emulator share one process), short enough to keep the run quick. */
export const LATENCY_MS = 150;

export async function measureRoundTrips(emulator: EmulatorControl, work: () => Promise<unknown>): Promise<RoundTrips> {
  const before = (await emulator.requests()).length;
  await emulator.latency(LATENCY_MS);
  try {
    await work();
  } finally {
    await emulator.latency(0);
  }
  // The faults call itself is not in the log: only Graph requests are.
  return roundTrips((await emulator.requests()).slice(before));
}

export async function openRoundTrips(
  app: AppInNode,
  emulator: EmulatorControl,
): Promise<{ result: BenchResult; trips: RoundTrips; session: RecordSession }> {
  const event = await app.findMeeting(FORUM);
  let session: RecordSession | undefined;
  const trips = await measureRoundTrips(emulator, async () => {
    session = await app.open({ kind: 'event', eventId: event.id });
  });
  if (!session) throw new Error('openRecord returned nothing');
  return {
    trips,
    session,
    result: {
      name: `open ${event.attendees.length}-invitee meeting (round trips)`,
      value: trips.sequential,
      unit: 'trips',
      budget: '≤ 4',
      baseline: `${trips.naive} naive`,
    },
  };
}
