// Attendance helpers: who joined the online meeting (the organizer's attendance report), and
// remembering the roles the secretary set in the group's roster so they need not be set again.
import type { AttendanceServices } from '../../contracts/attendance';
import { findRosterMember } from '../../domain/attendees';
import { keptList } from '../../domain/attendanceList';
import type { Attendee, GroupSettings, RosterMember } from '../../domain/model';
import type { RecordSession } from '../../contracts/records';
import { ConflictError } from '../../graph/gateways';
import type { ServiceContext } from '../serviceContext';
import { emailKey } from '../../domain/emailKey';

/** The roster with each attendee's roles: standing members updated, people with a role added. */
export function rosterWithRoles(roster: readonly RosterMember[], attendees: readonly Attendee[]): RosterMember[] {
  const next = roster.map((member) => {
    const attendee = attendees.find((a) => findRosterMember(roster, a) === member);
    return attendee ? { ...member, roles: attendee.roles } : member;
  });
  for (const attendee of attendees) {
    if (attendee.roles.length === 0 || attendee.external || findRosterMember(next, attendee)) continue;
    next.push({
      name: attendee.name,
      roles: attendee.roles,
      ...(attendee.directoryId ? { directoryId: attendee.directoryId } : {}),
      ...(attendee.email ? { email: attendee.email } : {}),
      ...(attendee.organisation ? { organisation: attendee.organisation } : {}),
    });
  }
  return next;
}

/** Read-modify-write of the group's settings with the file's ETag; a concurrent change is re-read once. */
async function updateSettings(
  context: ServiceContext,
  session: RecordSession,
  change: (settings: GroupSettings) => GroupSettings,
): Promise<GroupSettings> {
  for (let attempt = 0; ; attempt += 1) {
    const current = await context.records.settings(session.settings.groupId, session.settings.name);
    const settings = change(current.settings);
    try {
      await context.records.writeSettings(settings, current.etag ?? null);
      return settings;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt > 0) throw error;
    }
  }
}

export function attendanceServices(context: ServiceContext): AttendanceServices {
  return {
    async joinedMeeting(session) {
      const joinUrl = session.minutes.meeting.joinUrl;
      if (!joinUrl) return undefined;
      const records = await context.gateways.meetings.attendance(joinUrl).catch(() => undefined);
      if (!records) return undefined;
      return {
        ids: records.map((r) => r.identityId).filter((id): id is string => Boolean(id)),
        emails: records
          .map((r) => (r.emailAddress ? emailKey(r.emailAddress) : undefined))
          .filter((e): e is string => Boolean(e)),
      };
    },
    rememberRoles: (session) =>
      updateSettings(context, session, (settings) => ({
        ...settings,
        roster: rosterWithRoles(settings.roster, session.minutes.attendees),
      })),
    rememberList: (session) => updateSettings(context, session, (settings) => keptList(settings, session.minutes)),
  };
}
