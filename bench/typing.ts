// `npx tsx bench/typing.ts`: the bench's typing rows alone (keystroke to paint against the plain textarea, the draft
// after the last key), for comparing runs back to back while working on them without the whole `npm run bench`.
import { editorTyping } from './editorTyping';
import { formatTable } from './table';
import { withLargeRecord } from './withLargeRecord';

withLargeRecord('typing', async ({ browser, appUrl }) => {
  console.log(formatTable(await editorTyping(browser, appUrl)));
}).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
