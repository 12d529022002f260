import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Corpus } from '../src/graph/index.js';
import { GRAPH_LOCK } from '../src/store/postgres/migrations.js';
import { ingestIntoDatabase, PostgresStore } from '../src/store/index.js';
import { CONSISTENT, count, dump, expectSameRows, graphLock, inconsistencies, killChildren, migrated, SHARED, sleep, vanban, withClient } from './helpers/pg-processes.js';

/**
 * `vanban ingest --db` killed with SIGKILL (issue 14, item 3): inside a file's transaction, and inside
 * one of the merges made after the last file. The database must be consistent at once (every file
 * wholly in or wholly out), and the next run must complete the work, leaving what one clean run leaves.
 */
afterAll(() => killChildren());

const MERGE_CANDIDATES = `SELECT count(*) AS n FROM vanban_nodes WHERE kind = 'cited' AND (strpos(key, '?') > 0 OR key ~ '^vn:(luat|bo-luat|phap-lenh):' OR left(key, 20) = 'dang:meeting:TW:HNTW')`;

describe('an ingest killed with SIGKILL', () => {
  it('inside a file: the database stays consistent and the next run completes it, as one clean run would have', async () => {
    // phapluat8chude: 233 laws, decrees and circulars citing each other
    const folder = join(SHARED, 'phapluat8chude');
    const db = await migrated('killed');
    try {
      // the clean run to compare with, in memory meanwhile (test/postgres-store.test.ts holds the database
      // to memory for this folder, row for row)
      const clean = (async () => {
        const c = new Corpus();
        await c.addFolder(folder, undefined, { manifests: true });
        return c;
      })();
      const run = vanban('ingest', folder, '--db', db.url, '--no-progress');
      const at = await withClient(db.url, async (c) => {
        // some files in, then the moment the process holds the graph lock: inside a file's transaction
        for (;;) {
          if (run.child.exitCode !== null) throw new Error(`the ingest ended before it was killed: ${(await run.done).out}`);
          const n = await count(c, 'SELECT count(*) AS n FROM vanban_documents');
          if (n >= 40 && (await graphLock(c)).holder !== null) {
            // (frozen first, then counted: on a loaded machine several files would commit between a count and the kill)
            run.child.kill('SIGSTOP');
            const held = await count(c, 'SELECT count(*) AS n FROM vanban_documents');
            run.child.kill('SIGKILL');
            return held;
          }
          await sleep(n >= 40 ? 1 : 50);
        }
      });
      expect((await run.done).signal).toBe('SIGKILL');
      expect(await inconsistencies(db.url)).toEqual(CONSISTENT);
      const inAfterKill = await withClient(db.url, (c) => count(c, 'SELECT count(*) AS n FROM vanban_documents'));
      // the file being written is wholly out (rolled back with the dead connection), or wholly in if it had just committed
      expect(inAfterKill - at).toBeGreaterThanOrEqual(0);
      expect(inAfterKill - at).toBeLessThanOrEqual(1);
      const again = await vanban('ingest', folder, '--db', db.url, '--no-progress').done;
      expect(again.code, again.err).toBe(0);
      expect(again.out).toMatch(new RegExp(`^files: ${233 - inAfterKill} added, 0 replaced, ${inAfterKill} unchanged, 0 bad`));
      expect(await inconsistencies(db.url)).toEqual(CONSISTENT);
      const memory = (await clean).graph;
      const store = await PostgresStore.open(db.url);
      try {
        const g = await store.graph();
        expect(new Map(g.mapNodes((k, a) => [k, a] as const))).toEqual(new Map(memory.mapNodes((k, a) => [k, a] as const)));
        expect(new Map(g.mapEdges((k, a, s, t) => [k, { s, t, a }] as const))).toEqual(new Map(memory.mapEdges((k, a, s, t) => [k, { s, t, a }] as const)));
        const docs = await store.pool.query<{ key: string }>('SELECT key FROM vanban_documents ORDER BY key');
        expect(docs.rows.map((r) => r.key)).toEqual(memory.filterNodes((_k, a) => a.kind === 'document').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      } finally {
        await store.close();
      }
      console.log(`kill -9 inside a file: ${inAfterKill} of 233 files were in (${at} seen just before the signal), the next run added ${233 - inAfterKill}`);
    } finally {
      await db.drop();
    }
  }, 300_000);

  it('inside the final merges: the merges made stay, the one in flight is rolled back, the next run makes the rest', async () => {
    // seeds: five local plans citing plans by incomplete ids ('Kế hoạch số 44/KH-UBND', no place or year),
    // merged after the last file, one transaction each. The test holds the graph lock and lets the ingest
    // through one transaction at a time, so the kill lands where it is meant to.
    const folder = join(SHARED, 'seeds');
    const [killed, clean] = [await migrated('killed_merge'), await migrated('clean_merge')];
    try {
      const store = await PostgresStore.open(clean.url);
      try {
        await ingestIntoDatabase(store, folder, { manifests: true });
      } finally {
        await store.close();
      }
      const expected = await dump(clean.url);
      const observed = await withClient(killed.url, async (gate) => {
        await gate.query('BEGIN');
        await gate.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_LOCK]);
        const run = vanban('ingest', folder, '--db', killed.url, '--no-progress');
        const ingestWaits = async (): Promise<void> => {
          for (;;) {
            if (run.child.exitCode !== null) throw new Error(`the ingest ended early: ${(await run.done).out}${(await run.done).err}`);
            if ((await graphLock(gate)).waiting.length) return;
            await sleep(10);
          }
        };
        // one step: the ingest, queued first, takes the lock and commits; then the gate holds it again
        const step = async (): Promise<void> => {
          await gate.query('COMMIT');
          await gate.query('BEGIN');
          await gate.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_LOCK]);
        };
        for (;;) {
          await ingestWaits();
          // every file in: what waits now is the first merge
          if ((await count(gate, 'SELECT count(*) AS n FROM vanban_documents')) === 5) break;
          await step();
        }
        const before = await count(gate, MERGE_CANDIDATES);
        // through the merges (a candidate with nothing to merge into is a transaction too) until one is made
        let transactions = 0;
        do {
          await step();
          transactions++;
          await ingestWaits();
        } while ((await count(gate, MERGE_CANDIDATES)) === before);
        const merged = before - (await count(gate, MERGE_CANDIDATES));
        // release, and kill the ingest the moment it holds the lock again: inside the next merge's transaction
        await gate.query('COMMIT');
        let killedHolding = false;
        for (;;) {
          if ((await graphLock(gate)).holder !== null) {
            run.child.kill('SIGKILL');
            killedHolding = true;
            break;
          }
          if (run.child.exitCode !== null) break;
        }
        expect((await run.done).signal).toBe('SIGKILL');
        return { before, transactions, merged, killedHolding };
      });
      expect(observed).toMatchObject({ merged: 1, killedHolding: true });
      expect(await inconsistencies(killed.url)).toEqual(CONSISTENT);
      // the merge in flight was rolled back: only the first one is made
      expect(await withClient(killed.url, (c) => count(c, MERGE_CANDIDATES))).toBe(observed.before - 1);
      const again = await vanban('ingest', folder, '--db', killed.url, '--no-progress').done;
      expect(again.code, again.err).toBe(0);
      expect(again.out).toMatch(/^files: 0 added, 0 replaced, 5 unchanged, 0 bad; [1-9]\d* incomplete ids merged/);
      expectSameRows(await dump(killed.url), expected);
      console.log(`kill -9 inside the merges: ${observed.before} candidates, killed after ${observed.transactions} merge transaction(s) made ${observed.merged} merge`);
    } finally {
      await killed.drop();
      await clean.drop();
    }
  }, 180_000);
});
