import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus, type Document } from '../src/doc/index.js';
import { SearchIndex } from '../src/search/index.js';
import { SHARED } from './helpers/score.js';

// The index's build writes flexsearch's posting lists itself (addToFlex in src/search/postings.ts): these tests hold
// it to flexsearch's own add on the same records, byte for byte in flexsearch's export.

interface Inside {
  flex: {
    add(record: Record<string, string | number>): void;
    export(write: (key: string | number, data: string) => void): Promise<void>;
    index: Map<string, { map: Map<string, unknown>; ctx: Map<string, unknown>; reg: Set<number> }>;
  };
  meta: Map<number, { text: number; phraseBody: number; type: string | null; title: string | null; phraseTitle: string }>;
  texts: { get(h: number): string };
}
const fieldsOf = (SearchIndex as unknown as { fields(r: object): Record<string, string> }).fields;

async function exported(flex: Inside['flex']): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  await flex.export((key, data) => {
    out.push([String(key), data]);
  });
  return out;
}

const docs: Document[] = [];
beforeAll(async () => {
  for await (const item of readCorpus(join(SHARED, 'corpus'))) if (item.ok && docs.length < 120) docs.push(item.document);
  // documents that stress the cases: a repeated term, a repeated pair, one word, no text
  const base = docs[0] as Document;
  for (const text of ['kế hoạch kế hoạch kế hoạch kế hoạch', 'a b a b a b a b a b c a b', 'một', '', '  ,,, ']) docs.push({ ...base, text, path: `extra-${docs.length}` });
}, 60_000);

describe('the index build', () => {
  it('writes the posting lists, pairs and register flexsearch itself writes for the same records', async () => {
    const index = new SearchIndex();
    docs.forEach((d, i) => index.add(`doc-${i}`, d));
    const ours = index as unknown as Inside;
    const reference = new SearchIndex() as unknown as Inside;
    for (const [id, m] of ours.meta) reference.flex.add({ id, ...fieldsOf({ ...m, text: ours.texts.get(m.text), phraseBody: ours.texts.get(m.phraseBody) }) });
    for (const [field, f] of reference.flex.index) {
      const g = ours.flex.index.get(field);
      expect(g?.map.size, field).toBe(f.map.size);
      expect(g?.ctx.size, field).toBe(f.ctx.size);
      expect([...(g?.reg ?? [])], field).toEqual([...f.reg]);
    }
    expect(await exported(ours.flex)).toEqual(await exported(reference.flex));
  }, 120_000);
});
