// A route: method, path pattern (on the percent-encoded path below /v1.0), the delegated scopes that allow it.
import type { GraphContext } from './context.js';
import type { GraphResponse } from '../http/types.js';

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  pattern: RegExp;
  /** From the endpoint's Permissions table in Microsoft's reference: least privileged first, then the higher ones. */
  scopes: readonly string[];
  handle(context: GraphContext): GraphResponse | Promise<GraphResponse>;
}

/** Builds an anchored pattern from a template where `{}` is one path segment and `{path}` a drive path. */
export function path(template: string): RegExp {
  const source = template
    .split(/(\{\}|\{path\})/)
    .map((part) =>
      part === '{}' ? '([^/]+)' : part === '{path}' ? '(.+?)' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`, 'i');
}
