// The configuration page's state: which group, its settings as edited, its plans, and whether they can be saved.
import { useState } from 'react';
import type { GroupSettings, RecordKind } from '../../domain/model';
import { standardTemplate } from '../../domain/templates';
import { useServices } from '../ServicesContext';
import { useLoaded } from '../useLoaded';
import { isValidFolderPath } from './folderPath';
import { isValidTemplate, templateForKind } from './templateEdits';
import { useGroupConfig } from './useGroupConfig';
import { useSettingsSave } from './useSettingsSave';

export function useConfigView(hostGroupId: string | undefined) {
  const services = useServices();
  // Teams names the team's group: then there is no list to choose from.
  const groups = useLoaded(
    hostGroupId
      ? undefined
      : async () => [...(await services.listGroups())].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    hostGroupId ? '' : 'groups',
  );
  const [groupId, setGroupId] = useState(hostGroupId);
  const { config, loaded, patchSettings, addPlan, reload, retry } = useGroupConfig(groupId);

  const settings = loaded?.settings;
  const folderValid = settings ? isValidFolderPath(settings.folderPath) : false;
  const ownTemplate = settings?.template && settings.template.length > 0 ? settings.template : undefined;
  const template = settings ? (ownTemplate ?? standardTemplate(settings.kind, settings.language)) : [];
  const valid = Boolean(groupId && settings && folderValid && isValidTemplate(template));
  /** The settings name a plan that is gone from Planner (deleted): the page says so and offers the others. */
  const planMissing = Boolean(settings?.planId && loaded && !loaded.plans.some((plan) => plan.id === settings.planId));
  const { clearNotice, createPlan, ...saving } = useSettingsSave({ settings, valid, reload, addPlan });

  const change = (patch: Partial<GroupSettings>) => {
    clearNotice();
    patchSettings(patch);
  };

  return {
    ...saving,
    groups: groups.state,
    groupId,
    groupFromHost: Boolean(hostGroupId),
    config,
    settings,
    plans: loaded?.plans ?? [],
    folderValid,
    valid,
    planMissing,
    handleGroupChange: (id: string) => {
      clearNotice();
      setGroupId(id || undefined);
    },
    handleChange: change,
    template,
    ownTemplate: Boolean(ownTemplate),
    handleTemplateChange: (next: GroupSettings['template']) => change({ template: next }),
    /** The adjuster item belongs to protokoll only: the group's own template follows the kind. */
    handleKindChange: (kind: RecordKind) => {
      if (!settings) return;
      const adjuster = standardTemplate('protokoll', settings.language).find((item) => item.kind === 'adjuster');
      change({ kind, ...(ownTemplate && adjuster ? { template: templateForKind(ownTemplate, kind, adjuster) } : {}) });
    },
    handleCreatePlan: async (title: string) => {
      if (groupId && loaded) await createPlan(groupId, title);
    },
    handleRetry: () => {
      groups.retry();
      retry();
    },
  };
}

export type ConfigViewState = ReturnType<typeof useConfigView>;
