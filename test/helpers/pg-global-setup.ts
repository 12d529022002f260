import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { findPgBinDir, PG_NOT_INSTALLED, PgNotInstalledError, startCluster, type PgCluster } from './pg-cluster.js';

/**
 * One throw-away PostgreSQL cluster for the whole `vitest run`: started before the first test file,
 * stopped (and its folder removed) after the last. Test files take databases on it with
 * freshDatabase() (test/helpers/pg.ts). A machine without PostgreSQL fails the run at once with the
 * line that says what to install: store tests run against a real server, never a mock, never skipped.
 * On Ctrl-C vitest exits without calling teardown; pg-cluster.ts stops the cluster on exit and on
 * signals, and a watchdog stops it if this process is killed outright.
 */

export const TEMPLATE = 'vanban_template';

async function prepareTemplate(cluster: PgCluster): Promise<void> {
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  } finally {
    await admin.end();
  }
  const tpl = new pg.Client({ connectionString: cluster.url(TEMPLATE) });
  await tpl.connect();
  try {
    try {
      await tpl.query('CREATE EXTENSION unaccent');
    } catch (e) {
      throw new Error(
        `CREATE EXTENSION unaccent failed (${(e as Error).message}): install the contrib modules (Debian/Ubuntu: postgresql-contrib)`,
        { cause: e },
      );
    }
    // fail here, once, rather than in every store test, if the rules are not the ones the store expects
    const { rows } = await tpl.query<{ u: string }>("SELECT unaccent('Đà Nẵng đường') AS u");
    if (rows[0]?.u !== 'Da Nang duong') throw new Error(`unaccent('Đà Nẵng đường') gave ${JSON.stringify(rows[0]?.u)}, not 'Da Nang duong'`);
  } finally {
    await tpl.end();
  }
  const admin2 = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin2.connect();
  try {
    // CREATE DATABASE … TEMPLATE fails while anyone is connected to the template: allow no one
    await admin2.query(`ALTER DATABASE ${TEMPLATE} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
  } finally {
    await admin2.end();
  }
}

/**
 * Ends the run with the one line. Thrown from here, vitest would first print "No test files found",
 * which sends the reader looking in the wrong place.
 */
function notInstalled(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let binDir: string | undefined;
  try {
    binDir = findPgBinDir();
  } catch (e) {
    if (e instanceof PgNotInstalledError) notInstalled(e.message);
    throw e;
  }
  if (!binDir) notInstalled(PG_NOT_INSTALLED);
  const cluster = await startCluster({ binDir });
  try {
    await prepareTemplate(cluster);
  } catch (e) {
    await cluster.stop();
    throw e;
  }
  project.provide('pgUrl', cluster.url('postgres'));
  project.provide('pgTemplate', TEMPLATE);
  project.provide('pgBinDir', binDir);
  return async () => {
    await cluster.stop();
  };
}
