import { z } from 'zod';
import { OUTPUT_SCHEMAS } from './output-schemas.js';

/** The JSON Schema text of every CLI output, by name, as docs/schema/<name>.json holds it. */
export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(OUTPUT_SCHEMAS)) {
    const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12' });
    out[name] = JSON.stringify({ ...json, title: `vanban ${name.replace(/-/g, ' ')} --json output` }, null, 2) + '\n';
  }
  return out;
}
