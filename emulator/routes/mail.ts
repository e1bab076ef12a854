// POST /me/sendMail: 202 with no body; the message is kept in state for tests to read.
import { issuedGuid } from '../state/ids.js';
import { badRequest } from '../http/graphError.js';
import { path, type Route } from '../routing/route.js';
import { empty } from '../http/types.js';
import { readJson } from './body.js';
import { requireMailbox } from './tenancy.js';

interface Recipient {
  emailAddress?: { address?: string; name?: string };
}

interface SendMailBody {
  message?: { subject?: string; body?: { contentType?: string; content?: string }; toRecipients?: Recipient[] };
  saveToSentItems?: boolean;
}

export const mailRoutes: Route[] = [
  {
    method: 'POST',
    pattern: path('/me/sendMail'),
    scopes: ['Mail.Send'],
    handle: (context) => {
      requireMailbox(context);
      const body = readJson<SendMailBody>(context.request);
      const message = body.message;
      if (!message) throw badRequest('ErrorInvalidRequest', 'Cannot read the request body.');
      const to = (message.toRecipients ?? []).map((recipient) => ({
        address: recipient.emailAddress?.address ?? '',
        name: recipient.emailAddress?.name ?? '',
      }));
      if (to.length === 0)
        throw badRequest('ErrorInvalidRecipients', 'At least one recipient is not valid., Recipient is missing.');
      if (to.some((recipient) => !/^[^@\s]+@[^@\s]+$/.test(recipient.address)))
        throw badRequest('ErrorInvalidRecipients', 'At least one recipient is not valid.');
      context.store.state.sentMail.push({
        id: issuedGuid(context.store.state, 'message'),
        fromId: context.user.id,
        from: context.user.mail,
        to,
        subject: message.subject ?? '',
        body: { contentType: message.body?.contentType ?? 'text', content: message.body?.content ?? '' },
        saveToSentItems: body.saveToSentItems !== false,
        at: context.now.toISOString(),
      });
      context.store.changed();
      return empty(202);
    },
  },
];
