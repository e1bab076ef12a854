// Sequential round trips from the emulator's request log: a request that starts after another one ended
// had to wait for it (or for something computed from it); requests in flight together cost one trip.
// The figure is the longest chain of requests each starting after the previous one ended.
// A $batch is one request here, however many items it carries. A 302 (file content) is two: the client follows it
// to the pre-authenticated download URL, which the Graph request log does not show.

export interface TimedRequest {
  method: string;
  path: string;
  status: number;
  at: string;
  endAt: string;
  batch?: { method: string; url: string }[];
}

export interface RoundTrips {
  /** Longest chain of requests that ran one after another. */
  sequential: number;
  /** One request per Graph call, batch items counted one by one: the cost without batching or parallelism. */
  naive: number;
  /** One line per round trip: the requests that finished in it, for reading the figure. */
  waves: string[];
}

interface Span {
  start: number;
  end: number;
  /** Round trips this request costs by itself. */
  trips: number;
  label: string;
}

/** A readable request line: ids shortened, file names decoded. */
function shorten(url: string): string {
  const path = url.replace(/^\/v1\.0/, '').replace(/\?.*$/, '');
  const ids = path.replace(/\/(drives|groups|items|tasks|events|plans|buckets|users)\/[^/:]+/g, '/$1/{id}');
  try {
    return decodeURIComponent(ids);
  } catch {
    return ids;
  }
}

function describe(request: TimedRequest): string {
  if (!request.batch) return `${request.method} ${shorten(request.path)}`;
  const inner = [...new Set(request.batch.map((item) => `${item.method} ${shorten(item.url)}`))];
  return `$batch(${request.batch.length}: ${inner.join(', ')})`;
}

export function roundTrips(log: TimedRequest[]): RoundTrips {
  const spans: Span[] = log
    .map((request) => ({
      start: Date.parse(request.at),
      end: Date.parse(request.endAt),
      trips: request.status === 302 ? 2 : 1,
      label: describe(request),
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  // depth[i]: the longest chain ending with spans[i]; earlier spans that ended before it started precede it.
  const depth = spans.map((span) => span.trips);
  spans.forEach((span, index) => {
    for (let before = 0; before < index; before += 1) {
      if ((spans[before] as Span).end < span.start)
        depth[index] = Math.max(depth[index] as number, (depth[before] as number) + span.trips);
    }
  });
  const sequential = Math.max(0, ...depth);
  // A request is listed in the trip it finishes in; a followed 302 in the trip before its download.
  const lines = spans.flatMap((span, index): [number, string][] => {
    const last = depth[index] as number;
    return span.trips === 2
      ? [
          [last - 1, `${span.label} → 302`],
          [last, '↳ its download'],
        ]
      : [[last, span.label]];
  });
  const waves = Array.from(
    { length: sequential },
    (_, trip) =>
      `${trip + 1}. ${lines
        .filter(([at]) => at === trip + 1)
        .map(([, label]) => label)
        .join(' ∥ ')}`,
  );
  const naive = log.reduce((sum, request) => sum + (request.batch?.length ?? 1), 0);
  return { sequential, naive, waves };
}
