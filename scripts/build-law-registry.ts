/**
 * Builds src/cite/lexicon/law-registry.ts: the laws, codes, ordinances and constitutions that the texts of
 * ../shared/corpus name with their numbers, with what the texts state about them, each fact with where it
 * was read. Run: npx tsx scripts/build-law-registry.ts
 *
 * Facts taken, and from where:
 * - a law's own header: number, name (its title), date of adoption;
 * - its "… có hiệu lực (thi hành) (kể) từ ngày …" article: the date it took effect;
 * - its "Luật X số N … hết hiệu lực (kể) từ ngày …" article: the law it ends, from when (a law of the same
 *   name is replaced by it, another is repealed);
 * - any text's "Luật X số N/YYYY/QHnn (ngày …)": the name that number bears, and its date of adoption.
 * A name the texts give two numbers keeps both; which one a citation means is decided by dates.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { slug } from '../src/cite/ids.js';
import { correctLegislature } from '../src/cite/laws.js';
import { readDocument } from '../src/doc/index.js';
import { LAW_NAMES } from '../src/cite/lexicon/law-names.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const OUT = join(import.meta.dirname, '..', 'src', 'cite', 'lexicon', 'law-registry.ts');

type Kind = 'luat' | 'bo-luat' | 'phap-lenh' | 'hien-phap';
interface Entry {
  number: string;
  /** the year in the number (laws are numbered per year), or of adoption */
  year: number | null;
  kind: Kind;
  name: string;
  key: string;
  adopted: string | null;
  effective: string | null;
  ended: { by: string; on: string | null; replaced: boolean; source: string } | null;
  sources: string[];
}

const KIND_OF: Record<string, Kind> = { 'Luật': 'luat', 'Bộ luật': 'bo-luat', 'Pháp lệnh': 'phap-lenh', 'Hiến pháp': 'hien-phap' };
const entries = new Map<string, Entry>();
const names = new Map<string, Map<string, number>>();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(txt|md)$/.test(f) && !/^(README|SOURCES)/.test(f) ? [p] : [];
  });
}

function cleanName(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/\s+(?:của|CỦA)\s+(?:Quốc hội|QUỐC HỘI|Ủy ban thường vụ|ỦY BAN THƯỜNG VỤ|UỶ BAN THƯỜNG VỤ).*$/u, '')
    .replace(/\s+(?:năm|NĂM)\s+\d{4}$/u, '')
    .replace(/[.,;:]+$/, '')
    .trim();
}

function entry(number: string, kind: Kind): Entry {
  let e = entries.get(number);
  if (!e) entries.set(number, (e = { number, kind, year: Number(/\/((?:19|20)\d{2})\//.exec(number)?.[1]) || null, name: '', key: '', adopted: null, effective: null, ended: null, sources: [] }));
  return e;
}

function seeName(e: Entry, name: string, source: string, weight: number): void {
  const n = cleanName(name);
  // a header that kept the enacting formula ("của Quốc hội … số 15/2003/QH11 …") is not a name
  if (!n || n.length > 160 || /^(?:của|CỦA)\s|\ssố\s+\d/u.test(n)) return;
  const counts = names.get(e.number) ?? new Map<string, number>();
  const lower = n.toLowerCase();
  counts.set(lower, (counts.get(lower) ?? 0) + weight);
  names.set(e.number, counts);
  // the law's own header first, then up to three texts that name it with its number
  if (source.endsWith(': header')) e.sources = [source, ...e.sources.filter((x) => x !== source)].slice(0, 4);
  else if (e.sources.length < 4 && !e.sources.includes(source)) e.sources.push(source);
}

const DATE = /ngày[ ]+(\d{1,2})[ ]+tháng[ ]+(\d{1,2})[ ]+năm[ ]+(\d{4})/u;
// day, month, year as written → ISO
const iso = (m: RegExpExecArray | null): string | null => (m ? `${m[3]}-${String(m[2]).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}` : null);
// the rest of a list item or note after a law's number: its title, then ", có hiệu lực kể từ ngày …"
const STATED_EFFECTIVE = /^([^.;“”:]{0,250}?),?[ \n]+có[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(?:[ \n]+kể)?[ \n]+từ[ \n]+ngày[ \n]+(\d{1,2})[ \n]+tháng[ \n]+(\d{1,2})[ \n]+năm[ \n]+(\d{4})/u;
const EFFECTIVE = /(?:Luật|Bộ luật|Pháp lệnh|Hiến pháp)[ ]+này[ ]+có[ ]+hiệu[ ]+lực(?:[ ]+thi[ ]+hành)?(?:[ ]+kể)?[ ]+từ[ ]+ngày[ ]+(\d{1,2})[ ]+tháng[ ]+(\d{1,2})[ ]+năm[ ]+(\d{4})/u;

for (const path of files(CORPUS)) {
  const file = relative(CORPUS, path);
  let doc;
  try {
    doc = await readDocument(path);
  } catch {
    continue;
  }
  const id = doc.identity;
  const ownKind = id.type ? KIND_OF[id.type] : undefined;
  const ownIsLaw = ownKind !== undefined && id.number !== null && /\/(?:QH|UBTVQH|PL-UBTVQH)\d*$|QH\d+$/.test(id.number);
  if (ownIsLaw && id.number) {
    const e = entry(id.number, ownKind);
    if (id.title) seeName(e, id.title, `${file}: header`, 5);
    if (id.date?.iso) e.adopted = id.date.iso;
    const eff = EFFECTIVE.exec(doc.text);
    if (eff) e.effective = iso(eff);
  }
  // a consolidated text names each amending law with the day it took effect, in its opening list and in its notes:
  // "Luật số 32/2013/QH13 sửa đổi, bổ sung một số điều của Luật Thuế thu nhập doanh nghiệp, có hiệu lực kể từ ngày
  // 01 tháng 01 năm 2014" (a law's own effect clause, read above, wins)
  if (id.type === 'Văn bản hợp nhất') {
    for (const c of doc.citations) {
      const kind = KIND_OF[c.type];
      if (!kind || !/\/(?:QH|PL-UBTVQH|UBTVQH)\d+$/.test(c.id)) continue;
      const m = STATED_EFFECTIVE.exec(doc.text.slice(c.end, c.end + 320));
      if (!m) continue;
      const e = entry(c.id.replace(/^vn:/, ''), kind);
      e.effective ??= `${m[4] as string}-${(m[3] as string).padStart(2, '0')}-${(m[2] as string).padStart(2, '0')}`;
      // "Luật số 32/2013/QH13 sửa đổi, bổ sung một số điều của Luật …": the title an amending law is known by
      const title = (m[1] as string).replace(/\s+/g, ' ').trim();
      if (/^Luật[ ]+số/u.test(c.text) && /^sửa đổi/u.test(title)) seeName(e, title, `${file}@${c.start}`, 1);
    }
  }
  for (const c of doc.citations) {
    const kind = KIND_OF[c.type];
    if (!kind || c.form !== 'law-with-number' || !c.number) continue;
    const number = c.id.replace(/^vn:/, '');
    const m = /^(?:Bộ[ \n]+luật|BỘ[ \n]+LUẬT|Luật|LUẬT|Pháp[ \n]+lệnh|PHÁP[ \n]+LỆNH)[ \n]+([\s\S]+?)[ \n]+(?:số[ \n]*:?[ \n]*)?\S+$/u.exec(c.text);
    const e = entry(number, kind);
    // a name that ends with the word "số" ("Luật Chuyển đổi số 148/2025/QH15") keeps it when the lexicon has that name
    const name = m && /[ \n]số[ \n]*:?[ \n]*\S+$/u.test(c.text) && LAW_NAMES.includes(`${(m[1] as string).replace(/\s+/g, ' ').toLowerCase()} số`) ? `${m[1] as string} số` : m?.[1];
    if (name) seeName(e, name, `${file}@${c.start}`, 1);
    if (c.date && !e.adopted) e.adopted = c.date;
    // "Luật X số N … hết hiệu lực (kể) từ ngày …" in a law's own final articles
    if (ownIsLaw && id.number && number !== id.number) {
      const sentenceEnd = doc.text.slice(c.end, c.end + 400).search(/[.;]\s|\n\n/);
      const rest = doc.text.slice(c.end, c.end + (sentenceEnd < 0 ? 400 : sentenceEnd));
      const before = doc.text.slice(Math.max(0, c.start - 60), c.start);
      // an amending act named in passing ("đã được sửa đổi, bổ sung theo Luật số …") is not the law that ends
      // "Điều 43 … của Luật X số N hết hiệu lực" ends articles, not the law
      const part = c.pinpoint !== null || /(?:Điều|điều|khoản|điểm|Chương|chương|Mục|mục)[ ]+[\dIVXLa-zđ]+[^.;]*(?:của|tại)[ ]*$/u.test(before);
      if (!part && /hết[ ]+hiệu[ ]+lực/u.test(rest) && !/(?:theo|bởi)[ ]*$/u.test(before) && !/(?:theo|bởi)[^,;]*$/u.test(before.split(/[,;]/).pop() ?? '')) {
        const on = /kể[ ]+từ[ ]+ngày[ ]+(?:Luật|Bộ luật|Pháp lệnh)[ ]+này[ ]+có[ ]+hiệu[ ]+lực/u.test(rest) ? 'effective' : iso(DATE.exec(rest));
        e.ended = { by: id.number, on, replaced: false, source: `${file}@${c.start}` };
      }
    }
  }
}

// the legislature in a law's number matches its year (QH13: 2011–2016); "67/2014/QH14" is a slip for QH13:
// its facts go to the entry with the right legislature, and the slip is dropped
for (const e of [...entries.values()]) {
  const right = correctLegislature(e.number);
  if (right === null) continue;
  const fixed = entries.get(right);
  if (fixed) {
    fixed.ended ??= e.ended;
    fixed.adopted ??= e.adopted;
    fixed.effective ??= e.effective;
    for (const [n, w] of names.get(e.number) ?? []) names.get(fixed.number)?.set(n, (names.get(fixed.number)?.get(n) ?? 0) + w);
  }
  entries.delete(e.number);
}

// names: the most written; keys as the extractor makes them
for (const e of entries.values()) {
  const counts = names.get(e.number);
  const best = counts ? [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined;
  e.name = best ? best.charAt(0).toUpperCase() + best.slice(1) : '';
  e.key = e.kind === 'hien-phap' ? 'hien-phap' : e.name ? `${e.kind}:${slug(e.name)}` : '';
}
for (const e of entries.values()) {
  if (!e.ended) continue;
  const by = entries.get(e.ended.by);
  if (e.ended.on === 'effective') e.ended.on = by?.effective ?? null;
  // an ordinance replaced by the law of the same subject (Pháp lệnh Đo lường → Luật Đo lường) is replaced too
  e.ended.replaced = by !== undefined && by.key.replace(/^[a-z-]+:/, '') === e.key.replace(/^[a-z-]+:/, '');
}
const list = [...entries.values()].filter((e) => e.key).sort((a, b) => a.key.localeCompare(b.key) || (a.adopted ?? '').localeCompare(b.adopted ?? ''));
const body = `// Generated by scripts/build-law-registry.ts from the texts of ../shared/corpus; do not edit.
// Each entry: what the texts state about one law, code, ordinance or constitution, with where it was read.
import type { LawEntry } from '../laws.js';

export const LAW_REGISTRY: readonly LawEntry[] = ${JSON.stringify(list, null, 1)};
`;
// --check: say whether the committed registry is what the texts give, and write nothing
if (process.argv.includes('--check')) {
  const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === body;
  console.log(same ? `${OUT} is up to date` : `${OUT} differs from what the corpus texts give: run npx tsx scripts/build-law-registry.ts`);
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, body);
console.log(`${list.length} laws, codes and ordinances (${list.filter((e) => e.adopted).length} with adoption date, ${list.filter((e) => e.effective).length} with effective date, ${list.filter((e) => e.ended).length} ended) → ${OUT}`);
