// One group's settings and Planner plans as the configuration page edits them: loaded together, patched locally
// until saved, replaced by the stored ones when a save meets newer settings.
import { useCallback, useEffect, useState } from 'react';
import type { GroupSettings } from '../../domain/model';
import type { PlanChoice } from '../../contracts/settings';
import { useServices } from '../ServicesContext';
import { failureText } from '../i18n/failureText';
import { useStrings } from '../i18n/StringsContext';

export type Loading<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; message: string };

export interface GroupConfig {
  settings: GroupSettings;
  plans: PlanChoice[];
}

type Update = (value: GroupConfig) => GroupConfig;

export function useGroupConfig(groupId: string | undefined) {
  const services = useServices();
  const strings = useStrings();
  const [config, setConfig] = useState<Loading<GroupConfig> | undefined>();
  const [attempt, setAttempt] = useState(0);

  const read = useCallback(
    async (id: string): Promise<GroupConfig> => {
      const [settings, plans] = await Promise.all([services.loadSettings(id), services.listPlans(id)]);
      return { settings, plans };
    },
    [services],
  );

  // Not useLoaded: the loaded value is edited in place until it is saved.
  useEffect(() => {
    if (!groupId) return;
    let current = true;
    setConfig({ kind: 'loading' });
    read(groupId).then(
      (value) => current && setConfig({ kind: 'loaded', value }),
      (error: unknown) => current && setConfig({ kind: 'failed', message: failureText(error, strings) }),
    );
    return () => {
      current = false;
    };
  }, [read, groupId, attempt]);

  const update = (next: Update) =>
    setConfig((current) => (current?.kind === 'loaded' ? { kind: 'loaded', value: next(current.value) } : current));

  return {
    config,
    loaded: config?.kind === 'loaded' ? config.value : undefined,
    patchSettings: (patch: Partial<GroupSettings>) =>
      update((value) => ({ ...value, settings: { ...value.settings, ...patch } })),
    /** A plan just created in Planner becomes the group's plan. */
    addPlan: (plan: PlanChoice) =>
      update((value) => ({ plans: [...value.plans, plan], settings: { ...value.settings, planId: plan.id } })),
    /** Shows the settings as stored now (someone else saved in between). */
    reload: async (id: string) => setConfig({ kind: 'loaded', value: await read(id) }),
    retry: () => setAttempt((a) => a + 1),
  };
}
