import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument, type VanbanServer } from '../src/server/index.js';
import { cli } from './helpers/cli-fixture.js';
import { serverCorpus, startServer } from './helpers/server-fixture.js';

/**
 * `vanban serve` over real HTTP on loopback: every endpoint answers exactly what the CLI's --json
 * prints for the same parameters on the same snapshot (one code path, src/answers), every answer
 * is valid against the OpenAPI document the server publishes, and every refusal is JSON
 * { error, message, details } with its status.
 */

let snap = '';
let docs = '';
let dir = '';
let server: VanbanServer;
let base = '';
let openapi: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>>; components: { schemas: Record<string, object> } };
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validators = new Map<string, ValidateFunction>();

/** The validator of the 200 (or other) answer of a route, from the published OpenAPI document. */
function validatorFor(route: string, method: string, status: number): ValidateFunction {
  const key = `${method} ${route} ${status}`;
  const seen = validators.get(key);
  if (seen) return seen;
  const schema = openapi.paths[route]?.[method]?.responses[String(status)]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`the OpenAPI document describes no JSON ${status} answer of ${method} ${route}`);
  const name = schema.$ref?.replace('#/components/schemas/', '');
  const validate = ajv.compile(name ? (openapi.components.schemas[name] as object) : schema);
  validators.set(key, validate);
  return validate;
}

/** Fetch, and check the body against the OpenAPI schema of its route and status. */
async function call(route: string, url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const res = await fetch(base + url, init);
  const body = (await res.json()) as unknown;
  const validate = validatorFor(route, (init.method ?? 'get').toLowerCase(), res.status);
  expect(validate(body), `${url} ${res.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  return { status: res.status, body };
}

/** The CLI's --json answer for the same question. */
async function cliJson(...argv: string[]): Promise<unknown> {
  const r = await cli(...argv, '--snapshot', snap, '--json');
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as unknown;
}

const q = (params: Record<string, string>): string => new URLSearchParams(params).toString();
const doc = (id: string): string => `/api/documents/${encodeURIComponent(id)}`;

beforeAll(async () => {
  ({ snap, docs, dir } = await serverCorpus());
  ({ server, base } = await startServer(snap));
  openapi = (await (await fetch(`${base}/api/openapi.json`)).json()) as typeof openapi;
});
afterAll(async () => {
  await server.app.close();
});

describe('the JSON API answers what the CLI --json prints', () => {
  const ROOT = 'dang:18-NQ/TW#XII';
  const SEARCHES: Array<[string, string[], Record<string, string>]> = [
    ['words without diacritics', ['ke hoach'], { q: 'ke hoach' }],
    ['a reference, with filters and paging', ['18-NQ/TW', '--type', 'ke hoach', '--level', 'province,district', '--year', '2018-2019', '--limit', '2', '--offset', '1'], { q: '18-NQ/TW', type: 'ke hoach', level: 'province,district', year: '2018-2019', limit: '2', offset: '1' }],
    ['a place and its units, a family, an issuer', ['ke hoach', '--place', 'Hà Tĩnh', '--family', 'state-admin', '--issuer', 'uy ban nhan dan'], { q: 'ke hoach', place: 'Hà Tĩnh', family: 'state-admin', issuer: 'uy ban nhan dan' }],
    ['a relation to a document', ['ke hoach', '--related', 'implements:18-NQ/TW'], { q: 'ke hoach', related: 'implements:18-NQ/TW' }],
  ];
  for (const [name, argv, params] of SEARCHES) {
    it(`search: ${name}`, async () => {
      const http = await call('/api/search', `/api/search?${q(params)}`);
      expect(http.status).toBe(200);
      expect(http.body).toEqual(await cliJson('search', ...argv));
      expect((http.body as { total: number }).total).toBeGreaterThan(0);
    });
  }

  it('trace, by citation text and with --at', async () => {
    const http = await call('/api/trace', `/api/trace?${q({ ref: 'Nghị quyết số 18-NQ/TW' })}`);
    expect(http.status).toBe(200);
    expect(http.body).toEqual(await cliJson('trace', 'Nghị quyết số 18-NQ/TW'));
    expect((http.body as { implementers: { total: number } }).implementers.total).toBeGreaterThanOrEqual(3);
    const at = await call('/api/trace', `/api/trace?${q({ ref: 'vn:55/2023/NĐ-CP', at: '2024-01-01' })}`);
    expect(at.body).toEqual(await cliJson('trace', 'vn:55/2023/NĐ-CP', '--at', '2024-01-01'));
  });

  it('trace pages its implementers: the pages put together are the whole list, the total and the counts are over all of them', async () => {
    type Trace = { implementers: { total: number; offset: number; limit: number; items: Array<{ id: string; level: string | null; place: string | null }> }; byLevelAndPlace: Record<string, Record<string, number>> };
    const whole = (await call('/api/trace', `/api/trace?${q({ ref: ROOT, limit: '10000' })}`)).body as Trace;
    const total = whole.implementers.total;
    expect(total).toBeGreaterThan(5);
    expect(whole.implementers.items).toHaveLength(total);
    // the counts by level and place are the whole list's
    const counted: Record<string, Record<string, number>> = {};
    for (const i of whole.implementers.items) {
      const place = i.place ?? (i.level === 'central' ? 'central' : 'unknown');
      const byPlace = (counted[i.level ?? 'unknown'] ??= {});
      byPlace[place] = (byPlace[place] ?? 0) + 1;
    }
    expect(whole.byLevelAndPlace).toEqual(counted);
    const pages: Trace[] = [];
    for (let offset = 0; offset < total + 2; offset += 2) {
      const page = await call('/api/trace', `/api/trace?${q({ ref: ROOT, limit: '2', offset: String(offset) })}`);
      expect(page.status).toBe(200);
      pages.push(page.body as Trace);
    }
    expect(pages.flatMap((p) => p.implementers.items)).toEqual(whole.implementers.items);
    for (const [k, p] of pages.entries()) {
      expect(p.implementers).toMatchObject({ total, offset: 2 * k, limit: 2 });
      expect(p.byLevelAndPlace).toEqual(whole.byLevelAndPlace);
    }
    // past the last: no item, the same total
    expect((pages.at(-1) as Trace).implementers.items.length).toBeLessThan(2);
    // the CLI pages the same way
    expect((await call('/api/trace', `/api/trace?${q({ ref: ROOT, limit: '3', offset: '2' })}`)).body).toEqual(await cliJson('trace', ROOT, '--limit', '3', '--offset', '2'));
    // without limit, the first 100
    expect(((await call('/api/trace', `/api/trace?${q({ ref: ROOT })}`)).body as Trace).implementers).toMatchObject({ offset: 0, limit: 100 });
  });

  it('coverage, by province and by district within a province', async () => {
    const http = await call('/api/coverage', `/api/coverage?${q({ ref: '18-NQ/TW' })}`);
    expect(http.body).toEqual(await cliJson('coverage', '18-NQ/TW'));
    expect((http.body as { covered: number }).covered).toBeGreaterThanOrEqual(2);
    const districts = await call('/api/coverage', `/api/coverage?${q({ ref: '18-NQ/TW', level: 'district', within: 'Hà Tĩnh' })}`);
    expect(districts.body).toEqual(await cliJson('coverage', '18-NQ/TW', '--level', 'district', '--within', 'Hà Tĩnh'));
    const current = await call('/api/coverage', `/api/coverage?${q({ ref: '18-NQ/TW', current: 'true' })}`);
    expect(current.body).toEqual(await cliJson('coverage', '18-NQ/TW', '--current'));
  });

  it('cites and path', async () => {
    const cites = await call('/api/cites', `/api/cites?${q({ ref: '18-NQ/TW' })}`);
    expect(cites.body).toEqual(await cliJson('cites', '18-NQ/TW'));
    expect((cites.body as { id: string }).id).toBe(ROOT);
    const path = await call('/api/path', `/api/path?${q({ from: '45/KH-UBND', to: '18-NQ/TW' })}`);
    expect(path.body).toEqual(await cliJson('path', '45/KH-UBND', '18-NQ/TW'));
    expect((path.body as { steps: unknown[] }).steps).toHaveLength(2);
  });

  it('missing, rank and check, with and without a limit', async () => {
    expect((await call('/api/missing', '/api/missing')).body).toEqual(await cliJson('missing'));
    expect((await call('/api/missing', '/api/missing?limit=2')).body).toEqual(await cliJson('missing', '--limit', '2'));
    expect((await call('/api/rank', '/api/rank')).body).toEqual(await cliJson('rank'));
    expect((await call('/api/rank', '/api/rank?limit=3')).body).toEqual(await cliJson('rank', '--limit', '3'));
    const check = await call('/api/check', '/api/check');
    expect(check.body).toEqual(await cliJson('check'));
  });

  it('a document: its file as `read --json` reads it, its node as `trace` shows it, its edges both ways', async () => {
    const http = await call('/api/documents/{id}', doc('vn:55/2023/NĐ-CP'));
    expect(http.status).toBe(200);
    const body = http.body as { id: string; path: string; node: unknown; document: Record<string, unknown>; outgoing: Array<{ id: string; relation: string }>; incoming: unknown[] };
    const read = await cli('read', body.path, '--json');
    expect(read.code, read.err).toBe(0);
    const { text: _text, ...withoutText } = JSON.parse(read.out) as Record<string, unknown>;
    expect(body.document).toEqual(withoutText);
    expect((body.document.sections as unknown[]).length).toBeGreaterThan(3);
    expect(body.node).toEqual(((await cliJson('trace', 'vn:55/2023/NĐ-CP')) as { node: unknown }).node);
    // the decree rests on the Labour Code: an edge out of it
    expect(body.outgoing.some((e) => e.id === 'vn:45/2019/QH14')).toBe(true);
    const province = (await call('/api/documents/{id}', doc('vn:191/KH-UBND@tinh-ha-tinh#2018'))).body as { incoming: Array<{ id: string; relation: string }>; outgoing: Array<{ id: string; relation: string }> };
    expect(province.incoming).toContainEqual(expect.objectContaining({ id: 'vn:45/KH-UBND@tinh-ha-tinh.huyen-can-loc#2018', relation: 'implements' }));
    expect(province.outgoing).toContainEqual(expect.objectContaining({ id: ROOT, relation: 'implements' }));
  });

  it('a document cited but not in the corpus has its node and edges, no file; its text is 404', async () => {
    const http = await call('/api/documents/{id}', doc(ROOT));
    expect(http.body).toMatchObject({ id: ROOT, path: null, document: null });
    const text = await fetch(base + doc(ROOT) + '/text');
    expect(text.status).toBe(404);
  });

  it("a document's text is the text every offset points into", async () => {
    const res = await fetch(base + doc('vn:55/2023/NĐ-CP') + '/text');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/);
    const text = await res.text();
    const read = JSON.parse((await cli('read', join(docs, 'nghi-dinh-55-2023-ND-CP.txt'), '--json')).out) as { text: string; citations: Array<{ start: number; end: number; text: string }> };
    expect(text).toBe(read.text);
    for (const c of read.citations) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('a file changed on disk is read again, not answered from memory', async () => {
    const id = 'vn:45/KH-UBND@tinh-ha-tinh.huyen-can-loc#2018';
    const file = join(docs, 'can-loc.txt');
    const before = readFileSync(file, 'utf8');
    expect(await (await fetch(base + doc(id) + '/text')).text()).toBe(before);
    try {
      writeFileSync(file, before + 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n');
      expect(await (await fetch(base + doc(id) + '/text')).text()).toBe(readFileSync(file, 'utf8'));
      const answer = (await call('/api/documents/{id}', doc(id))).body as { document: { citations: Array<{ text: string }> } };
      expect(answer.document.citations.map((c) => c.text)).toContain('Luật Tổ chức chính quyền địa phương');
    } finally {
      writeFileSync(file, before);
    }
  });

  it('extract: a text in JSON with its context, as `extract <file> --province --date --json`', async () => {
    const text = 'Thực hiện Kế hoạch số 191/KH-UBND ngày 03/6/2022 của UBND tỉnh về thực hiện Nghị quyết số 18-NQ/TW; căn cứ Luật Tiếp công dân,';
    const file = join(dir, 'extract.txt');
    writeFileSync(file, text);
    const r = await cli('extract', file, '--province', 'Hà Tĩnh', '--date', '2022-07-01', '--json');
    expect(r.code, r.err).toBe(0);
    const [want] = JSON.parse(r.out) as Array<{ file: string; citations: unknown[] }>;
    const http = await call('/api/extract', '/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, province: 'Hà Tĩnh', date: '2022-07-01' }) });
    expect(http.status).toBe(200);
    expect(http.body).toEqual([{ file: '-', citations: want?.citations }]);
    expect((http.body as Array<{ citations: Array<{ id: string }> }>)[0]?.citations[0]?.id).toBe('vn:191/KH-UBND@tinh-ha-tinh#2022');
    // the same text as text/plain, its context in the query string
    const plain = await call('/api/extract', `/api/extract?${q({ province: 'Hà Tĩnh', date: '2022-07-01' })}`, { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text });
    expect(plain.body).toEqual(http.body);
  });

  it('extract: a file upload (multipart), named as uploaded, read by its extension', async () => {
    const path = join(docs, 'nghi-dinh-55-2023-ND-CP.txt');
    const r = await cli('extract', path, '--json');
    expect(r.code, r.err).toBe(0);
    const want = JSON.parse(r.out) as Array<{ citations: unknown[] }>;
    const form = new FormData();
    form.append('file', new Blob([readFileSync(path)]), 'nghi-dinh-55-2023-ND-CP.txt');
    const http = await call('/api/extract', '/api/extract', { method: 'POST', body: form });
    expect(http.status).toBe(200);
    expect(http.body).toEqual([{ file: 'nghi-dinh-55-2023-ND-CP.txt', citations: want[0]?.citations }]);
    expect(want[0]?.citations.length).toBeGreaterThan(5);
  });
});

describe('POST /api/annotate answers what `vanban annotate` prints', () => {
  const TEXT = 'Thực hiện Kế hoạch số 191/KH-UBND ngày 03/6/2022 của UBND tỉnh về thực hiện Nghị quyết số 18-NQ/TW <b>&</b>; căn cứ Luật Tiếp công dân,';

  it('a text, as Markdown and as HTML, with a link template and a context', async () => {
    const file = join(dir, 'annotate.txt');
    writeFileSync(file, TEXT);
    for (const [flag, format] of [['--md', 'markdown'], ['--html', 'html']] as const) {
      const r = await cli('annotate', file, flag, '--link', 'https://example.org/vb?id={id}', '--province', 'Hà Tĩnh', '--date', '2022-07-01');
      expect(r.code, r.err).toBe(0);
      const http = await call('/api/annotate', '/api/annotate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: TEXT, format, link: 'https://example.org/vb?id={id}', province: 'Hà Tĩnh', date: '2022-07-01' }) });
      expect(http.status).toBe(200);
      const body = http.body as { output: string; format: string; linked: number; citations: number };
      expect(body.output).toBe(r.out);
      expect(body).toMatchObject({ format, annotated: 'text' });
      expect(body.linked).toBe(body.citations);
      expect(body.output).toContain(`https://example.org/vb?id=${encodeURIComponent('vn:191/KH-UBND@tinh-ha-tinh#2022')}`);
    }
  });

  it('an HTML file uploaded is annotated in its own markup, as `vanban annotate page.html` does', async () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, `<!doctype html><html><body><h1>Kế hoạch</h1><p>${TEXT.replace('<b>&</b>', '<b>&amp;</b>')}</p></body></html>`);
    const r = await cli('annotate', file);
    expect(r.code, r.err).toBe(0);
    const form = new FormData();
    form.append('file', new Blob([readFileSync(file)]), 'page.html');
    const http = await call('/api/annotate', '/api/annotate', { method: 'POST', body: form });
    expect(http.status).toBe(200);
    expect((http.body as { output: string; annotated: string }).output).toBe(r.out);
    expect((http.body as { annotated: string }).annotated).toBe('markup');
  });

  it('refuses an unsafe link template, as the CLI does', async () => {
    const http = await call('/api/annotate', '/api/annotate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: TEXT, link: 'javascript:alert({id})' }) });
    expect(http).toMatchObject({ status: 400, body: { error: 'bad-parameter', details: { parameter: 'link' } } });
  });
});

describe('refusals are JSON with their status, and say what the CLI says', () => {
  it('400: a bad parameter, with the words of the CLI flag', async () => {
    const http = await call('/api/search', '/api/search?q=x&limit=abc');
    expect(http).toMatchObject({ status: 400, body: { error: 'bad-parameter', message: 'limit "abc": expected a whole number from 1 to 1000', details: { parameter: 'limit', value: 'abc' } } });
    const r = await cli('search', 'x', '--snapshot', snap, '--limit', 'abc');
    expect(r.err.trim()).toBe(`vanban search: --${(http.body as { message: string }).message}`);
    for (const [route, url, parameter] of [
      ['/api/search', '/api/search?limit=3', 'q'],
      ['/api/search', '/api/search?q=x&year=2020-2018', 'year'],
      ['/api/search', '/api/search?q=x&place=Atlantis', 'place'],
      ['/api/search', '/api/search?q=x&related=loves:18-NQ/TW', 'related'],
      ['/api/search', '/api/search?q=x&qq=y', 'qq'],
      ['/api/search', '/api/search?q=x&q=y', 'q'],
      ['/api/coverage', '/api/coverage?ref=18-NQ/TW&level=district&within=Atlantis', 'within'],
      ['/api/coverage', '/api/coverage?ref=18-NQ/TW&level=city', 'level'],
      ['/api/trace', '/api/trace?ref=18-NQ/TW&at=yesterday', 'at'],
      ['/api/trace', '/api/trace', 'ref'],
      ['/api/trace', '/api/trace?ref=18-NQ/TW&limit=x', 'limit'],
      ['/api/trace', '/api/trace?ref=18-NQ/TW&offset=1.5', 'offset'],
      ['/api/rank', '/api/rank?limit=0', 'limit'],
    ] as const) {
      const res = await call(route, url);
      expect(res.status, url).toBe(400);
      expect(res.body, url).toMatchObject({ error: 'bad-parameter', details: { parameter } });
    }
  });

  it('400: a trace limit of 0, 10 001 or -1, or a negative offset, in the words of the CLI (which exits 2)', async () => {
    for (const [name, value] of [['limit', '0'], ['limit', '10001'], ['limit', '-1'], ['offset', '-1']] as const) {
      const http = await call('/api/trace', `/api/trace?${q({ ref: '18-NQ/TW', [name]: value })}`);
      const accepted = name === 'limit' ? 'a whole number from 1 to 10000' : 'a whole number from 0 to 1000000';
      expect(http, `${name}=${value}`).toMatchObject({ status: 400, body: { error: 'bad-parameter', message: `${name} "${value}": expected ${accepted}`, details: { parameter: name, value } } });
      // "--limit=-1": commander reads a lone "-1" as an option
      const r = await cli('trace', '18-NQ/TW', '--snapshot', snap, `--${name}=${value}`);
      expect(r.code, `--${name}=${value}`).toBe(2);
      expect(r.err.trim()).toBe(`vanban trace: --${(http.body as { message: string }).message}`);
    }
  });

  it('404: an unknown id or reference; 409: an ambiguous reference, with the candidates', async () => {
    const unknown = await call('/api/documents/{id}', doc('vn:999/2099/NĐ-CP'));
    expect(unknown).toMatchObject({ status: 404, body: { error: 'not-found' } });
    const none = await call('/api/trace', `/api/trace?${q({ ref: 'Nghị định số 999/2099/NĐ-CP' })}`);
    expect(none).toMatchObject({ status: 404, body: { error: 'not-found', message: 'no document matches "Nghị định số 999/2099/NĐ-CP"' } });
    const ambiguous = await call('/api/trace', `/api/trace?${q({ ref: '178/KH-UBND' })}`);
    expect(ambiguous.status).toBe(409);
    const candidates = (ambiguous.body as { details: { candidates: string[] } }).details.candidates;
    expect(candidates.sort()).toEqual(['vn:178/KH-UBND@tinh-binh-dinh#2019', 'vn:178/KH-UBND@tinh-ha-tinh#2019']);
    // the CLI says the same, on one line, exit 1
    const r = await cli('trace', '178/KH-UBND', '--snapshot', snap);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(`vanban: ${(ambiguous.body as { message: string }).message}`);
  });

  it('413: a body over the limit; 415: a content type the API does not read; 400: bad JSON', async () => {
    const small = await startServer(snap, { limits: { bodyBytes: 1000, uploadBytes: 1000 } });
    try {
      const big = await fetch(`${small.base}/api/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(2000) }) });
      expect(big.status).toBe(413);
      expect(await big.json()).toMatchObject({ error: 'body-too-large' });
      const form = new FormData();
      form.append('file', new Blob(['y'.repeat(5000)]), 'big.txt');
      const upload = await fetch(`${small.base}/api/extract`, { method: 'POST', body: form });
      expect(upload.status).toBe(413);
      expect(await upload.json()).toMatchObject({ error: 'body-too-large' });
    } finally {
      await small.server.app.close();
    }
    const xml = await call('/api/extract', '/api/extract', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<a/>' });
    expect(xml).toMatchObject({ status: 415, body: { error: 'unsupported-media-type' } });
    const bad = await call('/api/extract', '/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' });
    expect(bad).toMatchObject({ status: 400, body: { error: 'bad-request' } });
    const array = await call('/api/extract', '/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '["text"]' });
    expect(array).toMatchObject({ status: 400, body: { error: 'bad-parameter' } });
    const place = await call('/api/extract', '/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x', province: 'Atlantis' }) });
    expect(place).toMatchObject({ status: 400, body: { error: 'bad-parameter', details: { parameter: 'province' } } });
  });

  it('500: an unexpected error says so without its stack, which goes to the server log', async () => {
    const logged: string[] = [];
    const broken = await startServer(null, { errorLog: (line) => logged.push(line) });
    try {
      // a store that fails as a bug would
      const boom = (): never => {
        throw new Error('boom in the graph');
      };
      await broken.server.setStore({ stats: async () => ({ documents: 0, nodes: 0, edges: 0, badFiles: 0, search: false }), node: boom, lookup: boom } as never);
      for (const url of ['/api/documents/x', '/documents/x']) {
        const res = await fetch(broken.base + url);
        expect(res.status, url).toBe(500);
        const body = await res.text();
        expect(body).not.toMatch(/boom|\bat .+:\d+:\d+/);
        if (url.startsWith('/api/')) expect(JSON.parse(body)).toEqual({ error: 'internal', message: 'an unexpected error; the server log says more', details: {} });
      }
      expect(logged).toHaveLength(2);
      expect(logged[0]).toMatch(/boom in the graph[\s\S]*\bat /);
    } finally {
      await broken.server.app.close();
    }
  });

  it('a query string that is not percent-encoded UTF-8 is 400, not a search for the bytes as typed', async () => {
    for (const bad of ['q=%FF', 'q=%C3%28', 'q=ti%E1%BA', 'q=100%']) {
      const res = await fetch(`${base}/api/search?${bad}`);
      expect(res.status, bad).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'bad-request' });
    }
  });
});

describe('the workspace pages, mounted on the same answers', () => {
  const page = async (url: string): Promise<{ status: number; html: string; headers: Headers }> => {
    const res = await fetch(base + url, { headers: { accept: 'text/html' } });
    return { status: res.status, html: await res.text(), headers: res.headers };
  };

  it('/ and /search: a form, then the hits of the same search the API answers; a refused filter is said above the form', async () => {
    const home = await page('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(home.html).toContain('<form class="search"');
    // a form sends its blank filters too: they are not refused
    const hits = await page('/search?q=ke+hoach&type=&level=&family=&place=&issuer=&year=&related=');
    expect(hits.status).toBe(200);
    const api = (await (await fetch(`${base}/api/search?q=ke+hoach`)).json()) as { total: number; hits: Array<{ id: string }> };
    expect(hits.html).toContain(`${api.total} documents`);
    for (const h of api.hits) expect(hits.html).toContain(`/documents/${encodeURIComponent(h.id)}`);
    const bad = await page('/search?q=x&year=abc');
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('year &quot;abc&quot;: expected a year or a range of years');
  });

  it('/documents/<id>: the text with its citations as links, the implementers of a resolution; an unknown id is a 404 page', async () => {
    const html = (id: string): string => `/documents/${encodeURIComponent(id)}`;
    const province = await page(html('vn:191/KH-UBND@tinh-ha-tinh#2018'));
    expect(province.status).toBe(200);
    expect(province.html).toContain(`href="/documents/${encodeURIComponent('dang:18-NQ/TW#XII')}"`);
    const root = await page(html('dang:18-NQ/TW#XII'));
    expect(root.status).toBe(200);
    expect(root.html).toContain('Cited, not in the corpus');
    expect(root.html).toContain(encodeURIComponent('vn:45/KH-UBND@tinh-ha-tinh.huyen-can-loc#2018'));
    // one page of the implementers at a time: a bad offset is the page's 400, one past the last a page without them
    expect((await page(`${html('dang:18-NQ/TW#XII')}?offset=x`)).status).toBe(400);
    const past = await page(`${html('dang:18-NQ/TW#XII')}?offset=100000`);
    expect(past.status).toBe(200);
    expect(past.html).toContain('none of');
    expect(past.html).toContain('rel="prev"');
    const none = await page(html('vn:999/2099/NĐ-CP'));
    expect(none.status).toBe(404);
    expect(none.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await page('/nowhere')).status).toBe(404);
  });

  it('/missing: the cited documents not in the corpus, as the API lists them', async () => {
    const missing = await page('/missing?limit=5');
    expect(missing.status).toBe(200);
    const api = (await (await fetch(`${base}/api/missing?limit=5`)).json()) as Array<{ id: string }>;
    for (const m of api) expect(missing.html).toContain(encodeURIComponent(m.id));
    expect((await page('/missing?limit=abc')).status).toBe(400);
  });
});

describe('health, readiness and the OpenAPI document', () => {
  it('listens before the corpus is loaded: /healthz 200, /readyz and the API 503, then ready', async () => {
    const early = await startServer(null);
    try {
      expect((await fetch(`${early.base}/healthz`)).status).toBe(200);
      const notYet = await fetch(`${early.base}/readyz`);
      expect(notYet.status).toBe(503);
      expect(await notYet.json()).toMatchObject({ error: 'unavailable', details: { status: 'loading' } });
      expect((await fetch(`${early.base}/api/rank`)).status).toBe(503);
      const { loadSnapshot } = await import('../src/graph/index.js');
      const { MemoryStore } = await import('../src/store/index.js');
      await early.server.setStore(new MemoryStore(await loadSnapshot(snap)));
      const ready = await fetch(`${early.base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', documents: 6, search: true });
      expect((await fetch(`${early.base}/api/rank`)).status).toBe(200);
    } finally {
      await early.server.app.close();
    }
  });

  it('is OpenAPI 3.1, describes every API route the server answers, and is what openApiDocument() writes', async () => {
    expect(openapi).toMatchObject({ openapi: '3.1.0' });
    const routes = server.app.printRoutes({ commonPrefix: false });
    for (const path of Object.keys(openapi.paths)) expect(routes, path).toContain(path.replace('{id}', ':id').split('/').pop());
    const { info: _a, ...published } = openapi as unknown as Record<string, unknown>;
    const { info: _b, ...written } = openApiDocument();
    expect(published).toEqual(written);
    // the search parameters as the schemas read them: a default, a pattern
    const search = openapi.paths['/api/search']?.get as unknown as { parameters: Array<{ name: string; required: boolean; schema: Record<string, unknown> }> };
    expect(search.parameters.find((p) => p.name === 'q')?.required).toBe(true);
    expect(search.parameters.find((p) => p.name === 'limit')?.schema).toMatchObject({ default: '10' });
  });
});
