// What a route handler works with: the emulator's state and settings (the same for every request) and the request,
// its caller and the path parameters the route captured.
import type { UploadSessions } from '../drive/uploadSessions.js';
import type { GraphRequest } from '../http/types.js';
import type { Modes } from '../modes/modes.js';
import type { Store } from '../state/store.js';
import type { UserRecord } from '../state/types.js';

export interface Environment {
  store: Store;
  now: Date;
  /** Origin of the emulator, e.g. https://localhost:4444, for nextLinks and download URLs. */
  origin: string;
  /** Where download URLs point: a separate origin, as SharePoint is. */
  downloadOrigin: string;
  modes: Modes;
  pageSize: number;
  uploads: UploadSessions;
}

export interface GraphContext extends Environment {
  request: GraphRequest;
  user: UserRecord;
  scopes: Set<string>;
  /** Captured path parameters, percent-decoded. */
  params: string[];
}
