import { z } from 'zod';
import { annotateDocument, linkFromTemplate, type SkipReason } from '../annotate/index.js';
import type { CitationContext } from '../cite/index.js';
import { ReadError } from '../doc/index.js';
import { DEFAULT_LINK, dateOrPartSchema, linkTemplateSchema, parseFlags, UsageError, type Io } from './options.js';

/** The flags of `vanban annotate`, checked before the file is read. */
export const AnnotateFlagsSchema = z.object({
  html: z.boolean().optional(),
  md: z.boolean().optional(),
  link: linkTemplateSchema.optional(),
  province: z.string().optional(),
  district: z.string().optional(),
  date: dateOrPartSchema().optional(),
  debug: z.boolean().optional(),
});

export { DEFAULT_LINK };

/** --province and --district read on the official lists (run.ts's reading, shared with extract and read). */
export type PlacesFromFlags = (command: string, flags: { province?: string; district?: string; date?: string }, io: Io) => { place?: { province?: string; district?: string } } | null;

const REASON: Record<SkipReason, string> = {
  'no-link': 'no link',
  empty: 'empty',
  overlaps: 'inside or across a citation linked already',
  'unsafe-url': 'an unsafe URL',
  'no-text-node': 'no text where a link may stand (a script, a table\'s structure)',
  'in-link': 'inside a link the page has',
};

/**
 * `vanban annotate <file>`: the document with every citation a link (`annotateDocument`). An HTML
 * file (--html, its default) and a Markdown file (--md, its default) are annotated in their own
 * markup, links inserted; any other file, or a file in the other format, in its plain text
 * (`Document.text`), as Markdown (the default) or as an HTML fragment.
 */
export async function runAnnotate(file: string, raw: Record<string, unknown>, io: Io, placesFromFlags: PlacesFromFlags): Promise<number> {
  const flags = parseFlags('annotate', AnnotateFlagsSchema, raw);
  if (flags.html && flags.md) throw new UsageError('vanban annotate: --html and --md: expected at most one of them');
  const places = placesFromFlags('annotate', flags, io);
  if (!places) return 2;
  const context: CitationContext = {};
  if (places.place) context.place = places.place;
  if (flags.date) context.date = flags.date;
  try {
    const r = await annotateDocument(file, { link: linkFromTemplate(flags.link ?? DEFAULT_LINK), context, ...(flags.html ? { format: 'html' as const } : flags.md ? { format: 'markdown' as const } : {}) });
    // exactly the annotated text: no line break added, so that taking the links out gives the file's text back
    io.stdout(r.output);
    const left = r.citations - r.linked;
    if (left > 0) io.stderr(`vanban annotate: ${file}: ${r.linked} of ${r.citations} citations linked; left as text: ${Object.entries(r.skipped).map(([k, n]) => `${n} ${REASON[k as SkipReason]}`).join(', ')}\n`);
    return 0;
  } catch (e) {
    io.stderr(`vanban: ${file}: ${e instanceof ReadError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`}\n`);
    return 1;
  }
}
