/**
 * Ids for what the coding desk creates: documents (a slug of the title and the date, as the
 * dataset names its documents), actors (a slug of the label) and relations (ends, type and
 * date). Each is a kebab-case slug, as the dataset schema wants, and unique: against the
 * workspace's own ids and any others the caller names (the base network's).
 */

/** Longest slug taken from a free text (title, label) before suffixes. */
const MAX_WORDS_LENGTH = 48;

/**
 * A kebab-case slug of free text: accents folded ("Bogotá" → "bogota"), lowercase ASCII
 * letters and digits joined by single hyphens, cut at a hyphen near `max`; '' when nothing is left.
 */
export function slugOf(text: string, max = MAX_WORDS_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, max)).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… the first one not taken. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** A predicate over several id collections. */
export function takenIn(...collections: Iterable<string>[]): (id: string) => boolean {
  const ids = new Set<string>();
  for (const collection of collections) for (const id of collection) ids.add(id);
  return (id) => ids.has(id);
}

/** A document id: the title's slug and the publication date ("petro-visits-caracas-2025-03"). */
export function documentId(title: string, published: string, taken: (id: string) => boolean): string {
  const base = [slugOf(title) || 'document', slugOf(published)].filter(Boolean).join('-');
  return uniqueId(base, taken);
}

/** An actor id: the label's slug ("Gustavo Petro" → "gustavo-petro"). */
export function actorId(label: string, taken: (id: string) => boolean): string {
  return uniqueId(slugOf(label) || 'actor', taken);
}

/** A relation id: ends, type and date ("petro-criticized-trump-2025-09"). */
export function relationId(
  relation: { source: string; target: string; type: string; date?: string; start?: string },
  taken: (id: string) => boolean,
): string {
  const parts = [relation.source, relation.type, relation.target, relation.date ?? relation.start ?? ''];
  return uniqueId(slugOf(parts.join(' '), 120) || 'relation', taken);
}
