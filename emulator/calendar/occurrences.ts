// Expanding a recurring series into occurrences, as calendarView does; occurrence ids are derived, not stored.
import type { EventRecord } from '../state/types.js';
import { dateInZone, zonedToUtc } from './timeZones.js';

/** One instance to show: a single event, or one occurrence of a series. */
export interface Instance {
  record: EventRecord;
  id: string;
  start: Date;
  end: Date;
  type: 'singleInstance' | 'occurrence' | 'seriesMaster';
  seriesMasterId: string | null;
}

const OCCURRENCE_MARK = '_OC';

export function occurrenceId(masterId: string, start: Date): string {
  return `${masterId}${OCCURRENCE_MARK}${start.toISOString().slice(0, 10).replace(/-/g, '')}`;
}

export function splitOccurrenceId(id: string): { masterId: string; day: string } | undefined {
  const index = id.lastIndexOf(OCCURRENCE_MARK);
  if (index < 0) return undefined;
  return { masterId: id.slice(0, index), day: id.slice(index + OCCURRENCE_MARK.length) };
}

/** Every occurrence of a series, keeping the first occurrence's local wall-clock time in the series' zone. */
export function expand(record: EventRecord): Instance[] {
  const first = new Date(record.start);
  const duration = new Date(record.end).getTime() - first.getTime();
  if (!record.recurrence)
    return [
      {
        record,
        id: record.id,
        start: first,
        end: new Date(first.getTime() + duration),
        type: 'singleInstance',
        seriesMasterId: null,
      },
    ];
  const { timeZone, intervalWeeks, occurrences } = record.recurrence;
  const localDate = dateInZone(first, timeZone);
  const localTime = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(first);
  const [hour, minute] = localTime.split(':').map(Number);
  const instances: Instance[] = [];
  for (let index = 0; index < occurrences; index += 1) {
    const day = new Date(Date.UTC(localDate.year, localDate.month - 1, localDate.day + index * intervalWeeks * 7));
    const start = zonedToUtc(
      day.getUTCFullYear(),
      day.getUTCMonth() + 1,
      day.getUTCDate(),
      hour ?? 0,
      minute ?? 0,
      timeZone,
    );
    instances.push({
      record,
      id: occurrenceId(record.id, start),
      start,
      end: new Date(start.getTime() + duration),
      type: 'occurrence',
      seriesMasterId: record.id,
    });
  }
  return instances;
}

export function masterInstance(record: EventRecord): Instance {
  return {
    record,
    id: record.id,
    start: new Date(record.start),
    end: new Date(record.end),
    type: record.recurrence ? 'seriesMaster' : 'singleInstance',
    seriesMasterId: null,
  };
}

/** An event by id in one mailbox: a single event, a series master, or an occurrence id. */
export function findInstance(events: EventRecord[], ownerId: string, id: string): Instance | undefined {
  const direct = events.find((event) => event.ownerId === ownerId && event.id === id);
  if (direct) return masterInstance(direct);
  const parts = splitOccurrenceId(id);
  if (!parts) return undefined;
  const master = events.find((event) => event.ownerId === ownerId && event.id === parts.masterId);
  return master ? expand(master).find((instance) => instance.id === id) : undefined;
}
