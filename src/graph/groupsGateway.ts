// The Microsoft 365 groups (teams) the user belongs to: where records and plans live.
import type { Client } from '@microsoft/microsoft-graph-client';
import type * as Graph from '@microsoft/microsoft-graph-types';
import type { GroupsGateway, GroupSummary } from './gateways';
import { getAllPages } from './paging';

export class GraphGroupsGateway implements GroupsGateway {
  constructor(private readonly client: Client) {}

  async joinedTeams(): Promise<GroupSummary[]> {
    // joinedTeams takes no OData query options; the team's id is its Microsoft 365 group's id.
    const teams = await getAllPages<Graph.Team>(this.client, {
      what: 'Listing your teams',
      needs: 'Team.ReadBasic.All',
      path: '/me/joinedTeams',
    });
    return teams.map((team) => ({
      id: team.id ?? '',
      displayName: team.displayName ?? '',
      description: team.description ?? undefined,
    }));
  }
}
