// @vitest-environment jsdom
// The configuration page with a fake AppServices and the fake host: choosing the group and its settings, the
// Teams save handshake, a plan that was deleted, creating a plan, and settings someone else saved in between.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GroupSettings } from '../../../src/domain/model';
import { ConflictError } from '../../../src/graph/gateways';
import { createFakeHost } from '../../../src/hosts/fakeHost';
import { ConfigView } from '../../../src/ui/ConfigView/ConfigView';
import { TabConfigContext } from '../../../src/ui/ConfigView/tabConfig';
import type { AppServices } from '../../../src/contracts/appServices';
import type { PlanChoice } from '../../../src/contracts/settings';
import { fakeServices, renderWith } from '../support/fakeServices';

afterEach(cleanup);

const GROUP = 'group-styrgrupp';
const PLAN: PlanChoice = { id: 'plan-1', title: 'Uppdrag Styrgrupp närvård' };

function settingsOf(patch: Partial<GroupSettings> = {}): GroupSettings {
  return {
    schemaVersion: 2,
    groupId: GROUP,
    name: 'Styrgrupp närvård',
    kind: 'protokoll',
    language: 'sv',
    driveId: 'drive-1',
    folderPath: 'Protokoll',
    planId: PLAN.id,
    roster: [{ name: 'Göran Öberg', roles: ['chair'] }],
    organisationContacts: {},
    notesApprovers: ['chair'],
    ...patch,
  };
}

function services(overrides: Partial<AppServices> = {}) {
  return fakeServices({
    listGroups: vi.fn(async () => [
      { id: 'group-beredning', name: 'Beredningsgrupp närvård' },
      { id: GROUP, name: 'Styrgrupp närvård' },
    ]),
    loadSettings: vi.fn(async () => settingsOf()),
    listPlans: vi.fn(async () => [PLAN]),
    saveSettings: vi.fn(async () => undefined),
    createPlan: vi.fn(async (_groupId: string, title: string) => ({ id: 'plan-new', title })),
    ...overrides,
  });
}

/** In Teams: the team's group is known and Save belongs to the host. */
function inTeams(app: AppServices) {
  const host = createFakeHost({
    context: { host: 'teams', surface: 'config', groupId: GROUP },
    capabilities: { tabConfig: true },
  });
  renderWith(<ConfigView groupId={GROUP} />, app, {
    wrap: (children) => (
      <TabConfigContext.Provider value={{ configureTab: host.configureTab, origin: 'https://app.example' }}>
        {children}
      </TabConfigContext.Provider>
    ),
  });
  return host;
}

describe('configuration page', () => {
  it("in Teams: enables the host's Save once the group's settings are loaded, saves the changes and names the meeting tab's URL", async () => {
    const app = services();
    const host = inTeams(app);
    expect(host.tabValid).toBe(false);
    expect(await screen.findByText('Styrgrupp närvård')).toBeInTheDocument();
    await waitFor(() => expect(host.tabValid).toBe(true));
    expect(screen.queryByRole('button', { name: 'Spara' })).toBeNull();

    await userEvent.click(screen.getByRole('radio', { name: /^Mötesanteckningar/ }));
    await userEvent.click(screen.getByRole('radio', { name: /^Ingen/ }));
    await userEvent.click(screen.getByRole('radio', { name: 'Engelska' }));
    const saved = await host.pressSave();

    expect(app.saveSettings).toHaveBeenCalledWith(
      settingsOf({ kind: 'anteckningar', notesApprovers: [], language: 'en' }),
    );
    expect(saved).toEqual({
      entityId: `minutes-${GROUP}`,
      contentUrl: `https://app.example/index.html?surface=meetingTab&group=${GROUP}&chat={chat.id}&theme={app.theme}`,
      suggestedDisplayName: 'Mötesanteckningar',
    });
    expect(await screen.findByText('Inställningarna är sparade.')).toBeInTheDocument();
  });

  it('in a browser: asks for the group first, then saves with its own button', async () => {
    const app = services();
    renderWith(<ConfigView />, app);
    const group = await screen.findByRole('combobox', { name: 'Grupp' });
    expect(screen.queryByRole('button', { name: 'Spara' })).toBeNull();
    await userEvent.selectOptions(group, 'Styrgrupp närvård');
    expect(app.loadSettings).toHaveBeenCalledWith(GROUP);
    const folder = await screen.findByRole('textbox', { name: 'Mapp i gruppens dokumentbibliotek' });
    await userEvent.clear(folder);
    await userEvent.type(folder, 'Styrgrupp/Protokoll');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(app.saveSettings).toHaveBeenCalledWith(settingsOf({ folderPath: 'Styrgrupp/Protokoll' }));
  });

  it('keeps how the group writes its records: heading numbers, decision lead, role style and list order', async () => {
    const app = services();
    renderWith(<ConfigView />, app);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Grupp' }), 'Styrgrupp närvård');
    const style = await screen.findByRole('group', { name: 'Så skriver gruppen sina protokoll' });
    expect(screen.getByRole('textbox', { name: /Inledning till besluten/ })).toHaveAttribute(
      'placeholder',
      'Styrgrupp närvård beslutar att:',
    );
    await userEvent.click(within(style).getByRole('radio', { name: '§ 12.' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Inledning till besluten/ }), 'Styrgruppen beslutar att:');
    await userEvent.click(within(style).getByRole('radio', { name: 'Åsby kommun (ersättare)' }));
    await userEvent.click(within(style).getByRole('radio', { name: 'Efternamn A–Ö' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(app.saveSettings).toHaveBeenCalledWith(
      settingsOf({
        headingStyle: 'dot',
        decisionLead: 'Styrgruppen beslutar att:',
        roleStyle: 'parentheses',
        rosterOrder: 'surname',
      }),
    );
  });

  it('refuses a folder SharePoint would not accept', async () => {
    const host = inTeams(services());
    const folder = await screen.findByRole('textbox', { name: 'Mapp i gruppens dokumentbibliotek' });
    await waitFor(() => expect(host.tabValid).toBe(true));
    await userEvent.type(folder, '/');
    expect(screen.getByText(/Ange en mapp utan tecknen/)).toBeInTheDocument();
    await waitFor(() => expect(host.tabValid).toBe(false));
  });

  it('says when the chosen plan is gone from Planner and offers the others', async () => {
    const app = services({ loadSettings: vi.fn(async () => settingsOf({ planId: 'deleted-plan' })) });
    const host = inTeams(app);
    expect(await screen.findByText(/Planen som gruppen använde finns inte längre/)).toBeInTheDocument();
    const plan = screen.getByRole('combobox', { name: 'Plan i Planner för uppdragen' });
    expect(plan).toHaveValue('');
    await userEvent.selectOptions(plan, PLAN.title);
    expect(screen.queryByText(/finns inte längre/)).toBeNull();
    await host.pressSave();
    expect(app.saveSettings).toHaveBeenCalledWith(settingsOf({ planId: PLAN.id }));
  });

  it('creates a plan in the group and chooses it', async () => {
    const app = services({ loadSettings: vi.fn(async () => settingsOf({ planId: undefined })) });
    inTeams(app);
    const title = await screen.findByRole('textbox', { name: 'Namn på ny plan' });
    expect(title).toHaveValue('Uppdrag Styrgrupp närvård');
    await userEvent.clear(title);
    await userEvent.type(title, 'Styrgruppens uppdrag 2027');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa plan' }));
    expect(app.createPlan).toHaveBeenCalledWith(GROUP, 'Styrgruppens uppdrag 2027');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Plan i Planner för uppdragen' })).toHaveValue('plan-new'),
    );
  });

  it('shows the newer settings instead of overwriting them when someone saved in between', async () => {
    const loadSettings = vi
      .fn<AppServices['loadSettings']>()
      .mockResolvedValueOnce(settingsOf())
      .mockResolvedValue(settingsOf({ language: 'en', folderPath: 'Styrgrupp' }));
    const saveSettings = vi
      .fn<AppServices['saveSettings']>()
      .mockRejectedValueOnce(new ConflictError('Saving Protokoll/group-settings.json: changed by someone else'))
      .mockResolvedValue();
    const host = inTeams(services({ loadSettings, saveSettings }));
    await waitFor(() => expect(host.tabValid).toBe(true));
    await userEvent.click(screen.getByRole('radio', { name: /^Mötesanteckningar/ }));

    await expect(host.pressSave()).rejects.toBeInstanceOf(ConflictError);
    expect(await screen.findByText(/Någon annan sparade inställningarna/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Engelska' })).toBeChecked();
    expect(screen.getByRole('radio', { name: /^Protokoll/ })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Mapp i gruppens dokumentbibliotek' })).toHaveValue('Styrgrupp');
  });
});
