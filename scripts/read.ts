// Developer tool: print a document's identity (and with -c its citations' zones and sections).
import { readDocument } from '../src/doc/index.js';
const [file, flag] = process.argv.slice(2);
const d = await readDocument(file as string);
console.log(JSON.stringify(d.identity, null, 1));
console.log('parts', JSON.stringify(d.parts), 'sections', d.sections.length, 'citations', d.citations.length);
if (flag === '-c') for (const c of d.citations) console.log(c.zone, c.sectionPath.join(' > '), '|', c.text.replace(/\s+/g, ' '), c.relation);
