// The only link targets a record may hold: anything else (javascript:, data:, file:, relative
// paths that would resolve against the app's own origin) is dropped, keeping the link's text.
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The href itself when it is an absolute http(s) or mailto URL, else undefined. */
export function safeHref(href: string | null | undefined): string | undefined {
  if (href === null || href === undefined) return undefined;
  const trimmed = href.trim();
  // URL.canParse is not in every Teams webview yet; a throwing parse is the portable test.
  try {
    const url = new URL(trimmed);
    return SAFE_PROTOCOLS.has(url.protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

const EMAIL = /^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/;
const BARE_HOST = /^[\w-]+(\.[\w-]+)+(?::\d+)?(?:[/?#]\S*)?$/u;

/**
 * What a secretary types into the link field, made a safe href: full URLs as they are,
 * "a@b.se" as mailto:, "www.example.se/x" as https://. Undefined when nothing safe fits.
 */
export function hrefFromUserInput(input: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed === '') return undefined;
  const direct = safeHref(trimmed);
  if (direct !== undefined) return direct;
  if (EMAIL.test(trimmed)) return safeHref(`mailto:${trimmed}`);
  if (BARE_HOST.test(trimmed)) return safeHref(`https://${trimmed}`);
  return undefined;
}
