// The demo directory: the four personas, about sixty colleagues across the collaborating organisations,
// and one person who has left (still named in an invite, gone from the directory).
import type { TenantRecord, UserRecord } from '../state/types.js';
import { guid } from '../state/ids.js';
import { HOST_TENANT, MUNICIPALITY_TENANT } from '../state/tenants.js';

export const DOMAIN = HOST_TENANT.domain;
export const EXTERNAL_DOMAIN = 'extern.example';

export const ORGANISATIONS = [
  'Region Norrvik',
  'Åsby kommun',
  'Lindö kommun',
  'Östermarks kommun',
  'Närvårdskontoret',
  'Vårdcentralen Ängen',
  'Brukarrådet',
] as const;

interface Person {
  given: string;
  surname: string;
  organisation: string;
  jobTitle: string;
  department: string;
}

const ascii = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z]/g, '');

export function makeUser(person: Person, deleted = false, tenant: TenantRecord = HOST_TENANT): UserRecord {
  const upn = `${ascii(person.given)}.${ascii(person.surname)}@${tenant.domain}`;
  return {
    id: guid(`user:${upn}`),
    tenantId: tenant.id,
    userType: 'Member',
    otherMails: [],
    displayName: `${person.given} ${person.surname}`,
    givenName: person.given,
    surname: person.surname,
    mail: upn,
    userPrincipalName: upn,
    jobTitle: person.jobTitle,
    department: person.department,
    companyName: person.organisation,
    officeLocation: person.organisation,
    businessPhones: [
      `+46 10 ${String(100 + ((person.given.length * 37 + person.surname.length * 11) % 900))} ${String(10 + person.surname.length * 7).padStart(2, '0')} 00`,
    ],
    ...(deleted ? { deleted: true } : {}),
  };
}

export const PERSONAS = {
  secretary: makeUser({
    given: 'Åsa',
    surname: 'Lindqvist',
    organisation: 'Närvårdskontoret',
    jobTitle: 'Samordnare närvård',
    department: 'Närvårdskontoret',
  }),
  chair: makeUser({
    given: 'Göran',
    surname: 'Öberg',
    organisation: 'Åsby kommun',
    jobTitle: 'Socialchef',
    department: 'Socialförvaltningen',
  }),
  adjuster: makeUser({
    given: 'Märta',
    surname: 'Ek',
    organisation: 'Region Norrvik',
    jobTitle: 'Verksamhetschef primärvård',
    department: 'Primärvården',
  }),
  member: makeUser({
    given: 'Jöns',
    surname: 'Ärlig',
    organisation: 'Lindö kommun',
    jobTitle: 'Förvaltningschef',
    department: 'Vård- och omsorgsförvaltningen',
  }),
};

/**
 * The B2B collaboration guest object an invitation creates in the host tenant for a person with a home account:
 * its own object id, UPN `<mail with @ as _>#EXT#@<host domain>`, `mail` and `otherMails` the home address,
 * `userType: Guest`. Job title and department stay empty (the invitation does not copy them); the host's admin filled
 * in the organisation.
 */
export function guestOf(
  home: UserRecord,
  host: TenantRecord,
  state: 'PendingAcceptance' | 'Accepted',
  at: string,
): UserRecord {
  const upn = `${home.mail.replace('@', '_')}#EXT#@${host.domain}`;
  return {
    ...home,
    id: guid(`user:${upn}`),
    tenantId: host.id,
    userType: 'Guest',
    externalUserState: state,
    externalUserStateChangeDateTime: at,
    userPrincipalName: upn,
    mail: home.mail,
    otherMails: [home.mail],
    jobTitle: '',
    department: '',
    officeLocation: '',
    businessPhones: [],
  };
}

/** People of Lindö kommun in their own tenant: the cross-tenant group's chair and a member, and a colleague of theirs. */
export const MUNICIPALITY = {
  chair: makeUser(
    {
      given: 'Birgitta',
      surname: 'Nordin',
      organisation: 'Lindö kommun',
      jobTitle: 'Socialchef',
      department: 'Socialförvaltningen',
    },
    false,
    MUNICIPALITY_TENANT,
  ),
  member: makeUser(
    {
      given: 'Tomas',
      surname: 'Lindberg',
      organisation: 'Lindö kommun',
      jobTitle: 'Enhetschef hemtjänst',
      department: 'Socialförvaltningen',
    },
    false,
    MUNICIPALITY_TENANT,
  ),
  /** Invited to the meetings by her home address, never invited as a guest to the host tenant. */
  noGuest: makeUser(
    {
      given: 'Eva',
      surname: 'Sund',
      organisation: 'Lindö kommun',
      jobTitle: 'Medicinskt ansvarig sjuksköterska',
      department: 'Socialförvaltningen',
    },
    false,
    MUNICIPALITY_TENANT,
  ),
};

/** Left the organisation: still in old invites, 404 in the directory. */
export const DEPARTED = makeUser(
  {
    given: 'Kent',
    surname: 'Sjöholm',
    organisation: 'Östermarks kommun',
    jobTitle: 'MAS',
    department: 'Socialtjänsten',
  },
  true,
);

const GIVEN = [
  'Anna',
  'Björn',
  'Cecilia',
  'Dan',
  'Elin',
  'Fredrik',
  'Gunilla',
  'Henrik',
  'Ingrid',
  'Johan',
  'Karin',
  'Lars',
  'Maria',
  'Nils',
  'Olle',
  'Petra',
  'Rut',
  'Stefan',
  'Tove',
  'Ulf',
  'Vera',
  'Åke',
  'Ebba',
  'Örjan',
  'Linnéa',
  'Mats',
  'Sofia',
  'Per',
  'Helena',
  'Kjell',
];
const SURNAMES = [
  'Andersson',
  'Bergström',
  'Carlsson',
  'Dahlgren',
  'Eriksson',
  'Forsberg',
  'Grönlund',
  'Hägglund',
  'Isaksson',
  'Jönsson',
  'Karlström',
  'Lundén',
  'Mårtensson',
  'Nordström',
  'Olofsson',
  'Pålsson',
  'Rosén',
  'Sandström',
  'Törnqvist',
  'Wallin',
  'Åström',
  'Östlund',
  'Nyberg',
  'Holmgren',
  'Sjöberg',
  'Lindahl',
  'Engström',
  'Björk',
  'Hedlund',
  'Strand',
];

const ROLES_BY_ORGANISATION: Record<string, [string, string][]> = {
  'Region Norrvik': [
    ['Hälso- och sjukvårdsdirektör', 'Hälso- och sjukvårdsförvaltningen'],
    ['Verksamhetschef psykiatri', 'Psykiatrin'],
    ['Enhetschef BUP', 'Barn- och ungdomspsykiatrin'],
    ['Utvecklingsledare', 'Hälso- och sjukvårdsförvaltningen'],
  ],
  'Åsby kommun': [
    ['Enhetschef hemtjänst', 'Socialförvaltningen'],
    ['Medicinskt ansvarig sjuksköterska', 'Socialförvaltningen'],
    ['Elevhälsochef', 'Utbildningsförvaltningen'],
  ],
  'Lindö kommun': [
    ['Avdelningschef', 'Vård- och omsorgsförvaltningen'],
    ['Socialsekreterare', 'Individ- och familjeomsorgen'],
    ['Rektor', 'Barn- och utbildningsförvaltningen'],
  ],
  'Östermarks kommun': [
    ['Socialchef', 'Socialtjänsten'],
    ['Enhetschef LSS', 'Socialtjänsten'],
    ['Verksamhetsutvecklare', 'Socialtjänsten'],
  ],
  Närvårdskontoret: [
    ['Processledare', 'Närvårdskontoret'],
    ['Utvecklingsledare', 'Närvårdskontoret'],
  ],
  'Vårdcentralen Ängen': [
    ['Verksamhetschef', 'Vårdcentralen Ängen'],
    ['Distriktsläkare', 'Vårdcentralen Ängen'],
    ['Distriktssköterska', 'Vårdcentralen Ängen'],
  ],
  Brukarrådet: [
    ['Brukarrepresentant', 'Brukarrådet'],
    ['Ordförande', 'Brukarrådet'],
  ],
};

/** The colleagues, deterministic: the i-th given name with a shifted surname and a round-robin organisation. */
export function colleagues(count: number): UserRecord[] {
  const users: UserRecord[] = [];
  for (let index = 0; index < count; index += 1) {
    const organisation = ORGANISATIONS[index % ORGANISATIONS.length] ?? 'Region Norrvik';
    const roles = ROLES_BY_ORGANISATION[organisation] ?? [['Handläggare', organisation]];
    const [jobTitle, department] = roles[Math.floor(index / ORGANISATIONS.length) % roles.length] ?? [
      'Handläggare',
      organisation,
    ];
    users.push(
      makeUser({
        given: GIVEN[index % GIVEN.length] ?? 'Anna',
        surname: SURNAMES[(index * 7 + Math.floor(index / GIVEN.length)) % SURNAMES.length] ?? 'Andersson',
        organisation,
        jobTitle,
        department,
      }),
    );
  }
  return users;
}

export const externalGuest = (given: string, surname: string): { name: string; address: string } => ({
  name: `${given} ${surname}`,
  address: `${ascii(given)}.${ascii(surname)}@${EXTERNAL_DOMAIN}`,
});
