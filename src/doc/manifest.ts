import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { placeFromPhrase } from '../cite/ids.js';
import { typeNameOf } from '../cite/phrases.js';
import { parseSymbol } from '../cite/symbol.js';
import { fold } from '../text/fold.js';
import { toOldStyleTone } from '../text/tone.js';
import type { DocIdentity } from './schema.js';

/**
 * What a user knows of a document's identity when its text does not say it: a header lost in
 * a copy-paste, a PDF extraction that kept only the body. Values come from a manifest beside
 * the documents or from command-line flags; they complete what the header lacks and never
 * override it (auto-filled manifests are often wrong), and a disagreement is a warning.
 */

/** File names read as manifests; they are never read as documents. */
export const MANIFEST_NAMES: readonly string[] = ['vanban.manifest.json', 'MANIFEST.tsv'];

export const isManifestFile = (path: string): boolean => MANIFEST_NAMES.includes(basename(path));

// "(dự thảo/chưa ghi số)": the auto-filled manifests' mark for a draft or a document without a number
const NO_NUMBER = /\(\s*dự thảo\s*\/\s*chưa ghi số\s*\)/u;

function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const nonEmpty = z.string().transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim()).pipe(z.string().min(1, 'is empty'));

/** A document's identity as its user knows it; every field optional, each checked. */
export const KnownIdentitySchema = z.object({
  /** the symbol: "75/2021/NĐ-CP", "18-NQ/TW" */
  number: nonEmpty.refine((s) => parseSymbol(s) !== null, { message: 'is not a document number (e.g. "75/2021/NĐ-CP", "18-NQ/TW")' }).optional(),
  /** the date of issue, ISO */
  date: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date (YYYY-MM-DD)')
    // only a well-formed date is looked up in the calendar (one reason per value)
    .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || isCalendarDate(s), { message: 'is not a date of the calendar' })
    .optional(),
  /** the issuing place with its level word: "tỉnh Hà Tĩnh", "thị xã Hồng Lĩnh" */
  place: nonEmpty.refine((s) => placeFromPhrase(s) !== null, { message: 'is not a place with its level word (e.g. "tỉnh Hà Tĩnh", "thị xã Hồng Lĩnh")' }).optional(),
  /** the type, any case ("Nghị định", "NGHỊ ĐỊNH"); kept as its canonical name */
  type: nonEmpty
    .transform((s, ctx) => {
      const name = typeNameOf(toOldStyleTone(s));
      if (!name) ctx.addIssue({ code: 'custom', message: 'is not a document type (e.g. "Nghị định", "Kế hoạch", "Công văn")' });
      return name ?? s;
    })
    .optional(),
  /** trích yếu */
  title: nonEmpty.optional(),
});
export type KnownIdentity = z.infer<typeof KnownIdentitySchema>;

/** One document of a `vanban.manifest.json`: `file` is relative to the manifest's folder. */
export const ManifestEntrySchema = KnownIdentitySchema.extend({ file: nonEmpty }).strict();
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

/** A manifest read: its entries by path relative to its folder, and the entries refused, each with the reason. */
export interface Manifest {
  path: string;
  entries: Map<string, ManifestEntry>;
  /** problems, each naming its line ("line 5") or entry ("entry 3") and the file it describes */
  errors: string[];
}

/** The one-line reason of a zod failure: "date "2021-13-01" is not a date of the calendar". */
export function describeIssues(error: z.ZodError, input: Record<string, unknown>): string {
  return error.issues
    .map((i) => {
      const field = i.path.map(String).join('.');
      if (i.code === 'unrecognized_keys') return `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')} (file, number, date, place, type, title)`;
      const value = field ? input[field] : undefined;
      const shown = typeof value === 'string' ? ` "${value}"` : value === undefined ? '' : ` ${JSON.stringify(value)}`;
      if (value === undefined && i.code === 'invalid_type') return `${field || 'entry'} is missing`;
      return `${field || 'entry'}${shown} ${i.message}`;
    })
    .join('; ');
}

/** Keys of entries: the path relative to the manifest's folder, with "/" and NFC, as in the manifest. */
const entryKey = (p: string): string => p.normalize('NFC').split(sep).join('/').replace(/^(?:\.\/)+/, '');

function addEntry(m: Manifest, raw: Record<string, unknown>, where: string): void {
  const parsed = ManifestEntrySchema.safeParse(raw);
  const file = typeof raw.file === 'string' && raw.file.trim() ? ` (${raw.file.trim()})` : '';
  if (!parsed.success) {
    m.errors.push(`${where}${file}: ${describeIssues(parsed.error, raw)}`);
    return;
  }
  const key = entryKey(parsed.data.file);
  if (m.entries.has(key)) {
    m.errors.push(`${where}${file}: a second entry for the same file (the first is kept)`);
    return;
  }
  m.entries.set(key, parsed.data);
}

/**
 * The column `title_or_number` of the auto-filled manifests: "75/2021/NĐ-CP — Nghị định Quy định …",
 * "1027/CTK-CSCL", "CVVP_… (dự thảo/chưa ghi số)". The number is the part before " — "; what
 * stands before the draft mark is a source file name, neither number nor title.
 */
export function splitTitleOrNumber(value: string): { number?: string; title?: string } {
  const v = value.normalize('NFC').trim();
  if (!v || NO_NUMBER.test(v)) return {};
  const dash = v.indexOf(' — ');
  const head = (dash >= 0 ? v.slice(0, dash) : v).trim();
  const tail = dash >= 0 ? v.slice(dash + 3).trim() : '';
  if (parseSymbol(head)) return { number: head, ...(tail ? { title: tail } : {}) };
  return { title: v };
}

// the columns a TSV manifest may have: the auto-filled ones, and the fields by their own names
const TSV_COLUMNS: Record<string, keyof ManifestEntry | 'title_or_number'> = {
  file: 'file',
  title_or_number: 'title_or_number',
  doc_type: 'type',
  issue_date: 'date',
  number: 'number',
  date: 'date',
  place: 'place',
  type: 'type',
  title: 'title',
};

/** Read a tab-separated manifest (a header line naming the columns, then one document a line). */
export function parseTsvManifest(text: string, path: string): Manifest {
  const m: Manifest = { path, entries: new Map(), errors: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerAt = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#'));
  if (headerAt < 0) return m;
  const header = (lines[headerAt] as string).split('\t').map((c) => c.trim().toLowerCase());
  if (!header.includes('file')) {
    m.errors.push(`line ${headerAt + 1}: the first line names no "file" column (it has: ${header.join(', ')})`);
    return m;
  }
  for (let n = headerAt + 1; n < lines.length; n++) {
    const line = lines[n] as string;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (cells.length > header.length) {
      m.errors.push(`line ${n + 1}: ${cells.length} columns where the header has ${header.length} (a tab inside a value?)`);
      continue;
    }
    const raw: Record<string, unknown> = {};
    let split: { number?: string; title?: string } = {};
    header.forEach((column, i) => {
      const field = TSV_COLUMNS[column];
      const value = (cells[i] ?? '').trim();
      if (!field || value === '') return;
      if (field === 'title_or_number') split = splitTitleOrNumber(value);
      else raw[field] = value;
    });
    // a column named for the field says it more plainly than title_or_number
    addEntry(m, { ...split, ...raw }, `line ${n + 1}`);
  }
  return m;
}

/** Read a JSON manifest: `[{ file, number?, date?, place?, type?, title? }]`. */
export function parseJsonManifest(text: string, path: string): Manifest {
  const m: Manifest = { path, entries: new Map(), errors: [] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    m.errors.push(`not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    return m;
  }
  if (!Array.isArray(value)) {
    m.errors.push('not a JSON array of entries [{ "file": …, "number": …, "date": … }]');
    return m;
  }
  value.forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) m.errors.push(`entry ${i + 1}: not an object { "file": …, … }`);
    else addEntry(m, item as Record<string, unknown>, `entry ${i + 1}`);
  });
  return m;
}

/** Read a manifest file (JSON by its extension, else TSV). A file that cannot be read is one error. */
export async function loadManifest(path: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { path, entries: new Map(), errors: [code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(e)})`] };
  }
  return extname(path).toLowerCase() === '.json' ? parseJsonManifest(text, path) : parseTsvManifest(text, path);
}

/**
 * Finds the manifest entry of each document: in one given manifest, or in the manifests of the
 * document's folder and of each folder above it up to the root walked (the nearest first).
 * Each manifest is read once, when a document below it is first looked up.
 */
export class ManifestLookup {
  private readonly byDir = new Map<string, Manifest[]>();
  private readonly pending: Array<{ path: string; error: string }> = [];

  private constructor(
    private readonly root: string | null,
    private readonly explicit: string | null,
  ) {}

  /** The manifests beside the documents below `root`. */
  static inFolders(root: string): ManifestLookup {
    return new ManifestLookup(root, null);
  }

  /** One manifest; its paths are relative to its own folder. */
  static file(path: string): ManifestLookup {
    return new ManifestLookup(null, path);
  }

  // folders and manifests are named as the caller wrote the paths (relative stays relative), like the documents
  private async manifestsOf(dir: string, names: readonly string[]): Promise<Manifest[]> {
    const known = this.byDir.get(resolve(dir));
    if (known) return known;
    const found: Manifest[] = [];
    for (const name of names) {
      const path = join(dir, name);
      const m = await loadManifest(path);
      if (m.errors[0] === 'no such file' && this.explicit === null) continue;
      found.push(m);
      for (const error of m.errors) this.pending.push({ path: m.path, error });
    }
    this.byDir.set(resolve(dir), found);
    return found;
  }

  /** The entry for a document, with the manifest it came from, or null. */
  async lookup(file: string): Promise<{ entry: ManifestEntry; manifest: string } | null> {
    const dirs: string[] = [];
    if (this.explicit) dirs.push(dirname(this.explicit));
    else if (this.root !== null) {
      for (let d = dirname(file); ; d = dirname(d)) {
        const rel = relative(this.root, d);
        if (rel.startsWith('..') || isAbsolute(rel)) break;
        dirs.push(d);
        if (rel === '' || d === dirname(d)) break;
      }
    }
    for (const d of dirs) {
      const manifests = await this.manifestsOf(d, this.explicit ? [basename(this.explicit)] : MANIFEST_NAMES);
      const key = entryKey(relative(d, file));
      for (const m of manifests) {
        const entry = m.entries.get(key);
        if (entry) return { entry, manifest: m.path };
      }
    }
    return null;
  }

  /** Problems found in the manifests read since the last call (each reported once). */
  takeErrors(): Array<{ path: string; error: string }> {
    return this.pending.splice(0);
  }
}

/** The known identity of an entry, without its file. */
export function knownOf(entry: ManifestEntry): KnownIdentity {
  const { file: _file, ...known } = entry;
  return known;
}

export type KnownField = 'number' | 'date' | 'place' | 'type' | 'title';

const titleWords = (s: string): string[] =>
  fold(s)
    .replace(/^v\/v\b|^ve viec\b/, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

// auto-filled titles are cut at a length, in upper case, or start with the type word and the
// number ("Thông tư 98/2013/TT-BTC hướng dẫn …"): two titles agree when most word pairs of the
// shorter (less its last word, which may be cut) stand in the longer
function titlesAgree(a: string, b: string): boolean {
  const [short, long] = [titleWords(a), titleWords(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  const probe = short.length > 3 ? short.slice(0, -1) : short;
  if (probe.length < 2) return probe.length === 0 || long.includes(probe[0] as string);
  const pairs = new Set(long.slice(1).map((w, i) => `${long[i] as string} ${w}`));
  let found = 0;
  for (let i = 1; i < probe.length; i++) if (pairs.has(`${probe[i - 1] as string} ${probe[i] as string}`)) found++;
  return found >= 0.6 * (probe.length - 1);
}

const lastSlugPart = (slug: string): string => slug.slice(slug.lastIndexOf('.') + 1);

/**
 * The fields on which the header and what the caller knows disagree: the header was kept, the
 * known value was not used. A field the known value filled (a `<field>-from-caller` warning)
 * cannot disagree.
 */
export function disagreements(identity: DocIdentity, known: KnownIdentity): KnownField[] {
  const filled = (f: KnownField): boolean => identity.warnings.includes(`${f}-from-caller`);
  const out: KnownField[] = [];
  if (known.number && !filled('number') && parseSymbol(known.number)?.canonical !== identity.number) out.push('number');
  if (known.date && !filled('date')) {
    const d = identity.date;
    const [y, m] = known.date.split('-').map(Number);
    // a draft's blank day ("ngày   tháng 02 năm 2023") agrees with any day of its month
    const agrees = d !== null && (d.iso === known.date || (d.iso === null && d.day === null && d.year === y && d.month === m));
    if (!agrees) out.push('date');
  }
  if (known.place && !filled('place') && identity.place?.slug) {
    const p = placeFromPhrase(known.place);
    if (p && lastSlugPart(p.slug) !== lastSlugPart(identity.place.slug)) out.push('place');
  }
  if (known.type && !filled('type') && identity.type && identity.type !== known.type) out.push('type');
  if (known.title && !filled('title') && identity.title && !titlesAgree(identity.title, known.title)) out.push('title');
  return out;
}

/**
 * Mark a document read with `known` values from `source`: the `<field>-from-caller` warnings
 * of buildIdentity are renamed for a manifest, and each disagreement is a
 * `<source>-disagrees:<field>` warning.
 */
export function noteKnown(identity: DocIdentity, known: KnownIdentity, source: 'manifest' | 'caller'): void {
  const disagree = disagreements(identity, known);
  if (source === 'manifest') {
    identity.warnings = identity.warnings.map((w) => {
      const m = /^(number|date|place|type|title)-from-caller$/.exec(w);
      return m ? `${m[1]}-from-manifest` : w;
    });
  }
  for (const f of disagree) identity.warnings.push(`${source}-disagrees:${f}`);
}

// read back from the warnings, in their own module: the graph imports them without this one's schemas and readers
export { disagreeingFields, suppliedFields } from './known-fields.js';
