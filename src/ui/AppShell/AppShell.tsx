// The frame every surface renders in: Teams' Fluent theme (light, dark, high contrast), the UI
// language, and a header with the signed-in user (and the demo user switcher in a plain browser).
import { Suspense, useDeferredValue, type ReactNode } from 'react';
import {
  FluentProvider,
  RendererProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import type { ThemeName } from '../../hosts/hostAdapter';
import { useStrings } from '../i18n/StringsContext';
import { uiLanguageFor } from '../i18n/strings';
import { UiTextProvider } from '../i18n/UiTextProvider';
import type { SignedInUser } from '../../contracts/appServices';
import type { Shell } from '../../contracts/shell';
import { useAppShellStyles, useGlobalStyles } from './AppShell.styles';
import { UserSwitcher } from './UserSwitcher';
import { styleRenderer } from '../keptScreen/styleText';

const themes = { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme } satisfies Record<
  ThemeName,
  unknown
>;

export interface AppShellProps {
  shell: Shell;
  user?: SignedInUser;
  children: ReactNode;
}

function ShellHeader({ shell, user, compact }: Omit<AppShellProps, 'children'> & { compact: boolean }) {
  const styles = useAppShellStyles();
  const strings = useStrings();
  return (
    <header className={styles.header}>
      <Text as="h1" weight="semibold" size={400} className={styles.appName}>
        {strings.appName}
      </Text>
      {shell.personas && shell.switchUser && user ? (
        <UserSwitcher
          personas={shell.personas}
          current={user.userPrincipalName}
          onSwitch={shell.switchUser}
          compact={compact}
        />
      ) : (
        user && <Text size={200}>{strings.signedInAs(user.displayName)}</Text>
      )}
    </header>
  );
}

/** The app's styles go through the renderer that notes their text, for the side panel kept on the device. */
export function AppShell(props: AppShellProps) {
  return (
    <RendererProvider renderer={styleRenderer}>
      <ShellFrame {...props} />
    </RendererProvider>
  );
}

function ShellFrame({ shell, user, children }: AppShellProps) {
  useGlobalStyles();
  const styles = useAppShellStyles();
  // A change of language keeps the current words on screen until the new language's table has loaded.
  const language = useDeferredValue(uiLanguageFor(shell.locale));
  const compact = shell.surface === 'sidePanel';
  // Inside Teams the host draws its own chrome; a header is only for the browser and the Outlook pane.
  const showHeader = shell.surface === 'browser' || Boolean(shell.personas);
  return (
    // Layout lives on an inner element: Fluent copies the provider's classes to its portal mount node,
    // and a full-height portal node would sit over the page and swallow every click.
    <FluentProvider theme={themes[shell.theme]} lang={language}>
      <div className={mergeClasses(styles.root, compact && styles.compact)}>
        {/* Until the words have loaded the page shows its background only: that table is preloaded beside the
            entry, so this is rarely seen. */}
        <Suspense fallback={null}>
          <UiTextProvider language={language}>
            {showHeader && <ShellHeader shell={shell} compact={compact} {...(user ? { user } : {})} />}
            <main className={styles.main}>{children}</main>
          </UiTextProvider>
        </Suspense>
      </div>
    </FluentProvider>
  );
}
