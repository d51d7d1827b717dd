/**
 * The general shape of any network the explorer can show. The Petro dataset (schema.ts) is
 * the strict case: a fixed vocabulary of relation types and actor kinds, evidence on every
 * relation. Imported networks may use other kinds and types, carry no evidence, and bring
 * their own positions and attributes.
 */
import type { Evidence, SourceDocument } from './schema';

export type AttributeValue = string | number | boolean;

export interface NetworkActor {
  id: string;
  label: string;
  kind: string;
  country?: string;
  aliases: string[];
  /** Aliases that can also name someone else; a mention of them needs context. */
  ambiguousAliases?: string[];
  description?: string;
  /** The description in the explorer's other languages (the bundled dataset has Spanish). */
  translations?: { es?: { description?: string } };
  /** Position from the file, when it has one (GEXF viz, GraphML x/y). */
  x?: number;
  y?: number;
  /** Colour from the file, when it has one. */
  color?: string;
  /** Any other attributes the file gave, kept for export. */
  attributes?: Record<string, AttributeValue>;
}

export interface NetworkRelation {
  id: string;
  source: string;
  target: string;
  type: string;
  date?: string;
  start?: string;
  end?: string;
  summary?: string;
  /** The summary in the explorer's other languages. Quotes are never translated. */
  translations?: { es?: { summary?: string } };
  evidence: Evidence[];
  /** Whether the relation has a direction, when the file says so; otherwise the type decides. */
  directed?: boolean;
  weight?: number;
  attributes?: Record<string, AttributeValue>;
}

export interface Network {
  /** What the user sees as the network's name (file name, or "Petro network"). */
  name: string;
  documents: SourceDocument[];
  actors: NetworkActor[];
  relations: NetworkRelation[];
  /** Source text by document id. */
  sources: Record<string, string>;
  /** The coding desk's review of its suggestions, carried by a workspace bundle. */
  review?: NetworkReview;
}

/**
 * A workspace's review state in its bundle: the decision on each suggestion (by its id) and
 * who each ambiguous mention names (by document id, then the mention's start offset).
 */
export interface NetworkReview {
  decisions: Record<string, 'accepted' | 'rejected'>;
  mentionChoices?: Record<string, Record<string, string>>;
}
