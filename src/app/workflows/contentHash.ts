// SHA-256 of the record's canonical content: what an approval is bound to.
import { canonicalContent } from '../../domain/approval';
import type { Minutes } from '../../domain/model';

export async function contentHash(minutes: Minutes): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalContent(minutes)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
