// A canonical JSON text: the same value always gives the same string, whatever the key order it was built in.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function normalise(value: unknown): Json | undefined {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((v) => normalise(v) ?? null);
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const v = normalise((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return undefined;
}

/** Sorted keys, no whitespace, undefined members left out (as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value) ?? null);
}
