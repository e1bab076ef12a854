// @vitest-environment jsdom
// The group's template on the configuration page: rename, reorder, add, remove and reset reach saveSettings as the
// template the next record starts from; the adjuster item follows the kind of record.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GroupSettings, TemplateItem } from '../../../src/domain/model';
import { standardTemplate } from '../../../src/domain/templates';
import { ConfigView } from '../../../src/ui/ConfigView/ConfigView';
import type { AppServices } from '../../../src/contracts/appServices';
import { group } from '../../domain/fixtures';
import { fakeServices, renderWith } from '../support/fakeServices';

afterEach(cleanup);

const GROUP = 'group-styrgrupp';
const STANDARD = standardTemplate('protokoll', 'sv');

function settingsOf(template?: TemplateItem[]): GroupSettings {
  return group({ groupId: GROUP, ...(template ? { template } : {}) });
}

/** Resolves to a holder: the fake services are a Proxy that would pass for a thenable. */
async function open(template?: TemplateItem[]): Promise<{ app: AppServices }> {
  const app = fakeServices({
    loadSettings: vi.fn(async () => settingsOf(template)),
    listPlans: vi.fn(async () => []),
    saveSettings: vi.fn(async () => undefined),
  });
  renderWith(<ConfigView groupId={GROUP} />, app);
  await screen.findByRole('heading', { name: 'Mall' });
  return { app };
}

async function savedTemplate(app: AppServices): Promise<TemplateItem[] | undefined> {
  await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
  const saved = vi.mocked(app.saveSettings).mock.calls.at(-1)?.[0];
  if (!saved) throw new Error('Nothing saved');
  return saved.template;
}

const titles = (template: TemplateItem[] | undefined) => template?.map((item) => item.title);

describe('the group’s template', () => {
  it('shows the standard template with the slot for the meeting’s own items', async () => {
    await open();
    expect(screen.getByRole('textbox', { name: 'Rubrik för punkt 1' })).toHaveValue(STANDARD[0]!.title);
    expect(screen.getByText('Mötets egna punkter')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Återställ standardmallen' })).toBeNull();
  });

  it('saves a renamed item', async () => {
    const { app } = await open();
    const previous = screen.getByRole('textbox', { name: 'Rubrik för punkt 3' });
    await userEvent.clear(previous);
    await userEvent.type(previous, 'Genomgång av förra protokollet');
    expect(await savedTemplate(app)).toEqual(
      STANDARD.map((item, i) => (i === 2 ? { ...item, title: 'Genomgång av förra protokollet' } : item)),
    );
  });

  it('saves a new order', async () => {
    const { app } = await open();
    await userEvent.click(screen.getByRole('button', { name: 'Flytta ned Val av justerare' }));
    await userEvent.click(screen.getByRole('button', { name: 'Flytta upp Mötets egna punkter' }));
    expect(titles(await savedTemplate(app))).toEqual([
      STANDARD[0]!.title,
      STANDARD[2]!.title,
      '',
      'Val av justerare',
      STANDARD[4]!.title,
      STANDARD[5]!.title,
    ]);
  });

  it('adds a default item before other matters, and removes it again', async () => {
    const { app } = await open();
    await userEvent.type(screen.getByRole('textbox', { name: 'Ny standardpunkt' }), 'Ekonomisk uppföljning');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till punkt' }));
    const added = await savedTemplate(app);
    expect(added).toEqual([
      ...STANDARD.slice(0, 4),
      { kind: 'regular', title: 'Ekonomisk uppföljning' },
      ...STANDARD.slice(4),
    ]);
    expect(screen.queryByRole('button', { name: 'Ta bort Val av justerare' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort Ekonomisk uppföljning' }));
    expect(await savedTemplate(app)).toEqual(STANDARD);
  });

  it('refuses an item without a title', async () => {
    await open();
    await userEvent.clear(screen.getByRole('textbox', { name: 'Rubrik för punkt 1' }));
    expect(screen.getByText('Ge punkten en rubrik.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Spara' })).toBeDisabled();
  });

  it('resets to the standard template', async () => {
    const { app } = await open([
      { kind: 'opening', title: 'Välkomna' },
      { kind: 'regular', title: '' },
      { kind: 'closing', title: 'Avslut' },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Återställ standardmallen' }));
    expect(screen.getByRole('textbox', { name: 'Rubrik för punkt 1' })).toHaveValue(STANDARD[0]!.title);
    expect(await savedTemplate(app)).toBeUndefined();
  });

  it('drops the adjuster item when the group keeps notes instead of protokoll', async () => {
    const own: TemplateItem[] = [
      { kind: 'opening', title: 'Välkomna' },
      { kind: 'adjuster', title: 'Justerare' },
      { kind: 'regular', title: '' },
      { kind: 'closing', title: 'Avslut' },
    ];
    const { app } = await open(own);
    await userEvent.click(screen.getByRole('radio', { name: /^Mötesanteckningar/ }));
    expect(titles(await savedTemplate(app))).toEqual(['Välkomna', '', 'Avslut']);
  });
});
