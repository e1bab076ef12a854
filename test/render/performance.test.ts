// The design's budget is 300 ms for a 60-item record in Node; the assertion is looser so a loaded
// CI machine does not fail it, and the figure is printed for the benchmark's record.
import { describe, expect, it } from 'vitest';
import type { Minutes } from '../../src/domain/model';
import { renderDocx } from '../../src/render/docx';
import { barnOchUnga } from './fixtures';
import { item, ol, p, person, task, ul } from './fixtures/build';

function largeRecord(): Minutes {
  const attendees = Array.from({ length: 40 }, (_, i) =>
    person(`Deltagare ${i + 1} Svensson`, {
      organisation: `Organisation ${i % 7}`,
      presence: i % 9 === 0 ? 'absenceAnnounced' : 'present',
    }),
  );
  const items = Array.from({ length: 60 }, (_, i) =>
    item(`Ärende ${i + 1} om samverkan kring barn och unga`, {
      presenter: `Deltagare ${(i % 40) + 1} Svensson`,
      notes: [
        p('Lång löptext om ärendet. '.repeat(30)),
        ul(
          'Första punkten med **fetstil**',
          ['Andra punkten', ol('Underpunkt ett', 'Underpunkt två')],
          'Tredje punkten med [länk](https://example.org/x)',
        ),
        p('Avslutande stycke med *kursiv* text.'),
      ],
      decisions: [`att godkänna förslag ${i + 1}`, 'att avsätta 750 000 kr'],
      assignments: [task('tar fram ett underlag', [`Deltagare ${(i % 40) + 1} Svensson`], '2026-04-01')],
    }),
  );
  return { ...barnOchUnga, attendees, items };
}

describe('renderDocx: size and speed', () => {
  it('renders a 60-item, 40-attendee record quickly and compactly', async () => {
    const record = largeRecord();
    await renderDocx(record); // warm up: module initialisation is not the figure we budget
    const start = performance.now();
    const bytes = await renderDocx(record);
    const elapsed = performance.now() - start;
    console.info(`renderDocx 60 items: ${elapsed.toFixed(0)} ms, ${(bytes.byteLength / 1024).toFixed(0)} KB`);
    expect(elapsed).toBeLessThan(1500);
    expect(bytes.byteLength).toBeLessThan(4 * 1024 * 1024);
  });
});
