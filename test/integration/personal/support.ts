// The personal tab's and the configuration page's services over the real gateways and the emulator, as one demo user.
// Only what these services use is real; the rest of the context is never reached by them.
import { RecordStore } from '../../../src/app/records/recordStore';
import type { ServiceContext } from '../../../src/app/serviceContext';
import { personalServices } from '../../../src/app/services/personalServices';
import { settingsServices } from '../../../src/app/services/settingsServices';
import type { Gateways } from '../../../src/graph/gateways';
import { createFakeHost } from '../../../src/hosts/fakeHost';
import { createDraftStore } from '../../../src/storage/draftStore';
import { createMemoryKeyValueStore } from '../../../src/storage/memoryKeyValueStore';
import type { GatewayHarness } from '../gateways/harness';

const unused = (): never => {
  throw new Error('not used by the personal and settings services');
};

export async function servicesAs(harness: GatewayHarness, upn: string, now: () => Date = () => new Date()) {
  const gateways: Gateways = harness.as(upn);
  const me = await gateways.directory.me();
  const context: ServiceContext = {
    gateways,
    records: new RecordStore(gateways.files),
    drafts: createDraftStore(createMemoryKeyValueStore()),
    host: createFakeHost(),
    user: { id: me.id, displayName: me.displayName },
    language: 'sv',
    now,
    save: unused,
    persistDraft: unused,
    renderDocx: unused,
    approvalLink: unused,
  };
  return { ...personalServices(context), ...settingsServices(context), gateways, records: context.records, userId: me.id };
}
