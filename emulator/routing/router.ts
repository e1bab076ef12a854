// Finds the route for a request, checks its scopes, runs it. Used for plain requests and for $batch items alike.
import { requireScope, type Caller } from '../auth.js';
import { rootAlias } from '../modes/rootAlias.js';
import { errorBody, GraphError } from '../http/graphError.js';
import type { Environment } from './context.js';
import type { Route } from './route.js';
import type { GraphRequest, GraphResponse } from '../http/types.js';

export class Router {
  constructor(private readonly routes: Route[]) {}

  async dispatch(original: GraphRequest, caller: Caller, environment: Environment): Promise<GraphResponse> {
    const request = rootAlias(groupDriveAlias(original, caller, environment), environment.modes.current);
    const candidates = this.routes
      .map((route) => ({ route, match: route.pattern.exec(request.path) }))
      .filter((candidate) => candidate.match);
    if (candidates.length === 0) {
      const segment = request.path.split('/').filter(Boolean).pop() ?? '';
      throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${decodeURIComponent(segment)}'.`);
    }
    const found = candidates.find((candidate) => candidate.route.method === request.method);
    if (!found?.match)
      throw new GraphError(
        405,
        'Request_BadRequest',
        `The HTTP method '${request.method}' is not allowed on this resource.`,
      );
    requireScope(caller, found.route.scopes);
    const params = found.match.slice(1).map((value) => (value === undefined ? '' : safeDecode(value)));
    return found.route.handle({ request, user: caller.user, scopes: caller.scopes, params, ...environment });
  }
}

/**
 * `/groups/{id}/drive/…` addresses the group's default document library, as `/drives/{driveId}/…` does
 * (Graph documents both forms for every driveItem call). Members only, like the drive itself.
 */
function groupDriveAlias(request: GraphRequest, caller: Caller, environment: Environment): GraphRequest {
  const alias = /^\/groups\/([^/]+)\/drive\/(.+)$/i.exec(request.path);
  if (!alias) return request;
  const groupId = safeDecode(alias[1] ?? '');
  const group = environment.store.state.groups.find((candidate) => candidate.id === groupId);
  if (!group)
    throw new GraphError(
      404,
      'Request_ResourceNotFound',
      `Resource '${groupId}' does not exist or one of its queried reference-property objects are not present.`,
    );
  if (!group.memberIds.includes(caller.user.id)) throw new GraphError(403, 'accessDenied', 'Access denied');
  return { ...request, path: `/drives/${encodeURIComponent(group.driveId)}/${alias[2] ?? ''}` };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new GraphError(400, 'BadRequest', 'The request URL is not correctly percent-encoded.');
  }
}

export interface Correlation {
  requestId: string;
  clientRequestId: string;
}

export function errorResponse(error: GraphError, correlation: Correlation, now: Date): GraphResponse {
  return {
    status: error.status,
    headers: error.headers,
    body: { kind: 'json', value: errorBody(error, correlation.requestId, correlation.clientRequestId, now) },
  };
}

/** Runs the dispatch and turns a thrown GraphError into Graph's error response. */
export async function answer(
  run: () => Promise<GraphResponse>,
  correlation: Correlation,
  now: Date,
): Promise<GraphResponse> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GraphError) return errorResponse(error, correlation, now);
    console.error('[emulator] unexpected error', error);
    return errorResponse(
      new GraphError(500, 'generalException', 'An unexpected error occurred in the emulator.'),
      correlation,
      now,
    );
  }
}
