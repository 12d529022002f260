import { execFile, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Throw-away PostgreSQL clusters for the tests: `initdb` into a fresh temporary folder, `pg_ctl start`
 * on 127.0.0.1 and a free port, with its Unix socket inside that folder (never the system's socket
 * folder or the default port, so a developer's own server is never touched), and `stop()` that ends
 * the server and removes the folder. A primary with replication allowed from loopback, and a
 * streaming replica of it (`pg_basebackup -R`), for the hot-standby tests.
 *
 * PostgreSQL refuses to run as root: when the tests run as root (CI), the folder is handed to the
 * `postgres` system user that Debian's package creates and every server command runs through
 * `runuser -u postgres --`.
 */

/** The one line a run prints when the server is missing: what to install, not a skip. */
export const PG_NOT_INSTALLED =
  'PostgreSQL server not found (initdb, pg_ctl): the store tests run against a real server, never a mock. ' +
  'Install it: Debian/Ubuntu `apt-get install postgresql postgresql-contrib`; macOS `brew install postgresql@17`; ' +
  'or set VANBAN_PG_BINDIR to the folder holding initdb (see docs/postgres.md).';

export class PgNotInstalledError extends Error {
  constructor(detail?: string) {
    super(detail ? `${PG_NOT_INSTALLED} (${detail})` : PG_NOT_INSTALLED);
    this.name = 'PgNotInstalledError';
  }
}

const TOOLS = ['initdb', 'pg_ctl', 'pg_isready', 'postgres'];

function hasServerTools(dir: string): boolean {
  return TOOLS.every((t) => existsSync(join(dir, t)));
}

/**
 * The folder of the server binaries: VANBAN_PG_BINDIR, else `pg_config --bindir` (when it holds the
 * server, not only the client that libpq-dev brings), else the newest /usr/lib/postgresql/N/bin
 * (Debian installs there, off the PATH), else the folder of an `initdb` on the PATH (Homebrew).
 * Undefined when none holds initdb, pg_ctl, pg_isready and postgres.
 */
export function findPgBinDir(): string | undefined {
  const forced = process.env.VANBAN_PG_BINDIR;
  if (forced) {
    if (!hasServerTools(forced)) throw new PgNotInstalledError(`VANBAN_PG_BINDIR=${forced} lacks ${TOOLS.join('/')}`);
    return forced;
  }
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const configDir = fromConfig.status === 0 ? fromConfig.stdout.trim() : '';
  if (configDir && hasServerTools(configDir)) return configDir;
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
    for (const v of versions) {
      const dir = join(debianRoot, v, 'bin');
      if (hasServerTools(dir)) return dir;
    }
  }
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && hasServerTools(dir)) return dir;
  }
  return undefined;
}

/** {@link findPgBinDir}, or a {@link PgNotInstalledError} that says what to install. */
export function requirePgBinDir(): string {
  const dir = findPgBinDir();
  if (!dir) throw new PgNotInstalledError();
  return dir;
}

// ---- running commands as a user PostgreSQL accepts ----

interface RunAs {
  /** Set when the process is root: the commands run as this system user. */
  user?: { name: string; uid: number; gid: number };
  runuser?: string;
}

let runAsCache: RunAs | undefined;

function runAs(): RunAs {
  if (runAsCache) return runAsCache;
  if (process.getuid?.() !== 0) return (runAsCache = {});
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  // an unknown user prints nothing, which Number() reads as 0
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid === 0) {
    throw new Error(
      "PostgreSQL refuses to run as root and there is no 'postgres' system user to run it as " +
        '(Debian\'s postgresql package creates one; or run the tests as an ordinary user).',
    );
  }
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => existsSync(p)) ?? 'runuser';
  return (runAsCache = { user: { name: 'postgres', uid, gid }, runuser });
}

/** The command line, through `runuser` when root, and an environment without PG* variables. */
function commandLine(file: string, args: string[]): { file: string; args: string[] } {
  const ra = runAs();
  if (ra.user && ra.runuser) return { file: ra.runuser, args: ['-u', ra.user.name, '--', file, ...args] };
  return { file, args };
}

// A developer's PGHOST, PGPORT, PGDATA or PGUSER must not steer the tools to another server.
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PG')) env[k] = v;
  return env;
}

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], cwd: string, timeoutMs = 60_000): Promise<Ran> {
  const cmd = commandLine(file, args);
  return new Promise((resolve) => {
    execFile(cmd.file, cmd.args, { cwd, env: cleanEnv(), timeout: timeoutMs, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr: stderr || (err && typeof err.code !== 'number' ? String(err.message) : '') });
    });
  });
}

function runSync(file: string, args: string[], cwd: string, timeoutMs: number): void {
  const cmd = commandLine(file, args);
  spawnSync(cmd.file, cmd.args, { cwd, env: cleanEnv(), timeout: timeoutMs, stdio: 'ignore' });
}

/** A folder the server's user owns (0700, as initdb wants), in the system's temporary folder. */
function makeRoot(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const u = runAs().user;
  if (u) chownSync(root, u.uid, u.gid);
  return root;
}

/** A port nobody listens on now; a start that loses the race for it retries on another. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

let localeCache: string | undefined;

/**
 * A UTF-8 locale for initdb: the text-search parser and lower() read LC_CTYPE, and under the C
 * locale they leave Đ/Ư/Ơ as they are. C.UTF-8 where it exists (Debian, Ubuntu), else en_US.UTF-8
 * (macOS), else any UTF-8 locale; C only when the machine has none.
 */
function utf8Locale(): string {
  if (localeCache) return localeCache;
  const listed = spawnSync('locale', ['-a'], { encoding: 'utf8' });
  const all = listed.status === 0 ? listed.stdout.split('\n').map((l) => l.trim()) : [];
  const isUtf8 = (l: string): boolean => /\.utf-?8$/i.test(l);
  const pick =
    all.find((l) => /^C\.utf-?8$/i.test(l)) ??
    all.find((l) => /^en_US\.utf-?8$/i.test(l)) ??
    all.find(isUtf8) ??
    'C';
  return (localeCache = pick);
}

// ---- clusters ----

export interface ClusterOptions {
  /** The folder of initdb, pg_ctl…; found with {@link requirePgBinDir} when absent. */
  binDir?: string;
  /**
   * A primary that replicas can stream from: wal_level=replica and WAL senders. Without it the
   * cluster writes minimal WAL (faster bulk loads) and accepts no replication connection.
   */
  replication?: boolean;
  /** More postgresql.conf settings, written after the harness's own (so they win). */
  settings?: Record<string, string | number | boolean>;
  /** How long the server may take to accept connections (default 30 s). */
  startTimeoutMs?: number;
}

export interface PgCluster {
  readonly role: 'primary' | 'replica';
  readonly binDir: string;
  /** The temporary folder: data/, the socket, server.log; removed by {@link PgCluster.stop}. */
  readonly root: string;
  readonly dataDir: string;
  /** Folder of the Unix socket (`.s.PGSQL.<port>`), inside {@link PgCluster.root}. */
  readonly socketDir: string;
  readonly host: '127.0.0.1';
  readonly port: number;
  /** The bootstrap superuser; loopback and local connections are trusted (no password). */
  readonly user: 'postgres';
  /** Milliseconds from the first command (initdb or pg_basebackup) to a server accepting connections. */
  readonly startupMs: number;
  /** postgres://postgres@127.0.0.1:<port>/<database>, with extra query parameters if given. */
  url(database?: string, params?: Record<string, string>): string;
  /** The last lines of the server's log, for error messages. */
  logTail(lines?: number): string;
  /** True while the postmaster's process is alive. */
  isRunning(): boolean;
  /** `pg_ctl stop -m fast` (immediate if that fails), then the folder is removed. Safe to call twice. */
  stop(): Promise<void>;
}

const USER = 'postgres';
const HOST = '127.0.0.1';

function confLine(key: string, value: string | number | boolean): string {
  const v = typeof value === 'string' ? `'${value.replace(/'/g, "''")}'` : typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value);
  return `${key} = ${v}\n`;
}

function appendConf(dataDir: string, settings: Record<string, string | number | boolean>, heading: string): void {
  const lines = Object.entries(settings).map(([k, v]) => confLine(k, v));
  appendFileSync(join(dataDir, 'postgresql.conf'), `\n# ${heading}\n${lines.join('')}`);
}

function tail(text: string, lines: number): string {
  return text.split('\n').slice(-lines - 1).join('\n').trimEnd();
}

class Cluster implements PgCluster {
  readonly host = HOST;
  readonly user = USER;
  startupMs = 0;
  port = 0;
  private stopped = false;
  private watchdogPid: number | undefined;

  constructor(
    readonly role: 'primary' | 'replica',
    readonly binDir: string,
    readonly root: string,
  ) {}

  get dataDir(): string {
    return join(this.root, 'data');
  }
  get socketDir(): string {
    return this.root;
  }
  get logFile(): string {
    return join(this.root, 'server.log');
  }

  url(database = 'postgres', params?: Record<string, string>): string {
    const q = params ? `?${new URLSearchParams(params).toString()}` : '';
    return `postgres://${USER}@${HOST}:${this.port}/${encodeURIComponent(database)}${q}`;
  }

  logTail(lines = 25): string {
    try {
      return tail(readFileSync(this.logFile, 'utf8'), lines);
    } catch {
      return '(no server log)';
    }
  }

  postmasterPid(): number | undefined {
    try {
      const pid = Number(readFileSync(join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    } catch {
      return undefined;
    }
  }

  isRunning(): boolean {
    const pid = this.postmasterPid();
    if (!pid) return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }

  tool(name: string): string {
    return join(this.binDir, name);
  }

  /** `pg_ctl start`, then pg_isready until the server answers on its loopback port. */
  async start(timeoutMs: number): Promise<void> {
    const started = await run(
      this.tool('pg_ctl'),
      ['start', '-D', this.dataDir, '-l', this.logFile, '-w', '-t', String(Math.ceil(timeoutMs / 1000)), '-s'],
      this.root,
      timeoutMs + 5_000,
    );
    if (started.code !== 0) throw new Error(`pg_ctl start failed (exit ${started.code}) ${started.stderr.trim()}`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ready = await run(
        this.tool('pg_isready'),
        ['-h', HOST, '-p', String(this.port), '-U', USER, '-d', 'postgres', '-t', '2'],
        this.root,
        10_000,
      );
      if (ready.code === 0) return;
      const last = (ready.stdout + ready.stderr).trim();
      if (!this.isRunning()) throw new Error(`the server exited during start-up (${last})`);
      if (Date.now() > deadline) throw new Error(`not ready after ${timeoutMs} ms (${last})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /**
   * A detached shell that outlives a SIGKILLed test process: when the process that started the
   * cluster is gone and stop() never ran, it stops the server and removes the folder.
   */
  startWatchdog(): void {
    const stop = commandLine(this.tool('pg_ctl'), ['stop', '-D', this.dataDir, '-m', 'immediate', '-w', '-t', '20', '-s']);
    const script = 'p=$1; root=$2; shift 2; while kill -0 "$p" 2>/dev/null; do sleep 1; done; "$@" >/dev/null 2>&1; rm -rf "$root"';
    const child = spawn('sh', ['-c', script, 'vanban-pg-watchdog', String(process.pid), this.root, stop.file, ...stop.args], {
      cwd: tmpdir(),
      env: cleanEnv(),
      detached: true,
      stdio: 'ignore',
    });
    child.unref();
    this.watchdogPid = child.pid;
  }

  private endWatchdog(): void {
    if (this.watchdogPid === undefined) return;
    try {
      // its own process group (detached): the shell and its `sleep`
      process.kill(-this.watchdogPid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    this.watchdogPid = undefined;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    live.delete(this);
    this.endWatchdog();
    if (existsSync(join(this.dataDir, 'postmaster.pid'))) {
      const fast = await run(this.tool('pg_ctl'), ['stop', '-D', this.dataDir, '-m', 'fast', '-w', '-t', '30', '-s'], this.root, 40_000);
      if (fast.code !== 0 && this.isRunning()) {
        await run(this.tool('pg_ctl'), ['stop', '-D', this.dataDir, '-m', 'immediate', '-w', '-t', '30', '-s'], this.root, 40_000);
      }
    }
    const pid = this.postmasterPid();
    if (pid && this.isRunning()) throw new Error(`PostgreSQL (pid ${pid}) in ${this.root} did not stop; the folder is left for inspection`);
    rmSync(this.root, { recursive: true, force: true });
  }

  /** For process exit and signals: no awaiting possible, so an immediate stop. */
  stopNow(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.endWatchdog();
    if (existsSync(join(this.dataDir, 'postmaster.pid'))) {
      runSync(this.tool('pg_ctl'), ['stop', '-D', this.dataDir, '-m', 'immediate', '-w', '-t', '20', '-s'], this.root, 25_000);
    }
    rmSync(this.root, { recursive: true, force: true });
  }
}

// ---- nothing left behind: exit, Ctrl-C, SIGTERM ----

const live = new Set<Cluster>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let hooked = false;

function stopAllNow(): void {
  // replicas were started after their primary: stop them first
  for (const c of [...live].reverse()) {
    live.delete(c);
    try {
      c.stopNow();
    } catch {
      /* the watchdog is gone too; nothing more can be done while exiting */
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  stopAllNow();
  // When nobody else handles the signal, do what Node would have done without this listener.
  if (process.listenerCount(signal) === 1) {
    unhook();
    process.kill(process.pid, signal);
  }
}

function hook(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', stopAllNow);
  for (const s of SIGNALS) process.on(s, onSignal);
}

function unhook(): void {
  if (!hooked) return;
  hooked = false;
  process.off('exit', stopAllNow);
  for (const s of SIGNALS) process.off(s, onSignal);
}

/** Clusters this process started and has not stopped. */
export function liveClusters(): readonly PgCluster[] {
  return [...live];
}

async function bringUp(c: Cluster, timeoutMs: number, prepare: () => Promise<void>, configure: (port: number) => void): Promise<void> {
  live.add(c);
  hook();
  c.startWatchdog();
  const t0 = performance.now();
  try {
    await prepare();
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      c.port = await freePort();
      configure(c.port);
      try {
        await c.start(timeoutMs);
        c.startupMs = Math.round(performance.now() - t0);
        return;
      } catch (e) {
        lastError = e;
        // another process took the port between the probe and the bind: try another one
        if (!/could not bind|Address already in use|could not create any TCP\/IP sockets/i.test(c.logTail(40))) break;
        runSync(c.tool('pg_ctl'), ['stop', '-D', c.dataDir, '-m', 'immediate', '-w', '-s'], c.root, 20_000);
      }
    }
    throw lastError;
  } catch (e) {
    const log = c.logTail(20);
    await c.stop().catch(() => c.stopNow());
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(`PostgreSQL ${c.role} (${c.binDir}) did not start: ${why}\n--- server log, last lines ---\n${log}`, { cause: e });
  }
}

/** Starts a throw-away cluster; {@link PgCluster.stop} ends it and removes its folder. */
export async function startCluster(options: ClusterOptions = {}): Promise<PgCluster> {
  const binDir = options.binDir ?? requirePgBinDir();
  const c = new Cluster('primary', binDir, makeRoot('vanban-pg-'));
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  await bringUp(
    c,
    timeoutMs,
    async () => {
      const init = await run(
        c.tool('initdb'),
        // --auth=trust: the generated pg_hba.conf trusts local sockets and 127.0.0.1/::1 only,
        // replication lines included; -N: a throw-away cluster needs no fsync of its files.
        ['-D', c.dataDir, '-U', USER, '-E', 'UTF8', `--locale=${utf8Locale()}`, '--auth=trust', '-N'],
        c.root,
      );
      if (init.code !== 0) throw new Error(`initdb failed (exit ${init.code}): ${tail(init.stderr || init.stdout, 10)}`);
      appendConf(
        c.dataDir,
        {
          listen_addresses: HOST,
          unix_socket_directories: c.socketDir,
          // durability is worthless for a cluster removed at the end of the run
          fsync: false,
          synchronous_commit: false,
          full_page_writes: false,
          ...(options.replication
            ? { wal_level: 'replica', max_wal_senders: 5, max_replication_slots: 5 }
            : { wal_level: 'minimal', max_wal_senders: 0 }),
          ...options.settings,
        },
        'vanban test harness',
      );
    },
    (port) => appendConf(c.dataDir, { port }, 'port chosen at start'),
  );
  return c;
}

export interface ReplicaOptions {
  settings?: Record<string, string | number | boolean>;
  startTimeoutMs?: number;
}

/**
 * A hot-standby replica of `primary` (started with `replication: true`): `pg_basebackup -R` over
 * loopback into a new folder (which writes primary_conninfo and standby.signal), its own port and
 * socket, hot_standby=on. It streams WAL from the primary until stopped.
 */
export async function startReplica(primary: PgCluster, options: ReplicaOptions = {}): Promise<PgCluster> {
  const c = new Cluster('replica', primary.binDir, makeRoot('vanban-pg-replica-'));
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  await bringUp(
    c,
    timeoutMs,
    async () => {
      const base = await run(
        c.tool('pg_basebackup'),
        ['-h', primary.host, '-p', String(primary.port), '-U', USER, '-D', c.dataDir, '-R', '-X', 'stream', '-c', 'fast', '--no-sync'],
        c.root,
        timeoutMs,
      );
      if (base.code !== 0) throw new Error(`pg_basebackup failed (exit ${base.code}): ${tail(base.stderr, 10)}`);
      // the copied postgresql.conf names the primary's socket folder: point it at ours
      appendConf(c.dataDir, { unix_socket_directories: c.socketDir, hot_standby: true, ...options.settings }, 'replica of the vanban test primary');
    },
    (port) => appendConf(c.dataDir, { port }, 'port chosen at start'),
  );
  return c;
}

/**
 * Waits until `replica` has replayed everything `primary` had written when called
 * (`pg_current_wal_lsn()` on the primary against `pg_last_wal_replay_lsn()` on the replica).
 * Returns the LSN waited for.
 */
export async function waitForReplay(primary: PgCluster, replica: PgCluster, timeoutMs = 10_000): Promise<string> {
  const p = new pg.Client({ connectionString: primary.url() });
  const r = new pg.Client({ connectionString: replica.url() });
  await p.connect();
  try {
    await r.connect();
    const { rows } = await p.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
    const target = rows[0]!.lsn;
    const deadline = Date.now() + timeoutMs;
    let replayed = '';
    for (;;) {
      const res = await r.query<{ replayed: string | null; caught: boolean | null }>(
        'SELECT pg_last_wal_replay_lsn()::text AS replayed, pg_last_wal_replay_lsn() >= $1::pg_lsn AS caught',
        [target],
      );
      replayed = res.rows[0]?.replayed ?? '(none)';
      if (res.rows[0]?.caught) return target;
      if (Date.now() > deadline) {
        throw new Error(`replica on port ${replica.port} replayed ${replayed}, not ${target}, after ${timeoutMs} ms\n${replica.logTail(15)}`);
      }
      await new Promise((res2) => setTimeout(res2, 25));
    }
  } finally {
    await Promise.allSettled([p.end(), r.end()]);
  }
}
