import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { startCluster, startReplica, waitForReplay, type PgCluster } from './helpers/pg-cluster.js';
import { freshDatabase, type FreshDatabase } from './helpers/pg.js';

/**
 * The ground the PostgreSQL store is tested on (issue 14): the run's throw-away cluster
 * (test/helpers/pg-global-setup.ts), databases per test file, unaccent as the search code will use
 * it, and a primary with a streaming hot-standby replica on two loopback ports.
 */

async function one<T extends pg.QueryResultRow>(pool: pg.Pool | pg.Client, sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await pool.query<T>(sql, params);
  return rows[0]!;
}

describe('the run cluster', () => {
  let db: FreshDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await freshDatabase('ground');
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  it('is a real server on loopback, UTF-8, with unaccent already in every fresh database', async () => {
    const url = new URL(inject('pgUrl'));
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.port).not.toBe('5432');
    const s = await one<{ enc: string; ctype: string; ext: string; version: number; addr: string }>(
      pool,
      `SELECT current_setting('server_encoding') AS enc, current_setting('lc_ctype') AS ctype,
              (SELECT extname FROM pg_extension WHERE extname = 'unaccent') AS ext,
              current_setting('server_version_num')::int AS version, inet_server_addr()::text AS addr`,
    );
    expect(s.enc).toBe('UTF8');
    expect(s.ctype).toMatch(/utf-?8/i);
    expect(s.ext).toBe('unaccent');
    // DROP DATABASE … WITH (FORCE) in freshDatabase needs 13
    expect(s.version).toBeGreaterThanOrEqual(130000);
    expect(s.addr).toBe('127.0.0.1/32');
  });

  it('folds Vietnamese with unaccent: đ/Đ to d/D, tones and vowel marks dropped, NFD input too', async () => {
    const nfc = 'Đà Nẵng đường';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const r = await one<{ nfc: string; nfd: string; eth: string; vowels: string; nbsp: string; folded: string }>(
      pool,
      `SELECT unaccent($1) AS nfc, unaccent($2) AS nfd, unaccent($3) AS eth, unaccent($4) AS vowels,
              unaccent($5) AS nbsp, to_tsvector('simple', unaccent($2))::text AS folded`,
      [nfc, nfd, 'Ð', 'Ở Ư Ơ ư ơ Ă ă Â â Ê ê Ô ô hoà hòa', 'Hà\u00a0Nội'],
    );
    expect(r.nfc).toBe('Da Nang duong');
    // PostgreSQL 13+ rules also drop the combining marks (U+0300…U+036F) that NFD leaves; đ has no
    // decomposition, so NFD keeps U+0111, which the rules fold like the precomposed text
    expect(r.nfd).toBe('Da Nang duong');
    // U+00D0 (Icelandic eth, a look-alike typed for Đ U+0110) folds to D as well
    expect(r.eth).toBe('D');
    expect(r.vowels).toBe('O U O u o A a A a E e O o hoa hoa');
    // a non-breaking space is not a mark: it stays, the text-search parser splits on it
    expect(r.nbsp).toBe('Ha\u00a0Noi');
    expect(r.folded).toBe("'da':1 'duong':3 'nang':2");
  });

  it('gives each freshDatabase its own tables', async () => {
    const other = await freshDatabase('other');
    const c = new pg.Client({ connectionString: other.url });
    await c.connect();
    try {
      expect(other.name).not.toBe(db.name);
      await pool.query('CREATE TABLE only_here (x int)');
      await pool.query('INSERT INTO only_here VALUES (1)');
      const there = await one<{ t: string | null }>(c, "SELECT to_regclass('only_here')::text AS t");
      expect(there.t).toBeNull();
      await c.query('CREATE TABLE only_here (x text)');
      await c.query("INSERT INTO only_here VALUES ('a'), ('b')");
      expect((await one<{ n: string }>(pool, 'SELECT count(*) AS n FROM only_here')).n).toBe('1');
      expect((await one<{ n: string }>(c, 'SELECT count(*) AS n FROM only_here')).n).toBe('2');
    } finally {
      await c.end();
    }
    // dropped with FORCE even while a connection is open
    const held = new pg.Client({ connectionString: other.url });
    await held.connect();
    held.on('error', () => {});
    await other.drop();
    await held.end().catch(() => {});
    const left = await one<{ n: string }>(pool, 'SELECT count(*) AS n FROM pg_database WHERE datname = $1', [other.name]);
    expect(left.n).toBe('0');
    expect((await one<{ n: string }>(pool, 'SELECT count(*) AS n FROM only_here')).n).toBe('1');
  });
});

describe('a primary and a streaming replica', () => {
  let primary: PgCluster | undefined;
  let replica: PgCluster | undefined;

  afterAll(async () => {
    await replica?.stop();
    await primary?.stop();
  });

  it('replays the primary’s writes, serves them read-only and refuses writes', async () => {
    primary = await startCluster({ binDir: inject('pgBinDir'), replication: true });
    replica = await startReplica(primary);
    expect(replica.port).not.toBe(primary.port);
    expect(replica.root).not.toBe(primary.root);

    const p = new pg.Client({ connectionString: primary.url() });
    await p.connect();
    try {
      await p.query('CREATE TABLE doc (id text PRIMARY KEY, title text)');
      await p.query("INSERT INTO doc VALUES ('18-NQ/TW', 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy')");
      const lsn = await waitForReplay(primary, replica, 10_000);
      expect(lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      // the rows came over the replication connection (there is no WAL archive to restore from)
      const sending = await p.query<{ state: string }>('SELECT state FROM pg_stat_replication');
      expect(sending.rows).toEqual([{ state: 'streaming' }]);
    } finally {
      await p.end();
    }

    // read-only on the client's side too, as a store opened on a replica URL would connect
    const r = new pg.Client({ connectionString: replica.url('postgres', { options: '-c default_transaction_read_only=on' }) });
    await r.connect();
    try {
      const state = await one<{ recovery: boolean; ro: string }>(r, "SELECT pg_is_in_recovery() AS recovery, current_setting('transaction_read_only') AS ro");
      expect(state).toEqual({ recovery: true, ro: 'on' });
      expect((await one<{ status: string }>(r, 'SELECT status FROM pg_stat_wal_receiver')).status).toBe('streaming');
      expect((await one<{ title: string }>(r, "SELECT title FROM doc WHERE id = '18-NQ/TW'")).title).toContain('bộ máy');
      await expect(r.query("INSERT INTO doc VALUES ('x', 'y')")).rejects.toMatchObject({ code: '25006' });
    } finally {
      await r.end();
    }
    // and the standby itself refuses, whatever the client asks for
    const plain = new pg.Client({ connectionString: replica.url() });
    await plain.connect();
    try {
      // 0A000: "cannot set transaction read-write mode during recovery"
      await expect(plain.query('BEGIN READ WRITE')).rejects.toMatchObject({ code: '0A000' });
      await expect(plain.query("DELETE FROM doc")).rejects.toMatchObject({ code: '25006' });
    } finally {
      await plain.end();
    }

    const [rep, pri] = [replica, primary];
    await rep.stop();
    await pri.stop();
    for (const c of [rep, pri]) {
      expect(c.isRunning()).toBe(false);
      expect(existsSync(c.root)).toBe(false);
    }
  }, 20_000);
});
