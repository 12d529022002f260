// Prints the citations of a file between two offsets as readDocument sees them (identity as context):
// npx tsx scripts/inspect.ts <file> <from> <to>

import { readDocument } from '../src/doc/index.js';
const [f, a, b] = process.argv.slice(2);
const doc = await readDocument(f!);
for (const c of doc.citations)
  if (c.start >= Number(a) && c.start < Number(b))
    console.log(JSON.stringify({ t: c.text, s: c.start, type: c.type, d: c.date, rel: c.relation, role: c.role, scope: c.scope, id: c.id, as: c.asserted?.relation, w: c.warnings }));
