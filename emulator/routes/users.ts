// Directory: /me, /users/{id|upn|mail}, /users?$search|$filter, /me/joinedTeams.
import { badRequest, GraphError, notFound } from '../http/graphError.js';
import { contextUrl, entity, page } from '../routing/odata.js';
import { path, type Route } from '../routing/route.js';
import type { GraphContext } from '../routing/context.js';
import { json, header } from '../http/types.js';
import type { Store } from '../state/store.js';
import type { UserRecord } from '../state/types.js';

const READ_SELF = ['User.Read', 'User.ReadWrite'];
const READ_OTHERS = [
  'User.ReadBasic.All',
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];
const FULL_PROFILE = ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
// Returned without $select (Graph's default set); department and companyName come only when selected.
const DEFAULT_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];
// The "basic profile" User.ReadBasic.All allows for other people; other properties come back null.
const BASIC_PROFILE = new Set(['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName']);

export function findUser(store: Store, key: string): UserRecord | undefined {
  const lower = key.toLowerCase();
  return store.state.users.find(
    (user) =>
      !user.deleted &&
      (user.id === lower || user.userPrincipalName.toLowerCase() === lower || user.mail.toLowerCase() === lower),
  );
}

function userView(context: GraphContext, user: UserRecord): Record<string, unknown> {
  const full = user.id === context.user.id || FULL_PROFILE.some((scope) => context.scopes.has(scope));
  const all: Record<string, unknown> = {
    id: user.id,
    businessPhones: user.businessPhones,
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mobilePhone: null,
    officeLocation: user.officeLocation,
    preferredLanguage: 'sv-SE',
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    department: user.department,
    companyName: user.companyName,
  };
  if (!full)
    for (const key of Object.keys(all)) if (!BASIC_PROFILE.has(key)) all[key] = key === 'businessPhones' ? [] : null;
  if (context.request.query.get('$select')) return all;
  return Object.fromEntries(DEFAULT_PROPERTIES.map((key) => [key, all[key]]));
}

function matchesSearch(user: UserRecord, search: string): boolean {
  const clauses = search.split(/\s+(?:OR)\s+/).map((clause) => clause.trim().replace(/^"|"$/g, ''));
  return clauses.some((clause) => {
    const [property, ...rest] = clause.split(':');
    const term = rest.join(':').toLowerCase();
    const value = String((user as unknown as Record<string, unknown>)[property ?? ''] ?? '').toLowerCase();
    // Graph's $search tokenizes: a term matches the start of any word.
    return value.split(/[\s.@_-]+/).some((word) => word.startsWith(term)) || value.startsWith(term);
  });
}

function matchesFilter(user: UserRecord, filter: string): boolean {
  const startsWith = /^startswith\((\w+),\s*'((?:[^']|'')*)'\)$/i.exec(filter.trim());
  const equals = /^(\w+)\s+eq\s+'((?:[^']|'')*)'$/i.exec(filter.trim());
  const match = startsWith ?? equals;
  if (!match?.[1] || match[2] === undefined)
    throw badRequest('Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified: '${filter}'.`);
  const value = String((user as unknown as Record<string, unknown>)[match[1]] ?? '').toLowerCase();
  const term = match[2].replace(/''/g, "'").toLowerCase();
  return startsWith ? value.startsWith(term) : value === term;
}

export const userRoutes: Route[] = [
  {
    method: 'GET',
    pattern: path('/me'),
    scopes: [...READ_SELF, ...READ_OTHERS],
    handle: (context) => json(entity(context, userView(context, context.user), contextUrl(context, 'users/$entity'))),
  },
  {
    method: 'GET',
    pattern: path('/users/{}'),
    scopes: [...READ_SELF, ...READ_OTHERS],
    handle: (context) => {
      const key = context.params[0] ?? '';
      const user = findUser(context.store, key);
      if (!user)
        throw notFound(
          'Request_ResourceNotFound',
          `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`,
        );
      if (user.id !== context.user.id && !READ_OTHERS.some((scope) => context.scopes.has(scope))) {
        throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      }
      return json(entity(context, userView(context, user), contextUrl(context, 'users/$entity')));
    },
  },
  {
    method: 'GET',
    pattern: path('/users'),
    scopes: READ_OTHERS,
    handle: (context) => {
      const { query } = context.request;
      const search = query.get('$search');
      const filter = query.get('$filter');
      if (search && header(context.request, 'ConsistencyLevel')?.toLowerCase() !== 'eventual') {
        throw badRequest(
          'Request_UnsupportedQuery',
          "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
        );
      }
      if (search && !/^".*"$/.test(search.trim()))
        throw badRequest('Request_UnsupportedQuery', "Syntax error: character '\"' is missing in the search clause.");
      const users = context.store.state.users
        .filter((user) => !user.deleted)
        .filter((user) => !search || matchesSearch(user, search.trim()))
        .filter((user) => !filter || matchesFilter(user, filter))
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'));
      return json(
        page(
          context,
          users.map((user) => userView(context, user)),
          contextUrl(context, 'users'),
        ),
      );
    },
  },
  {
    method: 'GET',
    pattern: path('/me/joinedTeams'),
    scopes: [
      'Team.ReadBasic.All',
      'TeamSettings.Read.All',
      'TeamSettings.ReadWrite.All',
      'User.Read.All',
      'User.ReadWrite.All',
      'Directory.Read.All',
      'Directory.ReadWrite.All',
    ],
    handle: (context) => {
      const teams = context.store.state.groups
        .filter((group) => group.memberIds.includes(context.user.id))
        .map((group) => ({
          id: group.id,
          displayName: group.displayName,
          description: group.description,
          isArchived: false,
          tenantId: TENANT_ID,
        }));
      return json(page(context, teams, contextUrl(context, 'teams')));
    },
  },
];

export const TENANT_ID = '5a3c1d2e-7b4f-4e8a-9c6d-0f1e2d3c4b5a';
