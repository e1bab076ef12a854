// Approval requests by e-mail from the signed-in user's mailbox.
import type { Client } from '@microsoft/microsoft-graph-client';
import { scopes } from '../auth/scopes';
import type { MailGateway, MailMessage } from './gateways';
import { graphSend } from './request';

export class GraphMailGateway implements MailGateway {
  constructor(private readonly client: Client) {}

  async send(message: MailMessage): Promise<void> {
    // 202 Accepted with an empty body: the message is queued, not yet delivered.
    await graphSend(
      this.client,
      'POST',
      { what: 'Sending the e-mail', needs: 'Mail.Send', path: '/me/sendMail', extraScopes: scopes.mail },
      {
        message: {
          subject: message.subject,
          body: { contentType: 'HTML', content: message.html },
          toRecipients: message.to.map((recipient) => ({
            emailAddress: { name: recipient.name, address: recipient.address },
          })),
        },
        saveToSentItems: true,
      },
    );
  }
}
