/**
 * The questions a reader asks of the network, as shareable state ↔ address parameters:
 * the connection asked for (`from`, `to`, `paths=cooperative|hostile`, `order=dated|any`),
 * the focus on the selected actor (`focus=1|2|3`, `focusdir=in|out`), the two periods
 * compared (`compare=`, see analysis/period-param.ts), the list shown under the network
 * (`list=actors|blocs`) and the tool open beside it (`tool=connection|compare`). Parsing
 * never throws: what is unknown or malformed is dropped with a notice, as in url.ts.
 */
import { msg, type Message } from '../i18n/messages';
import type { PolarityOption } from '../analysis/paths';
import { parsePeriods, serializePeriods, type PeriodSpec } from '../analysis/period-param';

export type FocusDirection = 'in' | 'out' | 'both';

export interface ConnectionQuery {
  from: string;
  to: string;
  polarity: PolarityOption;
  /** Each hop dated no earlier than the one before. */
  timeOrder: boolean;
  /** With time order, whether undated hops may be steps. */
  allowUndated: boolean;
}

export interface FocusState {
  depth: 1 | 2 | 3;
  direction: FocusDirection;
}

export type ListView = 'relations' | 'actors' | 'blocs' | 'sources' | 'evidence';
export type ToolView = 'filters' | 'connection' | 'compare';

export interface AnalysisState {
  connection: ConnectionQuery | null;
  /** Shows only the selected actor's neighbourhood; applies while an actor is selected. */
  focus: FocusState | null;
  compare: PeriodSpec | null;
  list: ListView;
  tool: ToolView;
}

export const DEFAULT_ANALYSIS: AnalysisState = {
  connection: null,
  focus: null,
  compare: null,
  list: 'relations',
  tool: 'filters',
};

/** The parameters this module reads, for the list of all the address may carry. */
export const ANALYSIS_PARAMS = [
  'from',
  'to',
  'paths',
  'order',
  'focus',
  'focusdir',
  'compare',
  'list',
  'tool',
] as const;

const LISTS: readonly ListView[] = ['relations', 'actors', 'blocs', 'sources', 'evidence'];
const TOOLS: readonly ToolView[] = ['filters', 'connection', 'compare'];
const DEPTHS = ['1', '2', '3'] as const;

type Clip = (value: string) => string;

function parseChoice<T extends string>(
  params: URLSearchParams,
  param: string,
  allowed: readonly T[],
  fallback: T,
  notices: Message[],
  clip: Clip,
): T {
  const value = params.get(param);
  if (value === null) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  notices.push(msg('url_bad_choice', { value: clip(value), param }));
  return fallback;
}

function parseConnection(
  params: URLSearchParams,
  actors: ReadonlySet<string>,
  notices: Message[],
  clip: Clip,
): ConnectionQuery | null {
  const from = params.get('from');
  const to = params.get('to');
  const polarity = parseChoice(params, 'paths', ['any', 'cooperative', 'hostile'], 'any', notices, clip);
  const order = parseChoice(params, 'order', ['none', 'dated', 'any'], 'none', notices, clip);
  if (from === null && to === null) return null;
  for (const [param, id] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (id !== null && !actors.has(id)) notices.push(msg('url_unknown_actor_param', { value: clip(id), param }));
  }
  if (from === null || to === null || !actors.has(from) || !actors.has(to)) {
    if ((from === null) !== (to === null)) notices.push(msg('url_connection_half'));
    return null;
  }
  return { from, to, polarity, timeOrder: order !== 'none', allowUndated: order !== 'dated' };
}

/** Reads the analysis parameters; `actors` are the ids the network has. */
export function parseAnalysisState(
  params: URLSearchParams,
  actors: ReadonlySet<string>,
  notices: Message[],
  clip: Clip,
): AnalysisState {
  const connection = parseConnection(params, actors, notices, clip);
  const direction = parseChoice(params, 'focusdir', ['in', 'out', 'both'], 'both', notices, clip);
  const depth = params.get('focus');
  let focus: FocusState | null = null;
  if (depth !== null) {
    if ((DEPTHS as readonly string[]).includes(depth))
      focus = { depth: Number(depth) as FocusState['depth'], direction };
    else notices.push(msg('url_bad_choice', { value: clip(depth), param: 'focus' }));
  }
  const parsed = parsePeriods(params);
  if (parsed.problem) notices.push(msg('url_bad_compare', { value: clip(params.getAll('compare').join(', ')) }));
  return {
    connection,
    focus,
    compare: parsed.periods,
    list: parseChoice(params, 'list', LISTS, 'relations', notices, clip),
    tool: parseChoice(params, 'tool', TOOLS, 'filters', notices, clip),
  };
}

/** Writes the analysis parameters that differ from the defaults. */
export function writeAnalysisState(state: AnalysisState, params: URLSearchParams): void {
  const { connection, focus, compare, list, tool } = state;
  if (connection) {
    params.set('from', connection.from);
    params.set('to', connection.to);
    if (connection.polarity !== 'any') params.set('paths', connection.polarity);
    if (connection.timeOrder) params.set('order', connection.allowUndated ? 'any' : 'dated');
  }
  if (focus) {
    params.set('focus', String(focus.depth));
    if (focus.direction !== 'both') params.set('focusdir', focus.direction);
  }
  if (compare) params.set('compare', serializePeriods(compare));
  if (list !== 'relations') params.set('list', list);
  if (tool !== 'filters') params.set('tool', tool);
}
