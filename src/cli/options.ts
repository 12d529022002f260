import { stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { z } from 'zod';
// from its own module: annotate/index.js loads the Markdown and HTML parsers (remark, rehype), which only annotate needs
import { isUnsafeUrl } from '../annotate/annotate.js';
import { TYPE_BY_CODE, TYPE_WORDS } from '../cite/lexicon/document-types.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../doc/readers/types.js';
import { checkWritableFile, OutputPathError } from '../graph/atomic-write.js';
import { SearchOptionsSchema } from '../search/schema.js';
import { fold } from '../text/fold.js';
import { findPlaces, placeByCode, placesBySlug, childrenOf, type PlaceUnit } from '../place/index.js';
import type { Io } from './run.js';

/**
 * Option values of the CLI, read by zod before a command does any work: commander hands over
 * strings, these schemas turn them into the library's values or say, in one line, what the
 * option accepts. The same definitions give the help text (`choices`, `accepted`), so the help
 * cannot name values the parser refuses.
 */

/**
 * A schema built on its first use and kept: a command builds the schemas of its own flags, not those of every
 * command (each zod schema costs its construction, and a cold `vanban trace` built some 200 of the CLI's for nothing).
 */
export function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/** A usage error: the command's flags were refused before any work was done (exit 2). */
export class UsageError extends Error {}

const LEVELS = SearchOptionsSchema.shape.level.unwrap().element.options;
const FAMILIES = SearchOptionsSchema.shape.family.unwrap().element.options;

/** Whether y-m-d is a day of the calendar (2020-02-30 is not). */
function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export const DAY_ACCEPTED = 'a day of the calendar, YYYY-MM-DD ("2021-07-15")';
/** A day of the calendar, YYYY-MM-DD. */
export const daySchema = once(() => z.string().refine(isCalendarDay, DAY_ACCEPTED));
/** A day, or (for dating citations only) a year or a month: 2021, 2021-07, 2021-07-15. */
export const DATE_OR_PART_ACCEPTED = 'a year, a month or a day: 2021, 2021-07 or 2021-07-15 (a real day of the calendar)';
export const dateOrPartSchema = once(() => z.string().refine((s) => /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(s) || isCalendarDay(s), DATE_OR_PART_ACCEPTED));

/** A whole number in [min, max], written in digits. */
export function countSchema(min: number, max: number): z.ZodType<number, string> {
  const accepted = `a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\s*\d+\s*$/, accepted)
    .transform(Number)
    .pipe(z.number().int().min(min, accepted).max(max, accepted));
}

export const YEAR_ACCEPTED = 'a year or a range of years, earliest first: 2018 or 2018-2020';
export const yearRangeSchema = once(() =>
  z
    .string()
    .regex(/^\d{4}(?:-\d{4})?$/, YEAR_ACCEPTED)
    .transform((s) => {
      const [from, to] = s.split('-').map(Number) as [number, number | undefined];
      return { yearFrom: from, yearTo: to ?? from };
    })
    .refine((r) => r.yearFrom <= r.yearTo, YEAR_ACCEPTED),
);

/** A comma-separated list whose every item is one of `values`. */
export function listOf<T extends string>(values: readonly T[]): z.ZodType<T[], string> {
  const accepted = `one or more of ${values.join(', ')}, comma-separated`;
  return z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .refine((xs) => xs.length > 0 && xs.every((x) => (values as readonly string[]).includes(x)), accepted) as unknown as z.ZodType<T[], string>;
}
export const levelListSchema = once(() => listOf(LEVELS));
export const familyListSchema = once(() => listOf(FAMILIES));

// ---- document types: the canonical name, its folded form, or its code ----

const typeByKey = new Map<string, string>();
for (const t of TYPE_WORDS) {
  typeByKey.set(fold(t.name), t.name);
  for (const f of t.forms) if (!typeByKey.has(fold(f))) typeByKey.set(fold(f), t.name);
}
const typeByCode = new Map<string, string>();
for (const [code, name] of Object.entries(TYPE_BY_CODE)) {
  if (!typeByCode.has(fold(code))) typeByCode.set(fold(code), name);
}
for (const t of TYPE_WORDS) if (t.code && !typeByCode.has(fold(t.code))) typeByCode.set(fold(t.code), t.name);

/** The canonical type name a CLI value names ("ke hoach", "KH", "Kế hoạch" → "Kế hoạch"), or null. */
export function typeNamed(value: string): string | null {
  const key = fold(value);
  // a code is tried after the names: "TT" is Thông tư by the codes table, "thong tri" is a name
  return typeByKey.get(key) ?? typeByCode.get(key) ?? null;
}

/** The names the type options accept, for help and errors. */
export const TYPE_NAMES: readonly string[] = TYPE_WORDS.map((t) => t.name);
const TYPE_ACCEPTED = `document types, comma-separated, by name with or without accents ("Kế hoạch", "ke hoach") or by code ("KH"): ${TYPE_WORDS.map((t) => (t.code ? `${t.name} (${t.code})` : t.name)).join(', ')}`;
export const typeListSchema = once(() =>
  z.string().transform((s, ctx) => {
    const out: string[] = [];
    for (const item of s.split(',').map((x) => x.trim()).filter(Boolean)) {
      const name = typeNamed(item);
      if (!name) {
        ctx.addIssue({ code: 'custom', message: TYPE_ACCEPTED });
        return z.NEVER;
      }
      if (!out.includes(name)) out.push(name);
    }
    if (out.length === 0) {
      ctx.addIssue({ code: 'custom', message: TYPE_ACCEPTED });
      return z.NEVER;
    }
    return out;
  }),
);

// ---- annotate: where a citation links to ----

/** Where a citation links to unless --link says (the server's default too). */
export const DEFAULT_LINK = '/documents/{id}';

export const LINK_TEMPLATE_ACCEPTED = 'a URL with {id} where the cited document\'s id goes, URL-encoded ("/documents/{id}", "https://example.org/vb?id={id}"); not javascript:, vbscript: or data:';
/** A link template: "{id}" is replaced by the cited document's id, URL-encoded. */
export const linkTemplateSchema = z
  .string()
  .refine((s) => s.includes('{id}') && !isUnsafeUrl(s), LINK_TEMPLATE_ACCEPTED);

// ---- places: a code of the official lists or a name ----

/** The units a --place value names: by code ("42", "N42") or by name ("Hà Tĩnh", "huyện Can Lộc"). */
export function placeUnits(value: string): PlaceUnit[] {
  const v = value.trim();
  const byCode = placeByCode(v);
  if (byCode) return [byCode];
  // the place part of an id, as the JSON outputs print it ("tinh-ha-tinh.huyen-can-loc")
  if (/^[a-z0-9]+(?:-[a-z0-9]+)+(?:\.[a-z0-9]+(?:-[a-z0-9]+)+)*$/.test(v)) return placesBySlug(v);
  return findPlaces(v);
}

/** The slugs of a unit and of every unit below it: a province's documents include its districts'. */
export function slugsWithin(unit: PlaceUnit): string[] {
  const out: string[] = [];
  const stack = [unit];
  while (stack.length) {
    const u = stack.pop() as PlaceUnit;
    out.push(u.slug);
    stack.push(...childrenOf(u.code));
  }
  return out;
}

/**
 * A --place value as the slugs a document of that place may carry: the unit, the units within it,
 * and the same place on the other list (a province kept its slug across 1 July 2025, not its communes).
 */
export const placeSchema = once(() => z.string().transform((s, ctx) => {
  const found = placeUnits(s);
  const slugs = new Set(found.map((u) => u.slug));
  if (slugs.size === 1) {
    const all = new Set<string>();
    for (const unit of placesBySlug([...slugs][0] as string)) for (const slug of slugsWithin(unit)) all.add(slug);
    return { display: (found[0] as PlaceUnit).display, slug: [...slugs][0] as string, slugs: [...all] };
  }
  ctx.addIssue({
    code: 'custom',
    message: found.length === 0 ? 'a code ("42"), a name ("Hà Tĩnh", "ha tinh", "huyện Can Lộc") or an id\'s place ("tinh-ha-tinh") of a unit of the official lists; this names none' : `one unit; this names ${found.length}: ${found.slice(0, 4).map((u) => `${u.code} ${u.display}`).join('; ')}${found.length > 4 ? '; …' : ''} (give its code, or its province too: "huyện Châu Thành, tỉnh Đồng Tháp")`,
  });
  return z.NEVER;
}));

// ---- reading flags with a schema ----

const flagName = (key: string): string => '--' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/**
 * Parse `flags` with `schema`; a refusal is one line naming the option, the value and what it
 * accepts (a UsageError, which `run` prints and turns into exit 2).
 */
export function parseFlags<S extends z.ZodType>(command: string, schema: S, flags: Record<string, unknown>): z.output<S> {
  const parsed = schema.safeParse(flags);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0] as z.core.$ZodIssue;
  const key = String(issue.path[0] ?? '');
  const value = flags[key];
  const message = issue.code === 'invalid_value' && 'values' in issue ? `one of ${issue.values.join(', ')}` : issue.message;
  throw new UsageError(`vanban ${command}: ${flagName(key)}${value === undefined || typeof value === 'boolean' ? '' : ` ${JSON.stringify(value)}`}: expected ${message}`);
}

/** The library's own option schema over the values read, a refusal named by the CLI flag. */
export function checkWith<S extends z.ZodType>(command: string, schema: S, value: unknown, flagOf: Record<string, string>): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0] as z.core.$ZodIssue;
  const key = String(issue.path[0] ?? '');
  throw new UsageError(`vanban ${command}: ${flagOf[key] ?? flagName(key)}: ${issue.message}`);
}

/** A folder that must exist (an input). */
export async function checkFolder(command: string, what: string, path: string): Promise<void> {
  const s = await stat(path).catch(() => null);
  if (!s) throw new UsageError(`vanban ${command}: ${what} ${JSON.stringify(path)}: no such folder`);
  if (!s.isDirectory()) throw new UsageError(`vanban ${command}: ${what} ${JSON.stringify(path)}: not a folder`);
}

/**
 * A file to write, checked before any work: its folder exists, it is not a folder itself, and a
 * file can really be created there (checkWritableFile tries: permissions, a read-only disk, /proc).
 */
export async function checkOutFile(command: string, flag: string, path: string): Promise<void> {
  try {
    await checkWritableFile(path);
  } catch (e) {
    if (e instanceof OutputPathError) throw new UsageError(`vanban ${command}: ${flag} ${JSON.stringify(path)}: ${e.reason}`);
    throw e;
  }
}

// ---- reading limits: sizes ----

const UNIT: Record<string, number> = { b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };
export const SIZE_ACCEPTED = 'a size in MB ("50") or with its unit: 500KB, 50MB, 1GB (1KB to 2GB; 1MB is 1024 KB)';
/** A size in bytes: "50" (MB), "500KB", "50MB", "1GB". */
export const sizeSchema = once(() => z.string().transform((s, ctx) => {
  const m = /^\s*(\d{1,10}(?:\.\d{1,3})?)\s*([a-zA-Z]{0,3})\s*$/.exec(s);
  const unit = m ? UNIT[(m[2] as string).toLowerCase() || 'mb'] : undefined;
  const bytes = m && unit ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!(bytes >= 1024 && bytes <= 2 * 1024 ** 3)) {
    ctx.addIssue({ code: 'custom', message: SIZE_ACCEPTED });
    return z.NEVER;
  }
  return bytes;
}));

/** --max-file-size and --max-unzipped-size, as `readDocument`'s limits. */
export const limitFlagsSchema = once(() => z.object({ maxFileSize: sizeSchema().optional(), maxUnzippedSize: sizeSchema().optional() }));

/** The reading limits the flags give (the library's defaults for those left out). */
export function limitsFromFlags(flags: z.output<ReturnType<typeof limitFlagsSchema>>): ReadLimits {
  return { ...(flags.maxFileSize !== undefined ? { maxFileSize: flags.maxFileSize } : {}), ...(flags.maxUnzippedSize !== undefined ? { maxUnzippedSize: flags.maxUnzippedSize } : {}) };
}

/** The options of the reading limits, on a command that reads documents. */
export function limitOptions(c: Command): Command {
  const mb = (n: number): string => `${n / 1024 ** 2}MB`;
  return c
    .option('--max-file-size <size>', `a file larger than this is a bad file of the run, not read (default ${mb(DEFAULT_LIMITS.maxFileSize)}; "500KB", "50MB", "1GB")`)
    .option('--max-unzipped-size <size>', `a .docx whose text parts inflate to more than this is a bad file, refused before or while inflating (default ${mb(DEFAULT_LIMITS.maxUnzippedSize)})`);
}

/** A commander option whose help lists the values it accepts (from the same list the parser reads). */
export function choiceOption(flags: string, description: string, values: readonly string[]): Option {
  return new Option(flags, `${description} (${values.join(', ')})`);
}

export { LEVELS, FAMILIES };
export type { Io };
