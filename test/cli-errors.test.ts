import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, writeChain } from './helpers/cli-fixture.js';
import { SHARED } from './helpers/score.js';

/**
 * Every command refuses a bad value up front: exit 2, one line on stderr that names the option (or
 * the argument) and says what it accepts, nothing on stdout, never a stack; and the work it would
 * have done (reading files, writing a snapshot) is not begun.
 */
const { dir, docs } = writeChain();
const snap = join(dir, 's.ndjson');
const seed = join(SHARED, 'corpus', 'seeds', '001_a40549c8c1018447.txt');

beforeAll(async () => {
  const r = await cli('ingest', docs, '--out', snap, '--no-progress');
  expect(r.code, r.err).toBe(0);
});

// [argv, what the one line must contain]
const CASES: Array<[string[], RegExp]> = [
  [['search', 'x', '--snapshot', snap, '--year', 'abc'], /--year "abc": expected a year or a range of years/],
  [['search', 'x', '--snapshot', snap, '--year', '2020-2018'], /--year "2020-2018": .*earliest first/],
  [['search', 'x', '--snapshot', snap, '--year', '20'], /--year "20"/],
  [['search', 'x', '--snapshot', snap, '--level', 'country'], /--level "country": expected one or more of central, province, district, commune/],
  [['search', 'x', '--snapshot', snap, '--limit', '-1'], /--limit "-1": expected a whole number from 1 to 1000/],
  [['search', 'x', '--snapshot', snap, '--limit', 'abc'], /--limit "abc": expected a whole number/],
  [['search', 'x', '--snapshot', snap, '--limit', '0'], /--limit "0": expected a whole number from 1/],
  [['search', 'x', '--snapshot', snap, '--limit', '1001'], /--limit "1001"/],
  [['search', 'x', '--snapshot', snap, '--limit', '2.5'], /--limit "2.5"/],
  [['search', 'x', '--snapshot', snap, '--offset', '-3'], /--offset "-3": expected a whole number from 0/],
  [['search', 'x', '--snapshot', snap, '--type', 'Foo'], /--type "Foo": expected document types.*Kế hoạch \(KH\)/],
  [['search', 'x', '--snapshot', snap, '--family', 'church'], /--family "church": expected one or more of party, state-normative, state-admin/],
  [['search', 'x', '--snapshot', snap, '--place', 'Atlantis'], /--place "Atlantis": .*names none/],
  [['search', 'x', '--snapshot', snap, '--place', 'Châu Thành'], /--place "Châu Thành": expected one unit; this names \d+/],
  [['search', 'x', '--snapshot', snap, '--related', 'loves:18-NQ/TW'], /--related "loves:18-NQ\/TW": expected a relation and a document/],
  [['search', 'x', '--snapshot', snap, '--related', 'implements:nothing at all'], /--related .*names no document/],
  [['search', 'x', '--snapshot', snap, '--issuer', ' '], /--issuer/],
  [['search', 'x', '--corpus', join(dir, 'nope')], /--corpus ".*nope": no such folder/],
  [['search', 'x'], /give --snapshot <file>, --corpus <dir> or --db <postgres:\/\/…>/],
  [['trace', '18-NQ/TW', '--db', 'mysql://x/y'], /--db "mysql:\/\/x\/y": expected a PostgreSQL URL/],
  [['rank', '--snapshot', snap, '--db', 'postgres://x/y'], /--snapshot and --db: expected one of them, not both/],
  [['ingest', docs, '--out', join(dir, 'x.ndjson'), '--prune'], /--prune: only with --db/],
  [['ingest', docs, '--out', join(dir, 'x.ndjson'), '--bulk'], /--bulk: only with --db \(a snapshot is always written whole\)/],
  [['ingest', docs, '--db', 'postgres://x@127.0.0.1:1/y', '--bulk', '--prune'], /--bulk and --prune: a bulk load is into an empty database, where nothing is to prune/],
  [['db', 'migrate', '--db', 'file.sqlite'], /--db "file.sqlite": expected a PostgreSQL URL/],
  [['rank', '--snapshot', snap, '--corpus', docs], /--snapshot and --corpus: expected one of them, not both/],
  [['read', seed, '--date', '2020-13-45'], /--date "2020-13-45": expected .*a real day of the calendar/],
  [['read', seed, '--date', '2021-02-29'], /--date "2021-02-29"/],
  [['read', seed, '--type', 'Sonnet'], /--type "Sonnet": expected a document type/],
  [['extract', seed, '--date', 'notadate'], /--date "notadate"/],
  [['extract', seed, '--json', '--ndjson'], /--json, --ndjson and --summary: expected at most one/],
  [['extract', seed, '--number', 'abc'], /--number "abc"/],
  [['extract', seed, '--province', 'Atlantis'], /--province "Atlantis"/],
  [['coverage', '18-NQ/TW', '--snapshot', snap, '--level', 'city'], /--level "city": expected one of province, district, commune/],
  [['coverage', '18-NQ/TW', '--snapshot', snap, '--at', '2020-13'], /--at "2020-13": expected a day of the calendar/],
  [['coverage', '18-NQ/TW', '--snapshot', snap, '--level', 'district', '--within', 'Atlantis'], /--within "Atlantis": no province or district named/],
  [['coverage', '18-NQ/TW', '--snapshot', snap, '--html', join(dir, 'no', 'page.html')], /--html ".*page\.html": the folder .* does not exist/],
  [['trace', '18-NQ/TW', '--snapshot', snap, '--at', 'yesterday'], /--at "yesterday": expected a day of the calendar/],
  [['missing', '--snapshot', snap, '--limit', 'abc'], /--limit "abc": expected a whole number from 1/],
  [['rank', '--snapshot', snap, '--limit', '0'], /--limit "0": expected a whole number from 1/],
  [['export', '--snapshot', snap, '--format', 'pdf'], /--format "pdf": expected one of json, gexf, graphml, neo4j/],
  [['export', '--snapshot', snap, '--format', 'json', '--out', dir], /--out ".*": is a folder/],
  [['ingest', '/nonexistent', '--out', join(dir, 'x.ndjson')], /the folder "\/nonexistent": no such folder/],
  [['ingest', seed, '--out', join(dir, 'x.ndjson')], /not a folder/],
  [['ingest', docs, '--out', join(dir, 'missing', 'dir', 'x.ndjson')], /--out ".*x\.ndjson": the folder ".*dir" does not exist/],
  [['ingest', docs, '--out', dir], /--out ".*": is a folder; give a file name/],
  // a folder nobody can create a file in, root included: found by trying, before any document is read
  [['ingest', docs, '--out', '/proc/vanban.ndjson'], /--out "\/proc\/vanban\.ndjson": cannot write in the folder "\/proc"/],
  [['export', '--snapshot', snap, '--format', 'gexf', '--out', '/proc/graph.gexf'], /--out "\/proc\/graph\.gexf": cannot write in the folder "\/proc"/],
  [['export', '--snapshot', snap, '--format', 'json', '--out', '/missing/x'], /--out "\/missing\/x": the folder "\/missing" does not exist/],
  [['coverage', '18-NQ/TW', '--snapshot', snap, '--html', '/proc/page.html'], /--html "\/proc\/page\.html": cannot write in the folder "\/proc"/],
  [['coverage', '18-NQ/TW', '--snapshot', snap, '--html', dir], /--html ".*": is a folder; give a file name/],
  [['trace', '18-NQ/TW', '--corpus', '/missing'], /--corpus "\/missing": no such folder/],
  [['ingest', docs], /give --out <file> \(a snapshot\), --update <file> \(a snapshot to bring up to date\) or --db/],
  [['ingest', docs, '--out', join(dir, 'y.ndjson'), '--manifest', dir], /--manifest .*: not a file/],
  [['cites', '--snapshot', snap], /missing required argument 'ref'/],
  [['path', '18-NQ/TW', '--snapshot', snap], /missing required argument 'to'/],
  [['extract'], /missing required argument 'files'/],
  [['search', 'x', '--snapshot', snap, '--bogus'], /unknown option '--bogus'/],
  [['frobnicate'], /unknown command 'frobnicate'/],
];

describe('a bad value is one line and exit 2, before any work', () => {
  for (const [argv, message] of CASES) {
    it(argv.filter((a) => a !== snap).join(' ').replace(dir, '<tmp>'), async () => {
      const r = await cli(...argv);
      expect(r.code, r.err).toBe(2);
      expect(r.out).toBe('');
      const lines = r.err.trimEnd().split('\n');
      expect(lines, r.err).toHaveLength(1);
      expect(lines[0]).toMatch(/^vanban( [a-z]+)?: /);
      expect(lines[0]).toMatch(message);
    });
  }

  it('a list with an empty item is read as the list without it, not refused', async () => {
    const r = await cli('search', 'ke hoach', '--snapshot', snap, '--level', 'province,', '--json');
    expect(r.code, r.err).toBe(0);
  });

  it('ingest writes nothing when its --out or its folder is refused', async () => {
    const before = readdirSync(dir).sort();
    await cli('ingest', '/nonexistent', '--out', join(dir, 'never.ndjson'));
    await cli('ingest', docs, '--out', join(dir, 'missing', 'x.ndjson'));
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('extract --date notadate is one usage error, not a failure per file', async () => {
    const r = await cli('extract', docs, '--date', 'notadate');
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).not.toContain('ha-tinh.txt');
  });

  it('a month or a year still dates the citations of extract', async () => {
    for (const date of ['2018', '2018-03', '2018-03-03']) expect((await cli('extract', seed, '--date', date, '--json')).code, date).toBe(0);
  });
});

describe('a file that cannot be read or written is one line and exit 1', () => {
  const damaged = (name: string, edit: (bytes: Buffer) => Uint8Array | string): string => {
    const path = join(dir, name);
    writeFileSync(path, edit(readFileSync(snap)));
    return path;
  };
  const CASES1: Array<[string, () => string[], RegExp]> = [
    ['a folder as the snapshot', () => ['trace', '18-NQ/TW', '--snapshot', dir], /: is a folder, not a snapshot file$/],
    ['a missing snapshot', () => ['trace', '18-NQ/TW', '--snapshot', join(dir, 'none.ndjson')], /: no such file$/],
    ['a flipped byte', () => ['trace', '18-NQ/TW', '--snapshot', damaged('flip.ndjson', (b) => Buffer.from(b).map((x, i) => (i === 200 ? x ^ 0x20 : x)))], /damaged: checksum mismatch/],
    ['a snapshot cut short', () => ['rank', '--snapshot', damaged('cut.ndjson', (b) => b.subarray(0, b.length >> 1))], /truncated/],
    ['a version 1 snapshot', () => ['missing', '--snapshot', damaged('v1.ndjson', (b) => b.toString().replace(/"version":[45],/, '"version":1,'))], /version 1, .*ingest the folder again/],
    ['an empty file', () => ['check', '--snapshot', damaged('empty.ndjson', () => '')], /empty file/],
    ['a foreign file', () => ['search', 'x', '--snapshot', damaged('foreign.ndjson', () => '<html>\n')], /not a vanban snapshot/],
    // the disk refuses the write (/dev/full): the snapshot named, the reason, no stack
    ['a full disk under ingest', () => ['ingest', docs, '--out', '/dev/full', '--no-progress'], /^vanban: \/dev\/full: cannot be written \(ENOSPC on write\).*\(--debug for the stack\)$/],
    ['a folder given to read', () => ['read', dir], new RegExp(`^vanban: ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `)],
    ['a missing file given to read', () => ['read', join(dir, 'none.txt')], /: no such file$/],
  ];
  for (const [what, argv, message] of CASES1) {
    it(what, async () => {
      const r = await cli(...argv());
      expect(r.code, r.err).toBe(1);
      const lines = r.err.trimEnd().split('\n');
      expect(lines, r.err).toHaveLength(1);
      expect(lines[0]).toMatch(/^vanban: /);
      expect(lines[0]).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
    });
  }

  it('--debug adds the stack to the same failure', async () => {
    const r = await cli('ingest', docs, '--out', '/dev/full', '--no-progress', '--debug');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/SnapshotError: \/dev\/full: cannot be written/);
    expect(r.err).toMatch(/\n\s+at /);
  });
});

describe('the built CLI as a process', () => {
  const MAIN = resolve('dist/cli/main.js');
  const node = (args: string[], shell?: string): { status: number | null; stdout: string; stderr: string } => {
    if (!existsSync(MAIN)) throw new Error('dist/cli/main.js is missing: run `npm run build` before these tests');
    const r = shell ? spawnSync('bash', ['-c', shell], { encoding: 'utf8' }) : spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('--version prints the version of package.json', () => {
    const r = node(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });

  it('a reader that stops early ends the run quietly: exit 0, nothing on stderr (EPIPE)', () => {
    // --ndjson over the whole corpus stops at the first line; the seeds' --json array (128 KB) is more than a pipe holds
    for (const [flag, corpus] of [['--ndjson', join(SHARED, 'corpus')], ['--json', join(SHARED, 'corpus', 'seeds')]] as const) {
      const r = node([], `set -o pipefail; "${process.execPath}" "${MAIN}" extract "${corpus}" ${flag} 2>"${dir}/epipe.err" | head -1`);
      expect(r.status, flag).toBe(0);
      expect(r.stdout.split('\n').filter(Boolean), flag).toHaveLength(1);
      expect(readFileSync(join(dir, 'epipe.err'), 'utf8'), flag).toBe('');
    }
  });

  it('an unexpected error is one line and exit 1; --debug adds the stack', () => {
    // /dev/full accepts the open and refuses the write (ENOSPC): a failure no option check can foresee
    const plain = node(['export', '--format', 'json', '--snapshot', snap, '--out', '/dev/full']);
    expect(plain.status).toBe(1);
    expect(plain.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^vanban: \/dev\/full: cannot be written \(ENOSPC on write\).*\(--debug for the stack\)$/)]);
    const debug = node(['export', '--format', 'json', '--snapshot', snap, '--out', '/dev/full', '--debug']);
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/ENOSPC/);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('a bad value from the shell is the same one line and exit 2', () => {
    const r = node(['search', 'x', '--snapshot', snap, '--limit', 'abc']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('vanban search: --limit "abc": expected a whole number from 1 to 1000\n');
  });
});

describe('help comes from the same definitions', () => {
  it('extract --help names every format the readers read', async () => {
    const { READERS } = await import('../src/doc/index.js');
    const r = await cli('extract', '--help');
    expect(r.code).toBe(0);
    const help = r.out.replace(/\s+/g, ' ');
    for (const ext of READERS.flatMap((x) => x.extensions)) expect(help).toContain(ext);
  });

  it('search --help lists the levels, families and types the parser accepts', async () => {
    const { SearchOptionsSchema } = await import('../src/search/index.js');
    const { TYPE_NAMES } = await import('../src/cli/options.js');
    const help = (await cli('search', '--help')).out.replace(/\s+/g, ' ');
    for (const v of [...SearchOptionsSchema.shape.level.unwrap().element.options, ...SearchOptionsSchema.shape.family.unwrap().element.options, ...TYPE_NAMES]) expect(help).toContain(v);
    for (const flag of ['--place', '--family', '--issuer', '--related', '--offset']) expect(help).toContain(flag);
  });
});
