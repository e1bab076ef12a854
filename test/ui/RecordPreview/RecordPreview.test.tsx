// @vitest-environment jsdom
// The record as it will read in Word: an article named by its title in the record's language, the meeting's facts,
// who was there and who was not, the items as headings, links opening in a new tab, and the signature lines.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { previewModel } from '../../../src/render/preview';
import { RecordPreview } from '../../../src/ui/RecordPreview/RecordPreview';
import { fakeServices, renderWith } from '../support/fakeServices';
import { attendee, sessionWith } from '../support/records';

afterEach(cleanup);

function minutesWithPeople() {
  const { minutes } = sessionWith({
    attendees: [
      attendee('Göran Öberg', { roles: ['chair'], presence: { kind: 'present' } }),
      attendee('Karin Ek', { organisation: 'Region Lindö', presence: { kind: 'absent' } }),
    ],
  });
  const [first, ...rest] = minutes.items;
  return {
    ...minutes,
    items: [
      { ...first!, links: [{ id: 'link-1', title: 'Presentation', url: 'https://samverkan.example/budget.pptx' }] },
      ...rest,
    ],
  };
}

describe('the record preview', { timeout: 15_000 }, () => {
  it('is an article named by the record’s title, in the record’s language, with every item as a heading', () => {
    const minutes = minutesWithPeople();
    const doc = previewModel(minutes);
    renderWith(<RecordPreview minutes={minutes} />, fakeServices({}));
    const article = screen.getByRole('article', { name: doc.title });
    expect(article).toHaveAttribute('lang', 'sv');
    expect(within(article).getByRole('heading', { level: 1, name: doc.title })).toBeInTheDocument();
    const headings = within(article)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    for (const item of doc.items) expect(headings).toContain(item.heading);
  });

  it('lists who was there and who was not, in separate tables', () => {
    const minutes = minutesWithPeople();
    renderWith(<RecordPreview minutes={minutes} />, fakeServices({}));
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(2);
    expect(within(tables[0]!).getByText('Göran Öberg')).toBeInTheDocument();
    expect(within(tables[0]!).queryByText('Karin Ek')).toBeNull();
    expect(within(tables[1]!).getByText('Karin Ek')).toBeInTheDocument();
  });

  it('opens an item’s link in a new tab without giving the page a handle on the app', () => {
    renderWith(<RecordPreview minutes={minutesWithPeople()} />, fakeServices({}));
    const link = screen.getByRole('link', { name: 'Presentation' });
    expect(link).toHaveAttribute('href', 'https://samverkan.example/budget.pptx');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('ends a protokoll with the signature lines its model names', () => {
    const minutes = minutesWithPeople();
    const closing = previewModel(minutes).closing;
    renderWith(<RecordPreview minutes={minutes} />, fakeServices({}));
    expect(closing?.kind).toBe('signatures');
    if (closing?.kind !== 'signatures') return;
    const section = screen.getByRole('heading', { level: 2, name: closing.heading }).closest('section')!;
    for (const line of closing.lines) expect(within(section).getAllByText(line.role).length).toBeGreaterThan(0);
  });
});
