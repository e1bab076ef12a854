// Several tenants by Microsoft's rules: the collaboration office's host tenant and Lindö kommun's own tenant, B2B
// guests in the host, one invite with a copy per mailbox, and tokens that are good for one tenant only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devToken } from '../../emulator/devToken';
import { accountOf, HOST_TENANT, MUNICIPALITY_TENANT } from '../../emulator/state/tenants';
import { APP_SCOPES, SECRETARY, startTestEmulator, type TestEmulator } from './support';

const CHAIR_HOME = 'birgitta.nordin@lindo.example';
const CHAIR_GUEST = 'birgitta.nordin_lindo.example#EXT#@samverkan.example';
const MEMBER_HOME = 'tomas.lindberg@lindo.example';
const MEMBER_GUEST = 'tomas.lindberg_lindo.example#EXT#@samverkan.example';
const NOT_A_GUEST = 'eva.sund@lindo.example';
const GROUP = 'Samverkansgrupp Lindö';

interface User {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
  userType?: string;
  externalUserState?: string | null;
  otherMails?: string[];
}
interface Page<T> {
  value: T[];
}
interface ErrorBody {
  error: { code: string; message: string };
}

let emu: TestEmulator;
let groupId: string;
let driveId: string;
let planId: string;
const idOf = (upn: string): string => accountOf(upn).oid;
const window = '?startDateTime=2020-01-01T00:00:00Z&endDateTime=2030-01-01T00:00:00Z';

beforeAll(async () => {
  emu = await startTestEmulator();
  const teams = (await emu.graphFetch('/me/joinedTeams')).json<Page<{ id: string; displayName: string }>>().value;
  groupId = teams.find((team) => team.displayName === GROUP)?.id ?? '';
  driveId = (await emu.graphFetch(`/groups/${groupId}/drive`)).json<{ id: string }>().id;
  planId = (await emu.graphFetch(`/groups/${groupId}/planner/plans`)).json<Page<{ id: string }>>().value[0]?.id ?? '';
});
afterAll(async () => {
  await emu.close();
});

describe('tokens name a tenant and an object in it', () => {
  it('a home token is for the home tenant: /me is the home account, the directory is the home directory', async () => {
    const me = (await emu.graphFetch('/me', { as: CHAIR_HOME })).json<User>();
    expect(me).toMatchObject({ id: idOf(CHAIR_HOME), mail: CHAIR_HOME, userPrincipalName: CHAIR_HOME });
    const users = (await emu.graphFetch('/users', { as: CHAIR_HOME })).json<Page<User>>().value;
    expect(users.map((user) => user.userPrincipalName).sort()).toEqual([
      'birgitta.nordin@lindo.example',
      'eva.sund@lindo.example',
      'tomas.lindberg@lindo.example',
    ]);
  });

  it('the host directory holds members and the guest objects, not the home accounts', async () => {
    const users = (await emu.graphFetch('/users?$top=999')).json<Page<User>>().value;
    const upns = users.map((user) => user.userPrincipalName);
    expect(upns).toContain(SECRETARY);
    expect(upns).toContain(CHAIR_GUEST);
    expect(upns).not.toContain(CHAIR_HOME);
    expect(upns).not.toContain(NOT_A_GUEST);
  });

  it('refuses a token whose object is not in the token’s tenant, and a token without tid or oid', async () => {
    const crossed = devToken({ tid: HOST_TENANT.id, oid: idOf(CHAIR_HOME), upn: CHAIR_HOME }, APP_SCOPES);
    const reply = await emu.graphFetch('/me', { token: crossed });
    expect(reply.status).toBe(401);
    expect(reply.json<ErrorBody>().error.code).toBe('InvalidAuthenticationToken');
    const unsigned = (claims: object) =>
      `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    const noTenant = unsigned({ upn: SECRETARY, scp: 'User.Read', exp: Date.now() / 1000 + 600 });
    expect((await emu.graphFetch('/me', { token: noTenant })).status).toBe(401);
    const unknownTenant = devToken(
      { tid: '00000000-0000-4000-a000-000000000000', oid: idOf(SECRETARY), upn: SECRETARY },
      APP_SCOPES,
    );
    expect((await emu.graphFetch('/me', { token: unknownTenant })).status).toBe(401);
  });
});

describe('B2B guests in the host tenant', () => {
  it('have userType Guest, an #EXT# UPN, mail and otherMails = the home address, externalUserState', async () => {
    const guest = (
      await emu.graphFetch(
        `/users/${encodeURIComponent(CHAIR_GUEST)}?$select=id,displayName,mail,userPrincipalName,userType,externalUserState,otherMails`,
        // Beyond the basic profile that User.ReadBasic.All allows.
        { scopes: [...APP_SCOPES, 'User.Read.All'] },
      )
    ).json<User>();
    expect(guest).toMatchObject({
      id: idOf(CHAIR_GUEST),
      displayName: 'Birgitta Nordin',
      mail: CHAIR_HOME,
      userPrincipalName: CHAIR_GUEST,
      userType: 'Guest',
      externalUserState: 'Accepted',
      otherMails: [CHAIR_HOME],
    });
    expect(guest.id).not.toBe(idOf(CHAIR_HOME));
  });

  it('/users/{key} resolves an id or a UPN, never a mail: a guest’s home address is 404', async () => {
    expect((await emu.graphFetch(`/users/${idOf(CHAIR_GUEST)}`)).status).toBe(200);
    const byMail = await emu.graphFetch(`/users/${encodeURIComponent(CHAIR_HOME)}`);
    expect(byMail.status).toBe(404);
    expect(byMail.json<ErrorBody>().error.code).toBe('Request_ResourceNotFound');
    // A home account's id is not an object of the host tenant either.
    expect((await emu.graphFetch(`/users/${idOf(CHAIR_HOME)}`)).status).toBe(404);
  });

  it('$filter=mail eq and otherMails/any(x:x eq …) find the guest by the home address', async () => {
    const byMail = await emu.graphFetch(
      `/users?$filter=${encodeURIComponent(`mail eq '${CHAIR_HOME.toUpperCase()}'`)}`,
    );
    expect(byMail.json<Page<User>>().value.map((user) => user.userPrincipalName)).toEqual([CHAIR_GUEST]);
    const byOther = await emu.graphFetch(
      `/users?$filter=${encodeURIComponent(`otherMails/any(x:x eq '${MEMBER_HOME}')`)}`,
    );
    expect(byOther.json<Page<User>>().value.map((user) => user.userPrincipalName)).toEqual([MEMBER_GUEST]);
    // Nobody in the host tenant has the address of a Lindö colleague who was never invited.
    const none = await emu.graphFetch(`/users?$filter=${encodeURIComponent(`mail eq '${NOT_A_GUEST}'`)}`);
    expect(none.json<Page<User>>().value).toEqual([]);
    const mismatched = await emu.graphFetch(`/users?$filter=${encodeURIComponent(`otherMails/any(x:y eq 'a@b.c')`)}`);
    expect(mismatched.status).toBe(400);
  });

  it('a guest’s host-tenant token reaches the team’s drive and plan where the guest is a member', async () => {
    expect((await emu.graphFetch(`/drives/${driveId}/root/children`, { as: CHAIR_GUEST })).status).toBe(200);
    expect((await emu.graphFetch(`/planner/plans/${planId}`, { as: MEMBER_GUEST })).status).toBe(200);
    const teams = (await emu.graphFetch('/me/joinedTeams', { as: CHAIR_GUEST })).json<
      Page<{ displayName: string; tenantId: string }>
    >().value;
    expect(teams).toEqual([expect.objectContaining({ displayName: GROUP, tenantId: HOST_TENANT.id })]);
  });

  it('but not a drive of a team the guest is not a member of', async () => {
    const styrgrupp = (await emu.graphFetch('/me/joinedTeams'))
      .json<Page<{ id: string; displayName: string }>>()
      .value.find((team) => team.displayName === 'Styrgrupp närvård');
    const reply = await emu.graphFetch(`/groups/${styrgrupp?.id ?? ''}/drive`, { as: CHAIR_GUEST });
    expect(reply.status).toBe(403);
  });

  it('has no mailbox in the host tenant: calendar and sendMail answer MailboxNotEnabledForRESTAPI', async () => {
    const calendar = await emu.graphFetch(`/me/calendarView${window}`, { as: CHAIR_GUEST });
    expect(calendar.status).toBe(404);
    expect(calendar.json<ErrorBody>().error.code).toBe('MailboxNotEnabledForRESTAPI');
    const mail = await emu.graphFetch('/me/sendMail', {
      as: CHAIR_GUEST,
      method: 'POST',
      body: { message: { subject: 'x', toRecipients: [{ emailAddress: { address: SECRETARY } }] } },
    });
    expect(mail.status).toBe(404);
  });

  it('can be assigned a Planner task and finds it under /me/planner/tasks; a home account id cannot', async () => {
    const buckets = (await emu.graphFetch(`/planner/plans/${planId}/buckets`)).json<Page<{ id: string }>>().value;
    const created = await emu.graphFetch('/planner/tasks', {
      method: 'POST',
      body: {
        planId,
        bucketId: buckets[0]?.id,
        title: 'Rutin för trygg hemgång',
        assignments: { [idOf(MEMBER_GUEST)]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } },
      },
    });
    expect(created.status).toBe(201);
    const mine = (await emu.graphFetch('/me/planner/tasks', { as: MEMBER_GUEST })).json<Page<{ title: string }>>();
    expect(mine.value.map((task) => task.title)).toContain('Rutin för trygg hemgång');
    const foreign = await emu.graphFetch('/planner/tasks', {
      method: 'POST',
      body: {
        planId,
        bucketId: buckets[0]?.id,
        title: 'Till ett hemkonto',
        assignments: { [idOf(MEMBER_HOME)]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } },
      },
    });
    expect(foreign.status).toBe(400);
  });
});

describe('a home-tenant token and the host tenant’s resources', () => {
  it('cannot read the host tenant’s group, drive or plan: they do not exist in the home tenant', async () => {
    expect((await emu.graphFetch(`/groups/${groupId}/drive`, { as: CHAIR_HOME })).status).toBe(404);
    expect((await emu.graphFetch(`/drives/${driveId}/root/children`, { as: CHAIR_HOME })).status).toBe(404);
    expect((await emu.graphFetch(`/planner/plans/${planId}`, { as: CHAIR_HOME })).status).toBe(404);
    expect((await emu.graphFetch(`/groups/${groupId}/planner/plans`, { as: CHAIR_HOME })).status).toBe(404);
    expect((await emu.graphFetch('/me/joinedTeams', { as: CHAIR_HOME })).json<Page<unknown>>().value).toEqual([]);
  });
});

describe('one invite, a copy per mailbox', () => {
  interface Event {
    id: string;
    iCalUId: string;
    subject: string;
    attendees: { emailAddress: { address: string } }[];
  }
  const seriesOf = async (upn: string): Promise<Event | undefined> =>
    (await emu.graphFetch(`/me/events?$filter=${encodeURIComponent(`subject eq '${GROUP}'`)}`, { as: upn }))
      .json<Page<Event>>()
      .value.at(0);

  it('the municipality chair’s copy in her home mailbox has its own id and the same iCalUId', async () => {
    const organizer = await seriesOf(SECRETARY);
    const chair = await seriesOf(CHAIR_HOME);
    expect(organizer && chair).toBeTruthy();
    expect(chair?.id).not.toBe(organizer?.id);
    expect(chair?.iCalUId).toBe(organizer?.iCalUId);
    // Guests are invited by their home address; people with no account anywhere by theirs.
    const addresses = organizer?.attendees.map((attendee) => attendee.emailAddress.address) ?? [];
    expect(addresses).toEqual(
      expect.arrayContaining([CHAIR_HOME, MEMBER_HOME, NOT_A_GUEST, 'nora.falk@extern.example']),
    );
  });

  it('someone invited only by address to the host has their copy at home too', async () => {
    const organizer = await seriesOf(SECRETARY);
    expect((await seriesOf(NOT_A_GUEST))?.iCalUId).toBe(organizer?.iCalUId);
  });

  it('/users/{id|upn}/events is the own mailbox by id or UPN; a mail address is not a key', async () => {
    expect((await emu.graphFetch(`/users/${encodeURIComponent(CHAIR_HOME)}/events`, { as: CHAIR_HOME })).status).toBe(
      200,
    );
    expect((await emu.graphFetch(`/users/${idOf(CHAIR_HOME)}/events`, { as: CHAIR_HOME })).status).toBe(200);
    expect(MUNICIPALITY_TENANT.id).toBe(accountOf(CHAIR_HOME).tid);
  });
});
