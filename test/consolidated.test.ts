import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/doc/index.js';
import { Corpus } from '../src/graph/index.js';
import { SHARED } from './helpers/score.js';

/** Consolidated texts (văn bản hợp nhất) of ../shared/corpus/phapluat8chude, read as a lawyer reads them. */
const DIR = join(SHARED, 'corpus', 'phapluat8chude');

describe('consolidated texts', () => {
  it('consolidate their base and the amending acts they list, in order (phapluat8chude/0222: Luật Thuế thu nhập cá nhân and its eight amending laws)', async () => {
    const d = await readDocument(join(DIR, '0222.txt'));
    expect(d.identity.type).toBe('Văn bản hợp nhất');
    expect(d.citations.filter((c) => c.relation === 'consolidates').map((c) => c.number)).toEqual([
      '25/2008/QH12', '32/2013/QH13', '46/2014/QH13', '97/2015/QH13', '35/2018/QH14', '68/2020/QH14', '30/2023/QH15', '51/2024/QH15', '114/2025/QH15',
    ]);
  });

  it('amend, repeal, replace and guide nothing themselves, in any of the corpus\'s consolidated texts', async () => {
    const corpus = new Corpus();
    let texts = 0;
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.txt'))) {
      const d = await readDocument(join(DIR, f));
      if (d.identity.type !== 'Văn bản hợp nhất') continue;
      texts++;
      expect(d.citations.filter((c) => ['amends', 'repeals', 'replaces', 'guides', 'suspends', 'basis'].includes(c.relation)).map((c) => `${f}: ${c.relation} ${c.text}`)).toEqual([]);
      expect(d.citations.filter((c) => c.relation === 'consolidates').length, f).toBeGreaterThanOrEqual(2);
      corpus.addDocument(d);
    }
    expect(texts).toBeGreaterThanOrEqual(20);
    corpus.reconcile();
    // what they state is kept, as relations asserted by the consolidated text: the amending acts amend the base
    const g = corpus.graph;
    const amends = g.filterEdges((_e, a) => a.relation === 'amends');
    expect(amends.filter((e) => !g.getEdgeAttribute(e, "asserted")).map((e) => `${g.source(e)} → ${g.target(e)} ${JSON.stringify(g.getEdgeAttribute(e, "evidence")[0]?.text)}`)).toEqual([]);
    const stated = g.edges('vn:55/2023/NĐ-CP', 'vn:75/2021/NĐ-CP').map((e) => g.getEdgeAttributes(e));
    expect(stated).toContainEqual(expect.objectContaining({ relation: 'amends', asserted: true }));
    expect(stated[0]?.assertedBy).toMatch(/^vn:834\/VBHN-BLĐTBXH/);
    // its notes report what each act did to a part of the base: "2 Khoản này được sửa đổi, bổ sung theo quy định tại
    // khoản 1 Điều 1 của Luật số 46/2014/QH13" (phapluat8chude/0222, the consolidated Luật Bảo hiểm y tế 25/2008/QH12), the
    // clause its mark sits in ("1.2 Bảo hiểm y tế là …")
    const notes = g.edges('vn:46/2014/QH13', 'vn:25/2008/QH12').map((e) => g.getEdgeAttributes(e)).flatMap((a) => a.evidence.map((ev) => ev.scope?.part));
    expect(notes).toContain('khoản 1 Điều 2');
    expect(notes).not.toContain('Khoản này');
  }, 60_000);
});
