/**
 * What every exporter hands back (a named text file ready to download) and the file-name
 * slug they share, so that all files of one export are named alike.
 */

/** One file of an export. `content` is text; a byte order mark is already in it where needed. */
export interface ExportedFile {
  name: string;
  mimeType: string;
  content: string;
}

/** A node as it is drawn on screen: graph coordinates (y up, as in sigma), size and colour. */
export interface NodeAppearance {
  x: number;
  y: number;
  size: number;
  color: string;
}

/** Drawn appearance by actor id; the caller reads it from the graph the app shows. */
export type NodeAppearances = ReadonlyMap<string, NodeAppearance>;

/** A relation as it is drawn on screen: line colour and width, from the appearance. */
export interface EdgeAppearance {
  color: string;
  size: number;
}

/** Drawn appearance by relation id. */
export type EdgeAppearances = ReadonlyMap<string, EdgeAppearance>;

const MAX_SLUG_LENGTH = 60;

/**
 * A file-name-safe form of a network name: lowercase ASCII letters and digits joined by single
 * hyphens, accents folded ("Bogotá" → "bogota"), at most 60 characters, "network" when
 * nothing usable is left.
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  return slug || 'network';
}
