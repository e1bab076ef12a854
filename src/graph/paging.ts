// Graph pages collections (calendarView, children, plans, tasks, users...) and says so only with `@odata.nextLink`:
// every list the app reads is followed to the end.
import type { Client } from '@microsoft/microsoft-graph-client';
import { graphGet, type GraphCall } from './request';

export interface ODataPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

/**
 * All items of a collection, or the first `limit`. Headers (Prefer, ConsistencyLevel) are resent with every page;
 * the query is already in the link.
 */
export async function getAllPages<T>(client: Client, call: GraphCall, limit = Infinity): Promise<T[]> {
  const items: T[] = [];
  let page = await graphGet<ODataPage<T>>(client, call);
  items.push(...page.value);
  while (page['@odata.nextLink'] && items.length < limit) {
    page = await graphGet<ODataPage<T>>(client, { ...call, path: page['@odata.nextLink'], query: undefined });
    items.push(...page.value);
  }
  return items.slice(0, limit);
}
