/**
 * Ids for the records of a file: duplicate node ids are problems (edges could not say which
 * node they mean), edges without an id get `e<index>`, and duplicate edge ids are renamed,
 * since an edge id only has to be unique, not meaningful.
 */
import { msg, type Message } from '../i18n/messages';

/** Edge ids made unique, and the stated ids that had to be renamed. */
export interface EdgeIds {
  /** One unique id per edge, in file order. */
  ids: string[];
  /** Edge ids the file used more than once and that were renamed. */
  renamed: string[];
}

/**
 * Unique ids for edges given the ids the file states (undefined or '' when none): stated
 * ids are kept the first time, generated ones avoid every stated id.
 */
export function assignEdgeIds(stated: (string | undefined)[]): EdgeIds {
  const taken = new Set(stated.filter((id): id is string => id !== undefined && id !== ''));
  const used = new Set<string>();
  const renamed: string[] = [];
  const fresh = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id) || used.has(id); n++) id = `${base}-${n}`;
    return id;
  };
  const ids = stated.map((id, index) => {
    let unique: string;
    if (id === undefined || id === '') {
      unique = fresh(`e${index}`);
    } else if (used.has(id)) {
      renamed.push(id);
      unique = fresh(id);
    } else {
      unique = id;
    }
    used.add(unique);
    return unique;
  });
  return { ids, renamed };
}

/** Renamed ids named one by one in the warning before the rest are only mentioned. */
const NAMED_IDS = 5;

/** A warning for renamed edge ids, or none. */
export function renamedWarning(file: string, renamed: string[]): Message[] {
  if (renamed.length === 0) return [];
  const distinct = [...new Set(renamed)];
  const ids = distinct
    .slice(0, NAMED_IDS)
    .map((id) => `"${id}"`)
    .join(', ');
  const key = distinct.length > NAMED_IDS ? 'import_edge_ids_renamed_more' : 'import_edge_ids_renamed';
  return [msg(key, { file, count: renamed.length, ids })];
}
