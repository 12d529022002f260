import { opendir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isManifestFile, knownOf, ManifestLookup, noteKnown } from './manifest.js';
import { readDocument, type ReadDocumentOptions } from './read.js';
import { KNOWN_EXTENSIONS, ReadError } from './readers/index.js';
import type { Document } from './schema.js';

/**
 * One file of a folder: a document read, or a failure with its reason. A failure with
 * `manifest: true` is a problem in a manifest (its path), not a document.
 */
export type CorpusItem = { ok: true; path: string; document: Document } | { ok: false; path: string; error: string; manifest?: true };

/** Every readable file below `dir`, in a stable order, walked lazily (folders are not listed in full up front). */
export async function* walkFiles(dir: string): AsyncGenerator<string> {
  const handle = await opendir(dir);
  const entries: Array<{ name: string; dir: boolean }> = [];
  for await (const e of handle) entries.push({ name: e.name, dir: e.isDirectory() });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.dir) yield* walkFiles(p);
    else if (KNOWN_EXTENSIONS.includes(extname(e.name).toLowerCase()) && !isManifestFile(p)) yield p;
  }
}

export interface ReadCorpusOptions extends Omit<ReadDocumentOptions, 'path' | 'format' | 'known'> {
  /**
   * complete the headers that lost a document's identity from the manifests beside the documents:
   * `MANIFEST.tsv` or `vanban.manifest.json` in the document's folder or a folder above it, up to
   * `dir` (the nearest first); default false
   */
  manifests?: boolean;
  /** one manifest to use instead of the folders' own (its paths are relative to its folder) */
  manifest?: string;
}

/**
 * Read a whole folder, one document at a time: memory stays bounded by the largest
 * document, not the corpus. A file that fails is yielded as { ok: false, path, error }
 * and the walk goes on; so is each problem of a manifest (with `manifest: true`), whose
 * other entries are still used.
 */
export async function* readCorpus(dir: string, options: ReadCorpusOptions = {}): AsyncGenerator<CorpusItem> {
  const { manifests, manifest, ...readOptions } = options;
  const lookup = manifest ? ManifestLookup.file(manifest) : manifests ? ManifestLookup.inFolders(dir) : null;
  for await (const path of walkFiles(dir)) {
    const found = lookup ? await lookup.lookup(path) : null;
    for (const m of lookup?.takeErrors() ?? []) yield { ok: false, path: m.path, error: m.error, manifest: true };
    try {
      const known = found ? knownOf(found.entry) : null;
      const document = await readDocument(path, known ? { ...readOptions, known } : readOptions);
      if (known) noteKnown(document.identity, known, 'manifest');
      yield { ok: true, path, document };
    } catch (e) {
      yield { ok: false, path, error: e instanceof ReadError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
}
