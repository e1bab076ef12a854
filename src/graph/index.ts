// The concrete gateways over one Graph client; the composition root (src/app) is the only caller.
import type { Client } from '@microsoft/microsoft-graph-client';
import { GraphCalendarGateway } from './calendarGateway';
import { GraphDirectoryGateway } from './directoryGateway';
import { GraphFilesGateway } from './filesGateway';
import type { Gateways } from './gateways';
import { GraphGroupsGateway } from './groupsGateway';
import { GraphMailGateway } from './mailGateway';
import { GraphMeetingsGateway } from './meetingsGateway';
import { GraphPlannerGateway } from './plannerGateway';

export function createGateways(client: Client): Gateways {
  return {
    calendar: new GraphCalendarGateway(client),
    directory: new GraphDirectoryGateway(client),
    groups: new GraphGroupsGateway(client),
    files: new GraphFilesGateway(client),
    planner: new GraphPlannerGateway(client),
    mail: new GraphMailGateway(client),
    meetings: new GraphMeetingsGateway(client),
  };
}

export { createGraphClient, type GraphClientOptions } from './client';
