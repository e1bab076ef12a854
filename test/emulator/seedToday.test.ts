// The demo tenant's approved record is of the steering group's last meeting before today, whatever the hour: once
// today's meeting had ended (15.00 in Stockholm), the seed made today's meeting the approved one, and the meeting the
// secretary writes (and the end-to-end tests with her) opened locked.
import { describe, expect, it } from 'vitest';
import { seedTenant } from '../../emulator/seed/tenant';

const recordFiles = (files: Map<string, Buffer>) => [...files.keys()].filter((path) => path.endsWith('.minutes.json'));

describe('the seeded previous record', () => {
  it('is the same in the morning and late in the evening of one day, and never of that day', async () => {
    const morning = await seedTenant(new Date('2026-11-28T07:00:00Z'));
    const evening = await seedTenant(new Date('2026-11-28T22:00:00Z'));
    expect(recordFiles(evening.files)).toEqual(recordFiles(morning.files));
    expect(recordFiles(morning.files).length).toBeGreaterThan(0);
    for (const path of recordFiles(evening.files)) expect(path).not.toContain('2026-11-28');
  });
});
