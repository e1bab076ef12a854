// What the manifest says about the app, needed for deep links back into it. Kept apart from teamsHost.ts
// so that knowing it does not load teams-js.
export interface TeamsAppConfig {
  /** The manifest's `id`. Without it approval links point at this app's own URL. */
  appId?: string;
  /** The personal static tab's `entityId` in the manifest. */
  personalTabEntityId: string;
}

/** The static tab's `entityId` in manifest/manifest.template.json, and no app id (links stay in the app). */
export const defaultTeamsConfig: TeamsAppConfig = { personalTabEntityId: 'myMinutes' };
