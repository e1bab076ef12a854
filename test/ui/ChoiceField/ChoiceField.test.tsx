// @vitest-environment jsdom
// A labelled choice among a few: the one held is checked, and picking another hands on that option's value.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChoiceField } from '../../../src/ui/ChoiceField/ChoiceField';
import { fakeServices, renderWith } from '../support/fakeServices';

afterEach(cleanup);

type Order = 'group' | 'surname';
const options = [
  { value: 'group', label: 'Gruppens ordning' },
  { value: 'surname', label: 'Efternamn' },
] as const;

describe('a choice field', () => {
  it('is a radio group named by its label, with the held option checked', () => {
    renderWith(
      <ChoiceField<Order> label="Närvarolistans ordning" value="surname" options={options} onChange={vi.fn()} />,
      fakeServices({}),
    );
    const group = screen.getByRole('radiogroup', { name: 'Närvarolistans ordning' });
    expect(within(group).getByRole('radio', { name: 'Efternamn' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Gruppens ordning' })).not.toBeChecked();
  });

  it('hands on the value of the option picked', async () => {
    const onChange = vi.fn<(value: Order) => void>();
    renderWith(
      <ChoiceField<Order>
        label="Närvarolistans ordning"
        horizontal
        value="surname"
        options={options}
        onChange={onChange}
      />,
      fakeServices({}),
    );
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Gruppens ordning' }));
    expect(onChange).toHaveBeenCalledWith('group');
  });
});
