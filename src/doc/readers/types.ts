import type { OffsetMap } from '../../text/offset-map.js';

export type SourceFormat = 'txt' | 'md' | 'html' | 'docx';

/** What a reader returns: plain text, and how its offsets map back to the source text. */
export interface ReadResult {
  /** plain text: markup removed, one line per paragraph or table cell */
  text: string;
  /** the decoded source the offsets refer to (Markdown or HTML source, the decoded .txt, mammoth's raw text for .docx) */
  source: string;
  /** text offsets → source offsets */
  map: OffsetMap;
  format: SourceFormat;
  /** how the bytes were decoded: "utf-8", "utf-16le", "tcvn3", "vni", "docx" */
  encoding: string;
  warnings: string[];
}

/**
 * What one file may cost, so that a hostile or broken file fails on its own instead of taking the
 * process (and every other file of a run) down with it. A file over a limit is a ReadError that says
 * which limit; the sizes are in bytes.
 */
export interface ReadLimits {
  /** the file's size on disk; default 50 MiB */
  maxFileSize?: number;
  /**
   * what the parts of a .docx that are read (its XML) may inflate to, together; default 16 MiB. mammoth
   * holds some 50 bytes of memory for each byte of XML it reads: 16 MiB of dense paragraphs peak at about
   * 0.9 GB. A real document's XML is rarely above a few MiB
   */
  maxUnzippedSize?: number;
  /** how deep elements (HTML, the XML of a .docx) or emphasis (Markdown) may nest; default 500 */
  maxDepth?: number;
}

export const DEFAULT_LIMITS: Readonly<Required<ReadLimits>> = Object.freeze({
  maxFileSize: 50 * 1024 * 1024,
  maxUnzippedSize: 16 * 1024 * 1024,
  maxDepth: 500,
});

/** The limits given, completed with the defaults. */
export function limitsOf(given: ReadLimits | undefined): Required<ReadLimits> {
  return {
    maxFileSize: given?.maxFileSize ?? DEFAULT_LIMITS.maxFileSize,
    maxUnzippedSize: given?.maxUnzippedSize ?? DEFAULT_LIMITS.maxUnzippedSize,
    maxDepth: given?.maxDepth ?? DEFAULT_LIMITS.maxDepth,
  };
}

/** A size for people: "50 MiB", "712 KiB", "93 B". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

export interface Reader {
  readonly format: SourceFormat;
  readonly extensions: readonly string[];
  /** `limits`: what the file may cost (the defaults when left out) */
  read(bytes: Uint8Array, limits?: ReadLimits): Promise<ReadResult>;
}

/** A file that cannot be read as a document: the reason is meant for people. */
export class ReadError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ReadError';
  }
}
