/**
 * The fixed vocabulary of relation types: one table that the schema, the graph, the
 * legend, the filters and the exporters all read. Adding a type means adding a row here.
 */

export const RELATION_TYPE_IDS = [
  'allied',
  'supported',
  'cooperated',
  'negotiated',
  'met',
  'criticized',
  'accused',
  'threatened',
  'sanctioned',
  'attacked',
  'member-of',
  'appointed',
  'family',
] as const;

export type RelationTypeId = (typeof RELATION_TYPE_IDS)[number];

export type Polarity = 'cooperative' | 'hostile' | 'structural';

export interface RelationTypeInfo {
  id: RelationTypeId;
  label: string;
  description: string;
  polarity: Polarity;
  /** Undirected types ignore the order of source and target. */
  directed: boolean;
  /**
   * CAMEO root code used when exporting to event-data tools. Structural ties have no
   * CAMEO event; they are exported with `null`.
   */
  cameo: string | null;
}

export const RELATION_TYPES: Readonly<Record<RelationTypeId, RelationTypeInfo>> = {
  allied: {
    id: 'allied',
    label: 'Allied',
    description: 'Standing alliance, partnership or coalition.',
    polarity: 'cooperative',
    directed: false,
    cameo: '06',
  },
  supported: {
    id: 'supported',
    label: 'Supported',
    description: 'Backing, endorsement or aid given by one actor to another.',
    polarity: 'cooperative',
    directed: true,
    cameo: '05',
  },
  cooperated: {
    id: 'cooperated',
    label: 'Cooperated',
    description: 'Joint action or an agreement between actors.',
    polarity: 'cooperative',
    directed: false,
    cameo: '06',
  },
  negotiated: {
    id: 'negotiated',
    label: 'Negotiated',
    description: 'Talks, deals or a peace process.',
    polarity: 'cooperative',
    directed: false,
    cameo: '03',
  },
  met: {
    id: 'met',
    label: 'Met',
    description: 'A meeting, call or visit.',
    polarity: 'cooperative',
    directed: false,
    cameo: '04',
  },
  criticized: {
    id: 'criticized',
    label: 'Criticized',
    description: 'Verbal disapproval or condemnation.',
    polarity: 'hostile',
    directed: true,
    cameo: '11',
  },
  accused: {
    id: 'accused',
    label: 'Accused',
    description: 'A specific allegation of wrongdoing.',
    polarity: 'hostile',
    directed: true,
    cameo: '11',
  },
  threatened: {
    id: 'threatened',
    label: 'Threatened',
    description: 'A threat of force, tariffs or sanctions.',
    polarity: 'hostile',
    directed: true,
    cameo: '13',
  },
  sanctioned: {
    id: 'sanctioned',
    label: 'Sanctioned',
    description:
      'Sanctions, tariffs imposed, decertification, visa revocation, severed ties, halted purchases or removal from office.',
    polarity: 'hostile',
    directed: true,
    cameo: '16',
  },
  attacked: {
    id: 'attacked',
    label: 'Attacked',
    description: 'Armed action: raids, strikes, offensives or fighting.',
    polarity: 'hostile',
    directed: true,
    cameo: '19',
  },
  'member-of': {
    id: 'member-of',
    label: 'Member of',
    description: 'Membership, office or leadership of a group or state.',
    polarity: 'structural',
    directed: true,
    cameo: null,
  },
  appointed: {
    id: 'appointed',
    label: 'Appointed',
    description: 'One actor appointed another to an office.',
    polarity: 'structural',
    directed: true,
    cameo: null,
  },
  family: {
    id: 'family',
    label: 'Family',
    description: 'A family tie: spouses, parents, children, siblings.',
    polarity: 'structural',
    directed: false,
    cameo: null,
  },
};

export const POLARITIES: readonly Polarity[] = ['cooperative', 'hostile', 'structural'];

export function isRelationTypeId(value: string): value is RelationTypeId {
  return (RELATION_TYPE_IDS as readonly string[]).includes(value);
}
