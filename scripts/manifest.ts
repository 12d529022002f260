// Developer tool: compare parsed identities with ../shared/corpus/*/MANIFEST.tsv (or fixtures/manifest.tsv with -f).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSymbol } from '../src/cite/index.js';
import { readDocument } from '../src/doc/index.js';

const root = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const rows: string[][] = [];
for (const folder of ['phapluat8chude', 'underthesea-vlc', 'congbot', 'vbai']) {
  const lines = readFileSync(join(root, folder, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  for (const l of lines) rows.push([folder, ...l.split('\t')]);
}
let n = 0, okNum = 0, okType = 0, okDate = 0;
for (const [folder, file, , , , title, type, date] of rows) {
  const doc = await readDocument(join(root, folder as string, file as string));
  const head = (title as string).split(' — ')[0] as string;
  const expNum = /dự thảo|chưa ghi số/.test(title as string) ? null : parseSymbol(head)?.canonical ?? head;
  const gotNum = doc.identity.number;
  const expDate = date === '' ? null : date;
  const gotDate = doc.identity.date?.iso ?? null;
  n++;
  const a = expNum === gotNum, b = type === doc.identity.type, c = expDate === gotDate;
  if (a) okNum++; if (b) okType++; if (c) okDate++;
  if (!(a && b && c)) console.log(`${folder}/${file}\t${a ? '' : `num ${expNum}≠${gotNum}`}\t${b ? '' : `type ${type}≠${doc.identity.type}`}\t${c ? '' : `date ${expDate}≠${gotDate}`}`);
}
console.log(`${n} documents: number ${(okNum / n).toFixed(3)}, type ${(okType / n).toFixed(3)}, date ${(okDate / n).toFixed(3)}`);
