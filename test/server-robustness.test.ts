import { request, Agent } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VanbanServer } from '../src/server/index.js';
import { serverCorpus, startServer } from './helpers/server-fixture.js';

/**
 * 1 000 malformed requests over real HTTP (bad parameters, huge queries, query strings that are
 * not UTF-8, path traversal, bad bodies and content types, unknown routes and methods, bytes that
 * are not HTTP): each gets a 4xx with a JSON { error, message, details } (a workspace page's path:
 * an error page) and no stack, and the
 * server answers real questions afterwards as before.
 */

let server: VanbanServer;
let base = '';
let port = 0;
const errors: string[] = [];

beforeAll(async () => {
  const { snap } = await serverCorpus();
  ({ server, base } = await startServer(snap, { limits: { bodyBytes: 64 * 1024, uploadBytes: 64 * 1024 }, errorLog: (line) => errors.push(line) }));
  port = Number(new URL(base).port);
});
afterAll(async () => {
  await server.app.close();
});

/** A small deterministic generator (mulberry32), so a failure names a request that can be sent again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Malformed {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const JUNK = ['-1', '0', 'abc', '1e3', '2.5', '99999999999', '', ' ', 'null', '[]', '{}', '%00', '1;DROP TABLE', '\u0000', '<script>', '18-NQ/TW', 'country', 'Atlantis', '2020-13-45', '20', '2020-2018', 'loves:18-NQ/TW', 'implements:', '../../etc/passwd', 'ü'.repeat(3)];
const enc = encodeURIComponent;

function malformed(rand: () => number): Malformed[] {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const out: Malformed[] = [];
  const params: Array<[string, string, string]> = [
    ['/api/search', 'q=x', 'limit'],
    ['/api/search', 'q=x', 'offset'],
    ['/api/search', 'q=x', 'year'],
    ['/api/search', 'q=x', 'type'],
    ['/api/search', 'q=x', 'level'],
    ['/api/search', 'q=x', 'family'],
    ['/api/search', 'q=x', 'place'],
    ['/api/search', 'q=x', 'related'],
    ['/api/rank', '', 'limit'],
    ['/api/missing', '', 'limit'],
    ['/api/coverage', 'ref=18-NQ/TW', 'level'],
    ['/api/coverage', 'ref=18-NQ/TW', 'at'],
    ['/api/trace', 'ref=18-NQ/TW', 'at'],
  ];
  // values every schema refuses for that parameter
  const refused: Record<string, string[]> = {
    limit: ['-1', '0', 'abc', '1e3', '2.5', '99999999999', '', 'null'],
    offset: ['-1', 'abc', '2.5', '99999999999', 'null'],
    year: ['abc', '20', '2020-2018', '2020-', '', '1e3'],
    type: ['Foo', '', ',', 'Sonnet,KH'],
    level: ['country', '', 'city', 'province;'],
    family: ['church', '', 'party,x'],
    place: ['Atlantis', 'Châu Thành', '', '../../etc/passwd'],
    related: ['loves:18-NQ/TW', 'implements:', '18-NQ/TW', 'implements:nothing at all'],
    at: ['yesterday', '2020-13-45', '2021-02-29', '20'],
  };
  for (let i = 0; i < 400; i++) {
    const [route, fixed, name] = pick(params);
    const value = route === '/api/coverage' && name === 'level' ? pick(['city', 'country', '', 'PROVINCE']) : pick(refused[name] ?? JUNK);
    out.push({ method: 'GET', path: `${route}?${fixed ? fixed + '&' : ''}${name}=${enc(value)}` });
  }
  for (let i = 0; i < 80; i++) {
    // unknown parameters, a parameter twice, a missing required one
    const kind = i % 4;
    if (kind === 0) out.push({ method: 'GET', path: `/api/search?q=x&${enc(pick(JUNK) || 'z')}x=1` });
    else if (kind === 1) out.push({ method: 'GET', path: `/api/search?q=x&q=${enc(pick(JUNK))}` });
    else if (kind === 2) out.push({ method: 'GET', path: `/api/trace?at=2020-01-01` });
    else out.push({ method: 'GET', path: `/api/path?from=${enc('18-NQ/TW')}` });
  }
  for (let i = 0; i < 60; i++) {
    // huge queries: over the parameter's length, over the URL limit, over the header limit
    const n = [1500, 5000, 20_000][i % 3] as number;
    out.push({ method: 'GET', path: `/api/search?q=${'a'.repeat(n)}` });
  }
  for (let i = 0; i < 120; i++) {
    // query strings that are not percent-encoded UTF-8
    const bad = pick(['%FF', '%C3%28', '%E1%BA', '%', '%G0', '%ED%A0%80', '%F8%88%80%80%80', 'a%2', '%C0%AF']);
    out.push({ method: 'GET', path: `/api/search?q=tinh${bad}` });
  }
  for (let i = 0; i < 120; i++) {
    // path traversal and ids that are no id
    const p = pick([
      '/api/documents/..%2F..%2Fetc%2Fpasswd',
      '/api/documents/..%2F..%2Fetc%2Fpasswd/text',
      '/api/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd/text',
      '/api/documents/..%5C..%5Cwindows%5Cwin.ini/text',
      '/api/documents/file%3A%2Fetc%2Fpasswd/text',
      '/api/documents/file%3A..%2F..%2Fetc%2Fpasswd',
      '/api/documents/..%252F..%252Fetc%252Fpasswd',
      '/api/documents/%00',
      '/api/documents/%FF%FE',
      '/documents/..%2F..%2Fetc%2Fpasswd',
      '/api/documents/' + 'x'.repeat(1200),
      '/api/../../etc/passwd',
      '/api/documents/vn%3A999%2F2099%2FN%C4%90-CP',
    ]);
    out.push({ method: 'GET', path: p });
  }
  for (let i = 0; i < 160; i++) {
    // bodies: bad JSON, not an object, no text, unknown fields, wrong types, content types the API does not read, too large
    const body = pick([
      { headers: { 'content-type': 'application/json' }, body: '{"text": ' },
      { headers: { 'content-type': 'application/json' }, body: '["text"]' },
      { headers: { 'content-type': 'application/json' }, body: '42' },
      { headers: { 'content-type': 'application/json' }, body: 'null' },
      { headers: { 'content-type': 'application/json' }, body: '{}' },
      { headers: { 'content-type': 'application/json' }, body: '{"text": 5}' },
      { headers: { 'content-type': 'application/json' }, body: '{"text": "x", "evil": 1}' },
      { headers: { 'content-type': 'application/json' }, body: '{"text": "x", "province": "Atlantis"}' },
      { headers: { 'content-type': 'application/json' }, body: '{"text": "x", "date": "2020-13-45"}' },
      { headers: { 'content-type': 'application/json' }, body: '{"__proto__": {"polluted": 1}, "text": 1}' },
      { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(70 * 1024) }) },
      { headers: { 'content-type': 'application/xml' }, body: '<text>x</text>' },
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'text=x' },
      { headers: { 'content-type': 'multipart/form-data' }, body: '--x\r\n' },
      { headers: { 'content-type': 'multipart/form-data; boundary=b' }, body: '--b\r\nContent-Disposition: form-data; name="province"\r\n\r\nHà Tĩnh\r\n--b--\r\n' },
      { headers: { 'content-type': 'multipart/form-data; boundary=b' }, body: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b--\r\n' },
      { headers: { 'content-type': 'text/plain' }, body: Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00]) },
    ] as Array<{ headers: Record<string, string>; body: string | Buffer }>);
    out.push({ method: 'POST', path: '/api/extract', ...body });
  }
  for (let i = 0; i < 40; i++) {
    // routes and methods that do not exist
    out.push(pick([
      { method: 'DELETE', path: '/api/search?q=x' },
      { method: 'PUT', path: '/api/extract' },
      { method: 'POST', path: '/api/search?q=x' },
      { method: 'GET', path: '/api/extract' },
      { method: 'GET', path: '/etc/passwd' },
      { method: 'GET', path: '/api' },
    ]));
  }
  return out;
}

/** One request on the keep-alive agent: its status and body. */
function send(agent: Agent, m: Malformed): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const body = m.body === undefined ? undefined : typeof m.body === 'string' ? Buffer.from(m.body) : m.body;
    const req = request({ host: '127.0.0.1', port, method: m.method, path: m.path, agent, headers: { ...(m.headers ?? {}), ...(body ? { 'content-length': String(body.length) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Bytes written straight to the socket (what no HTTP client would send): the first line of the answer. */
function raw(bytes: Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    socket.on('data', (d) => (got += d.toString('latin1')));
    socket.on('close', () => resolve(got));
    socket.on('error', () => resolve(got));
    socket.end(bytes);
  });
}

describe('1 000 malformed requests', () => {
  it('each gets a 4xx JSON error without a stack, and the server keeps answering', async () => {
    const requests = malformed(random(20261202));
    const rawRequests = [
      Buffer.concat([Buffer.from('GET /api/search?q='), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')]),
      Buffer.from('GET /api/search?q=tinh gon HTTP/1.1\r\nHost: x\r\n\r\n'),
      Buffer.from('GARBAGE\r\n\r\n'),
      Buffer.from('GET / HTTP/9.9\r\n\r\n'),
      Buffer.from('POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n'),
    ];
    expect(requests.length + rawRequests.length * 4).toBe(1000);
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    const started = performance.now();
    const results: Array<{ m: Malformed; status: number; type: string; body: string }> = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < requests.length) {
          const m = requests[next++] as Malformed;
          results.push({ m, ...(await send(agent, m)) });
        }
      }),
    );
    const rawAnswers = await Promise.all(Array.from({ length: 4 }, () => rawRequests.map(raw)).flat());
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();

    const statuses = new Map<number, number>();
    for (const r of results) {
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      expect(r.status, `${r.m.method} ${r.m.path.slice(0, 120)}: ${r.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(r.status, `${r.m.method} ${r.m.path.slice(0, 120)} ${JSON.stringify(r.m.headers ?? {})}: ${r.body.slice(0, 200)} ${errors.join("\n").slice(0, 600)}`).toBeLessThan(500);
      if (r.m.path.startsWith('/documents/')) {
        // a workspace page's path: the refusal is a page, with the same status
        expect(r.type, r.m.path).toBe('text/html; charset=utf-8');
        expect(r.body).toMatch(/<title>4\d\d · vanban/);
      } else {
        const body = JSON.parse(r.body) as { error: string; message: string; details: object };
        expect(Object.keys(body).sort(), r.body).toEqual(['details', 'error', 'message']);
      }
      expect(r.body).not.toMatch(/\bat .+:\d+:\d+/);
    }
    for (const answer of rawAnswers) expect(answer).toMatch(/^HTTP\/1\.[01] 4\d\d /);
    // each kind of refusal was met: the mix is what the test says it is
    for (const status of [400, 404, 413, 414, 415]) expect(statuses.get(status), `status ${status}: ${JSON.stringify([...statuses])}`).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(seconds).toBeLessThan(30);
    console.log(`1000 malformed requests in ${seconds.toFixed(1)} s: ${[...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(', ')}; raw: ${rawAnswers.map((a) => a.slice(9, 12)).join(',')}`);

    // still answering, and still right
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const search = await fetch(`${base}/api/search?q=ke+hoach`);
    expect(search.status).toBe(200);
    expect(((await search.json()) as { total: number }).total).toBeGreaterThan(0);
    const trace = await fetch(`${base}/api/trace?ref=${enc('Nghị quyết số 18-NQ/TW')}`);
    expect(((await trace.json()) as { id: string }).id).toBe('dang:18-NQ/TW#XII');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
