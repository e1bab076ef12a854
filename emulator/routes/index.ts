// Every emulated Graph v1.0 route, in matching order (specific drive paths before general ones).
import type { Route } from '../routing/route.js';
import { calendarRoutes } from './calendar.js';
import { driveRoutes } from './drives.js';
import { mailRoutes } from './mail.js';
import { meetingRoutes } from './meetings.js';
import { plannerRoutes } from './planner.js';
import { userRoutes } from './users.js';

export const allRoutes: Route[] = [
  ...userRoutes,
  ...calendarRoutes,
  ...meetingRoutes,
  ...driveRoutes,
  ...plannerRoutes,
  ...mailRoutes,
];
