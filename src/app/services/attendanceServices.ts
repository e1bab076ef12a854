// Attendance helpers: who joined the online meeting (the organizer's attendance report), and
// remembering the roles the secretary set in the group's roster so they need not be set again.
import type { AttendanceServices } from '../../contracts/attendance';
import type { Attendee, GroupSettings, RosterMember } from '../../domain/model';
import { ConflictError } from '../../graph/gateways';
import type { ServiceContext } from '../serviceContext';

function sameMember(member: RosterMember, attendee: Attendee): boolean {
  if (member.directoryId && attendee.directoryId) return member.directoryId === attendee.directoryId;
  if (member.email && attendee.email) return member.email.toLowerCase() === attendee.email.toLowerCase();
  return member.name.localeCompare(attendee.name, 'sv', { sensitivity: 'base' }) === 0;
}

/** The roster with each attendee's roles: standing members updated, people with a role added. */
export function rosterWithRoles(roster: readonly RosterMember[], attendees: readonly Attendee[]): RosterMember[] {
  const next = roster.map((member) => {
    const attendee = attendees.find((a) => sameMember(member, a));
    return attendee ? { ...member, roles: attendee.roles } : member;
  });
  for (const attendee of attendees) {
    if (attendee.roles.length === 0 || attendee.external || next.some((m) => sameMember(m, attendee))) continue;
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

export function attendanceServices(context: ServiceContext): AttendanceServices {
  return {
    async joinedMeeting(session) {
      const joinUrl = session.minutes.meeting.joinUrl;
      if (!joinUrl) return undefined;
      const records = await context.gateways.meetings.attendance(joinUrl).catch(() => undefined);
      if (!records) return undefined;
      return {
        ids: records.map((r) => r.identityId).filter((id): id is string => Boolean(id)),
        emails: records.map((r) => r.emailAddress?.toLowerCase()).filter((e): e is string => Boolean(e)),
      };
    },
    async rememberRoles(session): Promise<GroupSettings> {
      // Read-modify-write with the file's ETag; a concurrent change is re-read once.
      for (let attempt = 0; ; attempt += 1) {
        const current = await context.records.settings(session.settings.groupId, session.settings.name);
        const settings = {
          ...current.settings,
          roster: rosterWithRoles(current.settings.roster, session.minutes.attendees),
        };
        try {
          await context.records.writeSettings(settings, current.etag ?? null);
          return settings;
        } catch (error) {
          if (!(error instanceof ConflictError) || attempt > 0) throw error;
        }
      }
    },
  };
}
