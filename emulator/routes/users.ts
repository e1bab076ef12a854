// Directory: /me, /users/{id|upn}, /users?$search|$filter, /me/joinedTeams. Each tenant's directory is its own:
// the caller sees the users of the token's tenant only (members and the guests invited there).
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

/**
 * `/users/{key}` as Graph resolves it: by object id or userPrincipalName, never by mail (a guest's mail is their home
 * address, their UPN is `…#EXT#@host`), and only in the given tenant.
 */
export function findUser(store: Store, tenantId: string, key: string): UserRecord | undefined {
  const lower = key.toLowerCase();
  return store.state.users.find(
    (user) =>
      !user.deleted &&
      user.tenantId === tenantId &&
      (user.id === lower || user.userPrincipalName.toLowerCase() === lower),
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
    userType: user.userType,
    otherMails: user.otherMails,
    externalUserState: user.externalUserState ?? null,
    externalUserStateChangeDateTime: user.externalUserStateChangeDateTime ?? null,
  };
  if (!full)
    for (const key of Object.keys(all))
      if (!BASIC_PROFILE.has(key)) all[key] = key === 'businessPhones' || key === 'otherMails' ? [] : null;
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

const FILTERABLE = new Set(['displayname', 'givenname', 'surname', 'mail', 'userprincipalname', 'usertype', 'id']);

/**
 * `startswith(p,'…')`, `p eq '…'` and the lambda `otherMails/any(x:x eq '…')`, as the user resource documents them;
 * string comparisons are case-insensitive as in Entra ID.
 */
function matchesFilter(user: UserRecord, filter: string): boolean {
  const clause = filter.trim();
  const unsupported = () =>
    badRequest('Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified: '${filter}'.`);
  const unquote = (text: string) => text.replace(/''/g, "'").toLowerCase();
  const lambda = /^otherMails\/any\((\w+):\s*(\w+)\s+eq\s+'((?:[^']|'')*)'\)$/i.exec(clause);
  if (lambda?.[3] !== undefined) {
    if (lambda[1] !== lambda[2]) throw unsupported();
    const term = unquote(lambda[3]);
    return user.otherMails.some((address) => address.toLowerCase() === term);
  }
  const startsWith = /^startswith\((\w+),\s*'((?:[^']|'')*)'\)$/i.exec(clause);
  const equals = /^(\w+)\s+eq\s+'((?:[^']|'')*)'$/i.exec(clause);
  const match = startsWith ?? equals;
  if (!match?.[1] || match[2] === undefined || !FILTERABLE.has(match[1].toLowerCase())) throw unsupported();
  const property = Object.keys(user).find((key) => key.toLowerCase() === match[1]?.toLowerCase()) ?? '';
  const value = String((user as unknown as Record<string, unknown>)[property] ?? '').toLowerCase();
  const term = unquote(match[2]);
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
      const user = findUser(context.store, context.user.tenantId, key);
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
        .filter((user) => !user.deleted && user.tenantId === context.user.tenantId)
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
        .filter((group) => group.tenantId === context.user.tenantId && group.memberIds.includes(context.user.id))
        .map((group) => ({
          id: group.id,
          displayName: group.displayName,
          description: group.description,
          isArchived: false,
          tenantId: group.tenantId,
        }));
      return json(page(context, teams, contextUrl(context, 'teams')));
    },
  },
];
