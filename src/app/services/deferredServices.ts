// The app's services while sign-in is still under way: the device's own (open from the draft, keep the draft) work
// at once; everything that needs Microsoft 365 waits for sign-in. One object for the app's whole life, so the
// screens that hold it never reopen when sign-in completes.
import type { AppServices } from '../../contracts/appServices';
import { lazyGroup } from './lazyGroup';
import type { LocalServices } from './localServices';

type RemoteServices = Omit<AppServices, keyof LocalServices>;

/** Every remote method by name: a method added to AppServices and missing here fails the type check. */
const remoteMethods: Record<keyof RemoteServices, true> = {
  listMeetings: true,
  listGroups: true,
  openRecord: true,
  saveRecord: true,
  resolveConflicts: true,
  sendForApproval: true,
  approvalView: true,
  approve: true,
  requestChanges: true,
  fileApprovedDocuments: true,
  searchPeople: true,
  followUpProgress: true,
  previewMeeting: true,
  listRecords: true,
  recordHistory: true,
  reopen: true,
  recordsAwaitingMyApproval: true,
  myAssignments: true,
  loadSettings: true,
  saveSettings: true,
  listPlans: true,
  createPlan: true,
  joinedMeeting: true,
  rememberRoles: true,
  rememberList: true,
  deletePlannerTask: true,
  listRecordFiles: true,
  importRecord: true,
};

/** `signedIn` gives the latest sign-in: after a failed one, the next call waits for the attempt that followed. */
export function deferredServices(local: LocalServices, signedIn: () => Promise<AppServices>): AppServices {
  const names = Object.keys(remoteMethods) as (keyof RemoteServices)[];
  return { ...lazyGroup<RemoteServices>(signedIn, names), ...local };
}
