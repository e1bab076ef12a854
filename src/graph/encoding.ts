// The few places where Graph wants a string encoded its own way.

/** One id in a URL path (event ids hold `=`, `/` and `+`; chat ids `:` and `@`). */
export function pathSegment(id: string): string {
  return encodeURIComponent(id);
}

/** A drive path for `root:/{path}:` addressing: every segment encoded (å, spaces, `#`, `%`), the slashes kept. */
export function drivePath(path: string): string {
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** An OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A Planner external reference is keyed by its URL, but open-type property names may not contain `.`, `:`, `%`, `@`
 * or `#`, so those are percent-encoded (`%` first, so nothing is encoded twice). Microsoft's example:
 * `https%3A//contoso%2Esharepoint%2Ecom/teams/agile/documents/AnnualReport%2Epptx`.
 */
export function plannerReferenceKey(url: string): string {
  return url.replace(/%/g, '%25').replace(/\./g, '%2E').replace(/:/g, '%3A').replace(/@/g, '%40').replace(/#/g, '%23');
}

/**
 * Teams and Graph encode the same join URL differently (`19%3ameeting_…%40thread.v2` vs `19:meeting_…@thread.v2`,
 * the context parameter as JSON or encoded twice): compare the fully decoded address without its query, which
 * already names the meeting thread (or the meeting id of `/meet/` links).
 */
export function joinUrlKey(url: string): string {
  let decoded = url.trim();
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      break;
    }
    if (next === decoded) break;
    decoded = next;
  }
  // Meeting thread ids are case-sensitive; only the host is not.
  return decoded
    .split('?')[0]!
    .replace(/\/+$/, '')
    .replace(/^[a-z]+:\/\/[^/]+/i, (origin) => origin.toLowerCase());
}
