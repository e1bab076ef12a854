// The tenant as /_emulator/state shows it: drive items carry their path, and their current content as text
// when it is JSON or text (binaries only their size).
import type { Store } from './state/store.js';
import { namesOf } from './drive/tree.js';

const TEXT_TYPES = /^(application\/json|text\/)/;

export function stateView(store: Store): unknown {
  const { state } = store;
  return {
    ...state,
    drives: state.drives.map((drive) => ({
      ...drive,
      items: drive.items.map((item) => {
        const latest = item.versions[item.versions.length - 1];
        const bytes = latest ? store.blob(latest.blobKey) : undefined;
        const path = `/${namesOf(drive, item).join('/')}`;
        if (!bytes || item.folder || !TEXT_TYPES.test(item.mimeType ?? '')) return { ...item, path };
        return { ...item, path, content: bytes.toString('utf8') };
      }),
    })),
  };
}
