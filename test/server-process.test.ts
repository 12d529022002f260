import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverCorpus } from './helpers/server-fixture.js';

/**
 * `vanban serve` as a process, as a supervisor runs it: it says where it listens, gets ready, logs
 * one line per request (or none with --quiet), and on SIGTERM or SIGINT finishes the request in
 * flight, refuses new connections, and exits 0.
 */

let snap = '';
const children: ChildProcess[] = [];

beforeAll(async () => {
  ({ snap } = await serverCorpus());
});
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

interface Served {
  child: ChildProcess;
  base: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Start `vanban serve` on a free port; resolves once it says it is ready. */
function serve(...flags: string[]): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--snapshot', snap, '--port', '0', ...flags], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in 45 s: ${err}`)), 45_000);
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const url = /listening on (http:\/\/\S+)/.exec(err)?.[1];
      if (url && /ready: /.test(err)) {
        clearTimeout(timer);
        resolve({ child, base: url, stderr: () => err, exited });
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code} before ready: ${err}`)));
  });
}

describe('vanban serve, a process', () => {
  it('listens on loopback, logs one line per request, and on SIGTERM finishes the request in flight before it exits 0', async () => {
    const s = await serve();
    expect(s.base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s.stderr()).toMatch(/ready: 6 documents/);
    expect((await fetch(`${s.base}/readyz`)).status).toBe(200);
    await fetch(`${s.base}/api/rank?limit=1`);
    await new Promise((r) => setTimeout(r, 100));
    expect(s.stderr()).toMatch(/^GET \/api\/rank\?limit=1 200 \d+\.\dms$/m);

    // a request in flight: its headers and half its body sent, the rest after the signal
    const body = Buffer.from(JSON.stringify({ text: 'Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương', province: 'Hà Tĩnh' }));
    const url = new URL(s.base);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, method: 'POST', path: '/api/extract', headers: { 'content-type': 'application/json', 'content-length': String(body.length) } }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.write(body.subarray(0, 20));
      setTimeout(() => {
        s.child.kill('SIGTERM');
        setTimeout(async () => {
          // closing: a new connection is refused while the one in flight goes on
          const refused = await fetch(`${s.base}/healthz`).then(
            () => false,
            () => true,
          );
          expect(refused).toBe(true);
          req.end(body.subarray(20));
        }, 400);
      }, 200);
    });
    const got = await answer;
    expect(got.status).toBe(200);
    expect((JSON.parse(got.body) as Array<{ citations: Array<{ id: string }> }>)[0]?.citations[0]?.id).toBe('dang:18-NQ/TW#XII');
    expect(await s.exited).toBe(0);
    expect(s.stderr()).toMatch(/SIGTERM: finishing the requests in flight/);
    expect(s.stderr()).toMatch(/^POST \/api\/extract 200 /m);
    expect(s.stderr().trimEnd().split('\n').at(-1)).toBe('vanban serve: stopped');
  });

  it('--quiet: no access log; SIGINT stops it too', async () => {
    const s = await serve('--quiet');
    expect((await fetch(`${s.base}/api/check`)).status).toBe(200);
    s.child.kill('SIGINT');
    expect(await s.exited).toBe(0);
    expect(s.stderr()).not.toMatch(/^GET /m);
    expect(s.stderr()).toMatch(/SIGINT: finishing/);
  });

  it('a signal while the corpus loads stops it at once, without waiting for the load', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--corpus', 'corpus', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let err = '';
    let signalled = false;
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      // the demo corpus takes seconds to ingest: the signal comes as soon as the port is open, once (a second one
      // before the first is handled would end the process as the default does, by design)
      if (/listening on/.test(err) && !signalled) {
        signalled = true;
        child.kill('SIGTERM');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(err).toMatch(/stopped before the corpus was loaded/);
    expect(err).not.toMatch(/ready: /);
  });

  it('a source that cannot be read is one line and exit 2, before the port is taken', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--snapshot', '/nonexistent/s.ndjson', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err.trim()).toBe('vanban serve: --snapshot "/nonexistent/s.ndjson": no such file (or not readable)');
  });
});
