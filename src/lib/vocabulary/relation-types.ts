/**
 * The fixed vocabulary of relation types: every fact about a type — its id, the message
 * keys of its label and description, its polarity, whether it has a direction, its CAMEO
 * root code, its colour and its place in every list — defined once, here. The schema, the
 * graph, the appearance, the panels, the table, the timeline and the exporters all read
 * this table; adding a type means adding a row here and its two messages in the catalogue.
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

/** The polarity groups in the order lists show them. */
export const POLARITIES: readonly Polarity[] = ['cooperative', 'hostile', 'structural'];

/** The colour of each polarity where a balance is drawn (allies and adversaries): Okabe–Ito blue and vermillion. */
export const POLARITY_COLORS: Readonly<Record<Polarity, string>> = {
  cooperative: '#0072B2',
  hostile: '#D55E00',
  structural: '#8A8F98',
};

export interface RelationTypeInfo {
  id: RelationTypeId;
  polarity: Polarity;
  /** Undirected types ignore the order of source and target. */
  directed: boolean;
  /**
   * CAMEO root code used when exporting to event-data tools. Structural ties have no
   * CAMEO event; they are exported with `null`.
   */
  cameo: string | null;
  /**
   * Line colour, from the Okabe–Ito and Paul Tol palettes, which stay apart for the common
   * forms of colour blindness: hostile types warm, cooperative types cool, structural ties
   * grey or sand.
   */
  color: string;
  /** Place in every list of types (filters, legend, stacking, panels): the id list's order. */
  order: number;
}

type Row = Omit<RelationTypeInfo, 'id' | 'order'>;

const ROWS: Record<RelationTypeId, Row> = {
  allied: { polarity: 'cooperative', directed: false, cameo: '06', color: '#009E73' },
  supported: { polarity: 'cooperative', directed: true, cameo: '05', color: '#56B4E9' },
  cooperated: { polarity: 'cooperative', directed: false, cameo: '06', color: '#0072B2' },
  negotiated: { polarity: 'cooperative', directed: false, cameo: '03', color: '#44AA99' },
  met: { polarity: 'cooperative', directed: false, cameo: '04', color: '#88CCEE' },
  criticized: { polarity: 'hostile', directed: true, cameo: '11', color: '#E69F00' },
  accused: { polarity: 'hostile', directed: true, cameo: '11', color: '#CC79A7' },
  threatened: { polarity: 'hostile', directed: true, cameo: '13', color: '#D55E00' },
  sanctioned: { polarity: 'hostile', directed: true, cameo: '16', color: '#882255' },
  attacked: { polarity: 'hostile', directed: true, cameo: '19', color: '#CC3311' },
  'member-of': { polarity: 'structural', directed: true, cameo: null, color: '#8C8C8C' },
  appointed: { polarity: 'structural', directed: true, cameo: null, color: '#5A5A5A' },
  family: { polarity: 'structural', directed: false, cameo: null, color: '#C9B458' },
};

export const RELATION_TYPES: Readonly<Record<RelationTypeId, RelationTypeInfo>> = Object.fromEntries(
  RELATION_TYPE_IDS.map((id, order) => [id, { id, order, ...ROWS[id] }]),
) as Record<RelationTypeId, RelationTypeInfo>;

export function isRelationTypeId(value: string): value is RelationTypeId {
  return Object.hasOwn(RELATION_TYPES, value);
}

/** The type's row, or undefined for a type outside the vocabulary (an imported network's). */
export function relationTypeInfo(type: string): RelationTypeInfo | undefined {
  return isRelationTypeId(type) ? RELATION_TYPES[type] : undefined;
}

/**
 * Whether a relation has a direction: what its file said, else its type's rule; a type
 * outside the vocabulary reads "source did this to target", as network files mean edges.
 */
export function isDirected(relation: { type: string; directed?: boolean }): boolean {
  return relation.directed ?? relationTypeInfo(relation.type)?.directed ?? true;
}

/** The polarity of a fixed type; null for a type outside the vocabulary. */
export function polarityOf(type: string): Polarity | null {
  return relationTypeInfo(type)?.polarity ?? null;
}

/**
 * Order of types in lists: the vocabulary's own order, then any other type by id, so an
 * imported network's types come after the fixed ones in a stable order.
 */
export function compareRelationTypes(a: string, b: string): number {
  const rankA = relationTypeInfo(a)?.order ?? RELATION_TYPE_IDS.length;
  const rankB = relationTypeInfo(b)?.order ?? RELATION_TYPE_IDS.length;
  return rankA - rankB || (a < b ? -1 : a > b ? 1 : 0);
}
