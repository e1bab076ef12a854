// Which record a meeting surface opens, from what the host says about the meeting: one rule for the screen that opens
// it and for the composition root, which starts reading the device's copy before the screen has rendered.
import type { OpenTarget } from '../../contracts/records';
import type { HostContext } from '../../hosts/hostAdapter';

export function meetingTarget(context: HostContext): OpenTarget {
  if (context.recordKey) return { kind: 'record', recordKey: context.recordKey };
  if (context.meeting?.eventId)
    return {
      kind: 'event',
      eventId: context.meeting.eventId,
      ...(context.meeting.start ? { start: context.meeting.start } : {}),
    };
  return { kind: 'teamsMeeting', chatId: context.meeting?.chatId, joinUrl: context.meeting?.joinUrl };
}
