// One change to the record, as the components ask for it: a domain function of the minutes and the time
// of the change. The session hook applies it; components never see the rest of the session.
import type { Minutes } from '../../domain/model';

export type Edit = (minutes: Minutes, now: Date) => Minutes;
