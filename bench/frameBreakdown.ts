// Where a keystroke's frame goes, from a Chrome trace: each window from the probe's "bench key" time stamp to its
// "bench painted" one (bench/editorProbe.ts), with the main thread's work in it summed by what it was (an event's
// handlers, a scheduler or timer callback, style, layout, paint, garbage collection) and, two levels down, by what
// that work did in turn (the input event inside a keypress, the layout its handler forced).
import type { Span } from './cpuProfile';

/** One event of Chrome's trace format, as Tracing.dataCollected delivers it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string; url?: string; functionName?: string; message?: string } };
}

interface Node extends Span {
  kind: string;
  children: Node[];
}

/** The key-to-paint windows the probe stamped, in trace time (µs). */
function keyWindows(stamps: readonly TraceEvent[]): Span[] {
  const windows: Span[] = [];
  let start: number | undefined;
  for (const stamp of stamps) {
    const message = stamp.args?.data?.message;
    if (message === 'bench key') start = stamp.ts;
    else if (message === 'bench painted' && start !== undefined) {
      windows.push({ start, end: stamp.ts });
      start = undefined;
    }
  }
  return windows;
}

function chunkOf(url: string | undefined): string {
  return (
    (url ?? '')
      .split('/')
      .pop()
      ?.replace(/-[\w-]{8}\.js$/, '') || '?'
  );
}

/** What a piece of work was, in a word or two. */
function kindOf(event: TraceEvent): string | undefined {
  const data = event.args?.data;
  switch (event.name) {
    case 'RunTask':
    case 'ThreadControllerImpl::RunTask':
      return undefined;
    case 'EventDispatch':
      return `event ${data?.type ?? '?'}`;
    case 'FunctionCall':
      return `script in ${chunkOf(data?.url)}${data?.functionName ? ` (${data.functionName})` : ''}`;
    case 'TimerFire':
      return 'timer';
    case 'FireAnimationFrame':
      return 'requestAnimationFrame';
    case 'UpdateLayoutTree':
      return 'style';
    default:
      return event.name;
  }
}

/** The main thread's work as a tree, by nesting of the complete events (RunTask itself left out). */
function workTree(events: readonly TraceEvent[]): Node[] {
  const roots: Node[] = [];
  const open: Node[] = [];
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  for (const event of sorted) {
    const kind = kindOf(event);
    if (kind === undefined) continue;
    const node: Node = { kind, start: event.ts, end: event.ts + (event.dur ?? 0), children: [] };
    while (open.length > 0 && (open.at(-1) as Node).end <= node.start) open.pop();
    (open.at(-1)?.children ?? roots).push(node);
    open.push(node);
  }
  return roots;
}

function overlap(node: Span, window: Span): number {
  return Math.max(0, Math.min(node.end, window.end) - Math.max(node.start, window.start)) / 1000;
}

/** Work, what it did, and what that did in turn: the input event in a keypress, and the layout it forced. */
const DEPTH = 3;

export interface FrameBreakdown {
  /** The keystroke frames, from keydown to paint, in trace time (µs). */
  windows: Span[];
  /** Mean ms per window. */
  meanFrame: number;
  /** Mean ms per window by kind of work ("event keypress"), and by kind within it ("event keypress > event input"). */
  byKind: Map<string, number>;
}

export function frameBreakdown(events: readonly TraceEvent[]): FrameBreakdown {
  const stamps = events.filter((event) => event.name === 'TimeStamp').sort((a, b) => a.ts - b.ts);
  const thread = stamps[0];
  const windows = keyWindows(stamps);
  const roots = workTree(events.filter((e) => e.ph === 'X' && e.pid === thread?.pid && e.tid === thread?.tid));
  const sums = new Map<string, number>();
  const add = (kind: string, ms: number) => sums.set(kind, (sums.get(kind) ?? 0) + ms / windows.length);
  const addAll = (nodes: readonly Node[], window: Span, prefix: string, depth: number) => {
    for (const node of nodes) {
      const ms = overlap(node, window);
      if (ms === 0) continue;
      add(`${prefix}${node.kind}`, ms);
      if (depth > 1) addAll(node.children, window, `${prefix}${node.kind} > `, depth - 1);
    }
  };
  for (const window of windows) addAll(roots, window, '', DEPTH);
  const meanFrame = windows.reduce((sum, w) => sum + (w.end - w.start) / 1000, 0) / windows.length;
  return { windows, meanFrame, byKind: sums };
}
