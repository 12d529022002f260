import { opendir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isManifestFile, knownOf, ManifestLookup, noteKnown } from './manifest.js';
import { readBytes, readDocument, type ReadDocumentOptions } from './read.js';
import { KNOWN_EXTENSIONS, ReadError } from './readers/index.js';
import { limitsOf } from './readers/types.js';
import type { Document } from './schema.js';

/**
 * One file of a folder: a document read, or a failure with its reason. A failure with
 * `manifest: true` is a problem in a manifest (its path), not a document.
 */
export type CorpusItem = { ok: true; path: string; document: Document; hash?: string } | { ok: false; path: string; error: string; manifest?: true };

/** The file a folder's own ignore rules are read from (gitignore syntax, relative to its folder). */
export const IGNORE_FILE = '.vanbanignore';

/**
 * Why a walk left a file or folder out:
 * - `project-file`: README*, SOURCES*, LICENSE*, CHANGELOG* describe a folder, they are not documents of it;
 * - `hidden`: a dotfile or dot-folder (`.git`, editor and OS files);
 * - `vanbanignore`: matched by a `.vanbanignore` rule;
 * - `manifest`: MANIFEST.tsv / vanban.manifest.json, read as manifests, never as documents;
 * - `format`: no reader for its extension (.pdf, .json, …).
 */
export type SkipReason = 'project-file' | 'hidden' | 'vanbanignore' | 'manifest' | 'format';

export interface SkippedEntry {
  path: string;
  reason: SkipReason;
  /** a folder left out with everything below it */
  folder: boolean;
  /** for `vanbanignore`: the rule that matched */
  rule?: string;
}

export interface WalkOptions {
  /**
   * walk the files left out by default too (README*, SOURCES*, LICENSE*, CHANGELOG*, dotfiles and
   * dot-folders); `.vanbanignore` rules and manifests still apply, being the folder's own say
   */
  includeAll?: boolean;
  /** called for every file or folder left out, in walk order */
  onSkip?: (entry: SkippedEntry) => void;
}

// README.md, Readme.txt, SOURCES.md, LICENSE, CHANGELOG.md: the usual names, in any case
const PROJECT_FILE = /^(?:readme|sources|license|changelog)/i;

/** Whether a walk leaves `name` out by default, and why (null: it is walked). */
export function defaultSkip(name: string): 'project-file' | 'hidden' | null {
  if (name.startsWith('.')) return 'hidden';
  return PROJECT_FILE.test(name) ? 'project-file' : null;
}

/** Skipped entries counted by reason, for a one-line report ("2 project files, 1 hidden"). */
export function describeSkipped(skipped: readonly SkippedEntry[]): string {
  const labels: Record<SkipReason, [string, string]> = {
    'project-file': ['project file (README, SOURCES, LICENSE, CHANGELOG)', 'project files (README, SOURCES, LICENSE, CHANGELOG)'],
    hidden: ['hidden file or folder', 'hidden files or folders'],
    vanbanignore: ['matched by .vanbanignore', 'matched by .vanbanignore'],
    manifest: ['manifest', 'manifests'],
    format: ['file of another format', 'files of other formats'],
  };
  const counts = new Map<SkipReason, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  if (counts.size === 0) return 'nothing';
  return [...counts.entries()].map(([r, n]) => `${n} ${labels[r][n === 1 ? 0 : 1]}`).join(', ');
}

interface Rules {
  base: string;
  rules: Ignore;
}

async function rulesOf(dir: string): Promise<Rules> {
  return { base: dir, rules: ignore().add(await readFile(join(dir, IGNORE_FILE), 'utf8')) };
}

/** The rule that leaves `path` out, or null: deeper files are read last and win, as in git. */
function ignoredBy(stack: readonly Rules[], path: string, folder: boolean): string | null {
  let by: string | null = null;
  for (const { base, rules } of stack) {
    const rel = relative(base, path).split(sep).join('/') + (folder ? '/' : '');
    const r = rules.test(rel);
    if (r.ignored) by = r.rule?.pattern ?? IGNORE_FILE;
    else if (r.unignored) by = null;
  }
  return by;
}

async function* walk(dir: string, options: WalkOptions, stack: readonly Rules[]): AsyncGenerator<string> {
  const handle = await opendir(dir);
  const entries: Array<{ name: string; dir: boolean }> = [];
  for await (const e of handle) entries.push({ name: e.name, dir: e.isDirectory() });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const here = entries.some((e) => !e.dir && e.name === IGNORE_FILE) ? [...stack, await rulesOf(dir)] : stack;
  const skip = (path: string, reason: SkipReason, folder: boolean, rule?: string): void => options.onSkip?.({ path, reason, folder, ...(rule ? { rule } : {}) });
  for (const e of entries) {
    const p = join(dir, e.name);
    if (!e.dir && e.name === IGNORE_FILE) continue; // configuration, not a skipped document
    if (!e.dir && isManifestFile(p)) {
      skip(p, 'manifest', false);
      continue;
    }
    const byDefault = options.includeAll ? null : defaultSkip(e.name);
    if (byDefault) {
      skip(p, byDefault, e.dir);
      continue;
    }
    const rule = here.length ? ignoredBy(here, p, e.dir) : null;
    if (rule !== null) skip(p, 'vanbanignore', e.dir, rule);
    else if (e.dir) yield* walk(p, options, here);
    else if (KNOWN_EXTENSIONS.includes(extname(e.name).toLowerCase())) yield p;
    else skip(p, 'format', false);
  }
}

/**
 * Every document file below `dir`, in a stable order, walked lazily (folders are not listed in
 * full up front). Left out, each reported to `options.onSkip`: manifests, files no reader takes,
 * what `.vanbanignore` files in `dir` and its subfolders exclude (gitignore syntax), and, unless
 * `includeAll`, README*, SOURCES*, LICENSE*, CHANGELOG* and dotfiles and dot-folders.
 */
export async function* walkFiles(dir: string, options: WalkOptions = {}): AsyncGenerator<string> {
  yield* walk(dir, options, []);
}

export interface ReadCorpusOptions extends Omit<ReadDocumentOptions, 'path' | 'format' | 'known'>, WalkOptions {
  /**
   * complete the headers that lost a document's identity from the manifests beside the documents:
   * `MANIFEST.tsv` or `vanban.manifest.json` in the document's folder or a folder above it, up to
   * `dir` (the nearest first); default false
   */
  manifests?: boolean;
  /** one manifest to use instead of the folders' own (its paths are relative to its folder) */
  manifest?: string;
  /**
   * asked for each file with the SHA-256 of its bytes (and of its manifest entry, when one applies):
   * true means the caller already holds it as it is, and the file is neither read nor yielded. With
   * it, every document yielded carries its `hash`. An incremental ingest (the PostgreSQL store) skips
   * unchanged files this way.
   */
  unchanged?: (path: string, hash: string) => boolean | Promise<boolean>;
}

/**
 * Read a whole folder, one document at a time: memory stays bounded by the largest
 * document, not the corpus (by eight files' bytes when `unchanged` is given: they are read
 * ahead). The files are those `walkFiles` yields (`includeAll` and `onSkip` are its options).
 * A file that fails is yielded as { ok: false, path, error } and the walk goes on; so is each
 * problem of a manifest (with `manifest: true`), whose other entries are still used.
 */
export async function* readCorpus(dir: string, options: ReadCorpusOptions = {}): AsyncGenerator<CorpusItem> {
  const { manifests, manifest, includeAll, onSkip, unchanged, ...readOptions } = options;
  const lookup = manifest ? ManifestLookup.file(manifest) : manifests ? ManifestLookup.inFolders(dir) : null;
  const maxFileSize = limitsOf(readOptions.limits).maxFileSize;
  const files = walkFiles(dir, { ...(includeAll ? { includeAll } : {}), ...(onSkip ? { onSkip } : {}) });
  for await (const { path, bytes: pending } of unchanged ? readAhead(files, (p) => readBytes(p, maxFileSize)) : inOrder(files)) {
    const found = lookup ? await lookup.lookup(path) : null;
    for (const m of lookup?.takeErrors() ?? []) yield { ok: false, path: m.path, error: m.error, manifest: true };
    try {
      const known = found ? knownOf(found.entry) : null;
      if (unchanged) {
        // bounded as readDocument bounds it: a file over the limit is refused before it is read whole
        const bytes = await (pending as Promise<Uint8Array>);
        const hash = contentHash(bytes, known);
        if (await unchanged(path, hash)) continue;
        const document = await readDocument(bytes, { ...readOptions, path, ...(known ? { known } : {}) });
        if (known) noteKnown(document.identity, known, 'manifest');
        yield { ok: true, path, document, hash };
        continue;
      }
      const document = await readDocument(path, known ? { ...readOptions, known } : readOptions);
      if (known) noteKnown(document.identity, known, 'manifest');
      yield { ok: true, path, document };
    } catch (e) {
      yield { ok: false, path, error: e instanceof ReadError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
}

/**
 * Files read ahead: at most this many (so at most this many of the largest file's bytes are held), and no new read
 * once the bytes read and not yet taken pass the second bound.
 */
const READ_AHEAD_FILES = 8;
const READ_AHEAD_BYTES = 32 << 20;

async function* inOrder(paths: AsyncIterable<string>): AsyncGenerator<{ path: string; bytes: null }> {
  for await (const path of paths) yield { path, bytes: null };
}

/**
 * The files in order, each with its bytes being read ahead of the caller: an incremental ingest hashes every file of
 * the folder and reads nearly none of them, so one file at a time left the process idle on four system calls per
 * file (two fifths of an update's time at 100 000 files). A read that fails fails when its file's turn comes.
 */
async function* readAhead(paths: AsyncIterable<string>, read: (path: string) => Promise<Uint8Array>): AsyncGenerator<{ path: string; bytes: Promise<Uint8Array> }> {
  const queue: { path: string; bytes: Promise<Uint8Array>; size: number }[] = [];
  let queued = 0;
  const it = paths[Symbol.asyncIterator]();
  let done = false;
  for (;;) {
    while (!done && queue.length < READ_AHEAD_FILES && queued < READ_AHEAD_BYTES) {
      const next = await it.next();
      if (next.done) {
        done = true;
        break;
      }
      const entry = { path: next.value, bytes: read(next.value), size: 0 };
      // its rejection is taken by whoever awaits it in turn, not reported as unhandled meanwhile
      entry.bytes.then(
        (b) => {
          entry.size = b.length;
          queued += b.length;
        },
        () => undefined,
      );
      queue.push(entry);
    }
    const head = queue.shift();
    if (!head) return;
    yield { path: head.path, bytes: head.bytes };
    await head.bytes.catch(() => undefined);
    queued -= head.size;
  }
}

/** A file's bytes and what its manifest says of it: either changing makes another document. */
function contentHash(bytes: Uint8Array, known: unknown): string {
  const h = createHash('sha256').update(bytes);
  if (known) h.update('\0manifest\0').update(JSON.stringify(known));
  return h.digest('hex');
}
