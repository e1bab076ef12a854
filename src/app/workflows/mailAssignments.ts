// After a save: one mail per person with no account in the collaboration's tenant, listing their tasks. A person is
// mailed again only when their list changed (the record's assignment mail ledger). Sending is best effort: a failed
// mail leaves that person due, so the next save tries again, and never fails the save itself.
import { assignmentMailsDue, withAssignmentMailsSent, type AssignmentMail } from '../../domain/assignmentMail';
import type { MailGateway } from '../../graph/gateways';
import { assignmentMailHtml, assignmentMailSubject } from '../../render/assignmentMail';
import type { RecordSession } from '../../contracts/records';

export interface MailAssignmentsDeps {
  mail: MailGateway;
  now: () => Date;
  /** Keeps the noted mails on this device at once: a reload before the next save must not send them again. */
  persist: (session: RecordSession) => Promise<void>;
}

export async function mailOutsideAssignees(
  deps: MailAssignmentsDeps,
  session: RecordSession,
  link: string,
): Promise<RecordSession> {
  const due = assignmentMailsDue(session.minutes);
  if (due.length === 0) return session;
  const sent: AssignmentMail[] = [];
  for (const mail of due) {
    try {
      await deps.mail.send({
        subject: assignmentMailSubject(session.minutes),
        html: assignmentMailHtml(session.minutes, mail, link),
        to: [{ name: mail.name, address: mail.email }],
      });
      sent.push(mail);
    } catch {
      // Left due: the next save sends it.
    }
  }
  if (sent.length === 0) return session;
  const next = { ...session, minutes: withAssignmentMailsSent(session.minutes, sent, deps.now().toISOString()) };
  await deps.persist(next);
  return next;
}
