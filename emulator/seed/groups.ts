// The four collaboration groups (Microsoft 365 groups with a team), their standing members and roles.
import type { RecordKind, Role } from '../../src/domain/model.js';
import type { UserRecord } from '../state/types.js';
import { DEPARTED, PERSONAS, colleagues } from './people.js';

export interface GroupSpec {
  key: string;
  name: string;
  description: string;
  kind: RecordKind;
  roster: { user: UserRecord; roles: Role[] }[];
}

export interface Directory {
  users: UserRecord[];
  groups: GroupSpec[];
}

const COLLEAGUE_COUNT = 56;

export function directory(): Directory {
  const c = colleagues(COLLEAGUE_COUNT);
  const at = (index: number): UserRecord => c[index] as UserRecord;
  const range = (from: number, to: number): UserRecord[] => c.slice(from, to);
  const { secretary, chair, adjuster, member } = PERSONAS;
  const members = (users: UserRecord[]) => users.map((user) => ({ user, roles: ['member'] as Role[] }));
  const groups: GroupSpec[] = [
    {
      key: 'styrgrupp',
      name: 'Styrgrupp närvård',
      description: 'Styrgruppen för närvårdssamverkan mellan Region Norrvik och kommunerna.',
      kind: 'protokoll',
      roster: [
        { user: chair, roles: ['chair'] },
        { user: at(0), roles: ['viceChair'] },
        { user: adjuster, roles: ['adjuster'] },
        { user: secretary, roles: ['secretary'] },
        { user: member, roles: ['member'] },
        ...members(range(1, 10)),
      ],
    },
    {
      key: 'beredning',
      name: 'Beredningsgrupp närvård',
      description: 'Bereder ärenden inför styrgruppen.',
      kind: 'protokoll',
      roster: [
        { user: at(10), roles: ['chair'] },
        { user: at(11), roles: ['adjuster'] },
        { user: secretary, roles: ['secretary'] },
        { user: member, roles: ['member'] },
        ...members(range(12, 21)),
      ],
    },
    {
      key: 'psykisk-halsa',
      name: 'Uppdragsgrupp Psykisk hälsa',
      description: 'Uppdragsgrupp för psykisk hälsa, vuxna.',
      kind: 'anteckningar',
      roster: [
        { user: at(22), roles: ['chair'] },
        { user: secretary, roles: ['secretary'] },
        { user: adjuster, roles: ['member'] },
        ...members(range(23, 31)),
      ],
    },
    {
      key: 'barn-och-unga',
      name: 'Uppdragsgrupp Barn och unga',
      description: 'Uppdragsgrupp för barn och ungas hälsa.',
      kind: 'anteckningar',
      roster: [
        { user: at(32), roles: ['chair'] },
        { user: secretary, roles: ['secretary'] },
        { user: chair, roles: ['member'] },
        ...members(range(33, 41)),
      ],
    },
  ];
  return { users: [secretary, chair, adjuster, member, ...c, DEPARTED], groups };
}
