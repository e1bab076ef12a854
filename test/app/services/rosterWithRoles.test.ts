// Remembering roles uses the domain's one rule for "the same person": directory id, else e-mail, and the name only
// for a roster entry typed in by hand.
import { describe, expect, it } from 'vitest';
import { rosterWithRoles } from '../../../src/app/services/attendanceServices';
import type { RosterMember } from '../../../src/domain/model';
import { attendee } from '../../ui/support/records';

describe('rosterWithRoles', () => {
  it('updates a standing member found by directory id, even when the invite spells the name differently', () => {
    const roster: RosterMember[] = [{ name: 'Karin Sjöström', directoryId: 'u1', roles: [] }];
    const next = rosterWithRoles(roster, [attendee('Karin Sjostrom', { directoryId: 'u1', roles: ['chair'] })]);
    expect(next).toEqual([{ name: 'Karin Sjöström', directoryId: 'u1', roles: ['chair'] }]);
  });

  it('matches a hand-typed member by name regardless of case', () => {
    const roster: RosterMember[] = [{ name: 'Per-Erik Ågren', roles: ['member'] }];
    const next = rosterWithRoles(roster, [attendee('per-erik ågren', { roles: ['adjuster'] })]);
    expect(next).toEqual([{ name: 'Per-Erik Ågren', roles: ['adjuster'] }]);
  });

  it('does not take a namesake with another address for a member: the namesake with a role is added', () => {
    const roster: RosterMember[] = [{ name: 'Anna Berg', email: 'anna.berg@sjoby.example', roles: ['member'] }];
    const next = rosterWithRoles(roster, [
      attendee('Anna Berg', { email: 'anna.berg@region.example', directoryId: 'u9', roles: ['secretary'] }),
    ]);
    expect(next).toHaveLength(2);
    expect(next[0]).toEqual(roster[0]);
    expect(next[1]).toMatchObject({ name: 'Anna Berg', directoryId: 'u9', roles: ['secretary'] });
  });
});
