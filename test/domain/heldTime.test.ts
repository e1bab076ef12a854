import { describe, expect, it } from 'vitest';
import { bookedTime, heldTimeOf, heldTimeProblem, parseClockTime, setHeldTime } from '../../src/domain/heldTime';
import { recordTimeRange } from '../../src/domain/format';
import { minutes as sampleMinutes } from './fixtures';

const now = new Date('2026-03-12T15:00:00Z');

describe('the time a meeting was held', () => {
  it('starts as the booking in Stockholm time', () => {
    const minutes = sampleMinutes();
    expect(heldTimeOf(minutes)).toEqual(bookedTime(minutes.meeting));
    expect(minutes.held).toBeUndefined();
  });

  it('keeps a correction, prints it as Tid, and drops it again when set back to the booking', () => {
    const minutes = sampleMinutes();
    const booked = bookedTime(minutes.meeting);
    const late = setHeldTime(minutes, { ...booked, start: '13:15', end: '16:40' }, now);
    expect(late.held).toEqual({ ...booked, start: '13:15', end: '16:40' });
    expect(recordTimeRange(late)).toBe('13.15-16.40');
    expect(late.revision).toBe(minutes.revision + 1);
    const back = setHeldTime(late, booked, now);
    expect(back.held).toBeUndefined();
    expect(recordTimeRange(back)).toBe(recordTimeRange(minutes));
  });

  it('refuses impossible dates and times, and an end before the start', () => {
    const booked = bookedTime(sampleMinutes().meeting);
    expect(heldTimeProblem({ ...booked, date: '1900-01-01' })).toBe('date');
    expect(heldTimeProblem({ ...booked, date: '2026-02-31' })).toBe('date');
    expect(heldTimeProblem({ ...booked, start: '25:00' })).toBe('start');
    expect(heldTimeProblem({ ...booked, end: 'soon' })).toBe('end');
    expect(heldTimeProblem({ ...booked, start: '15:00', end: '13:00' })).toBe('endBeforeStart');
    expect(heldTimeProblem({ ...booked, start: '15:00', end: '15:00' })).toBe('endBeforeStart');
    expect(() => setHeldTime(sampleMinutes(), { ...booked, start: '15:00', end: '13:00' }, now)).toThrow(RangeError);
  });

  it('reads times the way secretaries type them', () => {
    expect(parseClockTime('14.00')).toBe('14:00');
    expect(parseClockTime(' 14:30 ')).toBe('14:30');
    expect(parseClockTime('1400')).toBe('14:00');
    expect(parseClockTime('930')).toBe('09:30');
    expect(parseClockTime('9')).toBe('09:00');
    expect(parseClockTime('24.00')).toBeUndefined();
    expect(parseClockTime('14.75')).toBeUndefined();
    expect(parseClockTime('kl 14')).toBeUndefined();
    expect(parseClockTime('')).toBeUndefined();
  });
});
