// The design's large record: 60 items with notes, decisions and an assignment each, 40 attendees.
// Built as test/render/performance.test.ts builds it, from the render tests' fixture builders.
import type { AgendaItem, Attendee, Minutes } from '../src/domain/model';
import { barnOchUnga } from '../test/render/fixtures';
import { item, ol, p, person, task, ul } from '../test/render/fixtures/build';

export const LARGE_ITEMS = 60;
export const LARGE_ATTENDEES = 40;

/** `count` items whose presenters and assignees are the given people, round robin. */
export function largeItems(names: readonly string[], count = LARGE_ITEMS): AgendaItem[] {
  return Array.from({ length: count }, (_, i) => {
    const name = names[i % names.length] ?? 'Deltagare';
    return item(`Ärende ${i + 1} om samverkan kring barn och unga`, {
      presenter: name,
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
      assignments: [task('tar fram ett underlag', [name], '2026-04-01')],
    });
  });
}

export function largeRecord(): Minutes {
  const attendees: Attendee[] = Array.from({ length: LARGE_ATTENDEES }, (_, i) =>
    person(`Deltagare ${i + 1} Svensson`, {
      organisation: `Organisation ${i % 7}`,
      presence: i % 9 === 0 ? 'absenceAnnounced' : 'present',
    }),
  );
  return { ...barnOchUnga, attendees, items: largeItems(attendees.map((a) => a.name)) };
}
