// Who joined the Teams meeting: the organizer's attendance report.
import type { Client } from '@microsoft/microsoft-graph-client';
import type * as Graph from '@microsoft/microsoft-graph-types';
import { scopes } from '../auth/scopes';
import { odataString, pathSegment } from './encoding';
import { AccessDeniedError, NotFoundError, type AttendanceRecord, type MeetingsGateway } from './gateways';
import { getAllPages } from './paging';
import { graphGet, type GraphCall } from './request';

export class GraphMeetingsGateway implements MeetingsGateway {
  constructor(private readonly client: Client) {}

  /**
   * `joinUrl` as Graph stores it (the event's `onlineMeeting.joinUrl`): the filter compares the string exactly.
   * Only organizers may read reports; for anyone else Graph answers 403 or 404, which means "no report" here.
   */
  async attendance(joinUrl: string): Promise<AttendanceRecord[] | undefined> {
    try {
      const meetings = await graphGet<{ value: Graph.OnlineMeeting[] }>(this.client, {
        ...meetingCall('Finding the online meeting', '/me/onlineMeetings', 'OnlineMeetings.Read'),
        query: { $filter: `JoinWebUrl eq ${odataString(joinUrl)}` },
      });
      const meetingId = meetings.value[0]?.id;
      if (!meetingId) return undefined;
      const reportsPath = `/me/onlineMeetings/${pathSegment(meetingId)}/attendanceReports`;
      const reports = await getAllPages<Graph.MeetingAttendanceReport>(
        this.client,
        meetingCall('Listing attendance reports', reportsPath),
      );
      const newest = reports.reduce<Graph.MeetingAttendanceReport | undefined>(
        (latest, report) =>
          !latest || (report.meetingStartDateTime ?? '') > (latest.meetingStartDateTime ?? '') ? report : latest,
        undefined,
      );
      if (!newest?.id) return undefined;
      // The list leaves attendanceRecords empty; they come only with $expand on one report.
      const report = await graphGet<Graph.MeetingAttendanceReport>(this.client, {
        ...meetingCall('Reading the attendance report', `${reportsPath}/${pathSegment(newest.id)}`),
        query: { $expand: 'attendanceRecords' },
      });
      return (report.attendanceRecords ?? []).map(toRecord);
    } catch (error) {
      if (error instanceof AccessDeniedError || error instanceof NotFoundError) return undefined;
      throw error;
    }
  }
}

function meetingCall(what: string, path: string, needs = 'OnlineMeetingArtifact.Read.All'): GraphCall {
  return { what, needs, path, extraScopes: scopes.attendance };
}

function toRecord(record: Graph.AttendanceRecord): AttendanceRecord {
  return {
    emailAddress: record.emailAddress ?? undefined,
    identityId: record.identity?.id ?? undefined,
    displayName: record.identity?.displayName ?? record.emailAddress ?? '',
    totalAttendanceInSeconds: record.totalAttendanceInSeconds ?? 0,
  };
}
