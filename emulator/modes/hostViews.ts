// What Teams and Outlook hand the app about an open meeting, as the modes make them behave. The emulator serves Graph,
// not the hosts; tests build their fake Teams context and Office item from these answers, so the host-side modes
// (series-master ids, no NAA) are switched in one place with the rest.
//
//   GET /_emulator/hosts/outlook?as=<upn>&event=<id>  → { itemId, start, end, subject, nestedAppAuth }
//   GET /_emulator/hosts/teams?as=<upn>&event=<id>    → { chatId, meetingId, nestedAppAuth }
import { findInstance } from '../calendar/occurrences.js';
import type { GraphResponse } from '../http/types.js';
import type { Store } from '../state/store.js';
import type { EmulatorModes } from './modes.js';

const reply = (status: number, value: unknown): GraphResponse => ({
  status,
  headers: {},
  body: { kind: 'json', value },
});

export function hostView(
  host: string,
  query: URLSearchParams,
  store: Store,
  modes: Readonly<EmulatorModes>,
): GraphResponse {
  const { users, events, chats, onlineMeetings } = store.state;
  const user = users.find((candidate) => candidate.userPrincipalName.toLowerCase() === query.get('as')?.toLowerCase());
  const instance = user ? findInstance(events, user.id, query.get('event') ?? '') : undefined;
  if (!user || !instance)
    return reply(404, {
      error: { code: 'NotFound', message: 'Give ?as=<upn>&event=<an event id in their calendar>.' },
    });
  const nestedAppAuth = !modes.naaUnavailable;
  if (host === 'outlook')
    return reply(200, {
      // Classic Outlook on Windows gives the series master's id for an occurrence (office-js#714, #3117, #5305); the
      // item's own start is still the occurrence's.
      itemId: modes.seriesMasterInvites && instance.seriesMasterId ? instance.seriesMasterId : instance.id,
      start: instance.start.toISOString(),
      end: instance.end.toISOString(),
      subject: instance.record.subject,
      nestedAppAuth,
    });
  const chat = chats.find((candidate) => candidate.joinWebUrl === instance.record.joinUrl);
  if (!chat) return reply(404, { error: { code: 'NotFound', message: 'That meeting is not an online meeting.' } });
  const meeting = onlineMeetings.find((candidate) => candidate.chatId === chat.id);
  return reply(200, { chatId: chat.id, meetingId: meeting?.id ?? null, nestedAppAuth });
}
