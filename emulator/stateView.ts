// The tenant as /_emulator/state shows it: drive items with their path and current content as text
// (JSON and text files; binaries only their size), Planner under `planner`, sent messages under `mail`
// in Graph's message shape.
import { namesOf } from './drive/tree.js';
import type { Store } from './state/store.js';

const TEXT_TYPES = /^(application\/json|text\/)/;

export function stateView(store: Store): unknown {
  const { plans, buckets, tasks, sentMail, ...rest } = store.state;
  return {
    ...rest,
    drives: rest.drives.map((drive) => ({
      ...drive,
      items: drive.items.map((item) => {
        const latest = item.versions[item.versions.length - 1];
        const bytes = latest ? store.blob(latest.blobKey) : undefined;
        const path = `/${namesOf(drive, item).join('/')}`;
        if (!bytes || item.folder || !TEXT_TYPES.test(item.mimeType ?? '')) return { ...item, path };
        return { ...item, path, content: bytes.toString('utf8') };
      }),
    })),
    planner: { plans, buckets, tasks },
    mail: sentMail.map((message) => ({
      id: message.id,
      from: { emailAddress: { address: message.from } },
      subject: message.subject,
      body: message.body,
      toRecipients: message.to.map((recipient) => ({ emailAddress: recipient })),
      saveToSentItems: message.saveToSentItems,
      sentDateTime: message.at,
    })),
  };
}
