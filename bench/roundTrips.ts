// Sequential round trips from the emulator's request log: a request that starts after another one ended
// had to wait for it (or for something computed from it); requests in flight together cost one trip.
// The figure is the longest chain of requests each starting after the previous one ended.
// A $batch is one request here, however many items it carries.

export interface TimedRequest {
  method: string;
  path: string;
  at: string;
  endAt: string;
  batch?: { method: string; url: string }[];
}

export interface RoundTrips {
  /** Longest chain of requests that ran one after another. */
  sequential: number;
  /** One request per Graph call, batch items counted one by one: the cost without batching or parallelism. */
  naive: number;
  /** The requests grouped into waves (those in flight together), in order, for reading the figure. */
  waves: string[][];
}

interface Span {
  start: number;
  end: number;
  label: string;
}

function describe(request: TimedRequest): string {
  const path = request.path.replace(/^\/v1\.0/, '').replace(/\?.*$/, '');
  if (!request.batch) return `${request.method} ${path}`;
  const inner = [...new Set(request.batch.map((item) => `${item.method} ${item.url.replace(/\?.*$/, '').replace(/[0-9a-f-]{20,}|[^/]+@[^/]+/gi, '{id}')}`))];
  return `$batch(${request.batch.length}: ${inner.join(', ')})`;
}

export function roundTrips(log: TimedRequest[]): RoundTrips {
  const spans: Span[] = log
    .map((request) => ({ start: Date.parse(request.at), end: Date.parse(request.endAt), label: describe(request) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  // depth[i]: the longest chain ending with spans[i]; earlier spans that ended before it started precede it.
  const depth = spans.map(() => 1);
  spans.forEach((span, index) => {
    for (let before = 0; before < index; before += 1) {
      if ((spans[before] as Span).end < span.start) depth[index] = Math.max(depth[index] as number, (depth[before] as number) + 1);
    }
  });
  const sequential = Math.max(0, ...depth);
  const waves = Array.from({ length: sequential }, (_, wave) => spans.filter((_, index) => depth[index] === wave + 1).map((span) => span.label));
  const naive = log.reduce((sum, request) => sum + (request.batch?.length ?? 1), 0);
  return { sequential, naive, waves };
}
