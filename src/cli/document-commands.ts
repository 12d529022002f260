import Table from 'cli-table3';
import { z } from 'zod';
import type { Citation, CitationContext } from '../cite/schema.js';
import { describeSkipped, type SkippedEntry } from '../doc/corpus.js';
import { KnownIdentitySchema, noteKnown, type KnownIdentity } from '../doc/manifest.js';
import { readDocument } from '../doc/read.js';
import { ReadError } from '../doc/readers/types.js';
import type { Document } from '../doc/schema.js';
import { extractContext, placeUnit } from '../answers/extract.js';
import { ParameterError } from '../answers/errors.js';
import { dateOrPartSchema, limitFlagsSchema, limitsFromFlags, parseFlags, typeNamed, TYPE_NAMES, UsageError } from './options.js';
import { expandInputs } from './read-text.js';
import type { Io } from './run.js';

/**
 * The commands that read documents (extract, read) and the context flags annotate shares with them: imported by
 * run.ts when one of them runs, so that a question about a snapshot does not load the readers, the folder walk and
 * the extractor behind them (docs/layout.md, "What a question imports").
 */

const TYPE_ACCEPTED = `a document type, by name with or without accents ("Kế hoạch", "ke hoach") or by code ("KH"): ${TYPE_NAMES.join(', ')}`;

/** The flags of extract and read, checked before any file is read. */
const DocumentFlagsSchema = z.object({
  json: z.boolean().optional(),
  ndjson: z.boolean().optional(),
  summary: z.boolean().optional(),
  includeAll: z.boolean().optional(),
  province: z.string().optional(),
  district: z.string().optional(),
  date: dateOrPartSchema().optional(),
  number: z.string().optional(),
  place: z.string().optional(),
  type: z
    .string()
    .transform((s, ctx) => typeNamed(s) ?? (ctx.addIssue({ code: 'custom', message: TYPE_ACCEPTED }), z.NEVER))
    .optional(),
  debug: z.boolean().optional(),
  ...limitFlagsSchema().shape,
});
type ExtractFlags = z.output<typeof DocumentFlagsSchema>;

/**
 * The identity the flags give (--number, --date, --place, --type), checked before any file is
 * read: a bad value is one line on stderr and exit 2, not a failure per file.
 */
function knownFromFlags(command: string, flags: ExtractFlags, io: Io): KnownIdentity | null {
  // a year or a month ("2021", "2021-07") dates the citations only: a document's date of issue is a day
  const partial = flags.date !== undefined && /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(flags.date);
  const given = Object.fromEntries((['number', 'date', 'place', 'type'] as const).filter((k) => flags[k] !== undefined && !(k === 'date' && partial)).map((k) => [k, flags[k]]));
  const parsed = KnownIdentitySchema.safeParse(given);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  io.stderr(`vanban ${command}: --${field} "${String(given[field] ?? '')}" ${issue?.message ?? 'is not valid'}\n`);
  return null;
}

/**
 * --province, --district and --place read on the official lists, before any file is read: a name
 * that is no unit, or names several ("huyện Châu Thành" without --province), is one line and exit 2.
 * The context is given as codes, so that every document of the run uses the same units.
 */
export function placesFromFlags(command: string, flags: ExtractFlags, io: Io): { place?: { province?: string; district?: string } } | null {
  const date = flags.date && /^\d{4}-\d{2}-\d{2}$/.test(flags.date) ? flags.date : undefined;
  try {
    // the server's POST /api/extract reads its context with the same function
    const { place } = extractContext({ province: flags.province, district: flags.district, date: flags.date });
    if (flags.place) placeUnit('place', flags.place, date ? { date } : {});
    return place ? { place } : {};
  } catch (e) {
    if (!(e instanceof ParameterError)) throw e;
    io.stderr(`vanban ${command}: ${e.asFlag()}\n`);
    return null;
  }
}

interface FileResult {
  file: string;
  citations: Citation[];
}

// no colours (output is read by people and by other programs alike) and no rules between rows
const PLAIN = { head: [], border: [], compact: true };
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

function table(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const t = new Table({ head: ['offset', 'text', 'date', 'relation', 'id'], style: PLAIN, chars: COMPACT });
    for (const c of r.citations) t.push([String(c.start), c.text.replace(/\s+/g, ' '), c.date ?? '', c.relation, c.id]);
    lines.push(`${r.file}: ${r.citations.length} citation${r.citations.length === 1 ? '' : 's'}`);
    if (r.citations.length > 0) lines.push(t.toString());
  }
  return lines.join('\n') + '\n';
}

function summary(results: FileResult[], failed: number, skipped: readonly SkippedEntry[]): string {
  const all = results.flatMap((r) => r.citations);
  // counted as `ingest` counts its mentions; an embedded one states a relation between two cited documents
  const embedded = all.filter((c) => c.role === 'embedded').length;
  const count = <K extends string>(key: (c: Citation) => K): Array<[K, number]> => {
    const m = new Map<K, number>();
    for (const c of all) m.set(key(c), (m.get(key(c)) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1]);
  };
  const byId = new Map<string, Set<string>>();
  for (const r of results) for (const c of r.citations) (byId.get(c.id) ?? byId.set(c.id, new Set()).get(c.id))?.add(r.file);
  const top = [...byId.entries()].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0])).slice(0, 15);
  const out: string[] = [];
  out.push(`${results.length} documents read, ${failed} failed, ${all.length} citations (${embedded} of them inside another cited document's description) of ${byId.size} distinct documents`);
  if (skipped.length) out.push(`skipped: ${describeSkipped(skipped)}${skipped.some((s) => s.reason === 'project-file' || s.reason === 'hidden') ? ' (--include-all reads them)' : ''}`);
  out.push('', 'by type:     ' + count((c) => c.type).map(([k, v]) => `${k} ${v}`).join(', '));
  out.push('by relation: ' + count((c) => c.relation).map(([k, v]) => `${k} ${v}`).join(', '));
  out.push('by family:   ' + count((c) => c.family).map(([k, v]) => `${k} ${v}`).join(', '));
  const t = new Table({ head: ['cited by (documents)', 'id'], style: PLAIN, chars: COMPACT });
  for (const [id, files] of top) t.push([String(files.size), id]);
  out.push('', 'most cited:', t.toString());
  return out.join('\n') + '\n';
}

export async function runExtract(inputs: string[], raw: Record<string, unknown>, io: Io): Promise<number> {
  const flags = parseFlags('extract', DocumentFlagsSchema, raw);
  if ([flags.json, flags.ndjson, flags.summary].filter(Boolean).length > 1) throw new UsageError('vanban extract: --json, --ndjson and --summary: expected at most one of them');
  const known = knownFromFlags('extract', flags, io);
  if (!known) return 2;
  const places = placesFromFlags('extract', flags, io);
  if (!places) return 2;
  const skipped: SkippedEntry[] = [];
  const files = await expandInputs(inputs, { ...(flags.includeAll ? { includeAll: true } : {}), onSkip: (s) => skipped.push(s) });
  const results: FileResult[] = [];
  let failed = 0;
  const context: CitationContext = {};
  if (places.place) context.place = places.place;
  if (flags.date) context.date = flags.date;
  for (const file of files) {
    try {
      const doc = await readDocument(file, { context, known, limits: limitsFromFlags(flags) });
      // one line as each file is read: nothing is kept, so memory does not grow with the corpus
      if (flags.ndjson) io.stdout(JSON.stringify({ file, citations: doc.citations }) + '\n');
      else results.push({ file, citations: doc.citations });
    } catch (e) {
      failed++;
      // one bad file never stops the run: say which and why, go on
      io.stderr(`vanban: ${file}: ${e instanceof ReadError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`}\n`);
    }
  }
  if (flags.ndjson) {
    // nothing more: every file is out already
  } else if (flags.json) io.stdout(JSON.stringify(results, null, 2) + '\n');
  else if (flags.summary) io.stdout(summary(results, failed, skipped));
  else io.stdout(table(results));
  return failed > 0 ? 1 : 0;
}

function describeDocument(doc: Document): string {
  const i = doc.identity;
  const rows: Array<[string, string]> = [
    ['id', i.id ?? '—'],
    ['type', `${i.type ?? '—'}${i.typeLine ? ` (${i.typeLine})` : ''}, ${i.family ?? 'family unknown'}, ${i.status}`],
    ['number', i.number ?? (i.numberWritten ? `— (draft: ${i.numberWritten})` : '—')],
    ['date', i.date ? (i.date.iso ?? `${i.date.year}-${String(i.date.month ?? 0).padStart(2, '0')} (day blank)`) : '—'],
    ['issuer', i.issuer ? `${i.issuer.parent ? i.issuer.parent + ' / ' : ''}${i.issuer.name}${i.issuer.inferred ? ` (inferred from the ${i.issuer.source})` : ''}` : '—'],
    ['place', i.place ? `${i.place.written}${i.place.slug ? ` → ${i.place.slug}` : ''}${i.place.inferred ? ' (inferred)' : ''}` : '—'],
    ['level', i.level ?? '—'],
    ['title', i.title ?? '—'],
    ['signer', i.signer ? [i.signer.authority, i.signer.title, i.signer.name].filter(Boolean).join(' / ') : '—'],
    ['recipients', i.recipients.length ? `${i.recipients.length}: ${i.recipients.join('; ')}` : '—'],
    ['sections', String(doc.sections.length)],
    ['warnings', i.warnings.join(', ') || '—'],
  ];
  const t = new Table({ style: PLAIN, chars: COMPACT, wordWrap: true, colWidths: [12, 100] });
  for (const r of rows) t.push(r);
  const c = new Table({ head: ['offset', 'zone', 'section', 'text', 'relation', 'id'], style: PLAIN, chars: COMPACT });
  for (const x of doc.citations) c.push([String(x.start), x.zone, x.sectionPath.join(' › '), x.text.replace(/\s+/g, ' '), x.relation, x.id]);
  return `${doc.path ?? ''} (${doc.format}, ${doc.encoding})\n${t.toString()}\n${doc.citations.length} citations\n${doc.citations.length ? c.toString() + '\n' : ''}`;
}

export async function runRead(file: string, raw: Record<string, unknown>, io: Io): Promise<number> {
  const flags = parseFlags('read', DocumentFlagsSchema, raw);
  const known = knownFromFlags('read', flags, io);
  if (!known) return 2;
  const context: CitationContext = {};
  const places = placesFromFlags('read', flags, io);
  if (!places) return 2;
  if (places.place) context.place = places.place;
  if (flags.date) context.date = flags.date;
  if (flags.number) context.number = flags.number;
  try {
    const doc = await readDocument(file, { context, known, limits: limitsFromFlags(flags) });
    noteKnown(doc.identity, known, 'caller');
    io.stdout(flags.json ? JSON.stringify(doc, null, 2) + '\n' : describeDocument(doc));
    return 0;
  } catch (e) {
    io.stderr(`vanban: ${file}: ${e instanceof ReadError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`}\n`);
    return 1;
  }
}
