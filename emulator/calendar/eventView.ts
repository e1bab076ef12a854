// An event instance as Graph's `event` resource, in the time zone the caller prefers.
import { createHash } from 'node:crypto';
import type { EventRecord } from '../state/types.js';
import type { Instance } from './occurrences.js';
import { graphDateTime } from './timeZones.js';

export interface ViewZone {
  /** IANA zone used for conversion. */
  iana: string;
  /** The name echoed in `timeZone` (the Windows name the caller sent, or "UTC"). */
  label: string;
}

const ZERO_TIME = '0001-01-01T00:00:00Z';

export function bodyPreview(html: string): string {
  const text = html
    .replace(/<(br|\/p|\/li|\/div)[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
  return text.slice(0, 255);
}

const changeKey = (record: EventRecord): string =>
  createHash('sha1')
    .update(record.id + record.subject + record.start)
    .digest('base64')
    .slice(0, 24);

export function eventView(instance: Instance, zone: ViewZone, withBody: boolean): Record<string, unknown> {
  const { record } = instance;
  const when = (date: Date): { dateTime: string; timeZone: string } => ({
    dateTime: graphDateTime(date, zone.iana),
    timeZone: zone.label,
  });
  const key = changeKey(record);
  const view: Record<string, unknown> = {
    '@odata.etag': `W/"${key}"`,
    id: instance.id,
    createdDateTime: record.createdDateTime,
    lastModifiedDateTime: record.createdDateTime,
    changeKey: key,
    categories: [],
    transactionId: null,
    originalStartTimeZone: 'W. Europe Standard Time',
    originalEndTimeZone: 'W. Europe Standard Time',
    iCalUId: record.iCalUId,
    uid: record.iCalUId,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: record.subject,
    bodyPreview: bodyPreview(record.bodyHtml),
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: false,
    isCancelled: record.isCancelled,
    isOrganizer: record.response === 'organizer',
    responseRequested: true,
    seriesMasterId: instance.seriesMasterId,
    showAs: record.response === 'tentativelyAccepted' ? 'tentative' : 'busy',
    type: instance.type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(instance.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: record.isOnlineMeeting,
    onlineMeetingProvider: record.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    responseStatus: { response: record.response, time: ZERO_TIME },
    body: { contentType: 'html', content: record.bodyHtml },
    start: when(instance.start),
    end: when(instance.end),
    location: {
      displayName: record.location,
      locationType: 'default',
      uniqueIdType: 'unknown',
      address: {},
      coordinates: {},
    },
    locations: record.location
      ? [
          {
            displayName: record.location,
            locationType: 'default',
            uniqueIdType: 'unknown',
            address: {},
            coordinates: {},
          },
        ]
      : [],
    recurrence:
      instance.type === 'seriesMaster' && record.recurrence
        ? {
            pattern: {
              type: 'weekly',
              interval: record.recurrence.intervalWeeks,
              month: 0,
              dayOfMonth: 0,
              daysOfWeek: [weekday(instance.start)],
              firstDayOfWeek: 'monday',
              index: 'first',
            },
            range: {
              type: 'numbered',
              startDate: record.start.slice(0, 10),
              endDate: '0001-01-01',
              recurrenceTimeZone: 'W. Europe Standard Time',
              numberOfOccurrences: record.recurrence.occurrences,
            },
          }
        : null,
    attendees: record.attendees.map((attendee) => ({
      type: attendee.type,
      status: { response: attendee.response, time: attendee.responseTime },
      emailAddress: { name: attendee.name, address: attendee.address },
    })),
    organizer: { emailAddress: { name: record.organizer.name, address: record.organizer.address } },
    onlineMeeting: record.isOnlineMeeting && record.joinUrl ? { joinUrl: record.joinUrl } : null,
  };
  // Calendars.ReadBasic does not cover the body.
  if (!withBody) {
    delete view.body;
    delete view.bodyPreview;
  }
  return view;
}

const weekday = (date: Date): string =>
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][date.getUTCDay()] ?? 'monday';
