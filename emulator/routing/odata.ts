// OData query options as Graph applies them: $select, $top, paging by an opaque $skiptoken.
import { badRequest } from '../http/graphError.js';
import type { GraphContext } from './context.js';

type Entity = Record<string, unknown>;

/** The properties named in $select, or undefined when absent. */
export function selected(context: GraphContext): string[] | undefined {
  const raw = context.request.query.get('$select');
  if (!raw) return undefined;
  return raw
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Only the selected properties remain (annotations like @odata.etag stay), as Graph does; `id` only if selected. */
export function applySelect<T extends Entity>(entity: T, names: string[] | undefined): Entity {
  if (!names) return entity;
  const result: Entity = {};
  for (const [key, value] of Object.entries(entity)) if (key.startsWith('@')) result[key] = value;
  const lower = new Map(Object.keys(entity).map((key) => [key.toLowerCase(), key]));
  for (const name of names) {
    const key = lower.get(name.toLowerCase());
    if (key !== undefined) result[key] = entity[key];
  }
  return result;
}

export function contextUrl(context: GraphContext, fragment: string): string {
  return `${context.origin}/v1.0/$metadata#${fragment}`;
}

const decodeSkip = (token: string | null): number => {
  if (!token) return 0;
  const offset = Number(
    Buffer.from(token, 'base64url')
      .toString('utf8')
      .replace(/^skip:/, ''),
  );
  if (!Number.isInteger(offset) || offset < 0) throw badRequest('BadRequest', 'Invalid $skiptoken.');
  return offset;
};

/**
 * One page of a collection with `@odata.nextLink` when more remain. The page size is `$top` when given,
 * else the emulator's page size; the nextLink repeats the request's query with a new skiptoken.
 */
export function page(context: GraphContext, items: Entity[], odataContext: string, extra: Entity = {}): Entity {
  const { query } = context.request;
  const top = query.get('$top');
  const size = top ? Number(top) : context.pageSize;
  if (!Number.isInteger(size) || size < 1) throw badRequest('BadRequest', `Invalid $top value '${top ?? ''}'.`);
  const offset = decodeSkip(query.get('$skiptoken'));
  const names = selected(context);
  const result: Entity = { '@odata.context': odataContext, ...extra };
  const slice = items.slice(offset, offset + size).map((item) => applySelect(item, names));
  if (offset + size < items.length) {
    const next = new URLSearchParams(query);
    next.set('$skiptoken', Buffer.from(`skip:${offset + size}`).toString('base64url'));
    // Graph writes $ literally in its nextLinks.
    result['@odata.nextLink'] = `${context.origin}/v1.0${context.request.path}?${next.toString().replace(/%24/g, '$')}`;
  }
  result.value = slice;
  return result;
}

/** A single entity with its @odata.context, $select applied. */
export function entity(context: GraphContext, value: Entity, odataContext: string): Entity {
  return { '@odata.context': odataContext, ...applySelect(value, selected(context)) };
}
