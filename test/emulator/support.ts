// Test helper for anything that talks to the Graph emulator over HTTPS (emulator tests, gateway tests, benches).
//
//   const emu = await startTestEmulator();            // random port, temp data dir, persist off unless asked
//   const me = await emu.graphFetch('/me', { as: 'asa.lindqvist@samverkan.example' });
//   me.status; me.json<{ displayName: string }>(); me.headers['etag'];
//   await emu.graphFetch('/planner/tasks', { method: 'POST', body: { planId, title } });   // objects go as JSON
//   await emu.graphFetch(nextLink);                   // absolute URLs (nextLink, Location) work too
//   await emu.control('/_emulator/faults', { status: 429, rate: 1 });                     // POST when a body is given
//   await emu.close();
//
// Requests go through node:https with certificate checks off for this one agent only, so nothing global changes.
// Code that must use global fetch (e.g. @microsoft/microsoft-graph-client) can call `trustSelfSignedCertificates()`,
// which sets NODE_TLS_REJECT_UNAUTHORIZED=0 for the test process (tests only; never in the app).
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpsRequest, Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devToken } from '../../emulator/devToken';
import { accountOf } from '../../emulator/state/tenants';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/server';
import type { DevAccount } from '../../src/auth/devTokenProvider';

export const SECRETARY = 'asa.lindqvist@samverkan.example';
export const CHAIR = 'goran.oberg@samverkan.example';
export const ADJUSTER = 'marta.ek@samverkan.example';
export const MEMBER = 'jons.arlig@samverkan.example';

/** A seeded account as the app's dev token provider takes it: tenant and object id follow from the UPN. */
export function devAccount(upn: string): DevAccount {
  const { tid, oid } = accountOf(upn);
  return { upn, tenantId: tid, objectId: oid };
}

/** The delegated scopes the app asks for: enough for every emulated endpoint. */
export const APP_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'Calendars.Read',
  'Chat.ReadBasic',
  'Team.ReadBasic.All',
  'OnlineMeetings.Read',
  'OnlineMeetingArtifact.Read.All',
  'Files.ReadWrite.All',
  'Sites.ReadWrite.All',
  'Tasks.ReadWrite',
  'Mail.Send',
];

export interface Reply {
  status: number;
  /** Lower-cased names. */
  headers: Record<string, string>;
  body: Buffer;
  text(): string;
  json<T = Record<string, unknown>>(): T;
}

export interface GraphFetchOptions {
  /** UPN to act as; default the secretary. */
  as?: string;
  scopes?: string[];
  /** A ready token, or null for no Authorization header at all. */
  token?: string | null;
  method?: string;
  /** Objects are sent as JSON (with Content-Type unless given); strings and Buffers as they are. */
  body?: unknown;
  headers?: Record<string, string>;
}

const insecure = new Agent({ rejectUnauthorized: false, keepAlive: false });

/** One HTTPS request that accepts the emulator's self-signed certificate. */
export function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { method: init.method ?? 'GET', headers: init.headers, agent: insecure }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers))
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve({
          status: res.statusCode ?? 0,
          headers,
          body,
          text: () => body.toString('utf8'),
          json: <T>() => JSON.parse(body.toString('utf8')) as T,
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

export function trustSelfSignedCertificates(): void {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

export interface TestEmulator {
  emulator: RunningEmulator;
  url: string;
  graphUrl: string;
  dataDir: string;
  graphFetch(path: string, options?: GraphFetchOptions): Promise<Reply>;
  /** GET, or POST with a JSON body; answers the parsed JSON (undefined for an empty body). */
  control<T = unknown>(path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

/** Starts an emulator on a random port with a fresh temp data dir (persist off unless `persist: true`). */
export async function startTestEmulator(
  options: EmulatorOptions & { keepDataDir?: boolean } = {},
): Promise<TestEmulator> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'graph-emulator-')));
  const emulator = await startEmulator({ port: 0, persist: false, ...options, dataDir });
  const graphFetch = (path: string, fetchOptions: GraphFetchOptions = {}): Promise<Reply> => {
    const headers: Record<string, string> = { ...fetchOptions.headers };
    const token =
      fetchOptions.token === undefined
        ? devToken(fetchOptions.as ?? SECRETARY, fetchOptions.scopes ?? APP_SCOPES)
        : fetchOptions.token;
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    let body: Buffer | string | undefined;
    if (Buffer.isBuffer(fetchOptions.body) || typeof fetchOptions.body === 'string') body = fetchOptions.body;
    else if (fetchOptions.body !== undefined) {
      body = JSON.stringify(fetchOptions.body);
      if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type'))
        headers['Content-Type'] = 'application/json';
    }
    const url = /^https:/.test(path) ? path : `${emulator.graphUrl}${path}`;
    return send(url, { method: fetchOptions.method ?? 'GET', headers, body });
  };
  const control = async <T>(path: string, body?: unknown): Promise<T> => {
    const reply = await send(
      `${emulator.url}${path}`,
      body === undefined
        ? {}
        : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
    );
    if (reply.status >= 400) throw new Error(`${path} answered ${reply.status}: ${reply.text()}`);
    return (reply.body.length ? reply.json<T>() : undefined) as T;
  };
  return {
    emulator,
    url: emulator.url,
    graphUrl: emulator.graphUrl,
    dataDir,
    graphFetch,
    control,
    close: async () => {
      await emulator.close();
      if (!options.dataDir && !options.keepDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Follows @odata.nextLink to the end and returns every item and how many pages it took. */
export async function allPages<T>(
  emu: TestEmulator,
  path: string,
  options: GraphFetchOptions = {},
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let next: string | undefined = path;
  let pages = 0;
  while (next) {
    const reply = await emu.graphFetch(next, options);
    if (reply.status !== 200) throw new Error(`${next} answered ${reply.status}: ${reply.text()}`);
    const page = reply.json<{ value: T[]; '@odata.nextLink'?: string }>();
    items.push(...page.value);
    next = page['@odata.nextLink'];
    pages += 1;
  }
  return { items, pages };
}
