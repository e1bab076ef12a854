// Pre-authenticated, short-lived download URLs, as Graph's 302 Location and @microsoft.graph.downloadUrl are.
// The token is signed with a per-process secret, so nothing is stored and URLs die with the process.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface DownloadGrant {
  driveId: string;
  itemId: string;
  /** Version blob to serve; the current one when absent. */
  blobKey: string;
  format?: 'pdf';
  /** Epoch ms. */
  expires: number;
}

const LIFETIME_MS = 5 * 60 * 1000;
const secret = randomBytes(32);

const sign = (payload: string): string => createHmac('sha256', secret).update(payload).digest('base64url');

export function downloadUrl(origin: string, grant: Omit<DownloadGrant, 'expires'>, now: Date): string {
  const payload = Buffer.from(JSON.stringify({ ...grant, expires: now.getTime() + LIFETIME_MS })).toString('base64url');
  return `${origin}/_download/${payload}.${sign(payload)}`;
}

/** The grant behind a token, or undefined when it is forged or expired. */
export function readGrant(token: string, now: Date): DownloadGrant | undefined {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return undefined;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as DownloadGrant;
  return grant.expires > now.getTime() ? grant : undefined;
}
