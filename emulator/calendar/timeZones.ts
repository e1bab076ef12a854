// Wall-clock time in a zone, via Intl: converting stored UTC to what `Prefer: outlook.timezone` asks for.

// Windows zone names Outlook uses, for the zones the demo and its users are likely to ask for.
const WINDOWS_TO_IANA: Record<string, string> = {
  UTC: 'UTC',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'Romance Standard Time': 'Europe/Paris',
  'GMT Standard Time': 'Europe/London',
  'FLE Standard Time': 'Europe/Helsinki',
  'Eastern Standard Time': 'America/New_York',
  'Pacific Standard Time': 'America/Los_Angeles',
};

/** The IANA zone for a Windows or IANA name, or undefined if unknown. */
export function resolveZone(name: string): string | undefined {
  const windows = WINDOWS_TO_IANA[name];
  if (windows) return windows;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name;
  } catch {
    return undefined;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, zone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: string): number => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

function offsetMs(instant: Date, zone: string): number {
  const clock = wallClock(instant, zone);
  return (
    Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second) -
    Math.floor(instant.getTime() / 1000) * 1000
  );
}

/** The UTC instant of a wall-clock time in a zone. */
export function zonedToUtc(year: number, month: number, day: number, hour: number, minute: number, zone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - offsetMs(new Date(guess), zone);
  return new Date(guess - offsetMs(new Date(first), zone));
}

/** The calendar date of an instant in a zone. */
export function dateInZone(instant: Date, zone: string): { year: number; month: number; day: number } {
  const { year, month, day } = wallClock(instant, zone);
  return { year, month, day };
}

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

/** Graph's dateTimeTimeZone.dateTime: local time with seven fractional digits and no offset. */
export function graphDateTime(instant: Date, zone: string): string {
  const clock = zone === 'UTC' ? wallClockUtc(instant) : wallClock(instant, zone);
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}.0000000`;
}

function wallClockUtc(instant: Date): WallClock {
  return {
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
    hour: instant.getUTCHours(),
    minute: instant.getUTCMinutes(),
    second: instant.getUTCSeconds(),
  };
}
