import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus, type CitationGraph } from '../src/graph/index.js';
import { ingestIntoDatabase, PostgresStore } from '../src/store/index.js';
import { migrated } from './helpers/pg-processes.js';

/**
 * A district plan cites "Kế hoạch số 44/KH-UBND của Ủy ban nhân dân tỉnh": no place, no year. With the
 * provincial plan 44/KH-UBND in the corpus, the citation resolves to it (when the plan is read first) or
 * is merged into it (when the plan comes later). Once the provincial plan is gone, the district plan must
 * cite what a corpus without it gives — the id as written — in memory (`Corpus.update`) and in PostgreSQL
 * (`ingest --prune`) alike, not a leftover node of a document no longer there.
 */
const PROVINCIAL = `ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 44/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 10 tháng 3 năm 2020
KẾ HOẠCH
Triển khai thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương
Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau.
`;
const DISTRICT = `ỦY BAN NHÂN DÂN
HUYỆN CAN LỘC
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Can Lộc, ngày 02 tháng 4 năm 2020
KẾ HOẠCH
Thực hiện Kế hoạch số 44/KH-UBND của Ủy ban nhân dân tỉnh
Thực hiện Kế hoạch số 44/KH-UBND của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện ban hành Kế hoạch như sau.
`;

const sorted = <T>(entries: Array<[string, T]>): Array<[string, T]> => entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const shape = (g: CitationGraph) => ({
  nodes: sorted(g.mapNodes((k, a) => [k, { kind: a.kind, mentions: a.mentions }])),
  edges: sorted(g.mapEdges((k, a, s, t) => [k, { s, t, count: a.count }])),
});

describe('a document gone: who cited it through context resolves again', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vanban-dependents-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A folder with the given files (name → text), emptied first. */
  const folder = (name: string, files: Record<string, string>): string => {
    const d = join(dir, name);
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d);
    for (const [f, text] of Object.entries(files)) writeFileSync(join(d, f), text);
    return d;
  };

  // a.txt is walked before b.txt: the citation resolves when the district plan is read; with the provincial
  // plan as z.txt it is merged into it afterwards (reconcile)
  for (const [label, provincialFile] of [
    ['resolved when read', 'a.txt'],
    ['merged after the folder was read', 'z.txt'],
  ] as const) {
    it(`memory: ${label}`, async () => {
      const d = folder(`memory-${provincialFile}`, { [provincialFile]: PROVINCIAL, 'b.txt': DISTRICT });
      const corpus = await Corpus.fromFolder(d);
      expect(corpus.graph.hasNode('vn:44/KH-UBND@tinh-ha-tinh#2020')).toBe(true);
      expect(corpus.graph.inDegree('vn:44/KH-UBND@tinh-ha-tinh#2020')).toBe(1);
      rmSync(join(d, provincialFile));
      await corpus.update(d);
      const fresh = await Corpus.fromFolder(d);
      expect(shape(corpus.graph)).toEqual(shape(fresh.graph));
      expect(corpus.graph.hasNode('vn:44/KH-UBND@tinh-ha-tinh#2020')).toBe(false);
    });

    it(`PostgreSQL: ${label}`, async () => {
      const d = folder(`pg-${provincialFile}`, { [provincialFile]: PROVINCIAL, 'b.txt': DISTRICT });
      const db = await migrated('dependents');
      const store = await PostgresStore.open(db.url);
      try {
        await ingestIntoDatabase(store, d);
        rmSync(join(d, provincialFile));
        const report = await ingestIntoDatabase(store, d, { prune: true });
        expect(report).toMatchObject({ pruned: 1, unchanged: 1 });
        const fresh = await Corpus.fromFolder(d);
        expect(shape(await store.graph())).toEqual(shape(fresh.graph));
      } finally {
        await store.close();
        await db.drop();
      }
    }, 120_000);
  }
});
