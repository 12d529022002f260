// Checks fixtures/places/gold.tsv (the place-resolution gold set) against the corpus and the official lists.
// Run: npx tsx scripts/check-place-gold.ts [path/to/gold.tsv]. Exit code 1 when any row fails.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const SHARED = join(ROOT, '..', 'shared');
const CORPUS = join(SHARED, 'corpus');
const GAZ = join(SHARED, 'gazetteer');
const GOLD = process.argv[2] ?? join(ROOT, 'fixtures', 'places', 'gold.tsv');

const COLUMNS = ['split', 'file', 'offset', 'written', 'within', 'date', 'level', 'code', 'note'] as const;
const LEVELS = ['province', 'district', 'commune'] as const;
type Level = (typeof LEVELS)[number];
const RANK: Record<Level, number> = { province: 0, district: 1, commune: 2 };
// 2025-07-01: the reorganization; dates are ISO strings, possibly cut to the month or year.
const REORG = '2025-07-01';

interface Unit { level: Level; name: string; parent: string | null; list: 'old' | 'new' }

interface OldFile { data: Array<{ level1_id: string; name: string; level2s: Array<{ level2_id: string; name: string; level3s: Array<{ level3_id: string; name: string }> }> }> }
interface MergesFile { data: Array<{ level1_id: string; name: string; merges: Array<{ old_id: string }>; level2s: Array<{ level2_id: string; name: string }> }> }

function loadUnits(): { units: Map<string, Unit>; newProvinceOldIds: Map<string, Set<string>> } {
  const units = new Map<string, Unit>();
  const old = JSON.parse(readFileSync(join(GAZ, 'divisions-2025-03-01.json'), 'utf8')) as OldFile;
  for (const p of old.data) {
    units.set(p.level1_id, { level: 'province', name: p.name, parent: null, list: 'old' });
    for (const d of p.level2s) {
      units.set(d.level2_id, { level: 'district', name: d.name, parent: p.level1_id, list: 'old' });
      for (const c of d.level3s) units.set(c.level3_id, { level: 'commune', name: c.name, parent: d.level2_id, list: 'old' });
    }
  }
  // The new list has no districts: a new commune's parent is its province.
  const merges = JSON.parse(readFileSync(join(GAZ, '2025-07-01-merges.json'), 'utf8')) as MergesFile;
  const newProvinceOldIds = new Map<string, Set<string>>();
  for (const p of merges.data) {
    const id = `N${p.level1_id}`;
    units.set(id, { level: 'province', name: p.name, parent: null, list: 'new' });
    newProvinceOldIds.set(id, new Set(p.merges.map((m) => m.old_id)));
    for (const c of p.level2s) units.set(`N${c.level2_id}`, { level: 'commune', name: c.name, parent: id, list: 'new' });
  }
  // The 34 provinces of Công văn 915/CTK-CSCL must be exactly the merges file's provinces.
  const csv = readFileSync(join(GAZ, '2025-07-01-provinces.csv'), 'utf8').split('\n').slice(1).filter((l) => l.trim());
  const csvIds = new Set(csv.map((l) => `N${l.split(',')[1] ?? ''}`));
  const mergeIds = new Set(newProvinceOldIds.keys());
  if (csvIds.size !== 34 || [...csvIds].some((id) => !mergeIds.has(id)) || mergeIds.size !== csvIds.size)
    throw new Error('2025-07-01-provinces.csv and 2025-07-01-merges.json disagree on the 34 provinces');
  return { units, newProvinceOldIds };
}

function levelOfCodeShape(code: string): Level | null {
  if (/^\d{2}$/.test(code) || /^N\d{2}$/.test(code)) return 'province';
  if (/^\d{3}$/.test(code)) return 'district';
  if (/^\d{5}$/.test(code) || /^N\d{5}$/.test(code)) return 'commune';
  return null;
}

function ancestors(code: string, units: Map<string, Unit>): string[] {
  const out: string[] = [];
  for (let u = units.get(code); u?.parent; u = units.get(u.parent)) out.push(u.parent);
  return out;
}

function oldProvinceOf(code: string, units: Map<string, Unit>): string | null {
  const u = units.get(code);
  if (!u || u.list !== 'old') return null;
  return u.level === 'province' ? code : (ancestors(code, units).at(-1) ?? null);
}

// Whether the unit `code` lies inside `within` (or is it, for a bare level word such as "UBND tỉnh").
function isInside(code: string, within: string, units: Map<string, Unit>, newProvinceOldIds: Map<string, Set<string>>): boolean {
  if (code === within) return true;
  const cu = units.get(code);
  const wu = units.get(within);
  if (!cu || !wu) return false;
  if (cu.list === wu.list) return ancestors(code, units).includes(within);
  // An old unit inside a new province: its old province is one the new province took in.
  if (cu.list === 'old' && wu.list === 'new' && wu.level === 'province') {
    const p = oldProvinceOf(code, units);
    return p !== null && (newProvinceOldIds.get(within)?.has(p) ?? false);
  }
  return false;
}

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12) return false;
  const d = new Date(Date.UTC(Number(m[1]), month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

// A month-only date ("2025-07") means some day of that month: compare on the first day.
function onOrAfterReorg(date: string): boolean {
  const full = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-01` : date;
  return full >= REORG;
}

function main(): number {
  const { units, newProvinceOldIds } = loadUnits();
  const raw = readFileSync(GOLD, 'utf8');
  const lines = raw.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const errors: string[] = [];
  const header = lines[0]?.split('\t') ?? [];
  if (header.join('\t') !== COLUMNS.join('\t')) errors.push(`header must be: ${COLUMNS.join(' | ')}`);
  if (raw.includes('\r')) errors.push('gold.tsv must use LF line ends');

  const texts = new Map<string, string>();
  const splitOfFile = new Map<string, string>();
  const dateOfFile = new Map<string, string>();
  const seen = new Set<string>();
  const count = { rows: 0, negatives: 0, preReorgNew: 0 };
  const bySplit = new Map<string, number>();
  const byLevel = new Map<string, number>();
  const byList = new Map<string, number>();
  const negativesBySplit = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string): void => { m.set(k, (m.get(k) ?? 0) + 1); };

  for (let i = 1; i < lines.length; i++) {
    const at = `line ${i + 1}`;
    const cells = (lines[i] ?? '').split('\t');
    if (cells.length !== COLUMNS.length) { errors.push(`${at}: ${cells.length} columns, expected ${COLUMNS.length}`); continue; }
    const [split, file, offsetText, written, within, date, level, code, note] = cells as [string, string, string, string, string, string, string, string, string];
    count.rows++;
    if (split !== 'dev' && split !== 'test') errors.push(`${at}: split "${split}"`);
    const prevSplit = splitOfFile.get(file);
    if (prevSplit !== undefined && prevSplit !== split) errors.push(`${at}: ${file} is in both dev and test`);
    splitOfFile.set(file, split);
    const prevDate = dateOfFile.get(file);
    if (prevDate !== undefined && prevDate !== date) errors.push(`${at}: ${file} has two document dates (${prevDate}, ${date})`);
    dateOfFile.set(file, date);

    const path = join(CORPUS, file);
    if (!existsSync(path)) { errors.push(`${at}: no such corpus file ${file}`); continue; }
    let text = texts.get(file);
    if (text === undefined) { text = readFileSync(path, 'utf8'); texts.set(file, text); }
    if (!/^\d+$/.test(offsetText)) { errors.push(`${at}: offset "${offsetText}"`); continue; }
    const offset = Number(offsetText);
    if (written === '') errors.push(`${at}: empty written`);
    else if (text.slice(offset, offset + written.length) !== written)
      errors.push(`${at}: text.slice(${offset}, +${written.length}) is ${JSON.stringify(text.slice(offset, offset + written.length))}, not ${JSON.stringify(written)}`);
    const key = `${file}\t${offset}\t${within}`;
    if (seen.has(key)) errors.push(`${at}: duplicate row (same file, offset and within)`);
    seen.add(key);

    if (date !== '' && !isIsoDate(date)) errors.push(`${at}: date "${date}" is not ISO (YYYY, YYYY-MM or YYYY-MM-DD)`);
    if (!(LEVELS as readonly string[]).includes(level)) { errors.push(`${at}: level "${level}"`); continue; }
    const lv = level as Level;
    inc(bySplit, split);
    inc(byLevel, lv);

    if (within !== '') {
      const wu = units.get(within);
      if (!wu) errors.push(`${at}: within "${within}" is in neither list`);
      else if (RANK[wu.level] >= RANK[lv] && within !== code) errors.push(`${at}: within ${within} (${wu.level}) does not enclose a ${lv}`);
    }

    if (code === '-') {
      count.negatives++;
      inc(negativesBySplit, split);
      if (note.trim() === '') errors.push(`${at}: a negative needs a note saying why`);
      continue;
    }
    const shape = levelOfCodeShape(code);
    const unit = units.get(code);
    if (!shape || !unit) { errors.push(`${at}: code "${code}" is in neither list`); continue; }
    if (shape !== lv || unit.level !== lv) errors.push(`${at}: level ${lv} but code ${code} is a ${unit.level} (${unit.name})`);
    inc(byList, unit.list);
    if (within !== '' && units.has(within) && !isInside(code, within, units, newProvinceOldIds))
      errors.push(`${at}: ${code} (${unit.name}) is not inside within ${within} (${units.get(within)?.name ?? '?'})`);
    if (date !== '' && onOrAfterReorg(date) && unit.list === 'old')
      errors.push(`${at}: document dated ${date} (on or after ${REORG}) but old-list code ${code}`);
    if (date !== '' && !onOrAfterReorg(date) && unit.list === 'new') {
      count.preReorgNew++;
      if (note.trim() === '') errors.push(`${at}: an N-code in a document dated before ${REORG} needs a note`);
    }
  }

  const files = [...splitOfFile.keys()];
  const testFiles = files.filter((f) => splitOfFile.get(f) === 'test');
  const fmt = (m: Map<string, number>): string => [...m].map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`rows ${count.rows} (${fmt(bySplit)}); files ${files.length} (test ${testFiles.length})`);
  console.log(`levels: ${fmt(byLevel)}; resolved codes by list: ${fmt(byList)}`);
  console.log(`negatives (code -): ${count.negatives} (${fmt(negativesBySplit)}); N-codes in documents dated before ${REORG}: ${count.preReorgNew}`);
  if (errors.length) {
    for (const e of errors) console.error(e);
    console.error(`${errors.length} error(s)`);
    return 1;
  }
  console.log('ok');
  return 0;
}

process.exitCode = main();
