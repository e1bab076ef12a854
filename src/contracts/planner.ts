// Planner tasks the UI handles directly.
import type { PlannerLink } from '../domain/model';

export interface PlannerServices {
  /** Deletes an assignment's task; a task already gone counts as deleted. */
  deletePlannerTask(link: PlannerLink): Promise<void>;
}
