// Build-time configuration. The app code is the same for the real Graph and the emulator:
// only the base URL and the way tokens are obtained differ.

export interface AppConfig {
  /** `https://graph.microsoft.com` in production, the emulator's origin locally. */
  graphBaseUrl: string;
  /** `dev`: the emulator's dev tokens (user switcher); `msal`: Microsoft Entra ID. */
  authMode: 'dev' | 'msal';
  clientId: string;
  /** Entra ID's authority for MSAL: the multi-tenant work-account one, or a tenant's (`…/<tenant id>`). */
  authority: string;
  /** The Teams app id (manifest `id`), for deep links to the personal tab. */
  teamsAppId: string;
  /**
   * The collaboration's home tenant (the collaboration office's Entra tenant id), where the team's library and plan are:
   * people from other organisations get tokens for it from its authority, as B2B guests. Empty: the user's own tenant.
   */
  collaborationTenantId: string;
}

export function readConfig(env: Record<string, string | boolean | undefined> = import.meta.env): AppConfig {
  const text = (name: string, fallback: string): string => {
    const value = env[name];
    return typeof value === 'string' && value !== '' ? value : fallback;
  };
  const authMode = text('VITE_AUTH_MODE', 'dev');
  if (authMode !== 'dev' && authMode !== 'msal')
    throw new Error(`VITE_AUTH_MODE must be "dev" or "msal", not "${authMode}"`);
  return {
    graphBaseUrl: text('VITE_GRAPH_BASE_URL', 'https://localhost:4444'),
    authMode,
    clientId: text('VITE_AAD_CLIENT_ID', ''),
    authority: text('VITE_AUTHORITY', 'https://login.microsoftonline.com/organizations'),
    teamsAppId: text('VITE_TEAMS_APP_ID', ''),
    collaborationTenantId: text('VITE_COLLABORATION_TENANT_ID', ''),
  };
}
