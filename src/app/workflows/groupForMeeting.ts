// Which group's record a meeting is. Teams tells us (the team the tab is in); in a plain browser or the
// Outlook pane we match the meeting's subject against the groups the user belongs to.
import type { GroupSummary, GroupsGateway } from '../../graph/gateways';

export interface GroupMatch {
  group: GroupSummary;
  /** No group's name is in the subject: the first group was taken and the user should confirm. */
  guessed: boolean;
}

const normalise = (text: string) => text.normalize('NFC').toLocaleLowerCase('sv');

export async function groupForMeeting(
  groups: GroupsGateway,
  subject: string,
  groupId?: string,
): Promise<GroupMatch | undefined> {
  const joined = await groups.joinedTeams();
  if (groupId) {
    const named = joined.find((g) => g.id === groupId);
    return { group: named ?? { id: groupId, displayName: '' }, guessed: false };
  }
  // The longest matching name wins: "Beredningsgrupp närvård" rather than "närvård".
  const matches = joined
    .filter((g) => normalise(subject).includes(normalise(g.displayName)))
    .sort((a, b) => b.displayName.length - a.displayName.length);
  if (matches[0]) return { group: matches[0], guessed: false };
  return joined[0] ? { group: joined[0], guessed: true } : undefined;
}
