// The meeting's invitees from its first round trip (./begin starts it as soon as sign-in has a token): shown while
// the record opens (issue 17) as soon as the event is back, without waiting for `/me` and the services behind it, and
// in the screen's first render when it is back before that.
import type { MeetingPreview, OpenTarget, RecordServices } from '../../contracts/records';
import type { EarlyWave } from '../workflows/firstWave';
import { meetingPreview } from '../workflows/meetingPreview';

export interface EarlyPreview extends Pick<RecordServices, 'previewMeeting' | 'previewedMeeting'> {
  /** Settles when the first wave's event has come (or failed, or there is none). */
  ready: Promise<void>;
}

export function earlyPreview(
  firstWave: Promise<EarlyWave | undefined>,
  signedIn: Pick<RecordServices, 'previewMeeting'>,
): EarlyPreview {
  let settled: { target: OpenTarget; preview: MeetingPreview } | undefined;
  const ready = firstWave
    .then(async (wave) => {
      const event = await wave?.peek(wave.target)?.event;
      if (wave && event) settled = { target: wave.target, preview: meetingPreview(event) };
    })
    .catch(() => undefined);
  const same = (a: OpenTarget, b: OpenTarget) => JSON.stringify(a) === JSON.stringify(b);
  return {
    ready,
    previewedMeeting: (target) => (settled && same(settled.target, target) ? settled.preview : undefined),
    async previewMeeting(target) {
      const event = await (await firstWave)?.peek(target)?.event;
      return event ? meetingPreview(event) : signedIn.previewMeeting(target);
    },
  };
}
