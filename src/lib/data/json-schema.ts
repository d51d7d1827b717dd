/** Renders the zod data contract as JSON Schema documents (draft 2020-12), one per file. */
import * as z from 'zod/mini';
import { actorsSchema, documentsSchema, relationsSchema } from './schema';

const FILES = {
  'documents.schema.json': { schema: documentsSchema, title: 'Petro network: documents.json' },
  'actors.schema.json': { schema: actorsSchema, title: 'Petro network: actors.json' },
  'relations.schema.json': { schema: relationsSchema, title: 'Petro network: relations.json' },
} as const;

export function renderJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, { schema, title }] of Object.entries(FILES)) {
    const json = z.toJSONSchema(schema, { unrepresentable: 'any' });
    out[name] = JSON.stringify({ title, ...json }, null, 2) + '\n';
  }
  return out;
}
