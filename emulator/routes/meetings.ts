// Teams meeting artefacts: /chats/{id}, /me/onlineMeetings?$filter=JoinWebUrl eq, attendance reports (organizer only).
import { badRequest, GraphError, notFound } from '../http/graphError.js';
import { contextUrl, entity, page } from '../routing/odata.js';
import { path, type Route } from '../routing/route.js';
import type { GraphContext } from '../routing/context.js';
import { json } from '../http/types.js';
import type { AttendanceReportRecord, OnlineMeetingRecord } from '../state/types.js';
import { TENANT_ID } from './users.js';

const ONLINE_MEETING_SCOPES = ['OnlineMeetings.Read', 'OnlineMeetings.ReadWrite'];
const REPORT_SCOPES = ['OnlineMeetingArtifact.Read.All'];

function meetingView(meeting: OnlineMeetingRecord, context: GraphContext): Record<string, unknown> {
  const organizer = context.store.state.users.find((user) => user.id === meeting.organizerId);
  return {
    id: meeting.id,
    creationDateTime: meeting.start,
    startDateTime: meeting.start,
    endDateTime: meeting.end,
    joinWebUrl: meeting.joinWebUrl,
    subject: meeting.subject,
    isEntryExitAnnounced: false,
    allowedPresenters: 'everyone',
    allowMeetingChat: 'enabled',
    chatInfo: { threadId: meeting.chatId, messageId: '0', replyChainMessageId: null },
    joinInformation: { content: 'data:text/html,', contentType: 'html' },
    participants: {
      organizer: {
        upn: organizer?.userPrincipalName ?? null,
        role: 'presenter',
        identity: {
          user: { id: meeting.organizerId, displayName: null, tenantId: TENANT_ID, identityProvider: 'AAD' },
        },
      },
      attendees: [],
    },
  };
}

function reportView(report: AttendanceReportRecord, expandRecords: boolean): Record<string, unknown> {
  return {
    id: report.id,
    totalParticipantCount: report.records.length,
    meetingStartDateTime: report.meetingStartDateTime,
    meetingEndDateTime: report.meetingEndDateTime,
    // The list never carries records; only a single report with $expand=attendanceRecords does.
    attendanceRecords: expandRecords
      ? report.records.map((record) => {
          const intervals = record.intervals.map((interval) => ({
            joinDateTime: interval.join,
            leaveDateTime: interval.leave,
            durationInSeconds: Math.round((Date.parse(interval.leave) - Date.parse(interval.join)) / 1000),
          }));
          return {
            id: record.id,
            emailAddress: record.emailAddress,
            totalAttendanceInSeconds: intervals.reduce((sum, interval) => sum + interval.durationInSeconds, 0),
            role: record.role,
            identity: { id: record.id, displayName: record.displayName, tenantId: TENANT_ID },
            attendanceIntervals: intervals,
          };
        })
      : [],
  };
}

function organizersMeeting(context: GraphContext): OnlineMeetingRecord {
  const meeting = context.store.state.onlineMeetings.find((candidate) => candidate.id === context.params[0]);
  if (!meeting) throw notFound('NotFound', 'The requested online meeting was not found.');
  if (meeting.organizerId !== context.user.id)
    throw new GraphError(403, 'Forbidden', 'Only the organizer of the meeting can read its attendance reports.');
  return meeting;
}

export const meetingRoutes: Route[] = [
  {
    method: 'GET',
    pattern: path('/chats/{}'),
    scopes: ['ChatMember.Read', 'Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite'],
    handle: (context) => {
      const chat = context.store.state.chats.find((candidate) => candidate.id === context.params[0]);
      if (!chat) throw notFound('NotFound', `Chat '${context.params[0] ?? ''}' was not found.`);
      if (!chat.memberIds.includes(context.user.id))
        throw new GraphError(403, 'Forbidden', 'Forbidden: the user is not a member of this chat.');
      return json(
        entity(
          context,
          {
            id: chat.id,
            topic: chat.topic,
            createdDateTime: chat.createdDateTime,
            lastUpdatedDateTime: chat.createdDateTime,
            chatType: 'meeting',
            webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${TENANT_ID}`,
            tenantId: TENANT_ID,
            isHiddenForAllMembers: false,
            viewpoint: { isHidden: false, lastMessageReadDateTime: chat.createdDateTime },
            onlineMeetingInfo: {
              // Often null for meetings scheduled in Outlook (mode outlookMeetingChats); otherwise the organizer's copy.
              calendarEventId:
                context.modes.current.outlookMeetingChats && chat.scheduledIn === 'outlook'
                  ? null
                  : chat.calendarEventId,
              joinWebUrl: chat.joinWebUrl,
              organizer: { id: chat.organizerId, displayName: null, userIdentityType: 'aadUser', tenantId: TENANT_ID },
            },
          },
          contextUrl(context, 'chats/$entity'),
        ),
      );
    },
  },
  {
    method: 'GET',
    pattern: path('/me/onlineMeetings'),
    scopes: ONLINE_MEETING_SCOPES,
    handle: (context) => {
      const filter = context.request.query.get('$filter') ?? '';
      const match = /^joinWebUrl\s+eq\s+'((?:[^']|'')*)'$/i.exec(filter.trim());
      if (!match?.[1])
        throw badRequest('BadRequest', "Filter on JoinWebUrl is required: $filter=JoinWebUrl eq '<url>'.");
      const url = decodeURIComponent(match[1].replace(/''/g, "'"));
      const meetings = context.store.state.onlineMeetings.filter((meeting) => {
        if (decodeURIComponent(meeting.joinWebUrl) !== url) return false;
        const chat = context.store.state.chats.find((candidate) => candidate.id === meeting.chatId);
        return meeting.organizerId === context.user.id || Boolean(chat?.memberIds.includes(context.user.id));
      });
      return json(
        page(
          context,
          meetings.map((meeting) => meetingView(meeting, context)),
          contextUrl(context, `users('${context.user.id}')/onlineMeetings`),
        ),
      );
    },
  },
  {
    method: 'GET',
    pattern: path('/me/onlineMeetings/{}'),
    scopes: ONLINE_MEETING_SCOPES,
    handle: (context) => {
      const meeting = context.store.state.onlineMeetings.find((candidate) => candidate.id === context.params[0]);
      if (!meeting) throw notFound('NotFound', 'The requested online meeting was not found.');
      const chat = context.store.state.chats.find((candidate) => candidate.id === meeting.chatId);
      if (meeting.organizerId !== context.user.id && !chat?.memberIds.includes(context.user.id))
        throw new GraphError(403, 'Forbidden', 'Forbidden.');
      return json(
        entity(
          context,
          meetingView(meeting, context),
          contextUrl(context, `users('${context.user.id}')/onlineMeetings/$entity`),
        ),
      );
    },
  },
  {
    method: 'GET',
    pattern: path('/me/onlineMeetings/{}/attendanceReports'),
    scopes: REPORT_SCOPES,
    handle: (context) => {
      const meeting = organizersMeeting(context);
      return json(
        page(
          context,
          meeting.reports.map((report) => reportView(report, false)),
          contextUrl(context, `users('${context.user.id}')/onlineMeetings('${meeting.id}')/attendanceReports`),
        ),
      );
    },
  },
  {
    method: 'GET',
    pattern: path('/me/onlineMeetings/{}/attendanceReports/{}'),
    scopes: REPORT_SCOPES,
    handle: (context) => {
      const meeting = organizersMeeting(context);
      const report = meeting.reports.find((candidate) => candidate.id === context.params[1]);
      if (!report) throw notFound('NotFound', 'The requested attendance report was not found.');
      const expandRecords = /(^|,)\s*attendanceRecords\s*(,|$)/i.test(context.request.query.get('$expand') ?? '');
      const view = reportView(report, expandRecords);
      if (!expandRecords) delete view.attendanceRecords;
      return json(
        entity(
          context,
          view,
          contextUrl(context, `users('${context.user.id}')/onlineMeetings('${meeting.id}')/attendanceReports/$entity`),
        ),
      );
    },
  },
];
