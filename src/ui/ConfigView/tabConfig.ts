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
  // Teams fills the placeholder with the meeting's chat ("all fields on the context object", Microsoft's "Get context
  // for your tab"); written unescaped, or Teams would not recognise it.
  const withMeeting = `${contentUrl.toString()}&${queryParam.chat}={chat.id}`;
  return { entityId: `minutes-${groupId}`, contentUrl: withMeeting, suggestedDisplayName: names[kind] };
}
