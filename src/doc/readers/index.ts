import { extname } from 'node:path';
import { docxReader } from './docx.js';
import { htmlReader } from './html.js';
import { mdReader } from './md.js';
import { txtReader } from './txt.js';
import type { Reader, SourceFormat } from './types.js';

export { DEFAULT_LIMITS, formatSize, limitsOf, ReadError, type ReadLimits, type Reader, type ReadResult, type SourceFormat } from './types.js';
export { decodeBytes } from './decode.js';

/** The readers, one per format; a new format is one more module and one more entry here. */
export const READERS: readonly Reader[] = [txtReader, mdReader, htmlReader, docxReader];

export function readerFor(pathOrFormat: string): Reader | undefined {
  const byFormat = READERS.find((r) => r.format === (pathOrFormat as SourceFormat));
  if (byFormat) return byFormat;
  const ext = extname(pathOrFormat).toLowerCase();
  return READERS.find((r) => r.extensions.includes(ext));
}

export const KNOWN_EXTENSIONS: readonly string[] = READERS.flatMap((r) => r.extensions);
