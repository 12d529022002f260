// Types of bench/fuzz-snapshot.mjs, for the test that runs its short version.
import type { Corpus } from '../src/graph/index.js';

export function rng(seed: number): () => number;
export function dumpOf(corpus: Corpus): string;
export function asVersion2(bytes: Buffer): Buffer;
export function splitSnapshot(bytes: Buffer): { records: string[]; end: { t: 'end' } & Record<string, unknown>; tail: Buffer | null };
export function sealSnapshot(writer: unknown, records: readonly string[], end: { t: 'end' } & Record<string, unknown>, tail?: Buffer | null, blockChars?: number): Promise<Buffer>;
export function resealTail(tail: Buffer): Buffer;
export interface V5Layout {
  trailerAt: number;
  graphEnd: number;
  searchAt: number | null;
  /** the search part is paged (version 5's own, read by range) */
  paged: boolean;
}
export function v5Layout(bytes: Buffer): V5Layout;
export function resealV5(bytes: Buffer, layout: V5Layout): Buffer;
export function resealPaged(bytes: Buffer): Buffer;
export function termQueries(index: unknown): string[];
export function readSearchWhole(corpus: Corpus, queries: readonly string[], expected: readonly string[], snapshotError: new (...args: never[]) => Error, blockWriter: unknown): Promise<{ outcome: 'same' | 'refused' | 'wrong'; detail: string }>;

export interface FuzzCounts {
  cases: number;
  refused: number;
  acceptedSame: number;
  acceptedWrong: number;
  otherThrow: number;
}

export function fuzzSnapshots(options: {
  lib: { loadSnapshot: (path: string) => Promise<Corpus>; SnapshotError: new (...args: never[]) => Error; CheckedLineWriter: unknown; BlockWriter: unknown };
  /** each corpus in version 4 (`bytes`), in version 3 and (optional) in version 5 */
  snapshots: Array<{ name: string; bytes: Buffer; v3: Buffer; v5?: Buffer }>;
  iterations: number;
  seed?: number;
  dir: string;
  /** loads at a time (default 8) */
  parallel?: number;
}): Promise<{ counts: Record<string, FuzzCounts>; examples: { acceptedWrong: unknown[]; otherThrow: unknown[] } }>;
