import type { Element, Nodes, Root, Text } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import * as A from '../src/answers/index.js';
import { CoverageOutputSchema, MissingOutputSchema, SearchOutputSchema, TraceOutputSchema } from '../src/cli/output-schemas.js';
import { extractCitations } from '../src/cite/index.js';
import { Corpus } from '../src/graph/index.js';
import { MemoryStore } from '../src/store/index.js';
import { SearchIndex } from '../src/search/index.js';
import { documentHref, documentPage, errorPage, markSnippet, missingPage, searchPage, type DocumentPageData } from '../src/server/pages/index.js';

/**
 * The workspace's pages as a browser's parser reads them: a hostile value from a document (a title
 * with a script, quotes, control characters) is text, never markup; and each page has the parts
 * an analyst uses (form and facets, linked citations, the implementers tree, the coverage table).
 */

const parser = unified().use(rehypeParse, { fragment: false });
const parse = (html: string): Root => parser.parse(html) as Root;

function elements(root: Nodes, pred: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Nodes): void => {
    if (n.type === 'element') {
      if (pred(n as Element)) out.push(n as Element);
      for (const c of (n as Element).children) walk(c as Nodes);
    } else if (n.type === 'root') for (const c of (n as Root).children) walk(c as Nodes);
  };
  walk(root);
  return out;
}

function textOf(n: Nodes): string {
  if (n.type === 'text') return (n as Text).value;
  if (n.type === 'element' || n.type === 'root') return (n as Element).children.map((c) => textOf(c as Nodes)).join('');
  return '';
}

/** What an injected value would have made: an event handler, an element the page does not write (scripts are collected in `scripts`). */
function injected(html: string, scripts: string[] = []): string[] {
  const root = parse(html);
  const bad: string[] = [];
  for (const e of elements(root, () => true)) {
    if (e.tagName === 'script') {
      scripts.push(textOf(e));
      continue;
    }
    // the page's own: its meta lines and the drawing's svg
    const own = (e.tagName === 'meta' && (e.properties.charSet || e.properties.name === 'viewport')) || (e.tagName === 'svg' && e.properties.id === 'tree-svg');
    if (['img', 'iframe', 'object', 'embed', 'svg', 'math', 'base', 'meta'].includes(e.tagName) && !own) bad.push(e.tagName);
    for (const k of Object.keys(e.properties ?? {})) if (/^on/i.test(k)) bad.push(`${e.tagName}[${k}]`);
    const href = e.properties?.href;
    if (typeof href === 'string' && /^\s*javascript:/i.test(href)) bad.push(`href ${href}`);
  }
  return bad;
}

const EVIL = `<script>alert("x")</script>"'><img src=x onerror=alert(1)>\u0007\u0000\uD800&amp;`;

const node = (over: Partial<DocumentPageData['node']> = {}): DocumentPageData['node'] => ({
  kind: 'document', path: `docs/${EVIL}.txt`, type: 'Kế hoạch', number: `12/KH-UBND${EVIL}`, date: '2020-03-23', title: `Thực hiện ${EVIL}`, issuer: EVIL, level: 'province', place: 'tinh-ha-tinh', family: 'state-admin',
  contextDependent: false, mentions: 1, names: [`Kế hoạch ${EVIL}`], effective: null, ...over,
});

describe('pages escape every value from a document', () => {
  const text = `KẾ HOẠCH\n${EVIL}\nThực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Luật Tiếp công dân ${EVIL}.\n`;
  const citations = extractCitations(text).map((c) => ({ ...c, id: `${c.id}"><script>alert(2)</script>`, zone: 'body' as const, sectionPath: [EVIL], source: { start: c.start, end: c.end } }));
  const identity = {
    id: EVIL, contextDependent: false, family: 'state-admin' as const, type: 'Kế hoạch', typeLine: EVIL, number: EVIL, numberWritten: EVIL, status: 'issued' as const,
    date: { iso: '2020-03-23', year: 2020, month: 3, day: 23 }, effective: null, place: { written: EVIL, slug: null, level: null, inferred: false, code: null, province: null, display: EVIL },
    issuer: { name: EVIL, parent: EVIL, source: 'header' as const, inferred: false }, level: 'province' as const, title: `Thực hiện ${EVIL}`, signer: { authority: EVIL, title: EVIL, name: EVIL }, recipients: [EVIL], warnings: [EVIL],
  };
  const answer = A.DocumentOutputSchema.parse({
    id: EVIL, path: EVIL, node: node(),
    document: { path: EVIL, format: 'txt', encoding: 'utf-8', bytes: 1, identity, parts: { issuer: null, number: null, placeDate: null, typeLine: null, title: null, signature: null, recipients: null }, sections: [], citations, selfReferences: [], warnings: [EVIL] },
    outgoing: citations.map((c) => ({ id: c.id, relation: c.relation, count: 1, asserted: true, assertedBy: EVIL, path: null, type: EVIL, date: EVIL, inCorpus: false })),
    incoming: [{ id: EVIL, relation: 'implements', count: 2, asserted: false, assertedBy: null, path: EVIL, type: EVIL, date: EVIL, inCorpus: true }],
  });
  const implementer = { id: EVIL, path: EVIL, type: EVIL, level: 'district', place: EVIL, date: EVIL, depth: 1, implements: EVIL, lagDays: 3, asserted: true };
  const trace = TraceOutputSchema.parse({
    id: EVIL, path: EVIL, node: node(), restsOn: { direct: [], upstream: [] }, implementers: { total: 2, offset: 0, limit: 100, items: [{ ...implementer, id: `${EVIL}1` }, { ...implementer, id: `${EVIL}2`, implements: `${EVIL}1` }] },
    byLevelAndPlace: { [EVIL]: { [EVIL]: 2 } }, amendments: { events: [{ by: EVIL, on: EVIL, relation: 'amends', whole: false, parts: [EVIL], kept: [EVIL], date: EVIL, asserted: true, statedBy: EVIL, evidence: [{ document: EVIL, path: EVIL, start: 0, end: 1, text: EVIL, sentence: `Căn cứ ${EVIL}` }] }], current: EVIL, repealed: false, status: 'unknown', at: null, endsEarlierIf: `Trường hợp ${EVIL}` },
  });
  const coverage = CoverageOutputSchema.parse({ root: EVIL, level: 'province', era: 'before-2025-07', at: EVIL, within: null, covered: 1, rows: [{ place: EVIL, name: EVIL, first: implementer, count: 1, via: [EVIL] }, { place: 'x', name: EVIL, first: null, count: 0, via: [] }], outside: [{ implementer, reason: EVIL }] });

  it('the document page: no script but the drawing\'s, no handler, no element of the values; the title and the text read back as written', () => {
    const html = documentPage({ answer, text, trace, coverage });
    const scripts: string[] = [];
    expect(injected(html, scripts)).toEqual([]);
    // the drawing's two scripts (d3, then the drawing), whose data reads back as the values, nothing else
    expect(scripts).toHaveLength(2);
    const data = /const data = (.*);\nconst svg/.exec(scripts[1] as string)?.[1] as string;
    expect(data).not.toMatch(/</);
    const drawn = JSON.parse(data) as { children: Array<{ id: string; children: Array<{ id: string }> }> };
    expect(drawn.children.map((c) => [c.id, c.children.map((x) => x.id)])).toEqual([[`${EVIL}1`, [`${EVIL}2`]]]);
    const root = parse(html);
    // the values come back as text, lone surrogate made U+FFFD, NUL made U+FFFD by the parser
    const shown = EVIL.replace('\uD800', '\uFFFD').replace('\u0000', '\uFFFD');
    expect(textOf(elements(root, (e) => e.tagName === 'h1')[0] as Element)).toBe(`Kế hoạch 12/KH-UBND${shown}`);
    // an unknown status with the clause of its own text that is the reason
    expect(textOf(root)).toContain(`unknown (its own text ends it, or parts of it, on an act no text names: Trường hợp ${shown})`);
    // an amendment with the document that states it and the sentence that says it, as written
    expect(textOf(root)).toContain(`stated by ${shown}“Căn cứ ${shown}”`);
    expect(textOf(elements(root, (e) => e.tagName === 'title')[0] as Element)).toBe(`Kế hoạch 12/KH-UBND${shown} · vanban`);
    // the text as written (annotate keeps a lone surrogate; the parser reads NUL and it as U+FFFD once sent as UTF-8)
    const pre = elements(root, (e) => e.tagName === 'pre')[0] as Element;
    expect(textOf(pre)).toBe(text.replaceAll('\u0000', '\uFFFD'));
    // every citation a link to its page, the id encoded whole
    const links = elements(pre, (e) => e.tagName === 'a');
    expect(links.map((a) => a.properties.href)).toEqual(citations.map((c) => documentHref(c.id)));
    expect(links.every((a) => String(a.properties.title).includes('cited, not in the corpus'))).toBe(true);
  });

  it('a later page of implementers: a document whose parent is on an earlier page names it, the page links escaped', () => {
    const later = TraceOutputSchema.parse({ ...trace, implementers: { total: 3, offset: 1, limit: 1, items: [{ ...implementer, id: `${EVIL}2`, depth: 2, implements: `${EVIL}1` }] } });
    const html = documentPage({ answer, text, trace: later, coverage });
    expect(injected(html)).toEqual([]);
    const root = parse(html);
    const tree = elements(root, (e) => e.tagName === 'ul' && String(e.properties.className).includes('tree'))[0] as Element;
    const item = elements(tree, (e) => e.tagName === 'li' && typeof e.properties.dataId === 'string');
    expect(item).toHaveLength(1);
    expect(elements(item[0] as Element, (e) => e.tagName === 'a').map((a) => a.properties.href)).toEqual([documentHref(`${EVIL}2`), documentHref(`${EVIL}1`)]);
    const rel = (r: string): string[] => elements(root, (e) => e.tagName === 'a' && String(e.properties.rel) === r).map((a) => String(a.properties.href));
    expect(new Set(rel('prev'))).toEqual(new Set([`${documentHref(EVIL.replace('\uD800', '\uFFFD'))}#implementers`]));
    expect(new Set(rel('next'))).toEqual(new Set([`${documentHref(EVIL.replace('\uD800', '\uFFFD'))}?offset=2#implementers`]));
  });

  it('the search, missing and error pages', () => {
    const search = SearchOutputSchema.parse({
      query: EVIL, total: 1, facets: { type: { [EVIL]: 1 }, year: { [EVIL]: 1 }, level: {}, family: {} }, explanation: { citations: [EVIL], terms: [], filters: {} },
      hits: [{ id: EVIL, path: EVIL, type: EVIL, number: EVIL, date: EVIL, title: EVIL, score: 1, matchedBy: 'citing', relation: `${EVIL}`, snippets: [{ text: EVIL, start: 0, end: EVIL.length, highlights: [{ start: 0, end: 8 }] }] }],
    });
    const pages = [
      searchPage({ params: { q: EVIL, type: EVIL, level: EVIL, place: EVIL, offset: '0', limit: '1' }, answer: search, error: EVIL }),
      missingPage(MissingOutputSchema.parse([{ id: EVIL, type: EVIL, names: [EVIL], citedBy: Array.from({ length: 7 }, () => ({ id: EVIL, path: EVIL })), mentions: 3 }]), 1),
      errorPage(404, EVIL, EVIL),
    ];
    for (const html of pages) {
      const scripts: string[] = [];
      expect(injected(html, scripts)).toEqual([]);
      expect(scripts).toEqual([]);
      expect(html).not.toContain('<script');
      expect(html).not.toContain('\u0007');
    }
    // the query is given back in the search box as typed
    const q = elements(parse(pages[0] as string), (e) => e.tagName === 'input' && e.properties.name === 'q');
    expect(q.map((e) => e.properties.value)).toEqual([EVIL.replace('\uD800', '\uFFFD').replace('\u0000', '\uFFFD'), EVIL.replace('\uD800', '\uFFFD').replace('\u0000', '\uFFFD')]);
  });
});

describe('pages on the demo corpus', () => {
  let corpus: Corpus;
  let store: MemoryStore;
  beforeAll(async () => {
    corpus = await Corpus.fromFolder('corpus', { searchIndex: new SearchIndex() });
    store = new MemoryStore(corpus);
  }, 60_000);

  it('search: the form keeps the filters, facets set one, hits link to their pages, every highlight is marked', async () => {
    const params = { q: 'tinh gon bo may', level: 'province' };
    const answer = await A.searchAnswer(store, A.parseParams(A.SearchParamsSchema, params));
    expect(answer.hits.length).toBeGreaterThan(0);
    const root = parse(searchPage({ params, answer }));
    const level = elements(root, (e) => e.tagName === 'select' && e.properties.name === 'level')[0] as Element;
    expect(elements(level, (e) => e.tagName === 'option' && e.properties.selected === true).map((e) => e.properties.value)).toEqual(['province']);
    const typeFacet = elements(root, (e) => e.tagName === 'ul' && e.properties.dataFacet === 'type')[0] as Element;
    const facetLinks = elements(typeFacet, (e) => e.tagName === 'a');
    expect(facetLinks.length).toBe(Object.values(answer.facets.type).filter((n) => n > 0).length);
    for (const a of facetLinks) {
      const u = new URL(String(a.properties.href), 'http://x');
      expect(u.pathname).toBe('/search');
      expect(u.searchParams.get('type')).toBe(textOf(a));
      expect(u.searchParams.get('q')).toBe('tinh gon bo may');
      expect(u.searchParams.get('level')).toBe('province');
    }
    const hits = elements(root, (e) => e.tagName === 'li' && String(e.properties.className).includes('hit'));
    expect(hits.map((h) => elements(h, (e) => e.tagName === 'a')[0]?.properties.href)).toEqual(answer.hits.map((h) => documentHref(h.id)));
    const marks = elements(root, (e) => e.tagName === 'mark').length;
    expect(marks).toBe(answer.hits.flatMap((h) => h.snippets).reduce((s, x) => s + x.highlights.length, 0));
  });

  it('a document: identity, its text with every citation a link (relation on hover), what it cites and who cites it', async () => {
    const id = corpus.graph.filterNodes((_k, a) => a.kind === 'document' && (a.path ?? '').includes('001_a40549c8c1018447'))[0] as string;
    const answer = await A.documentAnswer(store, { id });
    const text = await A.documentText(store, { id });
    const html = documentPage({ answer, text, trace: await A.traceAnswer(store, { ref: id }), coverage: null });
    const root = parse(html);
    const pre = elements(root, (e) => e.tagName === 'pre')[0] as Element;
    expect(textOf(pre)).toBe(text);
    const links = elements(pre, (e) => e.tagName === 'a');
    const cites = answer.document?.citations ?? [];
    expect(links.length).toBe(cites.length);
    links.forEach((a, k) => {
      const c = cites[k] as (typeof cites)[number];
      expect(a.properties.href).toBe(documentHref(c.id));
      expect(a.properties.dataRelation).toBe(c.relation);
      expect(String(a.properties.title)).toContain(c.relation);
      expect(textOf(a)).toBe(c.text);
    });
    expect(elements(root, (e) => e.tagName === 'dt').map(textOf)).toEqual(expect.arrayContaining(['id', 'type', 'number', 'date', 'issuer', 'place']));
    // the contents: each entry leads to an anchor in the text, where its section starts
    const contents = elements(root, (e) => e.tagName === 'ul' && String(e.properties.className).includes('contents'))[0] as Element;
    const entries = elements(contents, (e) => e.tagName === 'a');
    expect(entries.length).toBeGreaterThan(1);
    const anchors = elements(pre, (e) => e.tagName === 'span' && typeof e.properties.id === 'string');
    expect(entries.map((e) => e.properties.href)).toEqual(anchors.map((s) => `#${String(s.properties.id)}`));
    // each anchor stands where its section starts: the text before it is the document's text up to the section
    const at = new Map<string, number>();
    let offset = 0;
    const walk = (n: Nodes): void => {
      if (n.type === 'text') offset += (n as Text).value.length;
      else if (n.type === 'element') {
        const el = n as Element;
        if (el.tagName === 'span' && typeof el.properties.id === 'string') at.set(el.properties.id, offset);
        for (const c of el.children) walk(c as Nodes);
      }
    };
    for (const c of pre.children) walk(c as Nodes);
    const sections = answer.document?.sections ?? [];
    for (const a of anchors) {
      const id = String(a.properties.id);
      expect(at.get(id)).toBe(sections[Number(id.replace('sec-', ''))]?.start);
    }
    expect(html).toContain(`Cites (${answer.outgoing.length})`);
  });

  it('a central document known only from citations: the notice, no text, the implementers tree by implements, the coverage table', async () => {
    const id = await A.resolveRef(store, 'Quyết định số 99-QĐ/TW');
    const answer = await A.documentAnswer(store, { id });
    const trace = await A.traceAnswer(store, { ref: id });
    const coverage = await A.coverageAnswer(store, A.parseParams(A.CoverageParamsSchema, { ref: id }));
    expect(trace.implementers.total).toBeGreaterThan(0);
    expect(trace.implementers.items).toHaveLength(trace.implementers.total);
    const root = parse(documentPage({ answer, text: null, trace, coverage }));
    expect(textOf(root)).toContain('Cited, not in the corpus');
    expect(elements(root, (e) => e.tagName === 'pre')).toEqual([]);
    // each implementer sits in the tree under the document it implements
    const tree = elements(root, (e) => e.tagName === 'ul' && String(e.properties.className).includes('tree'))[0] as Element;
    const items = elements(tree, (e) => e.tagName === 'li' && typeof e.properties.dataId === 'string');
    expect(items.map((e) => e.properties.dataId).sort()).toEqual(trace.implementers.items.map((i) => i.id).sort());
    for (const item of items) {
      const parent = elements(tree, (e) => e.tagName === 'li' && elements(e, (x) => x === item).length > 0 && e !== item).pop();
      const implementsId = trace.implementers.items.find((i) => i.id === item.properties.dataId)?.implements;
      expect(parent?.properties.dataId ?? id).toBe(implementsId);
    }
    expect(textOf(tree)).toContain('Quảng Ngãi');
    // the counts by place, of all the implementers, named
    const byPlace = elements(root, (e) => e.tagName === 'details' && String(e.properties.className).includes('place-counts'))[0] as Element;
    const levels = elements(byPlace, (e) => e.tagName === 'li').map(textOf);
    expect(levels).toHaveLength(Object.keys(trace.byLevelAndPlace).length);
    expect(levels.join('\n')).toContain(`Quảng Ngãi ${trace.byLevelAndPlace.province?.['tinh-quang-ngai']}`);
    const rows = elements(root, (e) => e.tagName === 'tbody')[0] as Element;
    expect(elements(rows, (e) => e.tagName === 'tr').length).toBe(coverage.covered);
    expect(textOf(root)).toContain(`${coverage.rows.length - coverage.covered} provinces with no implementing document yet`);
  });

  it('the implementers a page at a time: the pages list the whole tree once, each says the total and links to the others', async () => {
    const id = await A.resolveRef(store, '18-NQ/TW');
    const answer = await A.documentAnswer(store, { id });
    const all = await A.traceAnswer(store, { ref: id, limit: 10_000 });
    expect(all.implementers.total).toBeGreaterThan(2);
    const listed: string[] = [];
    for (let offset = 0; offset < all.implementers.total; offset += 2) {
      const trace = await A.traceAnswer(store, { ref: id, limit: 2, offset });
      const root = parse(documentPage({ answer, text: null, trace, coverage: null }));
      expect(textOf(elements(root, (e) => e.tagName === 'h2')[0] as Element)).toBe(`Implemented by ${all.implementers.total} documents`);
      const tree = elements(root, (e) => e.tagName === 'ul' && String(e.properties.className).includes('tree'))[0] as Element;
      listed.push(...elements(tree, (e) => e.tagName === 'li' && typeof e.properties.dataId === 'string').map((e) => String(e.properties.dataId)));
      const rel = (r: string): Set<string> => new Set(elements(root, (e) => e.tagName === 'a' && String(e.properties.rel) === r).map((a) => String(a.properties.href)));
      expect(rel('prev')).toEqual(new Set(offset === 0 ? [] : [`${documentHref(id)}${offset === 2 ? '' : `?offset=${offset - 2}`}#implementers`]));
      expect(rel('next')).toEqual(new Set(offset + 2 >= all.implementers.total ? [] : [`${documentHref(id)}?offset=${offset + 2}#implementers`]));
    }
    expect(listed.sort()).toEqual(all.implementers.items.map((i) => i.id).sort());
  });

  it('missing documents: one row each, linked to its page', async () => {
    const answer = await A.missingAnswer(store, { limit: 30 });
    const root = parse(missingPage(answer, 30));
    const rows = elements(elements(root, (e) => e.tagName === 'tbody')[0] as Element, (e) => e.tagName === 'tr');
    expect(rows.length).toBe(answer.length);
    expect(rows.map((r) => elements(r, (e) => e.tagName === 'a')[0]?.properties.href)).toEqual(answer.map((m) => documentHref(m.id)));
  });
});

describe('markSnippet', () => {
  it('marks the matched words where white space was collapsed before them', () => {
    // the document's text was "Căn cứ   Luật\r\n  Đất đai" at offset 100; the snippet collapses the runs
    const s = { text: 'Căn cứ Luật Đất đai', start: 100, end: 124, highlights: [{ start: 109, end: 113 }, { start: 117, end: 120 }] };
    expect(markSnippet(s)).toBe('… Căn cứ <mark>Luật</mark> <mark>Đất</mark> đai …');
    expect(markSnippet({ text: 'a <b> c', start: 0, end: 7, highlights: [{ start: 2, end: 5 }] })).toBe('a <mark>&lt;b&gt;</mark> c …');
  });
});
