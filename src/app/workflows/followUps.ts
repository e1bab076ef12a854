// "Hänt sedan sist": the previous record's assignments, and what Planner says became of them.
import { allAssignments } from '../../domain/assignments';
import type { Minutes } from '../../domain/model';
import type { PlannerGateway } from '../../graph/gateways';
import type { FollowUp } from '../../contracts/records';

/** The assignments as the record lists them, with the task each became; Planner is asked later (followUpProgress). */
export function followUpsOf(previous: Minutes): FollowUp[] {
  return allAssignments(previous).map(({ assignment, label }) => ({
    label,
    text: assignment.text,
    assignees: assignment.assignees.map((a) => a.name),
    ...(assignment.planner ? { taskId: assignment.planner.taskId } : {}),
  }));
}

/** Each task's progress, or `missing` when Planner no longer has it; any other failure is the caller's to show. */
export async function followUpProgress(planner: PlannerGateway, followUps: FollowUp[]): Promise<FollowUp[]> {
  return Promise.all(
    followUps.map(async (followUp) => {
      if (!followUp.taskId) return followUp;
      const task = await planner.getTask(followUp.taskId);
      return task ? { ...followUp, percentComplete: task.percentComplete } : { ...followUp, missing: true };
    }),
  );
}
