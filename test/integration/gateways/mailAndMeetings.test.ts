import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsentRequiredError } from '../../../src/auth/tokenProvider';
import { scopes } from '../../../src/auth/scopes';
import { CHAIR, SECRETARY } from '../../emulator/support';
import { startGatewayHarness, userId, type EmulatorState, type GatewayHarness } from './harness';

let harness: GatewayHarness;
let state: EmulatorState;

beforeAll(async () => {
  harness = await startGatewayHarness();
  state = await harness.state();
});
afterAll(() => harness.close());

describe('mail gateway against the emulator', () => {
  it('sends an approval request (202)', async () => {
    await harness.reset();
    await harness.as().mail.send({
      subject: 'Protokoll att justera',
      html: '<p>Hej Göran &amp; Märta</p>',
      to: [{ name: 'Göran Öberg', address: CHAIR }],
    });
    const [sendMail] = (await harness.requests()).filter((request) => request.path === '/v1.0/me/sendMail');
    expect(sendMail?.status).toBe(202);
    const mail = (await harness.state()).mail;
    expect(mail.map((message) => [message.subject, message.toRecipients[0]?.emailAddress.address])).toEqual([
      ['Protokoll att justera', CHAIR],
    ]);
  });

  it('asks for Mail.Send consent when it was not granted', async () => {
    const gateways = harness.as(SECRETARY, scopes.base);
    await expect(gateways.mail.send({ subject: 's', html: '', to: [] })).rejects.toBeInstanceOf(ConsentRequiredError);
  });
});

describe('meetings gateway against the emulator', () => {
  it('gives the organizer the newest attendance report and anyone else undefined', async () => {
    const meeting = state.onlineMeetings.find((candidate) => candidate.organizerId === userId(state, SECRETARY))!;
    const records = await harness.as(SECRETARY).meetings.attendance(meeting.joinWebUrl);
    expect(records?.length).toBeGreaterThan(0);
    expect(records![0]).toMatchObject({
      displayName: expect.any(String),
      totalAttendanceInSeconds: expect.any(Number),
    });
    expect(records!.some((record) => record.emailAddress?.includes('@'))).toBe(true);

    expect(await harness.as(CHAIR).meetings.attendance(meeting.joinWebUrl)).toBeUndefined();
    expect(
      await harness
        .as(SECRETARY)
        .meetings.attendance('https://teams.microsoft.com/l/meetup-join/19%3ameeting_none%40thread.v2/0'),
    ).toBeUndefined();
  });
});
