// Ticks made on the invitees while a record opened (./tickedWhileOpening) are kept on the device until the attendance
// list has taken them: a panel closed before its record was open (Teams closing it a moment after a tick) has them at
// its next opening. localStorage, written as she ticks: nothing is written as a page goes away but what is written
// synchronously. It holds the invitees' addresses and presence (what the device's drafts hold too), never a token.

const KEY = 'motessekreteraren.tickedWhileOpening';

export interface OpeningTicksStore {
  /** The ticks kept for `meeting` (a target's key); empty when there are none, or they are another meeting's. */
  read(meeting: string): Map<string, boolean>;
  /** When the ticks kept for `meeting` were last written (`Date.now()`); undefined when there are none. */
  tickedAt(meeting: string): number | undefined;
  write(meeting: string, ticked: ReadonlyMap<string, boolean>): void;
  forget(meeting: string): void;
}

/** What is kept in web storage, as read back: any field may be missing or of another shape. */
interface KeptTicks {
  meeting?: unknown;
  ticked?: unknown;
  at?: unknown;
}

/** Web storage that fails (disabled, full) keeps nothing: the ticks still reach the list if the panel stays open. */
export function openingTicksStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined) {
  const kept = (): KeptTicks => {
    try {
      return JSON.parse(storage?.getItem(KEY) ?? '{}') as KeptTicks;
    } catch {
      return {};
    }
  };
  const store: OpeningTicksStore = {
    read(meeting) {
      const { meeting: keptFor, ticked } = kept();
      if (keptFor !== meeting || !Array.isArray(ticked)) return new Map();
      return new Map(
        ticked.filter(
          (entry): entry is [string, boolean] =>
            Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'boolean',
        ),
      );
    },
    tickedAt(meeting) {
      const { meeting: keptFor, at } = kept();
      return keptFor === meeting && typeof at === 'number' ? at : undefined;
    },
    write(meeting, ticked) {
      try {
        storage?.setItem(KEY, JSON.stringify({ meeting, ticked: [...ticked], at: Date.now() }));
      } catch {
        // Not kept: see above.
      }
    },
    forget(meeting) {
      try {
        if (kept().meeting === meeting) storage?.removeItem(KEY);
      } catch {
        // Nothing to forget.
      }
    },
  };
  return store;
}

/** The browser's localStorage, where there is one. */
export function deviceOpeningTicks(): OpeningTicksStore {
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined;
  }
  return openingTicksStore(storage);
}
