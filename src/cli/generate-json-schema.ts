/**
 * Writes the JSON Schema files in graph-data/schema/ from the zod data contract, so that
 * people editing the dataset with other tools get the same rules as the app.
 * Run with `npm run schema`; a unit test fails when the committed files are stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderJsonSchemas } from '../lib/data/json-schema';

const outDir = fileURLToPath(new URL('../../graph-data/schema/', import.meta.url));
for (const [name, text] of Object.entries(renderJsonSchemas())) {
  writeFileSync(outDir + name, text);
  console.log(`wrote graph-data/schema/${name}`);
}
