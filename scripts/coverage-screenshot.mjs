// Renders a coverage page in headless Chromium and saves a screenshot, to check it the way a person sees it.
// Usage: node scripts/coverage-screenshot.mjs [out.png]   (needs the build, and Debian's chromium)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus, coveragePage, readDocument } from '../dist/index.js';
import { generate } from '../bench/synthetic.mjs';

const out = process.argv[2] ?? join(tmpdir(), 'vanban-coverage.png');
const corpus = new Corpus();
for (const d of generate(Number(process.env.DOCS ?? 260))) corpus.addDocument(await readDocument(Buffer.from(d.text), { path: d.path }));
corpus.reconcile();
const dir = mkdtempSync(join(tmpdir(), 'vanban-page-'));
const page = join(dir, 'coverage.html');
writeFileSync(page, coveragePage(corpus.graph, 'dang:18-NQ/TW#XII', { level: 'province' }));
execFileSync('chromium', [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`, '--window-size=1200,900',
  `--screenshot=${out}`, `file://${page}`,
], { stdio: 'ignore', timeout: 60_000 });
console.log(`page: ${page}\nscreenshot: ${out}`);
