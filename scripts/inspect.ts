import { readFileSync } from 'node:fs';
import { extract } from '../src/cite/index.js';
const [f, a, b] = process.argv.slice(2);
const text = readFileSync(f!, 'utf8');
const r = extract(text);
for (const c of r.citations) if (c.start >= Number(a) && c.start < Number(b)) console.log(JSON.stringify({ t: c.text, s: c.start, n: c.number, type: c.type, d: c.date, iss: c.issuer, rel: c.relation, role: c.role, id: c.id, as: c.asserted?.relation, w: c.warnings }));
