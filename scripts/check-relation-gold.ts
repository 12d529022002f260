// Checks the relation gold (fixtures/relations/batch-*.json: amend / repeal / replace / guides / consolidates …) against
// the corpus: the format (zod), every span slicing its file, and the conventions that the gold exists to enforce
// (a consolidated text never acts itself; a whole-document act carries no pinpoint; a reported act names its actor).
// Run: npx tsx scripts/check-relation-gold.ts [file.json …]. Exit code 1 when anything fails.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const DIR = join(ROOT, 'fixtures', 'relations');

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'not a calendar date');

const Scope = z.strictObject({
  whole: z.boolean(),
  articles: z.array(z.string().min(1)),
  clauses: z.array(z.string().min(1)),
  points: z.array(z.string().min(1)),
  annexes: z.array(z.string().min(1)),
});

const Relation = z.strictObject({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  target: z.string().min(1),
  relation: z.enum(['amends', 'repeals', 'replaces', 'guides', 'consolidates', 'suspends', 'corrects']),
  direction: z.enum(['outgoing', 'incoming', 'reported']),
  subject: z.string().min(1).nullable(),
  object: z.string().min(1).nullable(),
  scope: Scope,
  effective: isoDate.nullable(),
  note: z.string(),
});

const NoneEntry = z.strictObject({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  note: z.string().min(1),
});

const Doc = z.strictObject({
  file: z.string().regex(/^[\w-]+\/[\w.-]+\.txt$/),
  split: z.enum(['dev', 'spent', 'test']),
  self: z.strictObject({ number: z.string().min(1), type: z.string().min(1), date: isoDate.nullable() }),
  relations: z.array(Relation),
  none: z.array(NoneEntry),
});

export const RelationGold = z.array(Doc);
export type RelationGoldDoc = z.infer<typeof Doc>;

// Spaces and line breaks inside a number are conversion noise ("Thông tư số 01/2024/\nTT-BLĐTBXH").
const compact = (s: string): string => s.replace(/\s+/g, '');

function checkFile(path: string, errors: string[], splitOfFile: Map<string, string>, count: Map<string, number>): void {
  const inc = (k: string): void => { count.set(k, (count.get(k) ?? 0) + 1); };
  const name = basename(path);
  const parsed = RelationGold.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push(`${name}: ${issue.path.join('.')}: ${issue.message}`);
    return;
  }
  for (const doc of parsed.data) {
    const at = `${name} ${doc.file}`;
    const prev = splitOfFile.get(doc.file);
    if (prev !== undefined) errors.push(`${at}: the file appears twice (${prev} and ${doc.split})`);
    splitOfFile.set(doc.file, doc.split);
    const corpusPath = join(CORPUS, doc.file);
    if (!existsSync(corpusPath)) { errors.push(`${at}: no such corpus file`); continue; }
    const text = readFileSync(corpusPath, 'utf8');
    const isConsolidated = doc.self.type === 'Văn bản hợp nhất' || doc.self.number.includes('/VBHN-');
    inc(`split ${doc.split} files`);
    if (isConsolidated) inc('consolidated files');
    const seen = new Set<string>();
    const span = (where: string, e: { text: string; start: number; end: number }): void => {
      if (e.end !== e.start + e.text.length) errors.push(`${where}: end - start is ${e.end - e.start}, text has ${e.text.length} UTF-16 units`);
      const got = text.slice(e.start, e.end);
      if (got !== e.text) errors.push(`${where}: text.slice(${e.start}, ${e.end}) is ${JSON.stringify(got)}, not ${JSON.stringify(e.text)}`);
      if (e.text !== e.text.normalize('NFC') && text.normalize('NFC') === text) errors.push(`${where}: text is not NFC while the file is`);
    };
    doc.relations.forEach((r, i) => {
      const where = `${at} relation ${i} (${r.start})`;
      span(where, r);
      const key = `${r.start}\t${r.relation}\t${r.target}\t${r.object ?? ''}\t${r.scope.whole}`;
      if (seen.has(key)) errors.push(`${where}: duplicate entry`);
      seen.add(key);
      const pinned = r.scope.articles.length + r.scope.clauses.length + r.scope.points.length + r.scope.annexes.length;
      if (r.scope.whole && pinned > 0) errors.push(`${where}: whole=true with pinpoints`);
      if (r.direction === 'reported') {
        if (r.subject === null) errors.push(`${where}: a reported relation needs its subject (the acting document)`);
        if (r.target !== r.subject && r.target !== r.object) errors.push(`${where}: reported target must be the subject or the object`);
      } else if (r.subject !== null || r.object !== null) errors.push(`${where}: subject/object are only for reported relations`);
      if (r.relation === 'consolidates') {
        if (!isConsolidated) errors.push(`${where}: only a consolidated text (VBHN) consolidates`);
        if (r.direction !== 'outgoing') errors.push(`${where}: consolidates is outgoing`);
      } else if (isConsolidated && r.direction !== 'reported')
        errors.push(`${where}: a consolidated text never ${r.relation} anything itself; quote the real actor as reported`);
      if (r.relation !== 'consolidates' && r.relation !== 'guides' && r.note.trim() === '' && r.direction === 'reported')
        errors.push(`${where}: reported relation without a note`);
      // A mention that spells a number must be the number the entry names (catches copy slips between entries).
      const named = r.direction === 'reported' ? (r.target === r.subject ? r.subject : r.object) : r.target;
      if (named && /\d+\/\d{4}\//.test(named) && !compact(r.text).includes(compact(named)) && /\d+\/\d{4}/.test(r.text))
        errors.push(`${where}: the mention ${JSON.stringify(r.text)} does not spell ${named}`);
      inc(`relation ${r.relation}`);
      inc(`direction ${r.direction}`);
      inc(`scope ${r.scope.whole ? 'whole' : 'part'}`);
      inc(`split ${doc.split} relations`);
    });
    doc.none.forEach((n, i) => {
      span(`${at} none ${i} (${n.start})`, n);
      inc(`split ${doc.split} none`);
    });
  }
}

function main(): number {
  const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(DIR).filter((f) => /^batch-.*\.json$/.test(f)).sort().map((f) => join(DIR, f));
  const errors: string[] = [];
  const splitOfFile = new Map<string, string>();
  const count = new Map<string, number>();
  for (const f of files) checkFile(f, errors, splitOfFile, count);
  const groups = new Map<string, string[]>();
  for (const [k, v] of [...count].sort()) {
    const [g = k, ...rest] = k.split(' ');
    groups.set(g, [...(groups.get(g) ?? []), `${rest.join(' ') || g} ${v}`]);
  }
  console.log(`files ${splitOfFile.size} in ${files.length} gold file(s)`);
  for (const [g, parts] of groups) console.log(`${g}: ${parts.join(', ')}`);
  if (errors.length) {
    for (const e of errors) console.error(e);
    console.error(`${errors.length} error(s)`);
    return 1;
  }
  console.log('ok');
  return 0;
}

process.exitCode = main();
