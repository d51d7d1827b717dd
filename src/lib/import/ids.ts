/**
 * Ids for the records of a file: duplicate node ids are problems (edges could not say which
 * node they mean), edges without an id get `e<index>`, and duplicate edge ids are renamed,
 * since an edge id only has to be unique, not meaningful.
 */

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

/** A warning for renamed edge ids, or none. */
export function renamedWarning(file: string, renamed: string[]): string[] {
  if (renamed.length === 0) return [];
  const shown = [...new Set(renamed)]
    .slice(0, 5)
    .map((id) => `"${id}"`)
    .join(', ');
  const more = renamed.length > 5 ? ' and others' : '';
  const edges = renamed.length === 1 ? '1 edge' : `${renamed.length} edges`;
  return [`${file}: ${edges} with an id already taken (${shown}${more}) given a new id`];
}
