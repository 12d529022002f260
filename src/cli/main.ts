#!/usr/bin/env node
import { VERSION } from './version.js';

// a reader that stops early (`vanban extract corpus --ndjson | head -1`) is not an error: end quietly
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`vanban: standard output: ${e.message}\n`);
  process.exit(1);
});

const debug = process.argv.includes('--debug');
// run() answers every error of a command; these are the ones that escape it (a rejected promise left behind)
const last = (e: unknown): void => {
  process.stderr.write(debug && e instanceof Error && e.stack ? `${e.stack}\n` : `vanban: ${e instanceof Error ? e.message : String(e)} (--debug for the stack)\n`);
  process.exit(1);
};
process.on('uncaughtException', last);
process.on('unhandledRejection', last);

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // what commander prints for it, without loading the commands (and the library behind them): a script
  // that asks for the version pays Node's start-up, not vanban's
  process.stdout.write(`${VERSION}\n`);
} else {
  const { run } = await import('./run.js');
  process.exitCode = await run(argv);
}
