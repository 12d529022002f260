import { opendir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { readDocument, type ReadDocumentOptions } from './read.js';
import { KNOWN_EXTENSIONS, ReadError } from './readers/index.js';
import type { Document } from './schema.js';

export type CorpusItem = { ok: true; path: string; document: Document } | { ok: false; path: string; error: string };

/** Every readable file below `dir`, in a stable order, walked lazily (folders are not listed in full up front). */
export async function* walkFiles(dir: string): AsyncGenerator<string> {
  const handle = await opendir(dir);
  const entries: Array<{ name: string; dir: boolean }> = [];
  for await (const e of handle) entries.push({ name: e.name, dir: e.isDirectory() });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.dir) yield* walkFiles(p);
    else if (KNOWN_EXTENSIONS.includes(extname(e.name).toLowerCase())) yield p;
  }
}

/**
 * Read a whole folder, one document at a time: memory stays bounded by the largest
 * document, not the corpus. A file that fails is yielded as { ok: false, path, error }
 * and the walk goes on.
 */
export async function* readCorpus(dir: string, options: Omit<ReadDocumentOptions, 'path' | 'format'> = {}): AsyncGenerator<CorpusItem> {
  for await (const path of walkFiles(dir)) {
    try {
      yield { ok: true, path, document: await readDocument(path, options) };
    } catch (e) {
      yield { ok: false, path, error: e instanceof ReadError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
}
