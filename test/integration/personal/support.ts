// The personal tab's and the configuration page's services over the real gateways and the emulator, as one demo user.
import { RecordStore } from '../../../src/app/records/recordStore';
import { personalServices } from '../../../src/app/services/personalServices';
import { settingsServices } from '../../../src/app/services/settingsServices';
import type { Gateways } from '../../../src/graph/gateways';
import type { GatewayHarness } from '../gateways/harness';

export async function servicesAs(harness: GatewayHarness, upn: string, now: () => Date = () => new Date()) {
  const gateways: Gateways = harness.as(upn);
  const me = await gateways.directory.me();
  const context = {
    gateways,
    records: new RecordStore(gateways.files),
    user: { id: me.id, displayName: me.displayName },
    now,
  };
  return {
    ...personalServices(context),
    ...settingsServices(context),
    gateways,
    records: context.records,
    userId: me.id,
  };
}
