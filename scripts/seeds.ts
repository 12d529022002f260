// Developer tool: print the identities of the five seeds, compactly.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../src/doc/index.js';
const dir = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'seeds');
for (const f of readdirSync(dir).sort()) {
  const d = await readDocument(join(dir, f));
  const i = d.identity;
  console.log(f.slice(0, 3), JSON.stringify({ id: i.id, num: i.number, st: i.status, date: i.date, place: i.place, iss: i.issuer, lvl: i.level, type: i.typeLine, title: i.title?.slice(0, 50), signer: i.signer, rec: i.recipients.length, last: i.recipients.at(-1), w: i.warnings }));
}
