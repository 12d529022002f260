import { readFileSync } from 'node:fs';

/**
 * The package's version, from the nearest package.json named vanban above this file (src/cli,
 * dist/cli or a deeper build folder). A module of its own, with nothing but node:fs: `vanban
 * --version` prints it without loading the commands (main.ts).
 */
export const VERSION: string = ((): string => {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'vanban' && pkg.version) return pkg.version;
    } catch {
      // not there: one level further up
    }
  }
  return 'unknown';
})();
