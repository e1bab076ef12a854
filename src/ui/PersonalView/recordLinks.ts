// Links from the personal tab to a record. A host that deep-links (Teams) gives its own link and opens it its
// own way; otherwise the link is this app's URL with the current query kept (the demo user, language, theme).
import { createContext, useContext, type MouseEvent } from 'react';
import type { HostAdapter } from '../../hosts/hostAdapter';
import { queryParam } from '../../hosts/hostQuery';

export type RecordLinks = Partial<Pick<HostAdapter, 'approvalLink' | 'openLink'>>;

export const RecordLinksContext = createContext<RecordLinks>({});

/** This app's URL for another surface: the current address with `params` replaced and `record` dropped unless given. */
export function inAppUrl(current: string, params: Partial<Record<keyof typeof queryParam, string>>): string {
  const url = new URL(current);
  url.searchParams.delete(queryParam.record);
  for (const [name, value] of Object.entries(params))
    url.searchParams.set(queryParam[name as keyof typeof queryParam], value);
  return url.toString();
}

export interface AppLink {
  href: string;
  onClick?(event: MouseEvent<HTMLElement>): void;
}

function linkTo(links: RecordLinks, href: string): AppLink {
  const open = links.openLink;
  if (!open) return { href };
  return {
    href,
    onClick(event) {
      event.preventDefault();
      void open(href);
    },
  };
}

/** The approval view of a record: it shows the record to everyone and the approve buttons to its approvers. */
export function useRecordLink(): (recordKey: string) => AppLink {
  const links = useContext(RecordLinksContext);
  return (recordKey) =>
    linkTo(
      links,
      links.approvalLink
        ? links.approvalLink(recordKey)
        : inAppUrl(window.location.href, { surface: 'approval', record: recordKey }),
    );
}

/** Another surface of this app, in this window (`view` picks a page of the browser surface, e.g. the archive). */
export function surfaceLink(surface: 'browser' | 'personal', view?: 'archive'): AppLink {
  return { href: inAppUrl(window.location.href, view ? { surface, view } : { surface }) };
}
