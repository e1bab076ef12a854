// Planner tasks the UI handles directly: deleting the task of an assignment the secretary removes.
import type { PlannerServices } from '../../contracts/planner';
import { ConflictError, NotFoundError } from '../../graph/gateways';
import type { ServiceContext } from '../serviceContext';

export function plannerServices(context: Pick<ServiceContext, 'gateways'>): PlannerServices {
  const { planner } = context.gateways;

  const deleteWith = async (taskId: string, etag: string): Promise<void> => {
    try {
      await planner.deleteTask(taskId, etag);
    } catch (error) {
      if (error instanceof NotFoundError) return;
      throw error;
    }
  };

  return {
    /**
     * The record's ETag is often older than the task's: Planner itself, the assignee or a later save change it.
     * On 409/412 the task is read once and deleted with its current ETag; the secretary asked for it gone.
     */
    async deletePlannerTask(link) {
      try {
        await deleteWith(link.taskId, link.etag);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        const current = await planner.getTask(link.taskId);
        if (!current) return;
        await deleteWith(link.taskId, current.etag);
      }
    },
  };
}
