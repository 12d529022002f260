import { extname } from 'node:path';
import { docxReader } from './docx.js';
import { txtReader } from './txt.js';
import type { ReadLimits, Reader, ReadResult, SourceFormat } from './types.js';

export { DEFAULT_LIMITS, formatSize, limitsOf, ReadError, type ReadLimits, type Reader, type ReadResult, type SourceFormat } from './types.js';
export { decodeBytes } from './decode.js';

/**
 * A reader whose module (and parser) is loaded by its first file: remark and rehype with unified,
 * micromark and parse5 are some sixty modules, a tenth of a second that every CLI command paid at
 * start-up though only a .md or .html file needs them. Its format and extensions are here, for
 * `readerFor` and the help; the module's own reader (`mdReader`, `htmlReader`) does the reading.
 */
function lazyReader(format: SourceFormat, extensions: readonly string[], load: () => Promise<Reader>): Reader {
  let loaded: Promise<Reader> | null = null;
  return {
    format,
    extensions,
    async read(bytes: Uint8Array, limits?: ReadLimits): Promise<ReadResult> {
      loaded ??= load();
      return (await loaded).read(bytes, limits);
    },
  };
}

const mdReader = lazyReader('md', ['.md', '.markdown'], async () => (await import('./md.js')).mdReader);
const htmlReader = lazyReader('html', ['.html', '.htm', '.xhtml'], async () => (await import('./html.js')).htmlReader);

/** The readers, one per format; a new format is one more module and one more entry here. */
export const READERS: readonly Reader[] = [txtReader, mdReader, htmlReader, docxReader];

export function readerFor(pathOrFormat: string): Reader | undefined {
  const byFormat = READERS.find((r) => r.format === (pathOrFormat as SourceFormat));
  if (byFormat) return byFormat;
  const ext = extname(pathOrFormat).toLowerCase();
  return READERS.find((r) => r.extensions.includes(ext));
}

export const KNOWN_EXTENSIONS: readonly string[] = READERS.flatMap((r) => r.extensions);
