// The app's services as the UI gets them (createServices with a fake host and an in-memory draft store), over the
// real Graph client against the emulator: each `signIn` is one user on one device. Plus the emulator's control API.
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createServices, type ServiceDeps } from '../../../src/app/createServices';
import { createDevTokenProvider } from '../../../src/auth/devTokenProvider';
import type { TokenProvider } from '../../../src/auth/tokenProvider';
import type { Minutes } from '../../../src/domain/model';
import { restoreMinutes } from '../../../src/domain/restore';
import { createGateways } from '../../../src/graph';
import { createGraphClient } from '../../../src/graph/client';
import type { RetryPolicy } from '../../../src/graph/retryPolicy';
import type { Gateways } from '../../../src/graph/gateways';
import { createFakeHost } from '../../../src/hosts/fakeHost';
import { createDraftStore, type DraftStore } from '../../../src/storage/draftStore';
import { createMemoryKeyValueStore } from '../../../src/storage/memoryKeyValueStore';
import type { AppServices } from '../../../src/contracts/appServices';
import type { MeetingSummary, RecordSession, SaveOutcome } from '../../../src/contracts/records';
import type { EmulatorOptions } from '../../../emulator/server';
import {
  devAccount,
  SECRETARY,
  startTestEmulator,
  trustSelfSignedCertificates,
  type TestEmulator,
} from '../../emulator/support';
import type { FaultConfig } from '../../../emulator/faults';
import type { EmulatorState, LoggedRequest } from '../gateways/harness';

export type { FaultConfig } from '../../../emulator/faults';

/** A drive item as `/_emulator/state` lists it: its path from the root and, for JSON, its current text. */
export interface StoredFile {
  id: string;
  name: string;
  path: string;
  folder: boolean;
  content?: string;
  versions: unknown[];
}

export interface StoredTask {
  id: string;
  planId: string;
  bucketId: string;
  title: string;
  assignments: Record<string, unknown>;
  details: { description: string; references: Record<string, { alias: string }> };
}

export interface WorkflowState extends Omit<EmulatorState, 'drives' | 'planner'> {
  drives: { id: string; groupId: string; items: StoredFile[] }[];
  planner: EmulatorState['planner'] & { tasks: StoredTask[] };
}

/** One signed-in user on one device: the services the UI calls, that device's drafts, and the raw gateways. */
export interface Device {
  services: AppServices;
  drafts: DraftStore;
  gateways: Gateways;
}

export interface DeviceOptions {
  tokens?: TokenProvider;
  /** This device's local drafts (default: a fresh one in memory). */
  drafts?: DraftStore;
  /** The Graph client's retry policy, over the harness's short backoff. */
  retry?: Partial<RetryPolicy>;
}

export interface WorkflowHarness {
  emu: TestEmulator;
  signIn(upn?: string, options?: DeviceOptions): Promise<Device>;
  state(): Promise<WorkflowState>;
  requests(): Promise<LoggedRequest[]>;
  faults(config: FaultConfig): Promise<void>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A free port below Linux's ephemeral range (32768-60999), for an emulator that is stopped and started again on the same
 * port, as the network-cut tests do. Port 0 picks one inside that range, where any process's outgoing connection may be
 * given it while the emulator is down (a restart then failed with EADDRINUSE about once in 30 runs).
 */
export async function restartablePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

export async function startWorkflowHarness(
  options: EmulatorOptions & { keepDataDir?: boolean } = {},
): Promise<WorkflowHarness> {
  trustSelfSignedCertificates();
  const emu = await startTestEmulator(options);
  return {
    emu,
    signIn: (upn = SECRETARY, deviceOptions = {}) => signInAt(emu.url, upn, deviceOptions),
    state: () => emu.control<WorkflowState>('/_emulator/state'),
    requests: () => emu.control<LoggedRequest[]>('/_emulator/requests'),
    faults: async (config) => {
      await emu.control('/_emulator/faults', config);
    },
    reset: async () => {
      await emu.control('/_emulator/reset', {});
    },
    close: () => emu.close(),
  };
}

/** One emulator for the test file, reset before each test, with the secretary signed in on a fresh device. */
export function useSecretaryHarness(): { harness(): WorkflowHarness; secretary(): Device } {
  let harness: WorkflowHarness | undefined;
  let secretary: Device | undefined;
  beforeAll(async () => {
    harness = await startWorkflowHarness();
  });
  beforeEach(async () => {
    await harness?.reset();
    secretary = await harness?.signIn(SECRETARY);
  });
  afterAll(() => harness?.close());
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('useSecretaryHarness() runs in beforeAll/beforeEach: call it at the top of the file');
    return value;
  };
  return { harness: () => started(harness), secretary: () => started(secretary) };
}

/** As main.tsx composes the app, with the fake host and drafts in memory. The base URL outlives an emulator restart. */
export async function signInAt(baseUrl: string, upn: string, options: DeviceOptions = {}): Promise<Device> {
  const tokens = options.tokens ?? createDevTokenProvider({ account: devAccount(upn) });
  // A short backoff keeps injected 429s from dominating the run; Retry-After still wins when Graph sends it.
  const client = createGraphClient({ baseUrl, tokens, retry: { baseDelaySeconds: 0.05, ...options.retry } });
  const gateways = createGateways(client);
  const drafts = options.drafts ?? createDraftStore(createMemoryKeyValueStore());
  const { services } = await servicesOver(gateways, drafts, upn.split('@')[1] ?? '');
  return { services, drafts, gateways };
}

/**
 * The app's services for whoever the gateways' token signs in, as main.tsx composes them (Swedish, fake host). The
 * tenant's domain defaults to that of the signed-in user's principal name.
 */
export async function servicesOver(
  gateways: Gateways,
  drafts: DraftStore,
  tenantDomain?: string,
  firstWave?: ServiceDeps['firstWave'],
): Promise<{ services: AppServices; id: string }> {
  const me = await gateways.directory.me();
  const services = createServices({
    gateways,
    drafts,
    host: createFakeHost(),
    user: {
      id: me.id,
      displayName: me.displayName,
      ...(me.userPrincipalName ? { userPrincipalName: me.userPrincipalName } : {}),
    },
    language: 'sv',
    tenantDomains: [tenantDomain ?? (me.userPrincipalName ?? '').split('@')[1] ?? ''],
    ...(firstWave ? { firstWave } : {}),
  });
  return { services, id: me.id };
}

/** Today's meeting of the steering group in the user's calendar. */
export async function todaysMeeting(services: AppServices, subject = 'Styrgrupp närvård'): Promise<MeetingSummary> {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 24 * 3600_000);
  const found = (await services.listMeetings({ start, end })).find((m) => m.subject === subject);
  if (!found) throw new Error(`No meeting "${subject}" today`);
  return found;
}

export async function openToday(services: AppServices): Promise<RecordSession> {
  const meeting = await todaysMeeting(services);
  return services.openRecord({ kind: 'event', eventId: meeting.eventId });
}

/** The files of the record's drive whose names end so (".docx", ".minutes.json"). */
export function filesEnding(state: WorkflowState, session: RecordSession, suffix: string): StoredFile[] {
  const drive = state.drives.find((d) => d.id === session.remote.driveId);
  return (drive?.items ?? []).filter((item) => !item.folder && item.name.endsWith(suffix));
}

/** The record as SharePoint holds it now, read through the domain's restore like the app does. */
export function storedMinutes(state: WorkflowState, session: RecordSession): Minutes {
  const file = filesEnding(state, session, '.minutes.json').find((item) => item.path === `/${session.remote.path}`);
  if (!file?.content) throw new Error(`The record ${session.remote.path} is not in the drive`);
  return restoreMinutes(JSON.parse(file.content));
}

/** The session a save produced; any other outcome fails the test with what happened instead. */
export function saved(outcome: SaveOutcome): RecordSession {
  if (outcome.kind !== 'saved')
    throw new Error(`Expected saved, got ${outcome.kind}: ${JSON.stringify(outcome).slice(0, 600)}`);
  return outcome.session;
}
