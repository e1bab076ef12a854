import { describe, expect, it } from 'vitest';
import { emailKey, sameAddress } from '../../src/domain/emailKey';

describe('emailKey', () => {
  it('compares addresses as Exchange does: case and surrounding spaces do not matter, å/ä/ö stay', () => {
    expect(emailKey('  Åsa.Öberg@Kommun.SE ')).toBe('åsa.öberg@kommun.se');
    expect(sameAddress('Eva.Strom@Region.se', 'eva.strom@region.se ')).toBe(true);
    expect(sameAddress('eva@region.se', 'eva@kommun.se')).toBe(false);
  });

  it('never matches a missing address, not even another missing one', () => {
    expect(sameAddress(undefined, undefined)).toBe(false);
    expect(sameAddress('eva@region.se', undefined)).toBe(false);
  });
});
