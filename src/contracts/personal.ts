// The personal tab: records waiting for my approval and my Planner tasks, across my groups.
import type { RecordSummary } from './archive';

/** A Planner task that came from a record's assignment, for "my assignments". */
export interface MyAssignment {
  taskId: string;
  title: string;
  groupName: string;
  percentComplete: number;
  due?: string;
  /** The record the assignment came from, when known. */
  recordKey?: string;
  recordTitle?: string;
}

export interface PersonalServices {
  recordsAwaitingMyApproval(): Promise<RecordSummary[]>;
  myAssignments(): Promise<MyAssignment[]>;
}
