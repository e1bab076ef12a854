// The shell in the host's current theme: Teams switches theme while the app is open, and the shell follows.
import { useEffect, useState } from 'react';
import type { HostAdapter, ThemeName } from '../../hosts/hostAdapter';
import type { Shell } from '../../contracts/shell';
import { AppShell, type AppShellProps } from './AppShell';

export interface HostShellProps extends Omit<AppShellProps, 'shell'> {
  host: Pick<HostAdapter, 'context' | 'onThemeChange'>;
  shell: Omit<Shell, 'theme'>;
}

function useHostTheme(host: HostShellProps['host']): ThemeName {
  const [theme, setTheme] = useState(host.context.theme);
  useEffect(() => {
    // A switch between the first render and the subscription would otherwise be missed.
    setTheme(host.context.theme);
    return host.onThemeChange(setTheme);
  }, [host]);
  return theme;
}

export function HostShell({ host, shell, ...rest }: HostShellProps) {
  const theme = useHostTheme(host);
  return <AppShell shell={{ ...shell, theme }} {...rest} />;
}
