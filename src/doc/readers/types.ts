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

export interface Reader {
  readonly format: SourceFormat;
  readonly extensions: readonly string[];
  read(bytes: Uint8Array): Promise<ReadResult>;
}

/** A file that cannot be read as a document: the reason is meant for people. */
export class ReadError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ReadError';
  }
}
