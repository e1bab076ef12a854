// A CPU profile of the Chrome DevTools Protocol Profiler, read as self time per function.
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  /** µs, on the clock of Chrome's trace events. */
  startTime: number;
}

/** A stretch of the profile's clock (µs) to count samples in. */
export interface Span {
  start: number;
  end: number;
}

export interface SelfTimeOptions {
  /** Only samples in these stretches (the keystroke frames of a trace), in order; all samples without. */
  within?: readonly Span[];
  /** How a function is named; by default its name, file and line in the built chunk. */
  name?: (frame: CallFrame) => string;
}

function chunkName(frame: CallFrame): string {
  return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
}

/** Self time per function, from the profile's samples. */
export function selfTimes(profile: Profile, options: SelfTimeOptions = {}): { name: string; ms: number }[] {
  const { within, name = chunkName } = options;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (within && !within.some((span) => span.start <= at && at < span.end)) return;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const key = name(frame);
    totals.set(key, (totals.get(key) ?? 0) + delta / 1000);
  });
  return [...totals].map(([key, ms]) => ({ name: key, ms })).sort((a, b) => b.ms - a.ms);
}
