// The control API under /_emulator/ (no auth): reset, faults, modes, request log, state, personas, files.
import { serveFile } from './downloads.js';
import type { UploadSessions } from './drive/uploadSessions.js';
import type { FaultConfig, Faults } from './faults.js';
import type { GraphResponse } from './http/types.js';
import { hostView } from './modes/hostViews.js';
import { parseModes, type Modes } from './modes/modes.js';
import type { RequestLog } from './requestLog.js';
import { stateView } from './stateView.js';
import type { Seed, Store } from './state/store.js';

export interface ControlDeps {
  store: Store;
  faults: Faults;
  log: RequestLog;
  uploads: UploadSessions;
  modes: Modes;
  now: () => Date;
  reseed: () => Promise<Seed>;
}

const reply = (status: number, value?: unknown): GraphResponse => ({
  status,
  headers: {},
  body: value === undefined ? { kind: 'empty' } : { kind: 'json', value },
});

function parseFaults(body: Buffer): FaultConfig | undefined {
  try {
    const value = JSON.parse(body.toString('utf8') || '{}') as FaultConfig;
    if (typeof value !== 'object' || value === null) return undefined;
    for (const rule of value.rules ?? []) new RegExp(rule.path);
    if (value.seed !== undefined && !Number.isInteger(value.seed)) return undefined;
    const kinds = [...(value.rules ?? []), ...(value.random ?? [])].map((fault) => fault.kind ?? 'refuse');
    if (kinds.some((kind) => !['refuse', 'ranThen504', 'ranThenDrop'].includes(kind))) return undefined;
    return value;
  } catch {
    return undefined;
  }
}

export async function control(method: string, url: URL, body: Buffer, deps: ControlDeps): Promise<GraphResponse> {
  const route = `${method} ${url.pathname.replace(/\/+$/, '')}`;
  switch (route) {
    case 'POST /_emulator/reset':
      deps.modes.reset();
      await deps.store.replace(await deps.reseed());
      deps.log.clear();
      deps.faults.clear();
      deps.uploads.clear();
      return reply(204);
    case 'POST /_emulator/faults': {
      const config = parseFaults(body);
      if (!config)
        return reply(400, {
          error: {
            code: 'BadRequest',
            message:
              'Expected {seed, status, rate, random, retryAfterSeconds, latencyMs, rules}; rules need a valid path ' +
              'regex, a seed is an integer, a kind is refuse, ranThen504 or ranThenDrop.',
          },
        });
      deps.faults.set(config);
      return reply(200, deps.faults.current());
    }
    case 'GET /_emulator/modes':
      return reply(200, deps.modes.current);
    case 'POST /_emulator/modes': {
      let changes: ReturnType<typeof parseModes>;
      try {
        changes = parseModes(JSON.parse(body.toString('utf8') || '{}'));
      } catch {
        changes = 'The body is not JSON.';
      }
      if (typeof changes === 'string') return reply(400, { error: { code: 'BadRequest', message: changes } });
      if (deps.modes.set(changes)) await deps.store.replace(await deps.reseed());
      return reply(200, deps.modes.current);
    }
    case 'GET /_emulator/faults':
      return reply(200, deps.faults.current());
    case 'GET /_emulator/requests':
      return reply(200, deps.log.all());
    case 'GET /_emulator/state':
      return reply(200, stateView(deps.store));
    case 'GET /_emulator/personas': {
      const { users, personas } = deps.store.state;
      return reply(
        200,
        personas.map((persona) => ({
          upn: persona.upn,
          displayName: users.find((user) => user.userPrincipalName === persona.upn)?.displayName ?? persona.upn,
          label: persona.label,
        })),
      );
    }
  }
  const host = /^\/_emulator\/hosts\/(outlook|teams)$/.exec(url.pathname);
  if (method === 'GET' && host?.[1]) return hostView(host[1], url.searchParams, deps.store, deps.modes.current);
  const file = /^\/_emulator\/files\/([^/]+)\/(.+)$/.exec(url.pathname);
  if (method === 'GET' && file?.[1] && file[2]) return serveFile(decodeURIComponent(file[1]), file[2], deps.store);
  return reply(404, { error: { code: 'NotFound', message: `No control endpoint ${route}.` } });
}
