// Objects as the app builds them: a member that has no value is left out, not present as `undefined`, so a record
// restored from JSON and one built in memory compare equal.

/** A copy of `value` without its undefined members. A plain loop: it runs for every text run of a restored record. */
export function withoutUndefined<T extends object>(value: T): T {
  const copy: Partial<T> = {};
  for (const key in value) {
    if (value[key] !== undefined) copy[key] = value[key];
  }
  return copy as T;
}
