// @vitest-environment jsdom
// An item's links: added with a title (or the address as its title), only http(s) and mailto addresses, each
// opening in a new tab and removable by name.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Link } from '../../../src/domain/model';
import { LinksEditor } from '../../../src/ui/LinksEditor/LinksEditor';
import { fakeServices, renderWith } from '../support/fakeServices';

afterEach(cleanup);

const LABEL = '§ 12 Budget';

function edit(links: Link[] = []) {
  const onAdd = vi.fn();
  const onRemove = vi.fn();
  renderWith(<LinksEditor links={links} label={LABEL} onAdd={onAdd} onRemove={onRemove} />, fakeServices({}));
  const section = screen.getByRole('region', { name: `Länkar ${LABEL}` });
  return {
    onAdd,
    onRemove,
    section,
    title: within(section).getByRole('textbox', { name: `Länktext – ${LABEL}` }),
    address: within(section).getByRole('textbox', { name: `Adress (https://…) – ${LABEL}` }),
    add: within(section).getByRole('button', { name: 'Lägg till länk' }),
  };
}

describe('an item’s links', { timeout: 15_000 }, () => {
  it('adds a link with its title and empties the form', async () => {
    const { onAdd, title, address, add } = edit();
    expect(add).toBeDisabled();
    await userEvent.type(title, ' Presentation ');
    await userEvent.type(address, ' https://samverkan.example/budget.pptx ');
    await userEvent.click(add);
    expect(onAdd).toHaveBeenCalledWith({ title: 'Presentation', url: 'https://samverkan.example/budget.pptx' });
    expect(title).toHaveValue('');
    expect(address).toHaveValue('');
  });

  it('uses the address as the title when none is given, and adds on Enter', async () => {
    const { onAdd, address } = edit();
    await userEvent.type(address, 'mailto:registrator@region.example{Enter}');
    expect(onAdd).toHaveBeenCalledWith({
      title: 'mailto:registrator@region.example',
      url: 'mailto:registrator@region.example',
    });
  });

  it('refuses a script address with a reason, until the address is changed', async () => {
    const { onAdd, section, address, add } = edit();
    await userEvent.type(address, 'javascript:alert(1)');
    await userEvent.click(add);
    expect(onAdd).not.toHaveBeenCalled();
    expect(within(section).getByText('Adressen måste börja med https://, http:// eller mailto:')).toBeInTheDocument();
    await userEvent.type(address, 'x');
    expect(within(section).queryByText(/Adressen måste börja med/)).toBeNull();
  });

  it('lists the links, opening in a new tab, each removable by its title', async () => {
    const { onRemove, section } = edit([
      { id: 'link-1', title: 'Presentation', url: 'https://samverkan.example/budget.pptx' },
      { id: 'link-2', title: 'Remissvar', url: 'https://samverkan.example/remiss.pdf' },
    ]);
    const link = within(section).getByRole('link', { name: 'Presentation' });
    expect(link).toHaveAttribute('href', 'https://samverkan.example/budget.pptx');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await userEvent.click(within(section).getByRole('button', { name: 'Ta bort länk Remissvar' }));
    expect(onRemove).toHaveBeenCalledWith('link-2');
  });
});
