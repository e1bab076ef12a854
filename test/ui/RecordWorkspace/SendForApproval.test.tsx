// @vitest-environment jsdom
// Send for approval shows who gets the request before anything is mailed, and refuses an absent chair or an
// adjuster without an address with a reason, instead of mailing whoever the group's settings name.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Attendee } from '../../../src/domain/model';
import { SendForApproval } from '../../../src/ui/RecordWorkspace/SendForApproval';
import { fakeServices, renderWith } from '../support/fakeServices';
import { attendee, sessionWith } from '../support/records';

afterEach(cleanup);

const present = { kind: 'present' } as const;
const chair = attendee('Karin Holm', {
  directoryId: 'id-karin',
  email: 'karin.holm@samverkan.example',
  roles: ['chair'],
  presence: present,
});
const adjuster = attendee('Per Lund', {
  directoryId: 'id-per',
  email: 'per.lund@samverkan.example',
  roles: ['adjuster'],
  presence: present,
});
const secretary = attendee('Sara Sekr', { directoryId: 'id-sara', roles: ['secretary'], presence: present });

function renderSend(attendees: Attendee[]) {
  const onSend = vi.fn();
  const opened = sessionWith({ attendees }).minutes;
  // The template's own item gets its title, as the secretary gives it during the meeting.
  const minutes = { ...opened, items: opened.items.map((item) => ({ ...item, title: item.title || 'Budget 2027' })) };
  renderWith(
    <SendForApproval minutes={minutes} notesApprovers={['chair']} disabled={false} onSend={onSend} />,
    fakeServices({}),
  );
  return onSend;
}

describe('SendForApproval', () => {
  it('lists the chair and the adjuster with their addresses, and sends only when the secretary confirms', async () => {
    const user = userEvent.setup();
    const onSend = renderSend([chair, adjuster, secretary]);
    await user.click(screen.getByRole('button', { name: 'Skicka för justering' }));
    const list = within(screen.getByRole('dialog')).getByRole('list', { name: 'Mottagare' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Ordförande: Karin Holm (karin.holm@samverkan.example)',
      'Justerare: Per Lund (per.lund@samverkan.example)',
    ]);
    expect(onSend).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Skicka till 2 mottagare' }));
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('refuses an absent chair and an adjuster without an address, saying what to do, and sends nothing', async () => {
    const user = userEvent.setup();
    const onSend = renderSend([
      { ...chair, presence: { kind: 'absent' } },
      { ...adjuster, email: undefined, directoryId: undefined, key: 'per' },
      secretary,
    ]);
    await user.click(screen.getByRole('button', { name: 'Skicka för justering' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(/Karin Holm har rollen ordförande men är inte närvarande/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Per Lund \(justerare\) har ingen e-postadress/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Skicka till 0 mottagare' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(onSend).not.toHaveBeenCalled();
  });
});
