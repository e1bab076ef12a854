// Saving the group's settings (with the Teams host's Save handshake) and creating a plan, with what the page says
// afterwards. A save that meets newer settings (ConflictError) loads and shows them instead of overwriting.
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { GroupSettings } from '../../domain/model';
import { ConflictError } from '../../graph/gateways';
import type { PlanChoice } from '../../contracts/settings';
import { failureText } from '../i18n/failureText';
import { useStrings } from '../i18n/StringsContext';
import { useServices } from '../ServicesContext';
import { tabConfiguration, TabConfigContext } from './tabConfig';

export type SaveNotice = { kind: 'saved' } | { kind: 'conflict' } | { kind: 'failed'; message: string };

export interface SettingsSaveInput {
  settings: GroupSettings | undefined;
  valid: boolean;
  reload(groupId: string): Promise<void>;
  addPlan(plan: PlanChoice): void;
}

export function useSettingsSave({ settings, valid, reload, addPlan }: SettingsSaveInput) {
  const services = useServices();
  const allStrings = useStrings();
  const messageOf = (error: unknown): string => failureText(error, allStrings);
  const tab = useContext(TabConfigContext);
  const [notice, setNotice] = useState<SaveNotice | undefined>();
  const [busy, setBusy] = useState(false);

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
      return tabConfiguration(tab.origin, current.groupId, current.kind, allStrings.configPage.tabName);
    } catch (error) {
      if (error instanceof ConflictError) {
        await reload(current.groupId);
        setNotice({ kind: 'conflict' });
      } else {
        setNotice({ kind: 'failed', message: messageOf(error) });
      }
      throw error;
    } finally {
      setBusy(false);
    }
  }, [services, reload, tab.origin, allStrings.configPage.tabName]);

  useEffect(() => {
    tab.configureTab?.(valid, save);
  }, [tab, valid, save]);

  const createPlan = async (groupId: string, title: string) => {
    setBusy(true);
    try {
      addPlan(await services.createPlan(groupId, title));
      setNotice(undefined);
    } catch (error) {
      setNotice({ kind: 'failed', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return {
    notice,
    busy,
    hasOwnSaveButton: !tab.configureTab,
    clearNotice: () => setNotice(undefined),
    handleSave: () => save().catch(() => undefined),
    createPlan,
  };
}
