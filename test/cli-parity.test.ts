import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonSchemas } from '../src/cli/json-schemas.js';
import { OUTPUT_SCHEMAS } from '../src/cli/output-schemas.js';
import { run } from '../src/cli/index.js';
import { CHAIN_DOCS, cli, writeChain } from './helpers/cli-fixture.js';
import { SHARED } from './helpers/score.js';

/**
 * What the library answers, the CLI asks: who cites a document (cites), how two are connected
 * (path), every search filter, types by name, folded name or code, and extract --ndjson; every
 * --json printed is checked against its published JSON Schema.
 */
const { dir, docs } = writeChain();
const snap = join(dir, 's.ndjson');
const PROVINCE = 'vn:191/KH-UBND@tinh-ha-tinh#2018';
const DISTRICT = 'vn:45/KH-UBND@tinh-ha-tinh.huyen-can-loc#2018';
const PARTY = 'dang:12-KH/HU@tinh-dong-thap.huyen-chau-thanh#2015-2020';
const ROOT = 'dang:18-NQ/TW#XII';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validators = new Map(Object.keys(OUTPUT_SCHEMAS).map((name) => [name, ajv.compile(JSON.parse(readFileSync(join('docs', 'schema', `${name}.json`), 'utf8')) as object)]));

/** Parse a --json output and check it against docs/schema/<name>.json. */
function valid<T>(name: string, text: string): T {
  const data = JSON.parse(text) as unknown;
  const validate = validators.get(name);
  if (!validate) throw new Error(`no schema ${name}`);
  expect(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  return data as T;
}

const search = async (...flags: string[]): Promise<string[]> => {
  const r = await cli('search', 'ke hoach', '--snapshot', snap, '--json', '--limit', '50', ...flags);
  expect(r.code, r.err).toBe(0);
  return valid<{ hits: Array<{ id: string }> }>('search', r.out).hits.map((h) => h.id).sort();
};

beforeAll(async () => {
  const r = await cli('ingest', docs, '--out', snap, '--no-progress');
  expect(r.code, r.err).toBe(0);
});

describe('vanban cites', () => {
  it('lists the citing documents under each relation, with their files', async () => {
    const r = await cli('cites', 'Nghị quyết số 18-NQ/TW', '--snapshot', snap, '--json');
    expect(r.code, r.err).toBe(0);
    const c = valid<{ id: string; total: number; byRelation: Record<string, Array<{ id: string; path: string | null; count: number }>> }>('cites', r.out);
    expect(c.id).toBe(ROOT);
    expect(c.total).toBe(2);
    expect(Object.keys(c.byRelation)).toEqual(['implements']);
    expect(c.byRelation.implements?.map((d) => d.id).sort()).toEqual([PARTY, PROVINCE].sort());
    expect(c.byRelation.implements?.find((d) => d.id === PROVINCE)?.path).toBe(join(docs, 'ha-tinh.txt'));
  });

  it('a document nobody cites has an empty answer, said in words without --json', async () => {
    const r = await cli('cites', '45/KH-UBND', '--snapshot', snap);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${DISTRICT}  (${join(docs, 'can-loc.txt')}): cited by 0 documents`);
  });

  it('the provincial plan is cited by the district plan, as implementing it', async () => {
    const r = await cli('cites', PROVINCE, '--snapshot', snap);
    expect(r.out).toMatch(/implements \(1\):/);
    expect(r.out).toContain(DISTRICT);
  });
});

describe('vanban path', () => {
  it('finds the chain district plan → provincial plan → resolution, and says the direction', async () => {
    const r = await cli('path', '45/KH-UBND', '18-NQ/TW', '--snapshot', snap, '--json');
    expect(r.code, r.err).toBe(0);
    const p = valid<{ from: string; to: string; direction: string; steps: Array<{ from: string; to: string; relation: string; fromPath: string | null }> }>('path', r.out);
    expect(p).toMatchObject({ from: DISTRICT, to: ROOT, direction: 'forward' });
    expect(p.steps.map((s) => [s.from, s.relation, s.to])).toEqual([
      [DISTRICT, 'implements', PROVINCE],
      [PROVINCE, 'implements', ROOT],
    ]);
    expect(p.steps[0]?.fromPath).toBe(join(docs, 'can-loc.txt'));
    const back = valid<{ direction: string }>('path', (await cli('path', '18-NQ/TW', '45/KH-UBND', '--snapshot', snap, '--json')).out);
    expect(back.direction).toBe('backward');
  });

  it('two documents with no chain: an answer, not a failure', async () => {
    const r = await cli('path', '45/KH-UBND', '12-KH/HU', '--snapshot', snap);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`no chain of citations between ${DISTRICT} and ${PARTY}\n`);
  });
});

describe('search filters', () => {
  it('--type takes the accented name, the folded name and the code alike', async () => {
    const all = await search();
    expect(all).toEqual([DISTRICT, PARTY, PROVINCE].sort());
    for (const t of ['Kế hoạch', 'ke hoach', 'KE HOACH', 'KH', 'kh']) expect(await search('--type', t), t).toEqual(all);
    expect(await search('--type', 'NQ,Chỉ thị')).toEqual([]);
  });

  it('--place takes a name or a code and includes the units within', async () => {
    expect(await search('--place', 'Hà Tĩnh')).toEqual([DISTRICT, PROVINCE].sort());
    expect(await search('--place', 'ha tinh')).toEqual([DISTRICT, PROVINCE].sort());
    expect(await search('--place', 'tinh-ha-tinh')).toEqual([DISTRICT, PROVINCE].sort());
    expect(await search('--place', 'tinh-ha-tinh.huyen-can-loc')).toEqual([DISTRICT]);
    expect(await search('--place', '42')).toEqual([DISTRICT, PROVINCE].sort());
    expect(await search('--place', 'huyện Can Lộc')).toEqual([DISTRICT]);
    const r = await cli('search', 'ke hoach', '--snapshot', snap, '--json', '--place', 'Hà Tĩnh');
    expect(valid<{ explanation: { filters: { place: unknown } } }>('search', r.out).explanation.filters.place).toMatchObject({ slug: 'tinh-ha-tinh', name: 'Hà Tĩnh' });
    expect(await search('--place', 'huyện Châu Thành, tỉnh Đồng Tháp')).toEqual([PARTY]);
  });

  it('--family, --issuer, --level, --year', async () => {
    expect(await search('--family', 'party')).toEqual([PARTY]);
    expect(await search('--family', 'state-admin,state-normative')).toEqual([DISTRICT, PROVINCE].sort());
    expect(await search('--issuer', 'huyện ủy')).toEqual([PARTY]);
    expect(await search('--issuer', 'uy ban nhan dan huyen')).toEqual([DISTRICT]);
    expect(await search('--level', 'district')).toEqual([DISTRICT, PARTY].sort());
    expect(await search('--year', '2018')).toEqual([DISTRICT, PARTY, PROVINCE].sort());
    expect(await search('--year', '2019-2020')).toEqual([]);
  });

  it('--related names a relation and a document, in or out of the corpus', async () => {
    expect(await search('--related', 'implements:18-NQ/TW')).toEqual([PARTY, PROVINCE].sort());
    expect(await search('--related', 'implements:Kế hoạch số 191/KH-UBND')).toEqual([DISTRICT]);
    expect(await search('--related', 'basis:18-NQ/TW')).toEqual([]);
  });

  it('--offset pages through the same ranking', async () => {
    const r = await cli('search', 'ke hoach', '--snapshot', snap, '--json');
    const all = valid<{ total: number; hits: Array<{ id: string }> }>('search', r.out);
    const page2 = valid<{ total: number; hits: Array<{ id: string }> }>('search', (await cli('search', 'ke hoach', '--snapshot', snap, '--json', '--limit', '1', '--offset', '1')).out);
    expect(page2.total).toBe(all.total);
    expect(page2.hits.map((h) => h.id)).toEqual([all.hits[1]?.id]);
  });
});

describe('extract --ndjson', () => {
  it('prints one object per file, each as the --json array holds it', async () => {
    const nd = await cli('extract', docs, '--ndjson');
    expect(nd.code, nd.err).toBe(0);
    const lines = nd.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const objects = lines.map((l) => valid<{ file: string }>('extract-ndjson-line', l));
    const arr = valid<Array<{ file: string }>>('extract', (await cli('extract', docs, '--json')).out);
    expect(objects).toEqual(arr);
  });

  it('writes each file as it is read, not at the end', async () => {
    const mixed = mkdtempSync(join(tmpdir(), 'vanban-nd-'));
    writeFileSync(join(mixed, 'a.txt'), CHAIN_DOCS['can-loc.txt'] as string);
    writeFileSync(join(mixed, 'b.txt'), Buffer.from([0x50, 0x4b, 0x00, 0x01])); // refused, on stderr, in its turn
    writeFileSync(join(mixed, 'c.txt'), CHAIN_DOCS['ha-tinh.txt'] as string);
    const order = async (flag: string): Promise<string[]> => {
      const events: string[] = [];
      await run(['extract', mixed, flag], { stdout: () => events.push('out'), stderr: () => events.push('err') });
      return events;
    };
    expect(await order('--ndjson')).toEqual(['out', 'err', 'out']);
    expect(await order('--json')).toEqual(['err', 'out']);
  });
});

describe('one naming rule and a published schema for every --json', () => {
  it('docs/schema/ is what scripts/json-schemas.ts writes from the zod schemas (run `npx tsx scripts/json-schemas.ts` after changing an output)', () => {
    const want = jsonSchemas();
    const have = Object.fromEntries(readdirSync(join('docs', 'schema')).filter((f) => f.endsWith('.json')).map((f) => [f.slice(0, -5), readFileSync(join('docs', 'schema', f), 'utf8')]));
    expect(Object.keys(have).sort()).toEqual(Object.keys(want).sort());
    for (const name of Object.keys(want)) expect(have[name], name).toBe(want[name]);
  });

  it('trace, coverage, missing, rank, check and read print what their schemas say, ids as `id`', async () => {
    const outputs: Array<[string, string[]]> = [
      ['trace', ['trace', '18-NQ/TW', '--snapshot', snap, '--json']],
      ['coverage', ['coverage', '18-NQ/TW', '--snapshot', snap, '--json']],
      ['missing', ['missing', '--snapshot', snap, '--json']],
      ['rank', ['rank', '--snapshot', snap, '--json']],
      ['check', ['check', '--corpus', join(SHARED, 'corpus', 'seeds'), '--json']],
      ['read', ['read', join(docs, 'can-loc.txt'), '--json']],
    ];
    for (const [name, argv] of outputs) {
      const r = await cli(...argv);
      expect(r.code, `${name}: ${r.err}`).toBe(0);
      valid(name, r.out);
      // no query result keeps the library's `key`
      expect(r.out, name).not.toMatch(/"key":/);
    }
  });
});
