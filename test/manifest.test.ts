import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseJsonManifest, parseTsvManifest, readCorpus, splitTitleOrNumber, type CorpusItem } from '../src/doc/index.js';
import { Corpus, dataQuality, loadSnapshot, missing, saveSnapshot } from '../src/graph/index.js';
import { SHARED } from './helpers/score.js';

// A decree whose header (issuer, Số, place and date) was lost: only its type line and body remain.
const HEADERLESS_DECREE = `NGHỊ ĐỊNH
Quy định mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi người có công với cách mạng

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Pháp lệnh số 02/2020/UBTVQH14 ngày 09 tháng 12 năm 2020;
Chính phủ ban hành Nghị định quy định mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi.

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về mức hưởng trợ cấp.
`;

// A decree with its header, amending the one above by number.
const AMENDING_DECREE = `CHÍNH PHỦ
Số: 55/2023/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Nội, ngày 21 tháng 7 năm 2023

NGHỊ ĐỊNH
Sửa đổi, bổ sung một số điều của Nghị định số 75/2021/NĐ-CP ngày 24 tháng 7 năm 2021 của Chính phủ

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 75/2021/NĐ-CP ngày 24 tháng 7 năm 2021 của Chính phủ.

Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 75/2021/NĐ-CP
`;

// A local plan without its header: its number is local, so its id needs the place the manifest gives.
const HEADERLESS_PLAN = `KẾ HOẠCH
Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII

Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII, xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
`;

const TSV_HEAD = 'file\tsource_repo\ttitle_or_number\tdoc_type\tissue_date\n';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-manifest-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function collect(dir: string, options: Parameters<typeof readCorpus>[1] = {}): Promise<CorpusItem[]> {
  const items: CorpusItem[] = [];
  for await (const item of readCorpus(dir, options)) items.push(item);
  return items;
}

const docOf = (items: CorpusItem[], name: string) => {
  const item = items.find((i) => i.ok && i.path.endsWith(name));
  if (!item?.ok) throw new Error(`${name} not read`);
  return item.document;
};

describe('manifest files', () => {
  it('reads the auto-filled TSV shape: the number before " — ", the draft mark as no number, type and date', () => {
    const m = parseTsvManifest(
      TSV_HEAD +
        '0020.txt\tx/y\t75/2021/NĐ-CP — Nghị định Quy định mức hưởng trợ cấp\tNghị định\t2021-07-24\n' +
        '1027.md\tx/y\t1027/CTK-CSCL\tCông văn\t2025-06-25\n' +
        '0001.txt\tx/y\tCVVP_phucdapTT182SDTTG (dự thảo/chưa ghi số)\tCông văn\t\n',
      'MANIFEST.tsv',
    );
    expect(m.errors).toEqual([]);
    expect(m.entries.get('0020.txt')).toEqual({ file: '0020.txt', number: '75/2021/NĐ-CP', title: 'Nghị định Quy định mức hưởng trợ cấp', type: 'Nghị định', date: '2021-07-24' });
    expect(m.entries.get('1027.md')).toEqual({ file: '1027.md', number: '1027/CTK-CSCL', type: 'Công văn', date: '2025-06-25' });
    // a draft's "title" is the name of its source file: neither number nor title
    expect(m.entries.get('0001.txt')).toEqual({ file: '0001.txt', type: 'Công văn' });
    expect(splitTitleOrNumber('Luật Tiếp công dân')).toEqual({ title: 'Luật Tiếp công dân' });
  });

  it('names the line and the file of each bad TSV row and keeps the good rows', () => {
    const m = parseTsvManifest(
      TSV_HEAD +
        'a.txt\tx\t12/2022/NĐ-CP\tNghị định\t2022-13-01\n' + // line 2: month 13
        'b.txt\tx\t145/2020/NĐ-CP\tNghị định\t2020-12-14\n' +
        'c.txt\tx\t01/QĐ-UBND\tGiấy phép lái xe\t2020-02-30\n' + // line 4: unknown type, 30 February
        'd.txt\tx\tone\ttoo\tmany\tcolumns\n',
      'folder/MANIFEST.tsv',
    );
    expect([...m.entries.keys()]).toEqual(['b.txt']);
    expect(m.errors).toHaveLength(3);
    expect(m.errors[0]).toBe('line 2 (a.txt): date "2022-13-01" is not a date of the calendar');
    expect(m.errors[1]).toBe('line 4 (c.txt): date "2020-02-30" is not a date of the calendar; type "Giấy phép lái xe" is not a document type (e.g. "Nghị định", "Kế hoạch", "Công văn")');
    expect(m.errors[2]).toMatch(/^line 5: 6 columns where the header has 5/);
    expect(parseTsvManifest('name\tnumber\nx.txt\t1/QĐ\n', 'M.tsv').errors).toEqual(['line 1: the first line names no "file" column (it has: name, number)']);
  });

  it('validates a JSON manifest entry by entry, naming the entry, its file and the field', () => {
    const m = parseJsonManifest(
      JSON.stringify([
        { file: 'a.txt', number: '75/2021/NĐ-CP', date: '2021-07-24', place: 'tỉnh Hà Tĩnh', type: 'NGHỊ ĐỊNH', title: 'Quy định mức hưởng' },
        { file: 'b.txt', number: 'không số' },
        { file: 'c.txt', place: 'Hà Tĩnh' },
        { file: 'd.txt', numbr: '1/QĐ' },
        { number: '1/QĐ-UBND' },
        'e.txt',
      ]),
      'vanban.manifest.json',
    );
    expect(m.entries.get('a.txt')).toEqual({ file: 'a.txt', number: '75/2021/NĐ-CP', date: '2021-07-24', place: 'tỉnh Hà Tĩnh', type: 'Nghị định', title: 'Quy định mức hưởng' });
    expect(m.entries.size).toBe(1);
    expect(m.errors).toEqual([
      'entry 2 (b.txt): number "không số" is not a document number (e.g. "75/2021/NĐ-CP", "18-NQ/TW")',
      'entry 3 (c.txt): place "Hà Tĩnh" is not a place with its level word (e.g. "tỉnh Hà Tĩnh", "thị xã Hồng Lĩnh")',
      'entry 4 (d.txt): unknown field "numbr" (file, number, date, place, type, title)',
      'entry 5: file is missing',
      'entry 6: not an object { "file": …, … }',
    ]);
    expect(parseJsonManifest('[{"file": "a.txt",}]', 'x.json').errors[0]).toMatch(/^not valid JSON/);
    expect(parseJsonManifest('{"file": "a.txt"}', 'x.json').errors[0]).toMatch(/^not a JSON array/);
  });
});

describe('readCorpus with manifests', () => {
  it('completes a lost header from the TSV beside it; without the option the document keeps no id', async () => {
    const dir = folder({
      'nd75.txt': HEADERLESS_DECREE,
      'MANIFEST.tsv': TSV_HEAD + 'nd75.txt\tx\t75/2021/NĐ-CP — Quy định mức hưởng trợ cấp\tNghị định\t2021-07-24\n',
    });
    const plain = await collect(dir);
    expect(plain).toHaveLength(1); // the manifest itself is never read as a document
    expect(docOf(plain, 'nd75.txt').identity.id).toBeNull();

    const items = await collect(dir, { manifests: true });
    expect(items).toHaveLength(1);
    const i = docOf(items, 'nd75.txt').identity;
    expect(i.id).toBe('vn:75/2021/NĐ-CP');
    expect(i.date?.iso).toBe('2021-07-24');
    expect(i.type).toBe('Nghị định');
    expect(i.title).toBe('Quy định mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi người có công với cách mạng'); // the text's own title wins
    expect(i.warnings).toEqual(expect.arrayContaining(['number-from-manifest', 'date-from-manifest']));
    expect(i.warnings.filter((w) => w.includes('caller') || w.startsWith('manifest-disagrees'))).toEqual([]);
  });

  it('keeps the header where the manifest disagrees, and says so field by field', async () => {
    const dir = folder({
      'nd55.txt': AMENDING_DECREE,
      'vanban.manifest.json': JSON.stringify([{ file: 'nd55.txt', number: '55/2023/NĐ-CP', date: '2023-07-12', type: 'Thông tư', title: 'Một văn bản khác hẳn về thuế' }]),
    });
    const i = docOf(await collect(dir, { manifests: true }), 'nd55.txt').identity;
    expect(i.id).toBe('vn:55/2023/NĐ-CP');
    expect(i.date?.iso).toBe('2023-07-21');
    expect(i.type).toBe('Nghị định');
    expect(i.warnings.filter((w) => w.startsWith('manifest-'))).toEqual(['manifest-disagrees:date', 'manifest-disagrees:type', 'manifest-disagrees:title']);

    // an auto-filled title cut short, in capitals, after the type word, agrees with the header's
    const agreeing = folder({
      'nd55.txt': AMENDING_DECREE,
      'MANIFEST.tsv': TSV_HEAD + 'nd55.txt\tx\t55/2023/NĐ-CP — NGHỊ ĐỊNH SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 75/2021/NĐ-CP NGÀY 24 THÁNG 7 NĂ\tNghị định\t2023-07-21\n',
    });
    expect(docOf(await collect(agreeing, { manifests: true }), 'nd55.txt').identity.warnings.filter((w) => w.startsWith('manifest-'))).toEqual([]);
  });

  it('gives a local plan its place, so its id is the one citations of it use', async () => {
    const dir = folder({
      'plans/kh54.txt': HEADERLESS_PLAN,
      'vanban.manifest.json': JSON.stringify([{ file: 'plans/kh54.txt', number: '54/KH-UBND', date: '2018-03-05', place: 'tỉnh Quảng Ngãi' }]),
    });
    const i = docOf(await collect(dir, { manifests: true }), 'kh54.txt').identity;
    expect(i.id).toBe('vn:54/KH-UBND@tinh-quang-ngai#2018');
    expect(i.place).toMatchObject({ written: 'tỉnh Quảng Ngãi', slug: 'tinh-quang-ngai', level: 'province', inferred: false });
    expect(i.warnings).toEqual(expect.arrayContaining(['number-from-manifest', 'date-from-manifest', 'place-from-manifest']));
  });

  it('a malformed manifest is reported with its path and line; its good lines and every document are still read', async () => {
    const dir = folder({
      'nd75.txt': HEADERLESS_DECREE,
      'nd55.txt': AMENDING_DECREE,
      'MANIFEST.tsv': TSV_HEAD + 'nd55.txt\tx\t55/2023/NĐ-CP\tNghị định\t21/07/2023\n' + 'nd75.txt\tx\t75/2021/NĐ-CP\tNghị định\t2021-07-24\n',
      'sub/vanban.manifest.json': '[{"file": "x.txt"',
      'sub/x.txt': HEADERLESS_PLAN,
    });
    const items = await collect(dir, { manifests: true });
    const problems = items.filter((i) => !i.ok);
    expect(problems).toEqual([
      { ok: false, manifest: true, path: join(dir, 'MANIFEST.tsv'), error: 'line 2 (nd55.txt): date "21/07/2023" is not a date (YYYY-MM-DD)' },
      { ok: false, manifest: true, path: join(dir, 'sub', 'vanban.manifest.json'), error: expect.stringMatching(/^not valid JSON/) },
    ]);
    expect(items.filter((i) => i.ok)).toHaveLength(3);
    expect(docOf(items, 'nd75.txt').identity.id).toBe('vn:75/2021/NĐ-CP');
  });

  it('--manifest: one file given explicitly replaces the folders\' own; paths are relative to it', async () => {
    const dir = folder({
      'docs/nd75.txt': HEADERLESS_DECREE,
      'docs/MANIFEST.tsv': TSV_HEAD + 'nd75.txt\tx\t76/2021/NĐ-CP\tNghị định\t2021-07-24\n',
      'elsewhere.json': JSON.stringify([{ file: 'docs/nd75.txt', number: '75/2021/NĐ-CP', date: '2021-07-24' }]),
    });
    const items = await collect(join(dir, 'docs'), { manifest: join(dir, 'elsewhere.json') });
    expect(docOf(items, 'nd75.txt').identity.id).toBe('vn:75/2021/NĐ-CP');
    const missingOne = await collect(join(dir, 'docs'), { manifest: join(dir, 'nope.tsv') });
    expect(missingOne[0]).toMatchObject({ ok: false, manifest: true, error: 'no such file' });
  });
});

describe('the corpus with manifests', () => {
  const files = {
    'nd75.txt': HEADERLESS_DECREE,
    'nd55.txt': AMENDING_DECREE,
    'MANIFEST.tsv': TSV_HEAD + 'nd75.txt\tx\t75/2021/NĐ-CP — Quy định mức hưởng trợ cấp\tNghị định\t2021-07-24\n',
  };

  it('a headerless document named by its manifest meets its citations: the chain holds, nothing is missing for it', async () => {
    const dir = folder(files);
    const without = await Corpus.fromFolder(dir);
    expect(without.documents.has(`file:${join(dir, 'nd75.txt')}`)).toBe(true);
    expect(missing(without.graph).map((m) => m.key)).toContain('vn:75/2021/NĐ-CP');

    const corpus = await Corpus.fromFolder(dir, { manifests: true });
    expect(corpus.graph.getNodeAttributes('vn:75/2021/NĐ-CP')).toMatchObject({ kind: 'document', path: join(dir, 'nd75.txt'), supplied: ['number:manifest', 'date:manifest'] });
    expect(corpus.graph.hasEdge('vn:55/2023/NĐ-CP|amends|vn:75/2021/NĐ-CP|')).toBe(true);
    expect(missing(corpus.graph).map((m) => m.key)).not.toContain('vn:75/2021/NĐ-CP');
  });

  it('check reports each file: id by path with what it lacks, and how many got identity from a manifest (snapshots too)', async () => {
    const dir = folder(files);
    const without = dataQuality(await Corpus.fromFolder(dir));
    expect(without.filter((f) => f.kind === 'no-identity')).toEqual([
      { kind: 'no-identity', nodes: [`file:${join(dir, 'nd75.txt')}`], paths: [join(dir, 'nd75.txt')], missing: ['number', 'date'], detail: expect.stringContaining(`${join(dir, 'nd75.txt')}: no number, no date`) },
    ]);
    expect(without.some((f) => f.kind === 'identity-supplied')).toBe(false);

    const corpus = await Corpus.fromFolder(dir, { manifests: true });
    const snap = join(dir, 'snap.ndjson');
    await saveSnapshot(corpus, snap);
    for (const c of [corpus, await loadSnapshot(snap)]) {
      const findings = dataQuality(c);
      expect(findings.filter((f) => f.kind === 'no-identity')).toEqual([]);
      const supplied = findings.find((f) => f.kind === 'identity-supplied');
      expect(supplied?.paths).toEqual([join(dir, 'nd75.txt')]);
      expect(supplied?.detail).toBe('1 document with identity not read from the text (1 from a manifest, 0 from the caller): date from the manifest 1, number from the manifest 1');
    }
  });
});

describe('check: manifests that contradict the header', () => {
  it('lists the documents and the fields on which a manifest was overruled by the header', async () => {
    const dir = folder({
      'nd55.txt': AMENDING_DECREE,
      'nd75.txt': HEADERLESS_DECREE,
      'MANIFEST.tsv': TSV_HEAD + 'nd55.txt\tx\t56/2023/NĐ-CP\tNghị định\t2023-07-12\n' + 'nd75.txt\tx\t75/2021/NĐ-CP\tNghị định\t2021-07-24\n',
    });
    const corpus = await Corpus.fromFolder(dir, { manifests: true });
    expect(corpus.graph.getNodeAttributes('vn:55/2023/NĐ-CP').disagrees).toEqual(['number:manifest', 'date:manifest']);
    const finding = dataQuality(corpus).find((f) => f.kind === 'identity-disagrees');
    expect(finding).toEqual({
      kind: 'identity-disagrees',
      nodes: ['vn:55/2023/NĐ-CP'],
      paths: [join(dir, 'nd55.txt')],
      detail: '1 document whose header a manifest or the caller contradicts (the header was kept): date by the manifest 1, number by the manifest 1',
    });
    // once the document goes, so does what was said of its identity
    corpus.removeDocument('vn:55/2023/NĐ-CP');
    expect(dataQuality(corpus).some((f) => f.kind === 'identity-disagrees')).toBe(false);
  });
});

// The built CLI, spawned as a user runs it (`npm run build` first, as CI does).
const MAIN = resolve('dist/cli/main.js');
const exec = promisify(execFile);
async function vanban(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [MAIN, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    return { code: x.code ?? -1, out: x.stdout ?? '', err: x.stderr ?? '' };
  }
}

describe('the CLI: identity flags and manifests', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error('dist/cli/main.js is missing: run `npm run build` before these tests');
  });

  it('read --number --date --place --type complete a lost header', async () => {
    const dir = folder({ 'kh.txt': HEADERLESS_PLAN });
    const before = await vanban('read', join(dir, 'kh.txt'), '--json');
    expect(before.code).toBe(0);
    expect((JSON.parse(before.out) as { identity: { id: string | null } }).identity.id).toBeNull();
    const r = await vanban('read', join(dir, 'kh.txt'), '--json', '--number', '54/KH-UBND', '--date', '2018-03-05', '--place', 'tỉnh Quảng Ngãi', '--type', 'kế hoạch');
    expect(r.code).toBe(0);
    const i = (JSON.parse(r.out) as { identity: { id: string; type: string; warnings: string[] } }).identity;
    expect(i.id).toBe('vn:54/KH-UBND@tinh-quang-ngai#2018');
    expect(i.type).toBe('Kế hoạch');
    expect(i.warnings).toEqual(expect.arrayContaining(['number-from-caller', 'date-from-caller', 'place-from-caller']));
  });

  it('read says where the flags disagree with the header, which wins', async () => {
    const dir = folder({ 'nd55.txt': AMENDING_DECREE });
    const r = await vanban('read', join(dir, 'nd55.txt'), '--number', '56/2023/NĐ-CP');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/│ id +│ vn:55\/2023\/NĐ-CP /);
    expect(r.out).toContain('caller-disagrees:number');
  });

  it('a bad flag is one line on stderr and exit 2, before any file is read', async () => {
    const dir = folder({ 'a.txt': HEADERLESS_PLAN, 'b.txt': HEADERLESS_DECREE });
    const cases: Array<[string[], RegExp]> = [
      [['read', join(dir, 'a.txt'), '--date', '2021-02-30'], /^vanban read: --date "2021-02-30": expected .*a real day of the calendar\)\n$/],
      [['extract', dir, '--date', '24/7/2021'], /^vanban extract: --date "24\/7\/2021": expected a year, a month or a day: 2021, 2021-07 or 2021-07-15/],
      [['extract', dir, '--number', 'số 5'], /^vanban extract: --number "số 5" is not a document number/],
      [['read', join(dir, 'a.txt'), '--place', 'Quảng Ngãi'], /^vanban read: --place "Quảng Ngãi" is not a place with its level word/],
      [['extract', dir, '--type', 'Bản tin'], /^vanban extract: --type "Bản tin": expected a document type, by name with or without accents/],
    ];
    for (const [args, message] of cases) {
      const r = await vanban(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n').filter(Boolean), args.join(' ')).toHaveLength(1);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
    }
    // a year or a month still dates the citations of extract
    expect((await vanban('extract', dir, '--date', '2021', '--json')).code).toBe(0);
  });

  it('ingest reads the manifests by default, --no-manifest ignores them, --manifest points at one; check --json lists the file: ids', async () => {
    const dir = folder({
      'nd75.txt': HEADERLESS_DECREE,
      'nd55.txt': AMENDING_DECREE,
      'MANIFEST.tsv': TSV_HEAD + 'nd75.txt\tx\t75/2021/NĐ-CP\tNghị định\t2021-07-24\n',
      'other.json': JSON.stringify([{ file: 'nd75.txt', number: '75/2021/NĐ-CP' }]),
    });
    const snap = join(dir, 's.ndjson');
    const r = await vanban('ingest', dir, '--out', snap, '--no-progress');
    expect(r.code).toBe(0);
    expect(r.out).toContain('documents: 2, bad files: 0');
    expect(r.out).toContain('identity: 0 documents without a number (kept under file:<path>, see `vanban check`), 1 completed from a manifest');
    const checked = JSON.parse((await vanban('check', '--snapshot', snap, '--json')).out) as Array<{ kind: string; paths?: string[] }>;
    expect(checked.filter((f) => f.kind === 'no-identity')).toEqual([]);
    expect(checked.find((f) => f.kind === 'identity-supplied')?.paths).toEqual([join(dir, 'nd75.txt')]);

    const plain = await vanban('check', '--corpus', dir, '--no-manifest', '--json');
    expect(plain.code).toBe(0);
    const findings = JSON.parse(plain.out) as Array<{ kind: string; ids: string[]; paths?: string[]; missing?: string[] }>;
    expect(findings.filter((f) => f.kind === 'no-identity')).toEqual([
      expect.objectContaining({ ids: [`file:${join(dir, 'nd75.txt')}`], paths: [join(dir, 'nd75.txt')], missing: ['number', 'date'] }),
    ]);

    // the explicit manifest gives the number only: the date is still missing, and check says so
    const explicit = JSON.parse((await vanban('check', '--corpus', dir, '--manifest', join(dir, 'other.json'), '--json')).out) as Array<{ kind: string; ids: string[] }>;
    expect(explicit.filter((f) => f.kind === 'no-identity')).toEqual([]);
    expect(explicit.find((f) => f.kind === 'identity-supplied')?.ids).toEqual(['vn:75/2021/NĐ-CP']);

    const none = await vanban('ingest', dir, '--out', snap, '--no-progress', '--manifest', join(dir, 'nope.tsv'));
    expect(none.code).toBe(2);
    expect(none.err).toBe(`vanban: --manifest ${join(dir, 'nope.tsv')}: no such file (or not readable)\n`);
  });

  it('ingest with a malformed manifest names it, ingests every document and exits 1', async () => {
    const dir = folder({ 'nd75.txt': HEADERLESS_DECREE, 'nd55.txt': AMENDING_DECREE, 'vanban.manifest.json': '[{"file": "nd75.txt", "date": "2021-7-24"}]' });
    const r = await vanban('ingest', dir, '--out', join(dir, 's.ndjson'), '--no-progress');
    expect(r.code).toBe(1);
    expect(r.out).toContain('documents: 2, bad files: 1');
    expect(r.out).toContain(`bad file ${join(dir, 'vanban.manifest.json')}: entry 1 (nd75.txt): date "2021-7-24" is not a date (YYYY-MM-DD)`);
  });
});

describe('the shared corpus with its auto-filled manifests', () => {
  it('congbot: the documents whose text lost their number get it from the manifest; no file: id is left', async () => {
    const dir = join(SHARED, 'corpus', 'congbot');
    const count = async (manifests: boolean): Promise<string[]> => {
      const out: string[] = [];
      for await (const item of readCorpus(dir, { manifests })) if (item.ok && !item.document.identity.id) out.push(item.path);
      return out;
    };
    // 0001.txt (Chỉ thị 31/CT-TTg) lost its header and never writes its own number
    expect((await count(false)).map((p) => p.slice(dir.length + 1))).toContain('0001.txt');
    expect(await count(true)).toEqual([]);
  });
});
