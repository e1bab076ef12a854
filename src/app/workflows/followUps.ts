// "Hänt sedan sist": the previous record's assignments with what Planner says became of them.
import { allAssignments } from '../../domain/assignments';
import type { Minutes } from '../../domain/model';
import type { PlannerGateway } from '../../graph/gateways';
import type { FollowUp } from '../../contracts/records';

export async function followUps(planner: PlannerGateway, previous: Minutes): Promise<FollowUp[]> {
  return Promise.all(
    allAssignments(previous).map(async ({ assignment, label }) => {
      const base = { label, text: assignment.text, assignees: assignment.assignees.map((a) => a.name) };
      if (!assignment.planner) return base;
      const task = await planner.getTask(assignment.planner.taskId).catch(() => undefined);
      return task ? { ...base, percentComplete: task.percentComplete } : { ...base, missing: true };
    }),
  );
}
