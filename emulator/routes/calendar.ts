// Calendar: /me/calendarView, /me/events (GET, POST), /me/events/{id} (occurrence ids too). Each mailbox sees only its own copies.
import { eventView, type ViewZone } from '../calendar/eventView.js';
import { expand, findInstance, masterInstance, type Instance } from '../calendar/occurrences.js';
import { resolveZone } from '../calendar/timeZones.js';
import { badRequest, GraphError, notFound } from '../http/graphError.js';
import { applySelect, contextUrl, page, selected } from '../routing/odata.js';
import { path, type Route } from '../routing/route.js';
import type { GraphContext } from '../routing/context.js';
import { json, header, type GraphResponse } from '../http/types.js';
import { createEvent } from './eventCreate.js';
import { requireMailbox } from './tenancy.js';

const READ = ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'];
const WITH_BODY = ['Calendars.Read', 'Calendars.ReadWrite'];

/** The zone asked for with `Prefer: outlook.timezone="…"`, plus the Preference-Applied header when honoured. */
function preferredZone(context: GraphContext): { zone: ViewZone; headers: Record<string, string> } {
  const prefer = header(context.request, 'Prefer') ?? '';
  const name = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer)?.[1];
  const iana = name ? resolveZone(name) : undefined;
  if (!name || !iana) return { zone: { iana: 'UTC', label: 'UTC' }, headers: {} };
  return { zone: { iana, label: name }, headers: { 'Preference-Applied': `outlook.timezone="${name}"` } };
}

/**
 * Renders events with $select. Like Graph, `onlineMeeting` is only filled in when `isOnlineMeeting` is selected
 * too (or nothing is selected); selecting onlineMeeting alone yields null.
 */
function render(context: GraphContext, instances: Instance[], zone: ViewZone): Record<string, unknown>[] {
  const names = selected(context);
  const withBody = WITH_BODY.some((scope) => context.scopes.has(scope));
  const lower = names?.map((name) => name.toLowerCase());
  return instances.map((instance) => {
    const view = eventView(instance, zone, withBody);
    if (lower?.includes('onlinemeeting') && !lower.includes('isonlinemeeting')) view.onlineMeeting = null;
    return view;
  });
}

function parseWindowBound(value: string | null, name: string): Date {
  if (!value)
    throw badRequest(
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    );
  // Without an offset Graph reads the value as UTC.
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  if (Number.isNaN(date.getTime()))
    throw badRequest('ErrorInvalidParameter', `The parameter '${name}' has an invalid value.`);
  return date;
}

/** The caller's own calendar: a guest object has none in the tenant that invited it. */
function mailbox(handler: (context: GraphContext) => GraphResponse): (context: GraphContext) => GraphResponse {
  return (context) => {
    requireMailbox(context);
    return handler(context);
  };
}

/**
 * `/users/{id|upn}/…`: delegated calls may read only the signed-in user's own mailbox here. Like `/users/{key}`, the key
 * is an object id or a user principal name, not a mail address.
 */
function ownMailbox(handler: (context: GraphContext) => GraphResponse): (context: GraphContext) => GraphResponse {
  return mailbox((context) => {
    const owner = (context.params[0] ?? '').toLowerCase();
    if (owner !== context.user.id && owner !== context.user.userPrincipalName.toLowerCase()) {
      throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    }
    return handler({ ...context, params: context.params.slice(1) });
  });
}

function calendarView(context: GraphContext) {
  const { query } = context.request;
  const from = parseWindowBound(query.get('startDateTime') ?? query.get('StartDateTime'), 'startDateTime');
  const to = parseWindowBound(query.get('endDateTime') ?? query.get('EndDateTime'), 'endDateTime');
  const orderBy = query.get('$orderby');
  if (orderBy && !/^start\/dateTime(\s+(asc|desc))?$/i.test(orderBy.trim()))
    throw badRequest('ErrorInvalidProperty', `The property '${orderBy}' does not support ordering.`);
  const instances = context.store.state.events
    .filter((event) => event.ownerId === context.user.id)
    .flatMap(expand)
    .filter((instance) => instance.start < to && instance.end > from)
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
  if (orderBy && /desc$/i.test(orderBy.trim())) instances.reverse();
  const { zone, headers } = preferredZone(context);
  return json(
    page(context, render(context, instances, zone), contextUrl(context, `users('${context.user.id}')/calendarView`)),
    200,
    headers,
  );
}

function listEvents(context: GraphContext) {
  const filter = context.request.query.get('$filter');
  let predicate: (instance: Instance) => boolean = () => true;
  if (filter) {
    const match = /^(iCalUId|subject|seriesMasterId)\s+eq\s+'((?:[^']|'')*)'$/i.exec(filter.trim());
    if (!match?.[1] || match[2] === undefined)
      throw badRequest('ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes.');
    const property = match[1].toLowerCase();
    const value = match[2].replace(/''/g, "'");
    predicate = (instance) =>
      (property === 'icaluid'
        ? instance.record.iCalUId
        : property === 'subject'
          ? instance.record.subject
          : instance.seriesMasterId) === value;
  }
  const instances = context.store.state.events
    .filter((event) => event.ownerId === context.user.id)
    .map(masterInstance)
    .filter(predicate)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const { zone, headers } = preferredZone(context);
  return json(
    page(context, render(context, instances, zone), contextUrl(context, `users('${context.user.id}')/events`)),
    200,
    headers,
  );
}

function getEvent(context: GraphContext) {
  const id = context.params[0] ?? '';
  const instance = findInstance(context.store.state.events, context.user.id, id);
  if (!instance) throw notFound('ErrorItemNotFound', 'The specified object was not found in the store.');
  const { zone, headers } = preferredZone(context);
  const [view] = render(context, [instance], zone);
  return json(
    {
      '@odata.context': contextUrl(context, `users('${context.user.id}')/events/$entity`),
      ...applySelect(view ?? {}, selected(context)),
    },
    200,
    headers,
  );
}

export const calendarRoutes: Route[] = [
  { method: 'GET', pattern: path('/me/calendarView'), scopes: READ, handle: mailbox(calendarView) },
  { method: 'GET', pattern: path('/me/calendar/calendarView'), scopes: READ, handle: mailbox(calendarView) },
  { method: 'GET', pattern: path('/users/{}/calendarView'), scopes: READ, handle: ownMailbox(calendarView) },
  { method: 'GET', pattern: path('/me/events'), scopes: READ, handle: mailbox(listEvents) },
  { method: 'GET', pattern: path('/users/{}/events'), scopes: READ, handle: ownMailbox(listEvents) },
  { method: 'GET', pattern: path('/me/events/{}'), scopes: READ, handle: mailbox(getEvent) },
  { method: 'GET', pattern: path('/users/{}/events/{}'), scopes: READ, handle: ownMailbox(getEvent) },
  { method: 'POST', pattern: path('/me/events'), scopes: ['Calendars.ReadWrite'], handle: mailbox(createEvent) },
];
