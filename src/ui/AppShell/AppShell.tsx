// The frame every surface renders in: Teams' Fluent theme (light, dark, high contrast), the UI
// language, and a header with the signed-in user (and the demo user switcher in a plain browser).
import type { ReactNode } from 'react';
import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import type { ThemeName } from '../../hosts/hostAdapter';
import { LanguageContext } from '../i18n/StringsContext';
import { uiLanguageFor, uiStrings } from '../i18n/strings';
import type { SignedInUser } from '../../contracts/appServices';
import type { Shell } from '../../contracts/shell';
import { useAppShellStyles, useGlobalStyles } from './AppShell.styles';
import { UserSwitcher } from './UserSwitcher';

const themes = { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme } satisfies Record<
  ThemeName,
  unknown
>;

export interface AppShellProps {
  shell: Shell;
  user?: SignedInUser;
  children: ReactNode;
}

export function AppShell({ shell, user, children }: AppShellProps) {
  useGlobalStyles();
  const styles = useAppShellStyles();
  const language = uiLanguageFor(shell.locale);
  const strings = uiStrings[language];
  const compact = shell.surface === 'sidePanel';
  // Inside Teams the host draws its own chrome; a header is only for the browser and the Outlook pane.
  const showHeader = shell.surface === 'browser' || Boolean(shell.personas);
  return (
    // Layout lives on an inner element: Fluent copies the provider's classes to its portal mount node,
    // and a full-height portal node would sit over the page and swallow every click.
    <FluentProvider theme={themes[shell.theme]} lang={language}>
      <LanguageContext.Provider value={language}>
        <div className={mergeClasses(styles.root, compact && styles.compact)}>
          {showHeader && (
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
          )}
          <main className={styles.main}>{children}</main>
        </div>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
