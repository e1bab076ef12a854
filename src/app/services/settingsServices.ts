// The group's settings for the configuration page, and the group's Planner plans to choose from.
// Settings are one JSON file that several owners may edit: every write names the version it replaces.
import type { PlanChoice, SettingsServices } from '../../contracts/settings';
import type { ServiceContext } from '../serviceContext';

export function settingsServices(context: Pick<ServiceContext, 'gateways' | 'records'>): SettingsServices {
  const { gateways, records } = context;
  // The ETag each group's settings were last read or written with; null: there was no file, create it.
  const versions = new Map<string, string | null>();

  const groupName = async (groupId: string): Promise<string> =>
    (await gateways.groups.joinedTeams()).find((team) => team.id === groupId)?.displayName ?? '';

  const load: SettingsServices['loadSettings'] = async (groupId) => {
    const [read, name] = await Promise.all([records.settings(groupId, ''), groupName(groupId)]);
    versions.set(groupId, read.etag ?? null);
    // A group without a settings file gets defaults named after its team; a stored name is the owners' choice.
    return read.stored ? read.settings : { ...read.settings, name };
  };

  return {
    loadSettings: load,
    /**
     * Replaces exactly the version last loaded. When someone saved in between, Graph answers 412 (409 when both
     * created the file) and ConflictError reaches the caller, who reloads and shows the newer settings: no silent merge.
     */
    async saveSettings(settings) {
      if (!versions.has(settings.groupId)) await load(settings.groupId);
      const etag = await records.writeSettings(settings, versions.get(settings.groupId) ?? null);
      versions.set(settings.groupId, etag);
    },
    async listPlans(groupId) {
      const plans = await gateways.planner.plansOfGroup(groupId);
      return plans.map(toChoice).sort((a, b) => a.title.localeCompare(b.title, 'sv'));
    },
    async createPlan(groupId, title) {
      return toChoice(await gateways.planner.createPlan(groupId, title));
    },
  };
}

function toChoice(plan: { id: string; title: string }): PlanChoice {
  return { id: plan.id, title: plan.title };
}
