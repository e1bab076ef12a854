// What the UI may ask of the app, one interface per concern (each built by its src/app/services/*.ts).
// The composition root implements them over the gateways and local storage; tests pass fakes. The UI never
// reaches Graph or IndexedDB itself. No React here: src/app builds these without knowing the UI.
import type { ApprovalServices } from './approval';
import type { ArchiveServices } from './archive';
import type { AttendanceServices } from './attendance';
import type { PersonalServices } from './personal';
import type { PlannerServices } from './planner';
import type { RecordImportServices } from './recordImport';
import type { RecordServices } from './records';
import type { SettingsServices } from './settings';

export interface SignedInUser {
  id: string;
  displayName: string;
  userPrincipalName?: string;
}

export interface AppServices
  extends
    RecordServices,
    ApprovalServices,
    AttendanceServices,
    ArchiveServices,
    PersonalServices,
    SettingsServices,
    PlannerServices,
    RecordImportServices {
  user: SignedInUser;
}
