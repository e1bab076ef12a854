// A small seeded pseudo-random generator (mulberry32): the same seed gives the same numbers on every machine, so
// anything random in the emulator's faults, the retry jitter under test, and the soak can be replayed exactly.

/** Numbers in [0, 1), like Math.random. */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a text (FNV-1a), to derive independent seeds from a seed and a name. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** One draw for the `occurrence`-th event named `name` under `seed`: independent of the order events interleave in. */
export function drawFor(seed: number, name: string, occurrence: number): number {
  return mulberry32(hashText(`${seed}|${name}|${occurrence}`))();
}
