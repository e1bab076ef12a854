// Reading Graph as a demo user from an end-to-end test, e.g. to find today's occurrence of a meeting.
import { beforeAll } from 'vitest';
import { devToken } from '../../emulator/devToken';
import { emulatorUrl } from './browser';

export async function graphAs<T>(upn: string, path: string, scopes = ['Calendars.Read']): Promise<T> {
  const response = await fetch(new URL(`/v1.0${path}`, emulatorUrl()), {
    headers: { Authorization: `Bearer ${devToken(upn, scopes)}` },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Today's occurrence of a meeting in the user's calendar. */
export async function todaysEventId(upn: string, subject: string): Promise<string> {
  const start = new Date();
  start.setUTCHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 24 * 60 * 60 * 1000);
  const page = await graphAs<{ value: { id: string; subject: string }[] }>(
    upn,
    `/me/calendarView?startDateTime=${start.toISOString()}&endDateTime=${end.toISOString()}&$select=id,subject&$top=50`,
  );
  const event = page.value.find((e) => e.subject === subject);
  if (!event) throw new Error(`No "${subject}" today in ${upn}'s calendar`);
  return event.id;
}

/** Today's occurrence of a meeting, found before a file's tests run: call it at the top of the file. */
export function useTodaysEvent(upn: string, subject: string): () => string {
  let eventId: string | undefined;
  beforeAll(async () => {
    eventId = await todaysEventId(upn, subject);
  });
  return () => {
    if (eventId === undefined) throw new Error(`"${subject}" is looked for before the tests, not at import`);
    return eventId;
  };
}
