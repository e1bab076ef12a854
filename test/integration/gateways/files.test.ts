import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../../../src/graph/gateways';
import { startGatewayHarness, type EmulatorState, type GatewayHarness } from './harness';

let harness: GatewayHarness;
let state: EmulatorState;
let driveId: string;

beforeAll(async () => {
  harness = await startGatewayHarness();
  state = await harness.state();
  driveId = await harness.as().files.groupDriveId(state.groups[0]!.id);
});
afterAll(() => harness.close());

const PATH = 'Protokoll/2026/2026-11-20 Styrgrupp närvård #3 100%.minutes.json';

describe('files gateway against the emulator', () => {
  it("finds the group's drive", () => {
    expect(driveId).toBe(state.drives.find((drive) => drive.groupId === state.groups[0]!.id)!.id);
  });

  it('creates a file only once, reads it back with its ETag, and refuses a stale ETag', async () => {
    const files = harness.as().files;
    const created = await files.write(driveId, PATH, '{"revision":1}', 'application/json', null);
    expect(created.name).toBe('2026-11-20 Styrgrupp närvård #3 100%.minutes.json');

    const again = await files.write(driveId, PATH, '{"revision":1}', 'application/json', null).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ConflictError);

    const read = await files.readText(driveId, PATH);
    expect(read?.text).toBe('{"revision":1}');
    expect(read?.item.eTag).toBe(created.eTag);

    const updated = await files.write(
      driveId,
      PATH,
      new TextEncoder().encode('{"revision":2}'),
      'application/json',
      created.eTag,
    );
    expect(updated.eTag).not.toBe(created.eTag);
    const stale = await files
      .write(driveId, PATH, '{"revision":3}', 'application/json', created.eTag)
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((await files.readText(driveId, PATH))?.text).toBe('{"revision":2}');

    const versions = await files.versions(driveId, created.id);
    expect(versions.length).toBe(2);
    expect(versions[0]!.lastModifiedBy.displayName).toBe('Åsa Lindqvist');
  });

  it('lists a folder (every page), and an absent folder or file as empty', async () => {
    const files = harness.as().files;
    for (let index = 0; index < 12; index++) {
      await files.write(driveId, `Protokoll/Arkiv/fil ${index}.txt`, `text ${index}`, 'text/plain', null);
    }
    const listed = await files.list(driveId, 'Protokoll/Arkiv');
    expect(listed.map((item) => item.name).sort()).toEqual(
      Array.from({ length: 12 }, (_, index) => `fil ${index}.txt`).sort(),
    );
    expect(await files.list(driveId, 'Protokoll/Finns inte')).toEqual([]);
    expect(await files.readText(driveId, 'Protokoll/Finns inte.json')).toBeUndefined();
  });

  it('converts a record to PDF through the 302 download URL', async () => {
    const files = harness.as().files;
    const item = await files.write(
      driveId,
      'Protokoll/2026/Styrgrupp.txt',
      'Protokoll Styrgrupp närvård',
      'text/plain',
      null,
    );
    const pdf = await files.convertToPdf(driveId, item.id);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  });
});
