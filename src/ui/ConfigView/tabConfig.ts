// What the configuration page needs from the host: the Teams save handshake (absent in a plain browser, where the
// page shows its own Save button) and the origin the tab's content URL points at.
import { createContext } from 'react';
import type { RecordKind } from '../../domain/model';
import type { HostAdapter, TabConfiguration } from '../../hosts/hostAdapter';
import { queryParam } from '../../hosts/hostQuery';

export interface TabConfig {
  configureTab?: HostAdapter['configureTab'];
  origin: string;
}

export const TabConfigContext = createContext<TabConfig>({
  origin: typeof window === 'undefined' ? '' : window.location.origin,
});

/** The meeting tab and side panel read their group from this URL. */
export function tabConfiguration(
  origin: string,
  groupId: string,
  kind: RecordKind,
  names: Record<RecordKind, string>,
): TabConfiguration {
  const contentUrl = new URL('/index.html', origin);
  contentUrl.searchParams.set(queryParam.surface, 'meetingTab');
  contentUrl.searchParams.set(queryParam.group, groupId);
  // Teams fills placeholders from its context ("all fields on the context object", Microsoft's "Get context for your
  // tab"): the meeting's chat and the theme name the side panel kept on the device (src/ui/keptScreen), so it opens
  // only in its own meeting and theme. Written unescaped, or Teams would not recognise them. The Teams host itself
  // reads both from its context, not from here.
  const withMeeting = `${contentUrl.toString()}&${queryParam.chat}={chat.id}&${queryParam.theme}={app.theme}`;
  return { entityId: `minutes-${groupId}`, contentUrl: withMeeting, suggestedDisplayName: names[kind] };
}
