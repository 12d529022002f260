/**
 * What changes the extraction (reading, identity, citations, relations). A document kept by another version, in
 * a snapshot or in a database, is read again by the next `ingest --update` or `ingest --db`, even when its file is
 * unchanged: its stored citations and relations are those of the code that read it.
 */
export const EXTRACTION_VERSION = '94';

/** The stored hash of a file: its bytes' and manifest entry's, and the extraction that read them. */
export const stamp = (hash: string): string => `${EXTRACTION_VERSION}:${hash}`;
