import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { z } from 'zod';
import { isDatabaseUrl } from '../store/url.js';
import { openStore } from './graph-commands.js';
import { checkFolder, countSchema, parseFlags, UsageError } from './options.js';
import type { Io } from './run.js';

// built by the command (every other command starts without it: each zod schema costs its construction at start)
const serveFlagsSchema = () => z.object({
  snapshot: z.string().optional(),
  corpus: z.string().optional(),
  db: z.string().optional(),
  manifest: z.union([z.string(), z.literal(false)]).optional(),
  host: z.string().trim().min(1, 'an address to listen on ("127.0.0.1", "::1", "0.0.0.0")'),
  port: countSchema(0, 65535),
  quiet: z.boolean().optional(),
});

/** "http://127.0.0.1:8080", "http://[::1]:8080" */
const urlOf = (a: AddressInfo): string => `http://${a.family === 'IPv6' || a.address.includes(':') ? `[${a.address}]` : a.address}:${a.port}`;

/**
 * `vanban serve`: listen first (so /healthz answers and a supervisor sees the process), then load
 * the corpus (/readyz and the API answer 503 until then), then answer until SIGINT or SIGTERM,
 * when the requests in flight finish before the process ends (a second signal ends it at once).
 */
export function addServeCommand(program: Command, io: Io, setCode: (c: number) => void, version: string): void {
  program
    .command('serve')
    .description('answer the JSON API over HTTP from a snapshot or a folder: the --json answers of search, trace, coverage, … (docs/server.md)')
    .option('--snapshot <file>', 'a snapshot written by `vanban ingest`')
    .option('--corpus <dir>', 'ingest this folder at start (with a search index)')
    .option('--db <url>', 'answer from a PostgreSQL database filled by `vanban ingest --db` (several servers can share it)')
    .option('--manifest <file>', 'with --corpus: complete lost headers from this manifest (default: MANIFEST.tsv or vanban.manifest.json beside the documents)')
    .option('--no-manifest', 'with --corpus: read no manifest')
    .option('--host <address>', 'the address to listen on; loopback by default (0.0.0.0 listens on every interface: your explicit choice)', '127.0.0.1')
    .option('--port <n>', 'the port (0: any free port, printed at start)', '8080')
    .option('--quiet', 'no access log (one line per request on stderr: method, path, status, ms)')
    .action(async (raw: Record<string, unknown>) => {
      const flags = parseFlags('serve', serveFlagsSchema(), raw);
      // the source is checked before the port is taken: a typo is one line and exit 2, not a server that never gets ready
      const given = (['snapshot', 'corpus', 'db'] as const).filter((f) => flags[f] !== undefined);
      if (given.length > 1) throw new UsageError(`vanban serve: ${given.map((f) => `--${f}`).join(' and ')}: expected one of them, not ${given.length === 2 ? 'both' : 'several'}`);
      if (flags.db !== undefined) {
        if (!isDatabaseUrl(flags.db)) throw new UsageError('vanban serve: --db: expected a PostgreSQL URL (postgres://user@host:port/database)');
      } else if (flags.corpus) await checkFolder('serve', '--corpus', flags.corpus);
      else if (flags.snapshot) {
        const s = await stat(flags.snapshot).catch(() => null);
        if (!s || !s.isFile() || !(await access(flags.snapshot, constants.R_OK).then(() => true, () => false))) throw new UsageError(`vanban serve: --snapshot ${JSON.stringify(flags.snapshot)}: no such file (or not readable)`);
      } else throw new UsageError('vanban serve: give --snapshot <file>, --corpus <dir> or --db <postgres://…>');

      // the HTTP framework is loaded by the one command that serves: the others start without it
      const { createServer } = await import('../server/index.js');
      const server = await createServer({ accessLog: flags.quiet ? null : (line) => io.stderr(line + '\n'), errorLog: (line) => io.stderr(line + '\n'), version });
      try {
        await server.app.listen({ host: flags.host, port: flags.port });
      } catch (e) {
        io.stderr(`vanban serve: cannot listen on ${flags.host}:${flags.port}: ${(e as Error).message}\n`);
        return setCode(1);
      }
      const url = urlOf(server.app.server.address() as AddressInfo);

      let stopping = false;
      let stop: (signal: NodeJS.Signals) => void = () => {};
      const stopped = new Promise<void>((resolve) => {
        stop = (signal) => {
          if (stopping) return;
          stopping = true;
          io.stderr(`vanban serve: ${signal}: finishing the requests in flight, then stopping\n`);
          server.app.close().then(resolve, resolve);
        };
      });
      // once: a second signal while the requests finish ends the process at once, as the default does
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const forget = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      };
      // said once the handlers are in place: a supervisor that signals as soon as it reads this line is heard
      io.stderr(`vanban serve: listening on ${url} (loading the corpus; /readyz says when it is ready)\n`);

      const started = performance.now();
      const loading = openStore('serve', flags, io, 'when-possible').catch((e: unknown) => {
        io.stderr(`vanban serve: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
        return null;
      });
      // a signal while a large corpus loads stops the server now, not when the load is done
      const first = await Promise.race([loading, stopped.then(() => 'stopped' as const)]);
      if (first === 'stopped') {
        forget();
        io.stderr('vanban serve: stopped before the corpus was loaded\n');
        setCode(0);
        // the load cannot be cancelled and would keep the process alive: end it, the port already closed
        process.exit(0);
      }
      const store = first;
      if (!store) {
        server.setFailed('see the server log');
        forget();
        if (!stopping) await server.app.close();
        return setCode(1);
      }
      await server.setStore(store);
      const stats = await store.stats();
      if (!stopping) io.stderr(`vanban serve: ready: ${stats.documents} documents, ${stats.nodes} nodes, ${stats.edges} edges${stats.search ? '' : ' (no search index: /api/search answers 503)'} in ${((performance.now() - started) / 1000).toFixed(1)} s on ${url}\n`);
      await stopped;
      forget();
      io.stderr('vanban serve: stopped\n');
      setCode(0);
    });
}
