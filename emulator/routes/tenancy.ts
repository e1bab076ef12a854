// A token is for one tenant: objects of another tenant do not exist for it (404), whatever the caller's rights there.
// A guest's token from the host tenant reaches the host's groups like a member's, where the guest is a member.
import { GraphError } from '../http/graphError.js';
import type { GraphContext } from '../routing/context.js';
import type { GroupRecord } from '../state/types.js';

/** The group with this id in the caller's tenant, or undefined (also for a group of another tenant). */
export function groupInTenant(context: GraphContext, groupId: string): GroupRecord | undefined {
  return context.store.state.groups.find(
    (candidate) => candidate.id === groupId && candidate.tenantId === context.user.tenantId,
  );
}

/**
 * Guests have no Exchange mailbox in the tenant that invited them: their mail and calendar are at home. Graph answers
 * mailbox calls made with such a token with MailboxNotEnabledForRESTAPI.
 */
export function requireMailbox(context: GraphContext): void {
  if (context.user.userType === 'Guest')
    throw new GraphError(
      404,
      'MailboxNotEnabledForRESTAPI',
      'The mailbox is either inactive, soft-deleted, or is hosted on-premise.',
    );
}
