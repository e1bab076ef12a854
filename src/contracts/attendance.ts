// Attendance helpers: who joined the online meeting, and the record's roles remembered in the group's roster.
import type { GroupSettings } from '../domain/model';
import type { RecordSession } from './records';

export interface AttendanceServices {
  /** Directory ids and e-mail addresses (lower case) of those who joined the online meeting; undefined when not available. */
  joinedMeeting(session: RecordSession): Promise<{ ids: string[]; emails: string[] } | undefined>;
  /** Remembers the record's roles (chair, secretary, adjuster …) in the group's roster. */
  rememberRoles(session: RecordSession): Promise<GroupSettings>;
  /**
   * Keeps the record's list as the group's roster: everyone on it, in its order (or the group orders by surname),
   * with organisation and role words, so the next meeting starts from it.
   */
  rememberList(session: RecordSession): Promise<GroupSettings>;
}
