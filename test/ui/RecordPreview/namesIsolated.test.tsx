// @vitest-environment jsdom
// The preview shows names as data: a name carrying a right-to-left override is isolated, so it cannot reorder the
// text around it, and markup in a name is text.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { RecordPreview } from '../../../src/ui/RecordPreview/RecordPreview';
import { fakeServices, renderWith } from '../support/fakeServices';
import { attendee, sessionWith } from '../support/records';

afterEach(cleanup);

describe('RecordPreview', () => {
  it('isolates each name and prints markup in it as text', () => {
    const spoof = 'Anna \u202Eknalb\u202C Berg';
    const { minutes } = sessionWith({
      attendees: [
        attendee(spoof, { presence: { kind: 'present' }, organisation: 'Åsby kommun' }),
        attendee('<img src=x onerror=alert(1)>', { presence: { kind: 'present' } }),
      ],
    });
    renderWith(<RecordPreview minutes={minutes} />, fakeServices({}));
    const page = screen.getByRole('article');
    const name = within(page).getByText(spoof);
    expect(name.tagName).toBe('BDI');
    expect(within(page).getByText('<img src=x onerror=alert(1)>').tagName).toBe('BDI');
    expect(page.querySelector('img')).toBeNull();
  });
});
