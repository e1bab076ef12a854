// Links in the editor follow the domain's rule (http, https, mailto only); unsafe ones are dropped
// and their text kept.
import { isSafeHref } from '../../domain/richtext';

/** The href, trimmed, when it is an absolute http(s) or mailto URL, else undefined. */
export function safeHref(href: string | null | undefined): string | undefined {
  if (href === null || href === undefined) return undefined;
  const trimmed = href.trim();
  return isSafeHref(trimmed) ? trimmed : undefined;
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
