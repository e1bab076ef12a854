// Switchable behaviours of Microsoft 365 that its documented examples do not show, but a real tenant does
// (emulator/README.md cites the documentation or maintainer statement behind each). Each is on by default
// where Microsoft 365 behaves that way by default; `POST /_emulator/modes` switches them, reset restores these.

export interface EmulatorModes {
  /**
   * Downloads (`@microsoft.graph.downloadUrl` and the 302 of `…/content`) are served from a second origin, standing in
   * for SharePoint and *.svc.ms. `sharepoint`: CORS for simple GETs only, and no answer to a preflight, so following
   * Graph's 302 with Graph's own headers fails in a browser. `none`: that origin sends no CORS headers at all.
   */
  downloadCors: 'sharepoint' | 'none';
  /** The chat of a meeting scheduled in Outlook has `onlineMeetingInfo.calendarEventId: null`. */
  outlookMeetingChats: boolean;
  /** Seed: the tenant's forum meeting is organized by the adjuster, not the secretary (applies by reseeding). */
  foreignOrganizer: boolean;
  /** Outlook on Windows hands an add-in the series master's id for an occurrence of a recurring invite. */
  seriesMasterInvites: boolean;
  /** The host has no nested app authentication bridge: MSAL falls back to its standard client. */
  naaUnavailable: boolean;
  /** Planner's service limits are enforced with its documented 403 codes. */
  plannerLimits: boolean;
  /** `/drives/{id}/items/root:/…` addresses the root as `/drives/{id}/root:/…` does. */
  rootAlias: boolean;
  /**
   * `…/content?format=pdf`: `ok` converts; `fail` answers 500 as a conversion the service could not do; `slow` makes
   * the converted download take PDF_SLOW_MS, as a large document's conversion does.
   */
  pdfConversion: 'ok' | 'fail' | 'slow';
}

/** How long a `slow` PDF conversion takes. */
export const PDF_SLOW_MS = 2000;

export const defaultModes: Readonly<EmulatorModes> = Object.freeze({
  downloadCors: 'sharepoint',
  outlookMeetingChats: true,
  foreignOrganizer: true,
  seriesMasterInvites: true,
  naaUnavailable: false,
  plannerLimits: true,
  rootAlias: true,
  pdfConversion: 'ok',
});

/** Modes that shape the seeded tenant rather than the answers: changing one reseeds. */
export const seedModes: readonly (keyof EmulatorModes)[] = ['foreignOrganizer'];

const BOOLEAN_MODES = Object.keys(defaultModes).filter(
  (name) => typeof defaultModes[name as keyof EmulatorModes] === 'boolean',
) as (keyof EmulatorModes)[];

/** A partial mode set from a control request, or a message saying what is wrong with it. */
export function parseModes(value: unknown): Partial<EmulatorModes> | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'Expected a JSON object of modes.';
  const modes: Record<string, unknown> = {};
  for (const [name, setting] of Object.entries(value)) {
    if (name === 'downloadCors') {
      if (setting !== 'sharepoint' && setting !== 'none') return 'downloadCors is "sharepoint" or "none".';
    } else if (name === 'pdfConversion') {
      if (setting !== 'ok' && setting !== 'fail' && setting !== 'slow')
        return 'pdfConversion is "ok", "fail" or "slow".';
    } else if (!BOOLEAN_MODES.includes(name as keyof EmulatorModes)) {
      return `Unknown mode "${name}"; known: ${Object.keys(defaultModes).join(', ')}.`;
    } else if (typeof setting !== 'boolean') return `${name} is true or false.`;
    modes[name] = setting;
  }
  return modes as Partial<EmulatorModes>;
}

/** The modes in force; one instance per emulator, read by the routes on every request. */
export class Modes {
  private value: EmulatorModes = { ...defaultModes };

  get current(): Readonly<EmulatorModes> {
    return this.value;
  }

  /** Applies `changes`; true when a seed mode changed, so the tenant must be reseeded. */
  set(changes: Partial<EmulatorModes>): boolean {
    const before = this.value;
    this.value = { ...before, ...changes };
    return seedModes.some((name) => before[name] !== this.value[name]);
  }

  reset(): void {
    this.value = { ...defaultModes };
  }
}
