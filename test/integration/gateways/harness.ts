// The real gateways over the real Graph client against the emulator, as the app wires them, plus the emulator's
// state and request log for assertions.
import { createDevTokenProvider } from '../../../src/auth/devTokenProvider';
import { createGraphClient } from '../../../src/graph/client';
import { createGateways } from '../../../src/graph';
import type { Gateways } from '../../../src/graph/gateways';
import {
  devAccount,
  SECRETARY,
  startTestEmulator,
  trustSelfSignedCertificates,
  type TestEmulator,
} from '../../emulator/support';

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  at: string;
  user: string | null;
  batch?: { id: string; method: string; url: string; status: number }[];
  dropped?: boolean;
}

export interface EmulatorState {
  users: { id: string; userPrincipalName: string; mail: string; displayName: string; deleted?: boolean }[];
  groups: { id: string; displayName: string }[];
  events: {
    id: string;
    ownerId: string;
    subject: string;
    start: string;
    end: string;
    joinUrl?: string;
    iCalUId: string;
  }[];
  chats: { id: string }[];
  onlineMeetings: { id: string; organizerId: string; joinWebUrl: string; chatId: string; start: string }[];
  drives: { id: string; groupId: string }[];
  planner: { plans: { id: string; title: string; groupId: string }[]; buckets: { id: string; planId: string }[] };
  mail: { subject: string; body: { content: string }; toRecipients: { emailAddress: { address: string } }[] }[];
}

export interface GatewayHarness {
  emu: TestEmulator;
  as(upn?: string, granted?: string[]): Gateways;
  state(): Promise<EmulatorState>;
  requests(): Promise<LoggedRequest[]>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startGatewayHarness(): Promise<GatewayHarness> {
  // The Graph client uses global fetch, which cannot be given a CA per call.
  trustSelfSignedCertificates();
  const emu = await startTestEmulator();
  return {
    emu,
    as: (upn = SECRETARY, granted) =>
      createGateways(
        createGraphClient({ baseUrl: emu.url, tokens: createDevTokenProvider({ account: devAccount(upn), granted }) }),
      ),
    state: () => emu.control<EmulatorState>('/_emulator/state'),
    requests: () => emu.control<LoggedRequest[]>('/_emulator/requests'),
    reset: () => emu.control('/_emulator/reset', {}),
    close: () => emu.close(),
  };
}

export function userId(state: EmulatorState, upn: string): string {
  const user = state.users.find((candidate) => candidate.userPrincipalName === upn);
  if (!user) throw new Error(`No user ${upn} in the emulator`);
  return user.id;
}
