// The configuration page's state: which group, its settings as edited, its plans, and saving with the host's
// handshake. A save that meets newer settings (ConflictError) loads and shows them instead of overwriting.
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { GroupSettings, RecordKind } from '../../domain/model';
import { standardTemplate } from '../../domain/templates';
import { ConflictError } from '../../graph/gateways';
import { useStrings } from '../i18n/StringsContext';
import type { GroupChoice } from '../../contracts/records';
import type { PlanChoice } from '../../contracts/settings';
import { useServices } from '../ServicesContext';
import { isValidFolderPath } from './folderPath';
import { tabConfiguration, TabConfigContext } from './tabConfig';
import { isValidTemplate, templateForKind } from './templateEdits';

export type Loading<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; message: string };

export interface GroupConfig {
  settings: GroupSettings;
  plans: PlanChoice[];
}

export type SaveNotice = { kind: 'saved' } | { kind: 'conflict' } | { kind: 'failed'; message: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function useConfigView(hostGroupId: string | undefined) {
  const services = useServices();
  const strings = useStrings().configPage;
  const tab = useContext(TabConfigContext);
  const [groups, setGroups] = useState<Loading<GroupChoice[]>>(
    hostGroupId ? { kind: 'loaded', value: [] } : { kind: 'loading' },
  );
  const [groupId, setGroupId] = useState(hostGroupId);
  const [config, setConfig] = useState<Loading<GroupConfig> | undefined>();
  const [notice, setNotice] = useState<SaveNotice | undefined>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (hostGroupId) return;
    let current = true;
    services.listGroups().then(
      (value) =>
        current && setGroups({ kind: 'loaded', value: [...value].sort((a, b) => a.name.localeCompare(b.name, 'sv')) }),
      (error: unknown) => current && setGroups({ kind: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [services, hostGroupId, attempt]);

  const read = useCallback(
    async (id: string): Promise<GroupConfig> => {
      const [settings, plans] = await Promise.all([services.loadSettings(id), services.listPlans(id)]);
      return { settings, plans };
    },
    [services],
  );

  useEffect(() => {
    if (!groupId) return;
    let current = true;
    setConfig({ kind: 'loading' });
    read(groupId).then(
      (value) => current && setConfig({ kind: 'loaded', value }),
      (error: unknown) => current && setConfig({ kind: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [read, groupId, attempt]);

  const loaded = config?.kind === 'loaded' ? config.value : undefined;
  const settings = loaded?.settings;
  const folderValid = settings ? isValidFolderPath(settings.folderPath) : false;
  const ownTemplate = settings?.template && settings.template.length > 0 ? settings.template : undefined;
  const template = settings ? (ownTemplate ?? standardTemplate(settings.kind, settings.language)) : [];
  const valid = Boolean(groupId && settings && folderValid && isValidTemplate(template));
  /** The settings name a plan that is gone from Planner (deleted): the page says so and offers the others. */
  const planMissing = Boolean(settings?.planId && loaded && !loaded.plans.some((plan) => plan.id === settings.planId));

  const change = (patch: Partial<GroupSettings>) => {
    setNotice(undefined);
    setConfig((current) =>
      current?.kind === 'loaded'
        ? { kind: 'loaded', value: { ...current.value, settings: { ...current.value.settings, ...patch } } }
        : current,
    );
  };

  // The latest edit, for the host's Save button, which may be pressed long after the handler was registered.
  const latest = useRef(settings);
  latest.current = settings;

  const save = useCallback(async () => {
    const current = latest.current;
    if (!current) throw new Error('Nothing to save');
    setBusy(true);
    try {
      await services.saveSettings(current);
      setNotice({ kind: 'saved' });
      return tabConfiguration(tab.origin, current.groupId, current.kind, strings.tabName);
    } catch (error) {
      if (error instanceof ConflictError) {
        setConfig({ kind: 'loaded', value: await read(current.groupId) });
        setNotice({ kind: 'conflict' });
      } else {
        setNotice({ kind: 'failed', message: messageOf(error) });
      }
      throw error;
    } finally {
      setBusy(false);
    }
  }, [services, read, tab.origin, strings.tabName]);

  useEffect(() => {
    tab.configureTab?.(valid, save);
  }, [tab, valid, save]);

  const createPlan = async (title: string) => {
    if (!groupId || !loaded) return;
    setBusy(true);
    try {
      const plan = await services.createPlan(groupId, title);
      setConfig((current) =>
        current?.kind === 'loaded'
          ? {
              kind: 'loaded',
              value: {
                plans: [...current.value.plans, plan],
                settings: { ...current.value.settings, planId: plan.id },
              },
            }
          : current,
      );
      setNotice(undefined);
    } catch (error) {
      setNotice({ kind: 'failed', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return {
    groups,
    groupId,
    groupFromHost: Boolean(hostGroupId),
    config,
    settings,
    plans: loaded?.plans ?? [],
    folderValid,
    valid,
    planMissing,
    notice,
    busy,
    hasOwnSaveButton: !tab.configureTab,
    handleGroupChange: (id: string) => {
      setNotice(undefined);
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
    handleSave: () => save().catch(() => undefined),
    handleCreatePlan: createPlan,
    handleRetry: () => setAttempt((a) => a + 1),
  };
}
