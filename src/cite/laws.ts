import { z } from 'zod';
import { slug } from './ids.js';
import { LAW_REGISTRY } from './lexicon/law-registry.js';

/**
 * The law registry: laws, codes, ordinances and constitutions with their numbers, as the texts state them
 * (src/cite/lexicon/law-registry.ts, built by scripts/build-law-registry.ts). A law cited by name is the
 * law of that name in force on the citing document's date: never one adopted later. A name the registry
 * does not know, or a citation whose date cannot settle which law it means, stays a name.
 */
export const LawEntrySchema = z.object({
  /** canonical number: "42/2013/QH13", "02/2020/UBTVQH14" */
  number: z.string(),
  /** the year in the number (laws are numbered per year) */
  year: z.number().int().nullable(),
  kind: z.enum(['luat', 'bo-luat', 'phap-lenh', 'hien-phap']),
  /** the name as the texts most often write it after the type word: "Tiếp công dân" */
  name: z.string(),
  /** the key of named citations: "luat:tiep-cong-dan" */
  key: z.string(),
  /** date of adoption (ISO), when a text gives it */
  adopted: z.string().nullable(),
  /** date it took effect, from its own "có hiệu lực … từ ngày" article */
  effective: z.string().nullable(),
  /** the law whose final article ended it, from when; replaced: that law bears the same name */
  ended: z.object({ by: z.string(), on: z.string().nullable(), replaced: z.boolean(), source: z.string() }).nullable(),
  /** where the facts were read: "underthesea-vlc/0001.txt: header", "congbot/0022.txt@1234" */
  sources: z.array(z.string()),
});
export type LawEntry = z.infer<typeof LawEntrySchema>;

let byKey: Map<string, LawEntry[]> | null = null;
let byNumber: Map<string, LawEntry> | null = null;

function index(): { byKey: Map<string, LawEntry[]>; byNumber: Map<string, LawEntry> } {
  if (!byKey || !byNumber) {
    byKey = new Map();
    byNumber = new Map();
    for (const e of LAW_REGISTRY) {
      const list = byKey.get(e.key);
      if (list) list.push(e);
      else byKey.set(e.key, [e]);
      byNumber.set(e.number, e);
    }
  }
  return { byKey, byNumber };
}

/** Every law of the registry bearing a name key ("luat:dau-tu"), oldest first. */
export function lawsNamed(key: string): LawEntry[] {
  return [...(index().byKey.get(key) ?? [])].sort((a, b) => (a.adopted ?? String(a.year ?? '')).localeCompare(b.adopted ?? String(b.year ?? '')));
}

/** The registry's entry for a number ("42/2013/QH13"). */
export function lawByNumber(number: string): LawEntry | undefined {
  return index().byNumber.get(number);
}

export type NamedLawResolution = { law: LawEntry; reason: string } | { law: null; warning: string };

/**
 * Which law a citation by name means: with a year written ("Luật Đầu tư năm 2014"), the law of that name
 * adopted that year; else the latest adopted on or before the citing document's date. Without a citing
 * date, or when every known law of that name is later, or dates are missing, the name is not resolved.
 */
export function resolveNamedLaw(key: string, at: { date?: string | null; year?: string | null } = {}): NamedLawResolution {
  const laws = lawsNamed(key);
  if (laws.length === 0) return { law: null, warning: 'named-law-not-in-registry' };
  if (at.year) {
    const same = laws.filter((l) => l.adopted?.startsWith(at.year as string) || l.number.includes(`/${at.year as string}/`));
    if (same.length === 1) return { law: same[0] as LawEntry, reason: `the ${key} adopted in ${at.year}` };
    return { law: null, warning: same.length === 0 ? 'named-law-year-unknown' : 'named-law-ambiguous' };
  }
  const date = at.date;
  if (!date) return { law: null, warning: 'named-law-undated' };
  // before the citing date: by the date of adoption, else by the year in the number; the same year without a date is unknown
  const order = (l: LawEntry): 'before' | 'after' | 'unknown' => {
    if (l.adopted) return l.adopted <= date ? 'before' : 'after';
    const y = l.year ?? null;
    if (y === null) return 'unknown';
    const citing = Number(date.slice(0, 4));
    return y < citing ? 'before' : y > citing ? 'after' : 'unknown';
  };
  const byYear = [...laws].sort((a, b) => (a.adopted ?? String(a.year ?? '')).localeCompare(b.adopted ?? String(b.year ?? '')));
  const before = byYear.filter((l) => order(l) === 'before');
  const latest = before[before.length - 1];
  const unsure = byYear.filter((l) => order(l) === 'unknown');
  if (unsure.length > 0) return { law: null, warning: 'named-law-order-unknown' };
  if (!latest) return { law: null, warning: 'named-law-only-later-laws-known' };
  return { law: latest, reason: `the ${key} in force on ${date}: ${latest.number}${latest.adopted ? `, adopted ${latest.adopted}` : ''}` };
}

// words that say nothing of a law's subject ("Luật về sĩ quan …", "bảo vệ, chăm sóc và giáo dục trẻ em")
const SUBJECT_FILLER = new Set(['va', 've', 'cua']);
/** Whether two law-name slugs share their subject: one holds the other's words in order, two words at least. */
export function sameLawSubject(a: string, b: string): boolean {
  // an amending law bears its base's name inside its own ("sửa đổi, bổ sung một số điều của …"): never a successor
  if (a.startsWith('sua-doi') || b.startsWith('sua-doi')) return false;
  const wa = a.split('-').filter((w) => !SUBJECT_FILLER.has(w)).join(' ');
  const wb = b.split('-').filter((w) => !SUBJECT_FILLER.has(w)).join(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (!short.includes(' ')) return short === long;
  // the shorter name opens or closes the longer one ("trẻ em" of "bảo vệ, chăm sóc và giáo dục trẻ em"): words met in its
  // middle are a coincidence of wording ("phí lệ phí" in "án phí, lệ phí tòa án": court fees are not fees and charges)
  return long === short || long.startsWith(`${short} `) || long.endsWith(` ${short}`);
}

/** The subject slug of a law as a citation writes it: "Luật Công nghệ cao số 21/2008/QH12" → "cong-nghe-cao"; null when it names none. */
export function lawSubjectOf(text: string): string | null {
  const m = /^(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n]+([\s\S]*?)(?:[ \n,]+(?:số|ngày|năm)[ \n][\s\S]*)?$/iu.exec(text.trim());
  const name = m?.[1]?.trim();
  return name && !/^số(?![\p{L}])/iu.test(name) ? slug(name.toLowerCase()) : null;
}

/** The legislatures (khóa) of the National Assembly and their years, for numbers like "67/2014/QH13". */
export const LEGISLATURES: ReadonlyArray<readonly [term: number, from: number, to: number]> = [[9, 1992, 1997], [10, 1997, 2002], [11, 2002, 2007], [12, 2007, 2011], [13, 2011, 2016], [14, 2016, 2021], [15, 2021, 2026], [16, 2026, 2031]];

/**
 * A law's number whose legislature does not fit its year ("67/2014/QH14": the 14th legislature sat from 2016) read with
 * the legislature that fits (the one before, else the only one of that year): "67/2014/QH13"; null when the number fits
 * or is no law number. Years shared by two legislatures fit both.
 */
export function correctLegislature(number: string): string | null {
  const m = /^(\d+[a-z]?)\/(\d{4})\/((?:UBTVQH|PL-UBTVQH|QH))(\d+)$/.exec(number);
  if (!m) return null;
  const year = Number(m[2]);
  const term = Number(m[4]);
  const fits = (t: number): boolean => LEGISLATURES.some(([n, from, to]) => n === t && year >= from && year <= to);
  if (fits(term)) return null;
  const right = fits(term - 1) ? term - 1 : LEGISLATURES.filter(([, from, to]) => year >= from && year <= to).map(([n]) => n)[0];
  return right === undefined ? null : `${m[1] as string}/${m[2] as string}/${m[3] as string}${right}`;
}
