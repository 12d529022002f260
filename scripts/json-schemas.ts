/**
 * Writes docs/schema/<output>.json, the JSON Schema of every `--json` output of the CLI, from the
 * zod schemas in src/cli/output-schemas.ts (zod 4's z.toJSONSchema). test/cli-schemas.test.ts fails
 * when a file is not what this script writes now.
 *
 *   npx tsx scripts/json-schemas.ts          write the files
 *   npx tsx scripts/json-schemas.ts --check  exit 1 when a file is missing or stale
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../src/cli/json-schemas.js';

const dir = join(import.meta.dirname, '..', 'docs', 'schema');
const check = process.argv.includes('--check');
const want = jsonSchemas();
let stale = 0;
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(want)) {
  const file = join(dir, `${name}.json`);
  const have = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (have === text) continue;
  stale++;
  if (check) console.error(`${file}: ${have === null ? 'missing' : 'stale'}`);
  else writeFileSync(file, text);
}
for (const f of readdirSync(dir)) {
  if (f.endsWith('.json') && !(f.slice(0, -5) in want)) {
    stale++;
    console.error(`${join(dir, f)}: no output of that name (remove it)`);
  }
}
if (check && stale) process.exit(1);
console.log(check ? `${Object.keys(want).length} schemas up to date` : `${Object.keys(want).length} schemas, ${stale} written`);
