// One fake host for tests of everything above the adapters: any surface, any capabilities, and the
// host-driven events (theme switch, pressing Save on the config page) on demand.
import type { HostAdapter, HostCapabilities, HostContext, TabConfiguration, ThemeName } from './hostAdapter';
import { trackTheme } from './themeTracker';

export interface FakeHostOptions {
  context?: Partial<HostContext>;
  capabilities?: Partial<HostCapabilities>;
}

export interface FakeHost extends HostAdapter {
  /** Links passed to `openLink`, oldest first. */
  readonly openedLinks: readonly string[];
  /** What the config page last told the host: is Save enabled. */
  readonly tabValid: boolean;
  /** Switches the theme as Teams would, calling the subscribers if it changed. */
  setTheme(theme: ThemeName): void;
  /** Presses Save on the config page; rejects when Save is not enabled, as Teams keeps it greyed out. */
  pressSave(): Promise<TabConfiguration>;
}

const defaultContext: HostContext = { host: 'browser', surface: 'browser', locale: 'sv-SE', theme: 'light' };
const defaultCapabilities: HostCapabilities = {
  nestedAuth: false,
  tabConfig: false,
  deepLinks: false,
  meetingContext: false,
};

export function createFakeHost(options: FakeHostOptions = {}): FakeHost {
  const context: HostContext = { ...defaultContext, ...options.context };
  const capabilities: HostCapabilities = { ...defaultCapabilities, ...options.capabilities };
  const theme = trackTheme(context);
  const openedLinks: string[] = [];
  let tabValid = false;
  let onSave: (() => Promise<TabConfiguration>) | undefined;

  return {
    context,
    capabilities,
    openedLinks,
    get tabValid() {
      return tabValid;
    },
    onThemeChange: theme.subscribe,
    configureTab: capabilities.tabConfig
      ? (valid, handleSave) => {
          tabValid = valid;
          onSave = handleSave;
        }
      : undefined,
    approvalLink: (recordKey) => `https://app.test/index.html?surface=approval&record=${encodeURIComponent(recordKey)}`,
    async openLink(url) {
      openedLinks.push(url);
    },
    setTheme: theme.set,
    async pressSave() {
      if (!tabValid || !onSave) throw new Error('Save is not enabled: configureTab(true, …) was not called.');
      return onSave();
    },
  };
}
