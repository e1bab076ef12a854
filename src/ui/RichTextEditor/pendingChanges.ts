// Text typed into an editor that the record does not have yet. An editor hands its text over after a pause in the
// typing (issue 17: converting it and updating the record in every keystroke's frame made typing slower than a
// plain textarea); whatever reads the record to keep or send it asks for the text still held here first.

const held = new Set<() => void>();

/** Registers an editor's hand-over; the returned function forgets it again. */
export function holdPendingChange(flush: () => void): () => void {
  held.add(flush);
  return () => {
    held.delete(flush);
  };
}

/** Every editor hands over the text it holds, synchronously: call before the record is stored, saved or merged. */
export function flushPendingChanges(): void {
  for (const flush of [...held]) flush();
}
