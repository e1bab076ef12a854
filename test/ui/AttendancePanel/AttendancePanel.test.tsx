// @vitest-environment jsdom
// Attendance as the secretary sees it: guests and announced absences are visible, one tap confirms the
// expected or those who joined, the side panel has a switch per person, and a role change reaches the group.
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AttendancePanel } from '../../../src/ui/AttendancePanel/AttendancePanel';
import { KeptScreenHandover } from '../../../src/ui/keptScreen/KeptScreenHandover';
import type { KeptHandover } from '../../../src/ui/keptScreen/takeOver';
import { TickedWhileOpeningProvider, tickedWhileOpening } from '../../../src/ui/AttendancePanel/tickedWhileOpening';
import { openingTicksStore } from '../../../src/ui/AttendancePanel/openingTicksStore';
import type { Edit } from '../../../src/ui/RecordSession/edit';
import type { AppServices } from '../../../src/contracts/appServices';
import type { RecordSession } from '../../../src/contracts/records';
import { fakeServices, renderWith } from '../support/fakeServices';
import { attendee, groupSettings, sessionWith } from '../support/records';

afterEach(cleanup);

const goran = attendee('Göran Öberg', {
  directoryId: 'id-goran',
  email: 'goran.oberg@samverkan.example',
  roles: ['chair'],
});
const marta = attendee('Marta Ek', { directoryId: 'id-marta', email: 'marta.ek@samverkan.example' });
const jons = attendee('Jöns Ärlig', { directoryId: 'id-jons', presence: { kind: 'absenceAnnounced' } });
const guest = attendee('Lena Berg', { email: 'lena.berg@kommunen.example', external: true });

/** The panel keeps no record of its own: this holds it as the workspace does. */
function Attendance({ initial, compact }: { initial: RecordSession; compact: boolean }) {
  const [session, setSession] = useState(initial);
  const onEdit = (edit: Edit) => setSession((s) => ({ ...s, minutes: edit(s.minutes, new Date()) }));
  return <AttendancePanel session={session} onEdit={onEdit} compact={compact} />;
}

function renderAttendance(
  services: Partial<AppServices> = {},
  compact = false,
  session = sessionWith({ attendees: [goran, marta, jons, guest] }),
) {
  return renderWith(<Attendance initial={session} compact={compact} />, fakeServices(services));
}

const keptSession = sessionWith({ attendees: [goran, marta, jons, guest] });

/** The side panel's list, taking over from a kept panel on which `kept` was done. */
function renderKept(kept: KeptHandover) {
  const sideList = (
    <KeptScreenHandover kept={kept}>
      <Attendance initial={keptSession} compact />
    </KeptScreenHandover>
  );
  return { ...renderWith(sideList, fakeServices({})), sideList };
}

/** The side panel's list once the record is open, after `tick` was done on the invitees while it opened. */
function renderOpened(tick: (ticked: ReturnType<typeof tickedWhileOpening>) => void) {
  const ticked = tickedWhileOpening('meeting', openingTicksStore(undefined));
  tick(ticked);
  const sideList = (
    <TickedWhileOpeningProvider value={ticked}>
      <Attendance initial={keptSession} compact />
    </TickedWhileOpeningProvider>
  );
  return { ...renderWith(sideList, fakeServices({})), sideList };
}

const presenceOf = (name: string) => screen.getByRole('combobox', { name: `Närvaro för ${name}` });
const summary = () => screen.getAllByRole('status')[0]!;

describe('AttendancePanel', () => {
  it('shows an external guest as such, in the table and in the side panel', () => {
    renderAttendance();
    expect(within(screen.getByRole('row', { name: /Lena Berg/ })).getByText('Extern gäst')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Marta Ek/ })).queryByText('Extern gäst')).not.toBeInTheDocument();
    cleanup();
    renderAttendance({}, true);
    const rows = screen.getAllByRole('listitem');
    expect(
      rows
        .filter((row) => within(row).queryByText('Extern gäst'))
        .map((row) => within(row).getByText('Lena Berg').textContent),
    ).toEqual(['Lena Berg']);
  });

  it('shows an announced absence in the presence select and counts it as absent', () => {
    renderAttendance();
    expect(presenceOf('Jöns Ärlig')).toHaveDisplayValue('Anmält frånvaro');
    expect(presenceOf('Marta Ek')).toHaveDisplayValue('Väntad');
    expect(within(summary()).getByText('1 frånvarande')).toBeInTheDocument();
  });

  it('marks every expected person present with one tap', async () => {
    renderAttendance();
    await userEvent.click(screen.getByRole('button', { name: 'Markera 3 väntade som närvarande' }));
    for (const name of ['Göran Öberg', 'Marta Ek', 'Lena Berg'])
      expect(presenceOf(name)).toHaveDisplayValue('Närvarande');
    expect(presenceOf('Jöns Ärlig')).toHaveDisplayValue('Anmält frånvaro');
    expect(within(summary()).getByText('3 närvarande')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /väntade som närvarande/ })).not.toBeInTheDocument();
  });

  it('marks those the attendance report says joined, by directory id or e-mail, and says how many', async () => {
    const joinedMeeting = vi.fn(async () => ({ ids: ['id-goran'], emails: ['lena.berg@kommunen.example'] }));
    renderAttendance({ joinedMeeting });
    await userEvent.click(screen.getByRole('button', { name: 'Markera alla som deltog som närvarande' }));
    expect(await screen.findByText('2 markerade som närvarande från närvarorapporten.')).toBeInTheDocument();
    expect(presenceOf('Göran Öberg')).toHaveDisplayValue('Närvarande');
    expect(presenceOf('Lena Berg')).toHaveDisplayValue('Närvarande');
    expect(presenceOf('Marta Ek')).toHaveDisplayValue('Väntad');
    expect(joinedMeeting).toHaveBeenCalledTimes(1);
  });

  it('says the report is only for the organizer when it cannot be read, and marks nobody', async () => {
    renderAttendance({ joinedMeeting: vi.fn(async () => undefined) });
    await userEvent.click(screen.getByRole('button', { name: 'Markera alla som deltog som närvarande' }));
    expect(
      await screen.findByText('Närvarorapporten kan bara läsas av mötets organisatör efter mötet.'),
    ).toBeInTheDocument();
    expect(presenceOf('Göran Öberg')).toHaveDisplayValue('Väntad');
  });

  it('offers no report button for a meeting without a Teams link', () => {
    renderAttendance({}, false, sessionWith({ attendees: [marta], meeting: { joinUrl: undefined } }));
    expect(screen.queryByRole('button', { name: 'Markera alla som deltog som närvarande' })).not.toBeInTheDocument();
  });

  it('gives each person in the side panel a switch named after them', async () => {
    renderAttendance({}, true);
    const switches = screen.getAllByRole('switch');
    expect(switches.map((s) => s.getAttribute('aria-label'))).toEqual(
      expect.arrayContaining([
        'Närvaro för Göran Öberg',
        'Närvaro för Marta Ek',
        'Närvaro för Jöns Ärlig',
        'Närvaro för Lena Berg',
      ]),
    );
    expect(switches).toHaveLength(4);
    const marta = screen.getByRole('switch', { name: 'Närvaro för Marta Ek' });
    expect(marta).not.toBeChecked();
    await userEvent.click(marta);
    expect(screen.getByRole('switch', { name: 'Närvaro för Marta Ek' })).toBeChecked();
    expect(screen.queryByRole('combobox', { name: /Närvaro för/ })).not.toBeInTheDocument();
  });

  it('remembers the new role for the group when the secretary changes it', async () => {
    const rememberRoles = vi.fn(async (_session: RecordSession) => groupSettings);
    renderAttendance({ rememberRoles });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Roll för Marta Ek' }), 'Justerare');
    expect(rememberRoles).toHaveBeenCalledTimes(1);
    const remembered = rememberRoles.mock.calls[0]![0];
    expect(remembered.minutes.attendees.find((a) => a.name === 'Marta Ek')?.roles).toEqual(['adjuster']);
    expect(remembered.minutes.attendees.find((a) => a.name === 'Göran Öberg')?.roles).toEqual(['chair']);
    expect(await screen.findByText('Rollerna sparas för gruppen.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Roll för Marta Ek' })).toHaveDisplayValue('Justerare');
  });

  it('applies the ticks made on the kept side panel once its list is on screen, only once, and gives back the focus', () => {
    const ticks = new Map([
      [marta.key, true],
      [goran.key, false],
      ['someone no longer on the list', true],
    ]);
    const { rerender, sideList } = renderKept({ ticks, shown: new Map(), focused: marta.key });
    expect(screen.getByRole('switch', { name: 'Närvaro för Marta Ek' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Närvaro för Göran Öberg' })).not.toBeChecked();
    expect(within(summary()).getByText('1 närvarande')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Närvaro för Marta Ek' })).toHaveFocus();
    rerender(sideList);
    expect(within(summary()).getByText('1 närvarande')).toBeInTheDocument();
  });

  it('applies the presence ticked on the invitees while the record opened, by address, once, with the focus', () => {
    const { rerender, sideList } = renderOpened((ticked) => {
      ticked.tick('Marta.Ek@samverkan.example'.toLowerCase(), true);
      ticked.tick('lena.berg@kommunen.example', true);
      ticked.tick('lena.berg@kommunen.example', false);
      ticked.tick('nobody@elsewhere.example', true);
      ticked.focus('marta.ek@samverkan.example');
    });
    expect(screen.getByRole('switch', { name: 'Närvaro för Marta Ek' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Närvaro för Lena Berg' })).not.toBeChecked();
    expect(screen.getByRole('switch', { name: 'Närvaro för Göran Öberg' })).not.toBeChecked();
    expect(within(summary()).getByText('1 närvarande')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Närvaro för Marta Ek' })).toHaveFocus();
    // Taken once: the list mounted again (React's development re-mount) does not apply them twice.
    rerender(sideList);
    expect(within(summary()).getByText('1 närvarande')).toBeInTheDocument();
  });

  it('sets every switch as the kept panel showed it when the panel was closed before its last ticks were saved', () => {
    // The device's copy is at the session's revision; the panel kept one revision later had Göran ticked.
    renderKept({
      ticks: new Map([[marta.key, true]]),
      shown: new Map([
        [goran.key, true],
        [marta.key, true],
        [jons.key, false],
        [guest.key, false],
      ]),
      revision: keptSession.minutes.revision + 1,
    });
    expect(screen.getByRole('switch', { name: 'Närvaro för Göran Öberg' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Närvaro för Marta Ek' })).toBeChecked();
    expect(within(summary()).getByText('2 närvarande')).toBeInTheDocument();
  });

  it('applies only the ticks made on the kept panel when the device has saved all it showed', () => {
    renderKept({
      ticks: new Map([[marta.key, true]]),
      shown: new Map([
        [goran.key, true],
        [marta.key, true],
      ]),
      revision: keptSession.minutes.revision,
    });
    expect(screen.getByRole('switch', { name: 'Närvaro för Göran Öberg' })).not.toBeChecked();
    expect(within(summary()).getByText('1 närvarande')).toBeInTheDocument();
  });
});
