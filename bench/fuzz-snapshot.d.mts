// Types of bench/fuzz-snapshot.mjs, for the test that runs its short version.
import type { Corpus } from '../src/graph/index.js';

export function rng(seed: number): () => number;
export function dumpOf(corpus: Corpus): string;
export function asVersion2(bytes: Buffer): Buffer;

export interface FuzzCounts {
  cases: number;
  refused: number;
  acceptedSame: number;
  acceptedWrong: number;
  otherThrow: number;
}

export function fuzzSnapshots(options: {
  lib: { loadSnapshot: (path: string) => Promise<Corpus>; SnapshotError: new (...args: never[]) => Error; CheckedLineWriter: unknown };
  snapshots: Array<{ name: string; bytes: Buffer }>;
  iterations: number;
  seed?: number;
  dir: string;
  /** loads at a time (default 8) */
  parallel?: number;
}): Promise<{ counts: Record<string, FuzzCounts>; examples: { acceptedWrong: unknown[]; otherThrow: unknown[] } }>;
