// Justering as the integration tests play it: the secretary sends today's record, and each approver opens it on a
// device of their own from the record's link (as the approval mail's link does), to look, approve or attack.
import { recordKeyOf } from '../../../src/app/records/recordPaths';
import type { SaveOutcome, RecordSession } from '../../../src/contracts/records';
import type { ApprovalView } from '../../../src/contracts/approval';
import { openToday, saved, type Device, type WorkflowHarness } from '../workflows/harness';
import { markAttendance, typeItems } from '../workflows/meetingScript';

/** Today's record with its attendance marked and two items typed, sent for approval from `device`. */
export async function sentForApproval(device: Device): Promise<RecordSession> {
  const typed = await typeItems(
    device.services,
    await markAttendance(device.services, await openToday(device.services)),
    2,
    [],
  );
  return saved(await device.services.sendForApproval(typed.session));
}

export interface Approvers {
  /** `upn` signs in on a fresh device and opens the record. */
  opened(upn: string, session: RecordSession): Promise<{ device: Device; shown: RecordSession }>;
  approveAs(upn: string, session: RecordSession): Promise<SaveOutcome>;
  viewAs(upn: string, session: RecordSession): Promise<ApprovalView>;
}

/** `harness` is read at each call: the test file starts its emulator in beforeAll. */
export function approvers(harness: () => WorkflowHarness): Approvers {
  const opened: Approvers['opened'] = async (upn, session) => {
    const device = await harness().signIn(upn);
    return {
      device,
      shown: await device.services.openRecord({
        kind: 'record',
        recordKey: recordKeyOf(session.remote.driveId, session.remote.path),
      }),
    };
  };
  return {
    opened,
    approveAs: async (upn, session) => {
      const { device, shown } = await opened(upn, session);
      return device.services.approve(shown);
    },
    viewAs: async (upn, session) => {
      const { device, shown } = await opened(upn, session);
      return device.services.approvalView(shown);
    },
  };
}
