// @vitest-environment jsdom
// A date typed as records write it (yyyy-mm-dd): stored when it is a real date of this century, on leaving the field
// or on Enter; cleared when emptied; named and never stored when it is not one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateInput } from '../../../src/ui/DateInput/DateInput';
import { uiStrings } from '../../support/uiStrings';
import { fakeServices, renderWith } from '../support/fakeServices';

afterEach(cleanup);

const sv = uiStrings.sv;
const LABEL = 'Klart senast';

function dateField(value: string | undefined, language: 'sv' | 'en' = 'sv') {
  const onChange = vi.fn<(value: string | undefined) => void>();
  const view = renderWith(<DateInput value={value} onChange={onChange} label={LABEL} />, fakeServices({}), language);
  const rerender = (next: string | undefined) =>
    view.rerender(<DateInput value={next} onChange={onChange} label={LABEL} />);
  return { onChange, rerender, field: () => screen.getByRole('textbox', { name: LABEL }) };
}

describe('the date field', () => {
  it('shows the date it holds and how to write one', () => {
    const { field } = dateField('2026-12-15');
    expect(field()).toHaveValue('2026-12-15');
    expect(field()).toHaveAttribute('placeholder', sv.datePlaceholder);
  });

  it('stores a real date when the user leaves the field, and on Enter', async () => {
    const user = userEvent.setup();
    const { field, onChange } = dateField(undefined);
    await user.type(field(), ' 2027-01-31 ');
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith('2027-01-31');
    cleanup();

    const next = dateField(undefined);
    await user.type(next.field(), '2027-02-01{Enter}');
    expect(next.onChange).toHaveBeenLastCalledWith('2027-02-01');
  });

  it('clears the date when the field is emptied', async () => {
    const user = userEvent.setup();
    const { field, onChange } = dateField('2026-12-15');
    await user.clear(field());
    await user.tab();
    expect(onChange).toHaveBeenCalledWith(undefined);
  });

  it('names a date that does not exist, or is not of this century, and stores nothing', async () => {
    const user = userEvent.setup();
    const { field, onChange } = dateField('2026-12-15');
    for (const typed of ['2026-02-30', '1900-01-01', '15/12/2026']) {
      await user.clear(field());
      await user.type(field(), typed);
      await user.tab();
      expect(screen.getByText(sv.dateInvalid)).toBeInTheDocument();
      expect(field()).toHaveAttribute('aria-invalid', 'true');
    }
    expect(onChange).not.toHaveBeenCalled();
    // Fixing it takes the message away.
    await user.clear(field());
    await user.type(field(), '2026-12-16');
    await user.tab();
    expect(screen.queryByText(sv.dateInvalid)).toBeNull();
    expect(onChange).toHaveBeenCalledWith('2026-12-16');
  });

  it('does not store an unchanged date again, and follows a date changed elsewhere', async () => {
    const user = userEvent.setup();
    const { field, onChange, rerender } = dateField('2026-12-15');
    await user.click(field());
    await user.tab();
    expect(onChange).not.toHaveBeenCalled();
    rerender('2027-03-01');
    expect(field()).toHaveValue('2027-03-01');
  });

  it('speaks the user’s language', async () => {
    const user = userEvent.setup();
    const { field } = dateField(undefined, 'en');
    expect(field()).toHaveAttribute('placeholder', uiStrings.en.datePlaceholder);
    await user.type(field(), 'tomorrow');
    await user.tab();
    expect(screen.getByText(uiStrings.en.dateInvalid)).toBeInTheDocument();
  });
});
