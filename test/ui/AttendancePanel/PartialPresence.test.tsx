// @vitest-environment jsdom
// Someone present for only some items: chosen in the presence list, narrowed by item number, and the record's
// line reads "närvarande §§ 13–14".
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { attendeeLine } from '../../../src/domain/attendees';
import { AttendancePanel } from '../../../src/ui/AttendancePanel/AttendancePanel';
import type { Edit } from '../../../src/ui/RecordSession/edit';
import type { RecordSession } from '../../../src/contracts/records';
import { fakeServices, renderWith } from '../support/fakeServices';
import { attendee, sessionWith } from '../support/records';

afterEach(cleanup);

const marta = attendee('Marta Ek', { directoryId: 'id-marta', organisation: 'Region Norrvik' });

describe('partial presence', () => {
  it('starts as the whole meeting and is narrowed by item number', async () => {
    let latest: RecordSession | undefined;
    function Attendance({ initial }: { initial: RecordSession }) {
      const [session, setSession] = useState(initial);
      latest = session;
      const onEdit = (edit: Edit) => setSession((s) => ({ ...s, minutes: edit(s.minutes, new Date()) }));
      return <AttendancePanel session={session} onEdit={onEdit} compact={false} />;
    }
    const initial = sessionWith({ attendees: [marta] });
    renderWith(<Attendance initial={initial} />, fakeServices({}));
    const first = initial.minutes.firstNumber;
    const last = first + initial.minutes.items.length - 1;

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Närvaro för Marta Ek' }), 'partial');
    const from = screen.getByRole('spinbutton', { name: 'Marta Ek närvarande från punkt' });
    const to = screen.getByRole('spinbutton', { name: 'Marta Ek närvarande till och med punkt' });
    expect(from).toHaveValue(first);
    expect(to).toHaveValue(last);

    fireEvent.change(from, { target: { value: String(first + 1) } });
    fireEvent.change(to, { target: { value: String(first + 2) } });
    const presence = latest!.minutes.attendees[0]!.presence;
    expect(presence).toEqual({ kind: 'partial', fromNumber: first + 1, toNumber: first + 2 });
    expect(attendeeLine(latest!.minutes.attendees[0]!, 'sv', 'protokoll').detail).toBe(
      `Region Norrvik, närvarande §§ ${first + 1}–${first + 2}`,
    );

    // A range that ends before it starts is not taken.
    fireEvent.change(from, { target: { value: String(first + 5) } });
    expect(latest!.minutes.attendees[0]!.presence).toEqual({
      kind: 'partial',
      fromNumber: first + 1,
      toNumber: first + 2,
    });
  });
});
