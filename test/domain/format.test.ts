// Swedish time without ICU's zone data (issue 17): the EU rule must give what the runtime's own zone data gives.
import { describe, expect, it } from 'vitest';
import { clockTime, recordDate, stockholmYear, timeRange } from '../../src/domain/format';

const zone = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function byZoneData(instant: number): string {
  const p = new Map(zone.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${p.get('year')}-${p.get('month')}-${p.get('day')} ${p.get('hour')}.${p.get('minute')}`;
}

function byRule(instant: number): string {
  const iso = new Date(instant).toISOString();
  return `${recordDate(iso)} ${clockTime(iso)}`;
}

const HOUR = 3_600_000;

describe('Stockholm time', () => {
  it('agrees with the zone data every half hour around each change of clock, 1996 to 2099', () => {
    const mismatches: string[] = [];
    for (let year = 1996; year <= 2099; year += 1) {
      for (const month of [2, 9]) {
        // Every day of the last week of March and October, so the change itself is always inside.
        for (let at = Date.UTC(year, month, 24); at < Date.UTC(year, month + 1, 1, 6); at += HOUR / 2) {
          if (byRule(at) !== byZoneData(at)) mismatches.push(new Date(at).toISOString());
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('agrees with the zone data every hour of 2025 to 2028, and at the turn of each year', () => {
    const mismatches: string[] = [];
    for (let at = Date.UTC(2025, 0, 1); at < Date.UTC(2029, 0, 1); at += HOUR)
      if (byRule(at) !== byZoneData(at)) mismatches.push(new Date(at).toISOString());
    for (let year = 1996; year <= 2100; year += 1)
      for (let at = Date.UTC(year, 0, 1) - 2 * HOUR; at < Date.UTC(year, 0, 1) + 2 * HOUR; at += HOUR / 2)
        if (byRule(at) !== byZoneData(at)) mismatches.push(new Date(at).toISOString());
    expect(mismatches).toEqual([]);
  });

  it('writes dates, times and ranges as the records do, summer and winter', () => {
    expect(recordDate('2026-03-29T00:59:00Z')).toBe('2026-03-29');
    expect(clockTime('2026-03-29T00:59:00Z')).toBe('01.59');
    expect(clockTime('2026-03-29T01:00:00Z')).toBe('03.00');
    expect(clockTime('2026-10-25T00:59:00Z')).toBe('02.59');
    expect(clockTime('2026-10-25T01:00:00Z')).toBe('02.00');
    expect(timeRange('2026-02-27T13:00:00Z', '2026-02-27T15:00:00Z')).toBe('14.00-16.00');
    expect(recordDate('2026-12-31T23:30:00Z')).toBe('2027-01-01');
    expect(stockholmYear('2026-12-31T23:30:00Z')).toBe(2027);
  });

  it('asks the zone data outside the rule years, and refuses what is not a date', () => {
    expect(byRule(Date.UTC(1990, 6, 1, 12))).toBe(byZoneData(Date.UTC(1990, 6, 1, 12)));
    expect(byRule(Date.UTC(1990, 8, 30, 12))).toBe(byZoneData(Date.UTC(1990, 8, 30, 12)));
    expect(byRule(Date.UTC(2100, 6, 1, 12))).toBe(byZoneData(Date.UTC(2100, 6, 1, 12)));
    expect(() => recordDate('not a date')).toThrow(RangeError);
  });
});
