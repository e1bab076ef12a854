// @vitest-environment jsdom
// The list as the group keeps it: a guest's organisation and the role words filled in, an invitee removed, the
// list ordered by hand, a person added in one line, lines pasted from last time's record, and the list kept.
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AttendancePanel } from '../../../src/ui/AttendancePanel/AttendancePanel';
import type { Edit } from '../../../src/ui/RecordSession/edit';
import type { RecordSession } from '../../../src/contracts/records';
import { fakeServices, renderWith } from '../support/fakeServices';
import { attendee, groupSettings, sessionWith } from '../support/records';

afterEach(cleanup);

function renderList() {
  const shown: { session?: RecordSession } = {};
  const rememberList = vi.fn(async (_session: RecordSession) => groupSettings);
  function Harness() {
    const [session, setSession] = useState(() =>
      sessionWith({
        attendees: [
          attendee('Örjan Ek', { directoryId: 'id-orjan' }),
          attendee('Anna Berg', { directoryId: 'id-anna' }),
          attendee('Lena Berg', { email: 'lena@kommunen.example', external: true }),
        ],
      }),
    );
    shown.session = session;
    const onEdit = (edit: Edit) => setSession((s) => ({ ...s, minutes: edit(s.minutes, new Date()) }));
    return <AttendancePanel session={session} onEdit={onEdit} compact={false} />;
  }
  renderWith(<Harness />, fakeServices({ rememberList }));
  return { shown, rememberList };
}

const namesInTable = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('bdi')?.textContent);

describe('the attendance list as the group keeps it', () => {
  it('fills in a guest’s organisation and the role words as the group writes them', async () => {
    const user = userEvent.setup();
    const { shown } = renderList();
    await user.type(screen.getByRole('textbox', { name: 'Organisation för Lena Berg' }), 'Lindö kommun');
    await user.type(screen.getByRole('textbox', { name: /^Rollord för Lena Berg/ }), 'Gäst, Ordförande Styrgrupp');
    const lena = shown.session!.minutes.attendees.find((a) => a.name === 'Lena Berg');
    expect(lena).toMatchObject({ organisation: 'Lindö kommun', roleLabel: 'Gäst, Ordförande Styrgrupp' });
  });

  it('removes an invitee and moves people by hand, which the record then prints as listed', async () => {
    const user = userEvent.setup();
    const { shown } = renderList();
    expect(namesInTable()).toEqual(['Örjan Ek', 'Anna Berg', 'Lena Berg']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ordning i protokollet' }), 'Efternamn A–Ö');
    expect(namesInTable()).toEqual(['Anna Berg', 'Lena Berg', 'Örjan Ek']);
    await user.click(screen.getByRole('button', { name: 'Flytta upp Örjan Ek' }));
    await user.click(screen.getByRole('button', { name: 'Flytta upp Örjan Ek' }));
    expect(namesInTable()).toEqual(['Örjan Ek', 'Anna Berg', 'Lena Berg']);
    expect(screen.getByRole('combobox', { name: 'Ordning i protokollet' })).toHaveDisplayValue('Som i listan');
    await user.click(screen.getByRole('button', { name: 'Ta bort Anna Berg från protokollet' }));
    expect(namesInTable()).toEqual(['Örjan Ek', 'Lena Berg']);
    expect(shown.session!.minutes.attendees.map((a) => a.name)).toEqual(['Örjan Ek', 'Lena Berg']);
  });

  it('adds someone who was not invited in two actions: one line and Enter', async () => {
    const user = userEvent.setup();
    const { shown } = renderList();
    await user.type(screen.getByRole('textbox', { name: 'Namn' }), 'Karin Holm, Åsby kommun, ersättare{Enter}');
    expect(shown.session!.minutes.attendees.at(-1)).toMatchObject({
      name: 'Karin Holm',
      organisation: 'Åsby kommun',
      roles: ['deputy'],
      presence: { kind: 'present' },
    });
    expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveValue('');
  });

  it('adds pasted roster lines and names the lines it could not read', async () => {
    const user = userEvent.setup();
    const { shown } = renderList();
    await user.click(screen.getByRole('textbox', { name: 'Klistra in rader från förra protokollet' }));
    await user.paste(
      'Närvarande:\nKarin Holm\tLindö kommun\tOrdförande\nPer Lund, Region Väst, ersättare för Eva Ström',
    );
    await user.click(screen.getByRole('button', { name: 'Lägg till raderna' }));
    expect(shown.session!.minutes.attendees.map((a) => a.name)).toEqual([
      'Örjan Ek',
      'Anna Berg',
      'Lena Berg',
      'Karin Holm',
      'Per Lund',
    ]);
    expect(screen.getByText('2 personer tillagda. Kunde inte läsa som en person: ”Närvarande:”.')).toBeInTheDocument();
    expect(shown.session!.minutes.attendees.at(-1)).toMatchObject({ deputyFor: 'Eva Ström', roles: ['deputy'] });
  });

  it('keeps the list for the group’s next meeting', async () => {
    const user = userEvent.setup();
    const { rememberList } = renderList();
    await user.click(screen.getByRole('button', { name: 'Flytta upp Lena Berg' }));
    await user.click(screen.getByRole('button', { name: 'Spara listan för gruppen' }));
    expect(rememberList).toHaveBeenCalledTimes(1);
    expect(rememberList.mock.calls[0]![0].minutes.style?.attendeeOrder).toBe('listed');
    expect(await screen.findByText(/sparas för gruppens nästa möte/)).toBeInTheDocument();
  });
});
