import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The data the package ships is what its generators make of the sources: the administrative lists from
 * ../shared/gazetteer and the law registry from the texts of ../shared/corpus. A change to either source, or to
 * the extractor the registry reads the texts with, shows here until the data is regenerated.
 */
const ROOT = join(import.meta.dirname, '..');
const check = (script: string): string => execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), '--check'], { cwd: ROOT, encoding: 'utf8' });

describe('generated data', () => {
  it('src/place/data/divisions.ts is what scripts/build-gazetteer.ts makes of ../shared/gazetteer', () => {
    expect(check('build-gazetteer.ts')).toMatch(/is up to date/);
  }, 60_000);

  it('src/cite/lexicon/law-registry.ts is what scripts/build-law-registry.ts makes of ../shared/corpus', () => {
    expect(check('build-law-registry.ts')).toMatch(/is up to date/);
  }, 120_000);
});
