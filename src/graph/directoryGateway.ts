// People in the tenant's directory: the signed-in user, invitees' profiles (organisation, title) and people search.
import type { Client } from '@microsoft/microsoft-graph-client';
import type * as Graph from '@microsoft/microsoft-graph-types';
import { sendBatch, type BatchItem } from './batch';
import { odataString, pathSegment } from './encoding';
import { encodeQueryValue, graphGet } from './request';
import { NotFoundError, type DirectoryGateway, type PersonLookup, type UserProfile } from './gateways';
import { getAllPages, type ODataPage } from './paging';
import { emailKey } from '../domain/emailKey';

const PROFILE_FIELDS = 'id,displayName,mail,userPrincipalName,jobTitle,department,companyName,officeLocation,userType';
/** Enough to pick a person from a list; more pages are not fetched for a type-ahead. */
const SEARCH_LIMIT = 25;

export class GraphDirectoryGateway implements DirectoryGateway {
  constructor(private readonly client: Client) {}

  async me(): Promise<UserProfile> {
    const user = await graphGet<Graph.User>(this.client, {
      what: 'Reading your profile',
      needs: 'User.Read',
      path: '/me',
      query: { $select: PROFILE_FIELDS },
    });
    return toProfile(user);
  }

  async profiles(people: PersonLookup[]): Promise<Map<string, UserProfile | null>> {
    const keys = [...new Set(people.map(lookupKey).filter((key): key is string => key !== undefined))];
    const items = keys.map((key) => ({ key, item: profileRequest(key, people) }));
    const results = await sendBatch(
      this.client,
      items.map(({ item }) => item),
      { what: "Reading attendees' profiles", needs: 'User.ReadBasic.All' },
    );
    const profiles = new Map<string, UserProfile | null>();
    results.forEach((result, index) => {
      const key = items[index]!.key;
      if (result instanceof NotFoundError) profiles.set(key, null);
      else if (result instanceof Error) throw result;
      else profiles.set(key, fromLookupAnswer(result.body));
    });
    return profiles;
  }

  async byDisplayName(names: string[]): Promise<Map<string, UserProfile[]>> {
    const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
    const results = await sendBatch(
      this.client,
      unique.map((name) => ({
        method: 'GET' as const,
        url: `/users?$filter=${encodeQueryValue(`displayName eq ${odataString(name)}`)}&$select=${PROFILE_FIELDS}`,
      })),
      { what: 'Finding people in the directory', needs: 'User.ReadBasic.All' },
    );
    const found = new Map<string, UserProfile[]>();
    results.forEach((result, index) => {
      if (result instanceof Error) throw result;
      found.set(unique[index]!, isPage(result.body) ? result.body.value.map(toProfile) : []);
    });
    return found;
  }

  async search(query: string): Promise<UserProfile[]> {
    const text = query.trim();
    if (text === '') return [];
    // $search takes a double-quoted clause; a quote or backslash typed by the user is escaped with a backslash.
    const clause = `"displayName:${text.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
    const users = await getAllPages<Graph.User>(
      this.client,
      {
        what: 'Searching the directory',
        needs: 'User.ReadBasic.All',
        path: '/users',
        query: { $search: clause, $select: PROFILE_FIELDS, $top: SEARCH_LIMIT },
        headers: { ConsistencyLevel: 'eventual' },
      },
      SEARCH_LIMIT,
    );
    return users.map(toProfile);
  }
}

/** The map key: the directory id, else the lower-cased mail. */
function lookupKey(person: PersonLookup): string | undefined {
  return person.id ?? (person.mail === undefined ? undefined : emailKey(person.mail));
}

/**
 * By id: `GET /users/{id}`. By mail: a filter on `mail`, because `/users/{key}` takes an id or a user principal name
 * only, and a person's address is often not their UPN (aliases, guests).
 */
function profileRequest(key: string, people: PersonLookup[]): BatchItem {
  const byId = people.some((person) => person.id === key);
  if (byId) return { method: 'GET', url: `/users/${pathSegment(key)}?$select=${PROFILE_FIELDS}` };
  return {
    method: 'GET',
    url: `/users?$filter=${encodeQueryValue(`mail eq ${odataString(key)}`)}&$select=${PROFILE_FIELDS}`,
  };
}

function fromLookupAnswer(body: unknown): UserProfile | null {
  if (isPage(body)) {
    const first = body.value[0];
    return first ? toProfile(first) : null;
  }
  return toProfile(body as Graph.User);
}

function isPage(body: unknown): body is ODataPage<Graph.User> {
  return typeof body === 'object' && body !== null && Array.isArray((body as { value?: unknown }).value);
}

export function toProfile(user: Graph.User): UserProfile {
  return {
    id: user.id ?? '',
    displayName: user.displayName ?? user.mail ?? user.userPrincipalName ?? '',
    mail: user.mail ?? undefined,
    userPrincipalName: user.userPrincipalName ?? undefined,
    jobTitle: user.jobTitle ?? undefined,
    department: user.department ?? undefined,
    companyName: user.companyName ?? undefined,
    officeLocation: user.officeLocation ?? undefined,
    userType: user.userType === 'Guest' ? 'Guest' : user.userType === 'Member' ? 'Member' : undefined,
  };
}
