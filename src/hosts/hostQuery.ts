// The query parameters the app's URLs carry. The config page writes them into the Teams content URL,
// the browser reads them for everything, and the approval link sets them.
import type { Surface, ThemeName } from './hostAdapter';

/** The part of `window.location` the adapters read; a `URL` has it too, which keeps tests free of a DOM. */
export type HostLocation = Pick<Location, 'href' | 'origin' | 'search'>;

export const queryParam = {
  surface: 'surface',
  record: 'record',
  group: 'group',
  /** A calendar event id: the browser plays a meeting's side panel or tab for it (tests, demos). */
  event: 'event',
  /** The browser's starting page: `archive`. */
  view: 'view',
  /** The demo user the browser signs in as (the user switcher). */
  user: 'as',
  /**
   * The meeting's chat, which Teams writes into the tab's content URL for its `{chat.id}` placeholder: the URL then
   * names the meeting before any module has run (the side panel kept on the device, src/ui/keptScreen).
   */
  chat: 'chat',
  lang: 'lang',
  theme: 'theme',
} as const;

const knownSurfaces: readonly Surface[] = ['sidePanel', 'meetingTab', 'config', 'personal', 'approval', 'browser'];
const knownThemes: readonly ThemeName[] = ['light', 'dark', 'contrast'];

function isSurface(value: string | null): value is Surface {
  return value !== null && (knownSurfaces as readonly string[]).includes(value);
}

function isThemeName(value: string | null): value is ThemeName {
  return value !== null && (knownThemes as readonly string[]).includes(value);
}

/** A URL's query as the app reads it; empty or unknown values count as absent. */
export interface HostQuery {
  surface?: Surface;
  recordKey?: string;
  groupId?: string;
  eventId?: string;
  view?: 'archive';
  userPrincipalName?: string;
  lang?: string;
  theme?: ThemeName;
}

function nonEmpty(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A well-formed BCP 47 tag in its canonical spelling (`sv-se` → `sv-SE`), else undefined. */
function languageTag(value: string | null): string | undefined {
  const tag = nonEmpty(value);
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

export function readHostQuery(search: string): HostQuery {
  const params = new URLSearchParams(search);
  const surface = params.get(queryParam.surface);
  const theme = params.get(queryParam.theme);
  return {
    surface: isSurface(surface) ? surface : undefined,
    recordKey: nonEmpty(params.get(queryParam.record)),
    groupId: nonEmpty(params.get(queryParam.group)),
    eventId: nonEmpty(params.get(queryParam.event)),
    view: params.get(queryParam.view) === 'archive' ? 'archive' : undefined,
    userPrincipalName: nonEmpty(params.get(queryParam.user)),
    lang: languageTag(params.get(queryParam.lang)),
    theme: isThemeName(theme) ? theme : undefined,
  };
}

/** This app's own approval view for a record, on the given origin. */
export function appApprovalUrl(origin: string, recordKey: string): string {
  const url = new URL('/index.html', origin);
  url.searchParams.set(queryParam.surface, 'approval');
  url.searchParams.set(queryParam.record, recordKey);
  return url.toString();
}
