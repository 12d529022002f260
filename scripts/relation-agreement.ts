// Inter-annotator agreement on the relation gold (issue 16): compares a second reading
// (fixtures/relations/agreement/second-reading.json, written blind) with the batch entries of the same files
// (fixtures/relations/batch-*.json). It reads gold files only — never the extractor — so it can be run while the
// held-apart set stays apart.
// Run: npx tsx scripts/relation-agreement.ts [second-reading.json] [--list] [--batches <dir>]
//   --list prints every disagreement with its context, for adjudication.
//   --batches reads the batch-*.json files from another directory (e.g. a copy taken before adjudication).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'fixtures', 'relations');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

interface Scope { whole: boolean; articles: string[]; clauses: string[]; points: string[]; annexes: string[] }
interface Rel {
  text: string; start: number; end: number; target: string; relation: string; direction: string;
  subject: string | null; object: string | null; scope: Scope; effective: string | null; note: string;
}
interface NoneEntry { text: string; start: number; end: number; note: string }
interface Doc { file: string; split: string; relations: Rel[]; none: NoneEntry[] }

// an annotation unit: a relation entry, or a `none` entry (label "none")
interface Unit { reader: 'batch' | 'second'; label: string; start: number; end: number; rel: Rel | null; text: string }

const compact = (s: string | null): string => (s ?? '').replace(/\s+/g, '').replace(/Ð/g, 'Đ').toLowerCase();
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const pins = (s: Scope): string => [...s.articles.map((x) => `Đ${x}`), ...s.clauses.map((x) => `k${x}`), ...s.points.map((x) => `p${x}`), ...s.annexes.map((x) => `A${x}`)].map(compact).sort().join('|');

function units(d: Doc, reader: Unit['reader']): Unit[] {
  return [
    ...d.relations.map((r) => ({ reader, label: r.relation, start: r.start, end: r.end, rel: r, text: r.text })),
    ...d.none.map((n) => ({ reader, label: 'none', start: n.start, end: n.end, rel: null, text: n.text })),
  ];
}

// How alike two overlapping units are; the pairing takes the best pairs first, one to one.
function likeness(a: Unit, b: Unit): number {
  if (!overlaps(a, b)) return -1;
  let s = a.label === b.label ? 8 : 0;
  if (a.start === b.start) s += 1;
  if (a.rel && b.rel) {
    if (a.rel.direction === b.rel.direction) s += 4;
    if (compact(a.rel.target) === compact(b.rel.target)) s += 2;
    if (compact(a.rel.object) === compact(b.rel.object)) s += 1;
    if (a.rel.scope.whole === b.rel.scope.whole) s += 1;
  }
  return s;
}

interface Pair { file: string; a: Unit | null; b: Unit | null }

function pairUp(file: string, as: Unit[], bs: Unit[]): Pair[] {
  const cand: [number, Unit, Unit][] = [];
  for (const a of as) for (const b of bs) { const s = likeness(a, b); if (s >= 0) cand.push([s, a, b]); }
  cand.sort((x, y) => y[0] - x[0] || x[1].start - y[1].start);
  const usedA = new Set<Unit>(), usedB = new Set<Unit>(), out: Pair[] = [];
  for (const [, a, b] of cand) {
    if (usedA.has(a) || usedB.has(b)) continue;
    usedA.add(a); usedB.add(b); out.push({ file, a, b });
  }
  for (const a of as) if (!usedA.has(a)) out.push({ file, a, b: null });
  for (const b of bs) if (!usedB.has(b)) out.push({ file, a: null, b });
  return out.sort((x, y) => (x.a ?? x.b)!.start - (y.a ?? y.b)!.start);
}

// The kind of a pair, from the relation entries' point of view.
function kind(p: Pair): string {
  const { a, b } = p;
  if (a && !b) return a.rel ? 'only batch' : 'none only batch';
  if (!a && b) return b.rel ? 'only second' : 'none only second';
  if (!a || !b) throw new Error('empty pair');
  if (!a.rel && !b.rel) return 'none both';
  if (!a.rel) return 'none in batch, relation in second';
  if (!b.rel) return 'relation in batch, none in second';
  if (a.rel.relation !== b.rel.relation) return 'relation differs';
  if (a.rel.direction !== b.rel.direction) return 'direction differs';
  if (a.rel.scope.whole !== b.rel.scope.whole) return 'whole/part differs';
  return 'agree';
}

function kappa(pairs: Pair[]): { po: number; pe: number; k: number; n: number } {
  // categories: relation type, "none" for an explicit none entry, "—" for no entry at all
  const lab = (u: Unit | null): string => (u ? u.label : '—');
  const n = pairs.length;
  const ca = new Map<string, number>(), cb = new Map<string, number>();
  let agree = 0;
  for (const p of pairs) {
    const x = lab(p.a), y = lab(p.b);
    if (x === y) agree++;
    ca.set(x, (ca.get(x) ?? 0) + 1); cb.set(y, (cb.get(y) ?? 0) + 1);
  }
  let pe = 0;
  for (const [c, v] of ca) pe += (v / n) * ((cb.get(c) ?? 0) / n);
  const po = agree / n;
  return { po, pe, k: (po - pe) / (1 - pe), n };
}

function main(): void {
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  const bi = args.indexOf('--batches');
  const batchDir = bi >= 0 ? args[bi + 1] : undefined;
  if (bi >= 0 && !batchDir) throw new Error('--batches needs a directory');
  const secondPath = args.find((x, i) => !x.startsWith('--') && (bi < 0 || i !== bi + 1)) ?? join(DIR, 'agreement', 'second-reading.json');
  const bdir = batchDir ?? DIR;
  const second = JSON.parse(readFileSync(secondPath, 'utf8')) as Doc[];
  const batchOf = new Map<string, { doc: Doc; batch: string }>();
  for (const f of readdirSync(bdir).filter((x) => /^batch-.*\.json$/.test(x)).sort())
    for (const d of JSON.parse(readFileSync(join(bdir, f), 'utf8')) as Doc[]) batchOf.set(d.file, { doc: d, batch: f });

  const pairs: Pair[] = [];
  const pf = (x: number, n: number): string => (n ? `${x}/${n} (${(x / n).toFixed(3)})` : '0/0');
  console.log('file                         batch     both-agree  batch-rel  second-rel  only-batch  only-second');
  for (const s of second) {
    const g = batchOf.get(s.file);
    if (!g) { console.log(`${s.file}: not in any batch file`); continue; }
    const ps = pairUp(s.file, units(g.doc, 'batch'), units(s, 'second'));
    pairs.push(...ps);
    const k = ps.map(kind);
    console.log(`${s.file.padEnd(28)} ${g.batch.padEnd(12)} ${String(k.filter((x) => x === 'agree').length).padStart(6)} ${String(g.doc.relations.length).padStart(10)} ${String(s.relations.length).padStart(11)} ${String(ps.filter((p) => p.a?.rel && kind(p) !== 'agree').length).padStart(11)} ${String(ps.filter((p) => p.b?.rel && kind(p) !== 'agree').length).padStart(12)}`);
  }

  const relPairs = pairs.filter((p) => p.a?.rel || p.b?.rel);
  const kinds = new Map<string, number>();
  for (const p of pairs) kinds.set(kind(p), (kinds.get(kind(p)) ?? 0) + 1);
  const nBatch = relPairs.filter((p) => p.a?.rel).length, nSecond = relPairs.filter((p) => p.b?.rel).length;
  const agree = relPairs.filter((p) => kind(p) === 'agree').length;
  console.log(`\nrelation entries: batch ${nBatch}, second ${nSecond}; agreeing (overlapping mention, same relation, direction, whole/part) ${agree}`);
  console.log(`  raw agreement over the union of relation entries: ${pf(agree, relPairs.length)}`);
  console.log(`  batch entries confirmed by the second reading: ${pf(agree, nBatch)}; second entries found in the batch: ${pf(agree, nSecond)}`);
  console.log('pairs by kind:');
  for (const [k, v] of [...kinds].sort((x, y) => y[1] - x[1])) console.log(`  ${k.padEnd(36)} ${v}`);

  console.log('\nper relation type (an entry of either reader counts for its own label):');
  const types = [...new Set(relPairs.flatMap((p) => [p.a?.rel?.relation, p.b?.rel?.relation]).filter((x): x is string => !!x))].sort();
  for (const t of types) {
    const inBatch = relPairs.filter((p) => p.a?.rel?.relation === t).length;
    const inSecond = relPairs.filter((p) => p.b?.rel?.relation === t).length;
    const both = relPairs.filter((p) => p.a?.rel?.relation === t && p.b?.rel?.relation === t).length;
    const full = relPairs.filter((p) => p.a?.rel?.relation === t && kind(p) === 'agree').length;
    console.log(`  ${t.padEnd(13)} batch ${String(inBatch).padStart(3)}  second ${String(inSecond).padStart(3)}  same relation on the mention ${String(both).padStart(3)}  full agreement ${String(full).padStart(3)}  Dice ${(2 * full / (inBatch + inSecond)).toFixed(3)}`);
  }

  const same = relPairs.filter((p) => p.a?.rel && p.b?.rel && p.a.rel.relation === p.b.rel.relation);
  const att = (name: string, f: (a: Rel, b: Rel) => boolean): void => {
    const ok = same.filter((p) => f(p.a!.rel!, p.b!.rel!)).length;
    console.log(`  ${name.padEnd(34)} ${pf(ok, same.length)}`);
  };
  console.log(`\non the ${same.length} pairs with the same relation on an overlapping mention:`);
  att('direction', (a, b) => a.direction === b.direction);
  att('whole/part', (a, b) => a.scope.whole === b.scope.whole);
  att('pinpoints (same set)', (a, b) => pins(a.scope) === pins(b.scope));
  att('target', (a, b) => compact(a.target) === compact(b.target));
  att('subject and object', (a, b) => compact(a.subject) === compact(b.subject) && compact(a.object) === compact(b.object));
  att('effective date', (a, b) => a.effective === b.effective);
  att('same start offset', (a, b) => a.start === b.start && a.end === b.end);

  const k1 = kappa(relPairs);
  const k2 = kappa(pairs);
  console.log(`\nCohen's kappa on the relation label of each unit (a relation entry of either reader; "—" = no entry, "none" = a none entry):`);
  console.log(`  relation units: n=${k1.n} po=${k1.po.toFixed(3)} pe=${k1.pe.toFixed(3)} kappa=${k1.k.toFixed(3)}`);
  console.log(`  all units (none entries too): n=${k2.n} po=${k2.po.toFixed(3)} pe=${k2.pe.toFixed(3)} kappa=${k2.k.toFixed(3)}`);

  if (!list) return;
  console.log('\n== disagreements ==');
  const texts = new Map<string, string>();
  const ctx = (file: string, u: Unit): string => {
    if (!texts.has(file)) texts.set(file, readFileSync(join(CORPUS, file), 'utf8'));
    const t = texts.get(file)!;
    return `…${t.slice(Math.max(0, u.start - 90), u.start)}[[${u.text}]]${t.slice(u.end, u.end + 40)}…`.replace(/\s+/g, ' ');
  };
  const show = (u: Unit | null): string => {
    if (!u) return '—';
    if (!u.rel) return 'none';
    const r = u.rel;
    return `${r.relation} ${r.direction} ${r.target}${r.direction === 'reported' ? ` (s ${r.subject} / o ${r.object})` : ''} ${r.scope.whole ? 'whole' : `part[${pins(r.scope)}]`} eff ${r.effective}`;
  };
  for (const p of pairs) {
    let k = kind(p);
    if (k === 'agree') {
      // same act on the same mention; list it only when a field that a reader fills by judgement differs
      const a = p.a!.rel!, b = p.b!.rel!;
      const diff = [pins(a.scope) !== pins(b.scope) ? 'pinpoints' : '', a.effective !== b.effective ? 'effective' : ''].filter(Boolean);
      if (!diff.length) continue;
      k = `agree, but ${diff.join(' and ')} differ`;
    } else if (k === 'none both' || k === 'none only batch' || k === 'none only second') continue;
    const u = (p.a ?? p.b)!;
    console.log(`\n${k}: ${p.file} @${u.start}\n  ${ctx(p.file, u)}\n  batch : ${show(p.a)}\n  second: ${show(p.b)}`);
    if (p.a?.rel) console.log(`  batch note: ${p.a.rel.note}`);
  }
}

main();
