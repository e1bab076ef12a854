// @vitest-environment jsdom
// The record's facts: a corrected time is kept and marked, an impossible one refused with a reason, and the first
// § warns when numbers would repeat the year's previous record.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Minutes } from '../../../src/domain/model';
import type { PreviousRecord } from '../../../src/domain/numbering';
import { recordTimeRange } from '../../../src/domain/format';
import { MeetingFacts } from '../../../src/ui/MinutesEditor/MeetingFacts';
import type { Edit } from '../../../src/ui/RecordSession/edit';
import type { UiLanguage } from '../../../src/ui/i18n/strings';
import { fakeServices, renderWith } from '../support/fakeServices';
import { sessionWith } from '../support/records';

afterEach(cleanup);

function renderFacts(previousNumbering?: PreviousRecord, language: UiLanguage = 'sv') {
  const shown: { minutes?: Minutes } = {};
  function Harness() {
    const [minutes, setMinutes] = useState(() => sessionWith().minutes);
    shown.minutes = minutes;
    const onEdit = (edit: Edit) => setMinutes((m) => edit(m, new Date('2026-11-20T16:00:00Z')));
    return <MeetingFacts minutes={minutes} onEdit={onEdit} previousNumbering={previousNumbering} />;
  }
  renderWith(<Harness />, fakeServices({}), language);
  return shown;
}

describe('MeetingFacts', () => {
  it('prefills the invite’s date and time and keeps a correction, marked, until she goes back to the invite', async () => {
    const user = userEvent.setup();
    const shown = renderFacts();
    const start = screen.getByRole('textbox', { name: 'Början' });
    expect(screen.getByRole('textbox', { name: 'Datum' })).toHaveProperty('value', '2026-11-20');
    expect(start).toHaveProperty('value', '13.00');

    await user.clear(start);
    await user.type(start, '1315');
    await user.clear(screen.getByRole('textbox', { name: 'Slut' }));
    await user.type(screen.getByRole('textbox', { name: 'Slut' }), '16.40');
    await user.tab();
    expect(shown.minutes?.held).toEqual({ date: '2026-11-20', start: '13:15', end: '16:40' });
    expect(recordTimeRange(shown.minutes!)).toBe('13.15-16.40');
    expect(screen.getByText(/ändrade från kallelsen \(2026-11-20 13\.00-15\.00\)/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Använd kallelsens tid' }));
    expect(shown.minutes?.held).toBeUndefined();
    expect(screen.getByRole('textbox', { name: 'Början' })).toHaveProperty('value', '13.00');
  });

  it('refuses an end before the start and a date of 1900, saying what to write', async () => {
    const user = userEvent.setup();
    const shown = renderFacts();
    const end = screen.getByRole('textbox', { name: 'Slut' });
    await user.clear(end);
    await user.type(end, '12.00');
    await user.tab();
    expect(screen.getByText('Mötet kan inte sluta innan det har börjat. Rätta början eller slutet.')).toBeTruthy();
    expect(shown.minutes?.held).toBeUndefined();

    await user.clear(end);
    await user.type(end, '15.00');
    const date = screen.getByRole('textbox', { name: 'Datum' });
    await user.clear(date);
    await user.type(date, '1900-01-01');
    await user.tab();
    expect(screen.getByText(/Skriv datumet som åååå-mm-dd/)).toBeTruthy();
    expect(shown.minutes?.held).toBeUndefined();
  });

  it('takes a first § of 12 and warns in English when it repeats the previous record of the year', async () => {
    const user = userEvent.setup();
    const previous = { kind: 'protokoll' as const, meetingStart: '2026-10-01T13:00:00+02:00', lastNumber: 14 };
    const shown = renderFacts(previous, 'en');
    const first = screen.getByRole('spinbutton', { name: 'First §' });
    await user.clear(first);
    await user.type(first, '12');
    expect(shown.minutes?.firstNumber).toBe(12);
    expect(screen.getByText(/repeat this year’s previous record, which ended at § 14\. Start at § 15/)).toBeTruthy();
    await user.clear(first);
    await user.type(first, '15');
    expect(screen.queryByText(/previous record/)).toBeNull();
  });
});
