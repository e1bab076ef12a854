// The same meeting kept as a formal protokoll: § numbers from 12, a chair, an adjuster and a secretary.
import type { Minutes } from '../../../src/domain/model';

export function protokollOf(minutes: Minutes): Minutes {
  return {
    ...minutes,
    kind: 'protokoll',
    firstNumber: 12,
    title: minutes.title.replace(/^\S+/, 'Protokoll'),
    attendees: minutes.attendees.map((attendee) => {
      // One chair, one adjuster, one secretary, so the signature block is predictable.
      if (attendee.name === 'Ingrid Wester') return { ...attendee, roles: ['adjuster'] };
      return {
        ...attendee,
        roles: attendee.roles.filter(
          (role) =>
            !(role === 'chair' && attendee.name !== 'Henrik Dahl') &&
            !(role === 'secretary' && attendee.name !== 'Stina Halvarsson-Berg'),
        ),
      };
    }),
  };
}
