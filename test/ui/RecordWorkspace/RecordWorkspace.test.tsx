// @vitest-environment jsdom
// What the open workflow could not do or had to decide is said on the record's screen, and the side panel
// opens on attendance with a switch per person while the meeting tab has all four tabs.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RecordWorkspace } from '../../../src/ui/RecordWorkspace/RecordWorkspace';
import { loadMinutesEditor } from '../../../src/ui/RecordWorkspace/useRecordWorkspace';
import { uiStrings } from '../../support/uiStrings';
import type { Notice } from '../../../src/contracts/records';
import { fakeServices, renderWith } from '../support/fakeServices';
import { attendee, sessionWith } from '../support/records';
import { TickedWhileOpeningProvider, tickedWhileOpening } from '../../../src/ui/AttendancePanel/tickedWhileOpening';
import { openingTicksStore } from '../../../src/ui/AttendancePanel/openingTicksStore';

afterEach(cleanup);
// The workspace fetches the editor once the page is idle: let that finish before the environment is torn down.
afterAll(async () => {
  await loadMinutesEditor();
});

const sv = uiStrings.sv;
const people = [attendee('Göran Öberg', { roles: ['chair'] }), attendee('Marta Ek', { presence: { kind: 'present' } })];
/** Fluent's tab repeats its label (hidden) to reserve room for the bold selected state: ask by accessible name. */
function expectTabs(names: string[]): void {
  expect(screen.getAllByRole('tab')).toEqual(names.map((name) => screen.getByRole('tab', { name })));
}

const services = () => fakeServices({ persistDraft: vi.fn(async () => undefined) });

describe('RecordWorkspace', () => {
  const cases: [Notice, string][] = [
    [{ kind: 'eventNotFound' }, sv.eventNotFound],
    [{ kind: 'noAttendees' }, sv.noAttendees],
    [{ kind: 'groupGuessed' }, sv.noGroupForMeeting],
    [{ kind: 'restoredDraft' }, sv.restoredDraft],
    [{ kind: 'planMissing' }, sv.planMissing],
    [{ kind: 'agendaApplied', count: 3 }, '3 punkter från inbjudans dagordning lades in.'],
    [{ kind: 'accessDenied', what: 'Planner' }, 'Behörighet saknas: Planner. Be din administratör om åtkomst.'],
  ];

  it.each(cases)('says %o in words', (notice, message) => {
    renderWith(<RecordWorkspace initial={sessionWith({ attendees: people, notices: [notice] })} compact />, services());
    expect(screen.getByText(message)).toBeInTheDocument();
  });

  it('shows every notice of one opening together', () => {
    const notices = cases.map(([notice]) => notice);
    renderWith(<RecordWorkspace initial={sessionWith({ notices })} compact={false} />, services());
    for (const [, message] of cases) expect(screen.getByText(message)).toBeInTheDocument();
  });

  it('says a restored draft is kept on this device, not yet in SharePoint', () => {
    renderWith(
      <RecordWorkspace initial={sessionWith({ attendees: people, notices: [{ kind: 'restoredDraft' }] })} compact />,
      services(),
    );
    expect(screen.getByText('Sparat på den här enheten')).toBeInTheDocument();
  });

  it('in the side panel, opens on attendance with a switch per person and two tabs', () => {
    renderWith(<RecordWorkspace initial={sessionWith({ attendees: people })} compact />, services());
    expectTabs(['Närvaro', 'Protokoll']);
    expect(screen.getByRole('tab', { name: 'Närvaro' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('switch', { name: 'Närvaro för Göran Öberg' })).not.toBeChecked();
    expect(screen.getByRole('switch', { name: 'Närvaro för Marta Ek' })).toBeChecked();
  });

  it('in the meeting tab, has the four tabs and a full attendance table', async () => {
    renderWith(<RecordWorkspace initial={sessionWith({ attendees: people })} compact={false} />, services());
    expectTabs(['Närvaro', 'Protokoll', 'Förhandsgranska', 'Justering']);
    await userEvent.click(screen.getByRole('tab', { name: 'Närvaro' }));
    const table = screen.getByRole('table', { name: 'Närvaro' });
    expect(within(table).getByRole('combobox', { name: 'Roll för Göran Öberg' })).toHaveDisplayValue('Ordförande');
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });

  it('in the meeting tab, opens on attendance with her ticks when she ticked the invitees while it opened', () => {
    const ticked = tickedWhileOpening('meeting', openingTicksStore(undefined));
    ticked.tick('goran.oberg@samverkan.example', true);
    const goran = attendee('Göran Öberg', { email: 'Goran.Oberg@samverkan.example' });
    renderWith(
      <TickedWhileOpeningProvider value={ticked}>
        <RecordWorkspace initial={sessionWith({ attendees: [goran, people[1]!] })} compact={false} />
      </TickedWhileOpeningProvider>,
      services(),
    );
    expect(screen.getByRole('tab', { name: 'Närvaro' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('combobox', { name: 'Närvaro för Göran Öberg' })).toHaveDisplayValue('Närvarande');
  });
});
