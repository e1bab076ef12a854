// Resumable upload sessions (createUploadSession): the bytes arrive in Content-Range fragments at a
// pre-authenticated URL and are written as one new version when the last fragment lands.
import { randomBytes } from 'node:crypto';

export interface UploadSession {
  id: string;
  driveId: string;
  parentId: string;
  /** Folders to create below the parent when the upload completes. */
  folderNames: string[];
  name: string;
  userId: string;
  conflictBehavior: string;
  ifMatch?: string;
  expires: number;
  received: Buffer[];
  nextOffset: number;
  total?: number;
}

const LIFETIME_MS = 15 * 60 * 1000;

export class UploadSessions {
  private sessions = new Map<string, UploadSession>();

  create(fields: Omit<UploadSession, 'id' | 'expires' | 'received' | 'nextOffset'>, now: Date): UploadSession {
    const session: UploadSession = {
      ...fields,
      id: randomBytes(24).toString('base64url'),
      expires: now.getTime() + LIFETIME_MS,
      received: [],
      nextOffset: 0,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string, now: Date): UploadSession | undefined {
    const session = this.sessions.get(id);
    if (session && session.expires <= now.getTime()) this.sessions.delete(id);
    return session && session.expires > now.getTime() ? session : undefined;
  }

  remove(id: string): void {
    this.sessions.delete(id);
  }

  clear(): void {
    this.sessions.clear();
  }
}

export const sessionStatus = (session: UploadSession) => ({
  expirationDateTime: new Date(session.expires).toISOString(),
  nextExpectedRanges: [`${session.nextOffset}-${session.total !== undefined ? session.total - 1 : ''}`],
});
