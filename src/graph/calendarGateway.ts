// The signed-in user's calendar: the meeting a record belongs to.
import type { Client } from '@microsoft/microsoft-graph-client';
import type * as Graph from '@microsoft/microsoft-graph-types';
import { joinUrlKey, pathSegment } from './encoding';
import {
  NotFoundError,
  type CalendarEvent,
  type CalendarGateway,
  type EventAttendee,
  type MeetingChat,
} from './gateways';
import { getAllPages } from './paging';
import { graphGet, type GraphCall } from './request';

const EVENT_FIELDS = [
  'id',
  'iCalUId',
  'seriesMasterId',
  'type',
  'subject',
  'start',
  'end',
  'location',
  'isOnlineMeeting',
  'onlineMeeting',
  'organizer',
  'attendees',
  'body',
  'webLink',
].join(',');

/** Times in UTC whatever the mailbox's time zone, so `start`/`end` can be read as UTC without a time-zone table. */
const UTC = { Prefer: 'outlook.timezone="UTC"' };

export class GraphCalendarGateway implements CalendarGateway {
  constructor(private readonly client: Client) {}

  async listEvents(window: { start: Date; end: Date }): Promise<CalendarEvent[]> {
    const events = await getAllPages<Graph.Event>(this.client, {
      ...calendar('Reading the calendar', '/me/calendarView'),
      query: {
        startDateTime: window.start.toISOString(),
        endDateTime: window.end.toISOString(),
        $select: EVENT_FIELDS,
        $orderby: 'start/dateTime',
      },
    });
    return events.map(toCalendarEvent);
  }

  async getEvent(id: string): Promise<CalendarEvent | undefined> {
    try {
      const event = await graphGet<Graph.Event>(this.client, {
        ...calendar('Reading the meeting', `/me/events/${pathSegment(id)}`),
        query: { $select: EVENT_FIELDS },
      });
      return toCalendarEvent(event);
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  async meetingChat(chatId: string): Promise<MeetingChat | undefined> {
    try {
      const chat = await graphGet<Graph.Chat>(this.client, {
        what: "Reading the meeting's chat",
        needs: 'Chat.ReadBasic',
        path: `/chats/${pathSegment(chatId)}`,
        query: { $select: 'id,onlineMeetingInfo' },
      });
      const info = chat.onlineMeetingInfo;
      return {
        ...(info?.calendarEventId ? { calendarEventId: info.calendarEventId } : {}),
        ...(info?.joinWebUrl ? { joinUrl: info.joinWebUrl } : {}),
      };
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  async findByJoinUrl(joinUrl: string, window: { start: Date; end: Date }): Promise<CalendarEvent | undefined> {
    const wanted = joinUrlKey(joinUrl);
    const events = await this.listEvents(window);
    return events.find((event) => event.joinUrl !== undefined && joinUrlKey(event.joinUrl) === wanted);
  }
}

function calendar(what: string, path: string): GraphCall {
  return { what, needs: 'Calendars.Read', path, headers: UTC };
}

function toCalendarEvent(event: Graph.Event): CalendarEvent {
  const organizer = event.organizer?.emailAddress;
  return {
    id: event.id ?? '',
    seriesMasterId: event.seriesMasterId ?? undefined,
    iCalUId: event.iCalUId ?? undefined,
    type: event.type ?? undefined,
    subject: event.subject ?? '',
    start: utcIso(event.start),
    end: utcIso(event.end),
    location: event.location?.displayName || undefined,
    isOnlineMeeting: event.isOnlineMeeting ?? false,
    joinUrl: event.onlineMeeting?.joinUrl ?? undefined,
    organizer: organizer
      ? { name: organizer.name ?? organizer.address ?? '', address: organizer.address ?? undefined }
      : undefined,
    attendees: (event.attendees ?? []).map(toAttendee),
    body:
      event.body?.content != null
        ? { contentType: event.body.contentType === 'html' ? 'html' : 'text', content: event.body.content }
        : undefined,
    webLink: event.webLink ?? undefined,
  };
}

function toAttendee(attendee: Graph.Attendee): EventAttendee {
  const email = attendee.emailAddress;
  return {
    emailAddress: { name: email?.name ?? email?.address ?? '', address: email?.address ?? undefined },
    type: attendee.type ?? 'required',
    response: attendee.status?.response ?? 'none',
  };
}

/** Graph's `{dateTime: "2026-02-27T13:00:00.0000000", timeZone: "UTC"}` as an ISO instant. */
function utcIso(time: Graph.NullableOption<Graph.DateTimeTimeZone> | undefined): string {
  const dateTime = time?.dateTime;
  if (!dateTime) return '';
  if (time.timeZone && time.timeZone !== 'UTC') {
    throw new Error(`Expected UTC event times (Prefer: outlook.timezone="UTC"), got ${time.timeZone}.`);
  }
  const hasOffset = /(Z|[+-]\d{2}:\d{2})$/.test(dateTime);
  return new Date(hasOffset ? dateTime : `${dateTime}Z`).toISOString();
}
