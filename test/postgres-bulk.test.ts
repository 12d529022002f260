import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bulkIngestIntoDatabase, ingestIntoDatabase, PostgresStore } from '../src/store/index.js';
import { CONSISTENT, count, dump, expectSameRows, graphLock, inconsistencies, killChildren, migrated, SHARED, sleep, vanban, withClient } from './helpers/pg-processes.js';

/**
 * `vanban ingest --db --bulk` (issue 14): the first load of a folder in one transaction. It must leave the
 * very rows the file-by-file path leaves (every table, row for row, but the insertion numbers), refuse a
 * database that holds anything, and be all or nothing when killed.
 */
afterAll(() => killChildren());

describe('a bulk load into an empty database', () => {
  it('writes what the file-by-file ingest writes, and a later ingest finds every file unchanged', async () => {
    const folders = ['phapluat8chude', 'seeds'].map((f) => join(SHARED, f));
    const [bulk, perFile] = [await migrated('bulk'), await migrated('per_file')];
    try {
      const a = await PostgresStore.open(bulk.url);
      const b = await PostgresStore.open(perFile.url);
      try {
        // two folders: the first in bulk (its merges made in this process), the second file by file, as an operator
        // adds a folder to a loaded database (a second bulk load is refused: the database holds the first)
        const report = await bulkIngestIntoDatabase(a, folders[0]!, { manifests: true });
        expect(report).toMatchObject({ added: 233, failed: 0 });
        expect(report.merged).toBeGreaterThan(0);
        await expect(bulkIngestIntoDatabase(a, folders[1]!, { manifests: true })).rejects.toThrow(/a bulk load is for an empty database/);
        await ingestIntoDatabase(a, folders[1]!, { manifests: true });
        for (const f of folders) await ingestIntoDatabase(b, f, { manifests: true });
        expectSameRows(await dump(bulk.url), await dump(perFile.url));
        expect(await inconsistencies(bulk.url)).toEqual(CONSISTENT);
        const again = await ingestIntoDatabase(a, folders[0]!, { manifests: true });
        expect(again).toMatchObject({ added: 0, replaced: 0, unchanged: 233, failed: 0 });
      } finally {
        await a.close();
        await b.close();
      }
    } finally {
      await bulk.drop();
      await perFile.drop();
    }
  }, 300_000);

  it('killed with SIGKILL: nothing of it is in, and the next run loads it all', async () => {
    const folder = join(SHARED, 'phapluat8chude');
    const db = await migrated('bulk_killed');
    try {
      const run = vanban('ingest', folder, '--db', db.url, '--bulk', '--no-progress');
      await withClient(db.url, async (c) => {
        // the load holds the graph lock from its first statement to its commit (a few seconds of reading here)
        while ((await graphLock(c)).holder === null) {
          if (run.child.exitCode !== null) throw new Error(`the load ended before it was killed: ${(await run.done).out}`);
          await sleep(20);
        }
        await sleep(1500);
        if (run.child.exitCode !== null) throw new Error(`the load ended before it was killed: ${(await run.done).out}`);
        run.child.kill('SIGKILL');
      });
      expect((await run.done).signal).toBe('SIGKILL');
      await withClient(db.url, async (c) => {
        for (const t of ['vanban_documents', 'vanban_citations', 'vanban_nodes', 'vanban_edges', 'vanban_search', 'vanban_bad_files']) expect(await count(c, `SELECT count(*) AS n FROM ${t}`), t).toBe(0);
      });
      const again = await vanban('ingest', folder, '--db', db.url, '--bulk', '--no-progress').done;
      expect(again.code, again.err).toBe(0);
      expect(again.out).toMatch(/^files: 233 added, 0 replaced, 0 unchanged, 0 bad/);
      expect(await inconsistencies(db.url)).toEqual(CONSISTENT);
      const refused = await vanban('ingest', folder, '--db', db.url, '--bulk', '--no-progress').done;
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/^vanban: a bulk load is for an empty database/);
    } finally {
      await db.drop();
    }
  }, 300_000);
});
