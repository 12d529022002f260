import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSkipped, readCorpus, walkFiles, type SkippedEntry, type WalkOptions } from '../src/doc/index.js';
import { Corpus } from '../src/graph/index.js';
import { run } from '../src/cli/run.js';

const PLAN = 'UỶ BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nSố: 12/KH-UBND\n\nHà Tĩnh, ngày 05 tháng 3 năm 2020\n\nKẾ HOẠCH\n\nThực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.\n';

/** A folder with documents, the files a folder usually has beside them, and .vanbanignore rules. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-walk-'));
  const put = (path: string, text = PLAN): void => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  put('a.txt');
  put('README.md', '# My corpus\n\nCopied from Luật số 45/2019/QH14 and Nghị định số 145/2020/NĐ-CP.\n');
  put('SOURCES.md', 'Nghị quyết số 18-NQ/TW: from congbot\n');
  put('license.txt', 'MIT\n');
  put('CHANGELOG.md', '## 1.0\n');
  put('.notes.txt');
  put('.git/x.txt');
  put('MANIFEST.tsv', 'file\tnumber\n');
  put('scan.pdf', 'not read');
  put('drafts/b.txt');
  put('drafts/old/c.txt');
  put('drafts/keep.txt');
  put('drafts/.vanbanignore', '# drafts are not documents yet\n*.txt\n!keep.txt\nold/\n');
  put('sub/d.md');
  put('sub/e.txt');
  put('.vanbanignore', 'sub/e.txt\n');
  return dir;
}

async function walked(dir: string, options: WalkOptions = {}): Promise<{ files: string[]; skipped: SkippedEntry[] }> {
  const skipped: SkippedEntry[] = [];
  const files: string[] = [];
  for await (const f of walkFiles(dir, { ...options, onSkip: (s) => skipped.push(s) })) files.push(f.slice(dir.length + 1));
  return { files, skipped: skipped.map((s) => ({ ...s, path: s.path.slice(dir.length + 1) })) };
}

describe('walking a folder: only documents', () => {
  it('leaves out README*, SOURCES*, LICENSE*, CHANGELOG*, dotfiles, manifests, other formats and what .vanbanignore says, and says why', async () => {
    const dir = folder();
    const { files, skipped } = await walked(dir);
    expect(files).toEqual(['a.txt', 'drafts/keep.txt', 'sub/d.md']);
    const why = Object.fromEntries(skipped.map((s) => [s.path, s.reason]));
    expect(why).toEqual({
      '.git': 'hidden',
      '.notes.txt': 'hidden',
      'CHANGELOG.md': 'project-file',
      'drafts/b.txt': 'vanbanignore',
      'drafts/old': 'vanbanignore',
      'license.txt': 'project-file',
      'MANIFEST.tsv': 'manifest',
      'README.md': 'project-file',
      'scan.pdf': 'format',
      'SOURCES.md': 'project-file',
      'sub/e.txt': 'vanbanignore',
    });
    // a folder is left out whole: nothing below .git or drafts/old is walked or reported
    expect(skipped.find((s) => s.path === 'drafts/old')).toMatchObject({ folder: true, rule: 'old/' });
    expect(skipped.find((s) => s.path === 'sub/e.txt')).toMatchObject({ folder: false, rule: 'sub/e.txt' });
    expect(describeSkipped(skipped.map((s) => ({ ...s, path: join(dir, s.path) })))).toBe(
      '2 hidden files or folders, 4 project files (README, SOURCES, LICENSE, CHANGELOG), 3 matched by .vanbanignore, 1 manifest, 1 file of another format',
    );
  });

  it('--include-all walks the default skips but keeps .vanbanignore and manifests out', async () => {
    const dir = folder();
    const { files, skipped } = await walked(dir, { includeAll: true });
    expect(files).toEqual(['.git/x.txt', '.notes.txt', 'a.txt', 'CHANGELOG.md', 'drafts/keep.txt', 'license.txt', 'README.md', 'SOURCES.md', 'sub/d.md']);
    expect(skipped.map((s) => s.reason).sort()).toEqual(['format', 'manifest', 'vanbanignore', 'vanbanignore', 'vanbanignore']);
  });

  it('readCorpus and Corpus.fromFolder read the same files', async () => {
    const dir = folder();
    const paths: string[] = [];
    for await (const item of readCorpus(dir)) paths.push(item.path.slice(dir.length + 1));
    expect(paths).toEqual(['a.txt', 'drafts/keep.txt', 'sub/d.md']);
    const corpus = await Corpus.fromFolder(dir, { includeAll: true });
    // the same plan nine times: one id, eight kept apart as conflicts (id~2, …), none lost
    expect(corpus.documents.size).toBe(9);
  });

  it('extract --summary and ingest count the same citations and say what they skipped', async () => {
    const dir = folder();
    const io = (): { out: string[]; err: string[]; io: { stdout: (s: string) => void; stderr: (s: string) => void } } => {
      const out: string[] = [];
      const err: string[] = [];
      return { out, err, io: { stdout: (s) => out.push(s), stderr: (s) => err.push(s) } };
    };
    const e = io();
    expect(await run(['extract', dir, '--summary'], e.io)).toBe(0);
    const summary = e.out.join('');
    expect(summary).toMatch(/^3 documents read, 0 failed, 3 citations \(0 of them inside another cited document's description\)/);
    expect(summary).toContain('skipped: 2 hidden files or folders, 4 project files');
    expect(summary).toContain('(--include-all reads them)');
    const i = io();
    expect(await run(['ingest', dir, '--out', join(dir, '..', `${dir.split('/').pop()}.ndjson`), '--no-progress'], i.io)).toBe(0);
    const ingest = i.out.join('');
    expect(ingest).toContain('skipped: 2 hidden files or folders, 4 project files');
    expect(ingest).toMatch(/citations: 3 mentions of other documents; 3 from the citing document/);
  });
});
