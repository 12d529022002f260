import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cli } from './helpers/cli-fixture.js';
import { startCluster, startReplica, waitForReplay, type PgCluster } from './helpers/pg-cluster.js';
import { count, killChildren, SHARED, vanban, withClient } from './helpers/pg-processes.js';

/**
 * A hot-standby replica (issue 14, item 6): a primary and a streaming replica (`pg_basebackup -R`) on two
 * loopback ports; the CLI migrates and ingests into the primary, and once the replica has replayed the
 * primary's WAL, `vanban … --db <replica>` over a read-only connection answers exactly as the primary
 * and as a snapshot of the same folder. Writing through the replica is refused with one line.
 */
const SEEDS = join(SHARED, 'seeds');
const READ_ONLY = { options: '-c default_transaction_read_only=on' };

describe('a streaming replica answers as its primary', () => {
  let primary: PgCluster;
  let replica: PgCluster;
  let onPrimary: string;
  let onReplica: string;
  let dir: string;
  let snap: string;
  let catchUpMs = 0;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanban-replica-'));
    snap = join(dir, 'seeds.ndjson');
    const snapshot = cli('ingest', SEEDS, '--out', snap, '--no-progress');
    primary = await startCluster({ binDir: inject('pgBinDir'), replication: true });
    replica = await startReplica(primary);
    await withClient(primary.url(), (c) => c.query('CREATE DATABASE vanban'));
    onPrimary = primary.url('vanban');
    onReplica = replica.url('vanban', READ_ONLY);
    expect((await snapshot).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    killChildren();
    await replica?.stop();
    await primary?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the CLI migrates and ingests into the primary; the replica streams and catches up', async () => {
    const migrated = await vanban('db', 'migrate', '--db', onPrimary).done;
    expect(migrated.code, migrated.err).toBe(0);
    const ingested = await vanban('ingest', SEEDS, '--db', onPrimary, '--no-progress').done;
    expect(ingested.code, ingested.err).toBe(0);
    expect(ingested.out).toMatch(/^files: 5 added, 0 replaced, 0 unchanged, 0 bad/);
    const t0 = performance.now();
    await waitForReplay(primary, replica, 20_000);
    catchUpMs = Math.round(performance.now() - t0);
    await withClient(primary.url(), async (c) => {
      expect((await c.query<{ state: string }>('SELECT state FROM pg_stat_replication')).rows).toEqual([{ state: 'streaming' }]);
    });
    const tables = ['vanban_documents', 'vanban_citations', 'vanban_nodes', 'vanban_edges', 'vanban_search'];
    const counts = (url: string): Promise<number[]> =>
      withClient(url, async (c) => {
        const n: number[] = [];
        for (const t of tables) n.push(await count(c, `SELECT count(*) AS n FROM ${t}`));
        return n;
      });
    const [p, r] = [await counts(onPrimary), await counts(onReplica)];
    expect(r).toEqual(p);
    expect(p[0]).toBe(5);
    // the connection the queries below use: a standby in recovery, and read-only on the client's side too
    await withClient(onReplica, async (c) => {
      const s = (await c.query<{ recovery: boolean; ro: string }>("SELECT pg_is_in_recovery() AS recovery, current_setting('transaction_read_only') AS ro")).rows[0];
      expect(s).toEqual({ recovery: true, ro: 'on' });
    });
    console.log(`replica: caught up ${catchUpMs} ms after the ingest of 5 documents ended (${p.join('/')} rows in ${tables.join('/')})`);
  }, 120_000);

  it('trace and coverage from the replica answer as from the primary and as from a snapshot', async () => {
    const questions = [
      ['trace', 'Nghị quyết số 18-NQ/TW'],
      ['coverage', '18-NQ/TW', '--level', 'district'],
      ['trace', '18-NQ/TW', '--at', '2020-01-01'],
      ['coverage', '18-NQ/TW'],
    ];
    // the first two from processes of their own, side by side; the others through the same read-only URL in this process
    const fromReplica = [...(await Promise.all(questions.slice(0, 2).map((q) => vanban(...q, '--db', onReplica, '--json').done)))];
    for (const q of questions.slice(2)) fromReplica.push({ ...(await cli(...q, '--db', onReplica, '--json')), signal: null });
    for (const [i, q] of questions.entries()) {
      const r = fromReplica[i]!;
      expect(r.code, `${q.join(' ')}: ${r.err}`).toBe(0);
      const fromPrimary = await cli(...q, '--db', onPrimary, '--json');
      const fromSnapshot = await cli(...q, '--snapshot', snap, '--json');
      expect(JSON.parse(r.out), q.join(' ')).toEqual(JSON.parse(fromPrimary.out));
      expect(JSON.parse(r.out), q.join(' ')).toEqual(JSON.parse(fromSnapshot.out));
    }
    const trace = JSON.parse(fromReplica[0]!.out) as { implementers: { total: number } };
    expect(trace.implementers.total).toBeGreaterThan(0);
  }, 120_000);

  it('full-text search from the replica answers as from the primary', async () => {
    const queries = ['kế hoạch dân vận', 'Nghị quyết số 18-NQ/TW', 'ha tinh'];
    const fromReplica = [{ ...(await vanban('search', queries[0]!, '--db', onReplica, '--json').done) }];
    for (const q of queries.slice(1)) fromReplica.push({ ...(await cli('search', q, '--db', onReplica, '--json')), signal: null });
    for (const [i, q] of queries.entries()) {
      const r = fromReplica[i]!;
      expect(r.code, `${q}: ${r.err}`).toBe(0);
      const fromPrimary = await cli('search', q, '--db', onPrimary, '--json');
      expect(fromPrimary.code, fromPrimary.err).toBe(0);
      expect(JSON.parse(r.out), q).toEqual(JSON.parse(fromPrimary.out));
    }
    expect(JSON.parse(fromReplica[1]!.out).hits.length).toBeGreaterThan(0);
  }, 120_000);

  it('an ingest or a migration through the replica is refused with one line, and writes nothing', async () => {
    const before = await withClient(onPrimary, (c) => count(c, 'SELECT count(*) AS n FROM vanban_documents'));
    const ingest = await vanban('ingest', join(SHARED, 'vbai'), '--db', onReplica, '--no-progress').done;
    // without the read-only option: the standby itself is what refuses
    const plain = await cli('ingest', join(SHARED, 'vbai'), '--db', replica.url('vanban'), '--no-progress').catch((e: unknown) => ({ code: -1, out: '', err: String(e) }));
    const migrate = await cli('db', 'migrate', '--db', onReplica);
    for (const r of [ingest, plain]) {
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err.trimEnd().split('\n'), r.err).toHaveLength(1);
      expect(r.err).toMatch(/^vanban: .*read-only.*(replica|standby).*primary/);
    }
    expect(migrate.code).toBe(1);
    expect(migrate.err.trimEnd().split('\n'), migrate.err).toHaveLength(1);
    expect(migrate.err).toMatch(/read-only/);
    await waitForReplay(primary, replica);
    expect(await withClient(onPrimary, (c) => count(c, 'SELECT count(*) AS n FROM vanban_documents'))).toBe(before);
    expect(await withClient(onReplica, (c) => count(c, 'SELECT count(*) AS n FROM vanban_documents'))).toBe(before);
  }, 120_000);
});
