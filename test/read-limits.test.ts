import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { DEFAULT_LIMITS, ReadError, readDocument } from '../src/doc/index.js';
import { htmlDepth } from '../src/doc/readers/html.js';
import { deepHtml, docxOf, PARAGRAPH, paragraphBomb, runBomb, zipOf } from './helpers/bombs.js';

/**
 * Issue 18: files an attacker or a bad converter could hand to `ingest`. Each limit fails the one file,
 * with its reason, and the run goes on; nothing the bombs hold is inflated past the limit.
 */

const ROOT = join(import.meta.dirname, '..');
const DOCS = join(ROOT, 'fixtures', 'docs');
const GOOD = readFileSync(join(DOCS, 'ke-hoach-96-KH-UBND.docx'));

async function refused(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ReadError);
  return (e as ReadError).message;
}

describe('file size', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vanban-limits-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file larger than the limit before reading it, and says the limit', async () => {
    const file = join(dir, 'big.txt');
    writeFileSync(file, 'Căn cứ Nghị định số 04/2015/NĐ-CP;\n'.repeat(4000));
    expect(await refused(readDocument(file, { limits: { maxFileSize: 64 * 1024 } }))).toMatch(/^file too large: 179.7 KiB, more than 64 KiB \(the limit on a file's size\)$/);
    expect((await readDocument(file)).citations.length).toBe(4000);
    // bytes handed over are held to the same limit
    expect(await refused(readDocument(readFileSync(file), { path: 'big.txt', limits: { maxFileSize: 1024 } }))).toMatch(/^file too large/);
  });

  it('reads no more than the limit from a file that is not a regular file', async () => {
    expect(await refused(readDocument('/dev/zero', { format: 'txt', limits: { maxFileSize: 100_000 } }))).toBe("file too large: more than 97.7 KiB (the limit on a file's size)");
  });
});

describe('the limits on the command line', () => {
  const cli = async (argv: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const code = await run(argv, { stdout: (x) => (out += x), stderr: (x) => (err += x) });
    return { code, out, err };
  };
  const file = join(DOCS, 'ke-hoach-96-KH-UBND.tcvn3.txt');

  it('a bad size is one line naming the option and what it accepts, exit 2, before any work', async () => {
    for (const [command, args] of [['read', [file]], ['extract', [file]], ['ingest', [DOCS, '--out', join(tmpdir(), 'never-written.snapshot')]]] as const) {
      for (const value of ['10x', '0', '3GB', '-5', '']) {
        const r = await cli([command, ...args, '--max-file-size', value]);
        expect(r.code).toBe(2);
        expect(r.err).toBe(`vanban ${command}: --max-file-size ${JSON.stringify(value)}: expected a size in MB ("50") or with its unit: 500KB, 50MB, 1GB (1KB to 2GB; 1MB is 1024 KB)\n`);
        expect(r.out).toBe('');
      }
      expect((await cli([command, ...args, '--max-unzipped-size', 'lots'])).err).toMatch(new RegExp(`^vanban ${command}: --max-unzipped-size "lots": expected a size`));
    }
  });

  it('a file over the limit is a bad file of the run with its reason; the sizes take units', async () => {
    const small = await cli(['extract', file, DOCS + '/ke-hoach-96-KH-UBND.md', '--max-file-size', '12KB', '--summary']);
    expect(small.code).toBe(1);
    expect(small.err).toBe(`vanban: ${DOCS}/ke-hoach-96-KH-UBND.md: file too large: 13.7 KiB, more than 12 KiB (the limit on a file's size)\n`);
    expect(small.out).toMatch(/^1 documents read, 1 failed/);
    expect((await cli(['read', file, '--max-file-size', '0.5', '--json'])).code).toBe(0);
    const docx = await cli(['read', join(DOCS, 'ke-hoach-96-KH-UBND.docx'), '--max-unzipped-size', '4KB']);
    expect(docx.code).toBe(1);
    expect(docx.err).toMatch(/would inflate to [\d.]+ KiB, more than 4 KiB \(the limit on a \.docx's unzipped size\)/);
  });
});

describe('.docx: the unzipped size is checked from the central directory, and again while inflating', () => {
  it('reads a good document as before', async () => {
    const d = await readDocument(GOOD, { path: 'a.docx' });
    expect(d.identity.number).toBe('96/KH-UBND');
  });

  it('refuses the 200 MiB paragraph bomb and the 400 MiB text run from their declared sizes', async () => {
    const par = await paragraphBomb();
    expect(par.length).toBeLessThan(1024 * 1024);
    expect(await refused(readDocument(par, { path: 'bomb.docx' }))).toBe("the Word document's XML would inflate to 200 MiB, more than 16 MiB (the limit on a .docx's unzipped size)");
    const run = await runBomb();
    expect(await refused(readDocument(run, { path: 'run.docx' }))).toMatch(/would inflate to 400 MiB, more than 16 MiB/);
  }, 60_000);

  it('stops inflating a part that inflates past what the zip declares', async () => {
    const liar = await docxOf(PARAGRAPH, 40 * 1024 * 1024, { declare: 1000 });
    expect(await refused(readDocument(liar, { path: 'liar.docx' }))).toMatch(/^the Word document inflates to more than its zip declares/);
  }, 60_000);

  it('stops inflating when the parts together pass the limit, though each declares its truth', async () => {
    const doc = await docxOf(PARAGRAPH, 3 * 1024 * 1024);
    expect((await readDocument(doc, { path: 'a.docx' })).citations.length).toBeGreaterThan(10_000);
    expect(await refused(readDocument(doc, { path: 'a.docx', limits: { maxUnzippedSize: 1024 * 1024 } }))).toMatch(/would inflate to 3 MiB, more than 1 MiB/);
  }, 60_000);

  it('never inflates images and other media, whatever their size', async () => {
    const zip = await JSZip.loadAsync(GOOD);
    zip.file('word/media/image1.png', Buffer.alloc(30 * 1024 * 1024), { compression: 'DEFLATE' });
    const withImage = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect((await readDocument(withImage, { path: 'a.docx' })).identity.number).toBe('96/KH-UBND');
  });

  it('refuses damaged zips and XML nested past the limit with a reason, never a crash', async () => {
    expect(await refused(readDocument(GOOD.subarray(0, GOOD.length - 30), { path: 'a.docx' }))).toMatch(/^not a readable \.docx/);
    const deep = await docxOf('<w:sdt><w:sdtContent>', 1, { open: '<w:p>', close: '</w:p>' });
    expect(await refused(readDocument(deep, { path: 'deep.docx', limits: { maxDepth: 50 } }))).toMatch(/nest deeper than 50 levels in word\/document\.xml \(the nesting limit\)/);
    const twice = await zipOf([
      { name: 'word/document.xml', chunks: () => [Buffer.from('<a/>')] },
      { name: 'word/document.xml', chunks: () => [Buffer.from('<b/>')] },
    ]);
    expect(await refused(readDocument(twice, { path: 'two.docx' }))).toMatch(/holds word\/document\.xml twice/);
  });
});

describe('nesting', () => {
  it('HTML nested past the limit is refused as such, not with a stack overflow', async () => {
    for (const depth of [600, 5000, 100_000]) {
      expect(await refused(readDocument(Buffer.from(deepHtml(depth)), { path: 'deep.html' }))).toBe(`HTML elements nest deeper than ${DEFAULT_LIMITS.maxDepth} levels (the nesting limit)`);
    }
    // unclosed formatting elements the parser carries into every following paragraph
    expect(await refused(readDocument(Buffer.from('<b>'.repeat(4000) + '<p>y'.repeat(4000)), { path: 'b.html' }))).toMatch(/nest deeper than/);
    expect((await readDocument(Buffer.from(deepHtml(300)), { path: 'ok.html' })).citations.map((c) => c.number)).toEqual(['04/2015/NĐ-CP']);
  });

  it('the depth scan leaves what the parser closes on its own uncounted', () => {
    expect(htmlDepth('<p>a'.repeat(10_000), 500)).toBe(0);
    expect(htmlDepth('<ul>' + '<li>a'.repeat(10_000) + '</ul>', 500)).toBe(1);
    expect(htmlDepth('<div>' + '<br><img src=x>'.repeat(1000) + '</div>', 500)).toBe(1);
    expect(htmlDepth('<script>' + '<div>'.repeat(1000) + '</script><div></div>', 500)).toBe(1);
    expect(htmlDepth('<svg>' + '<path d=""/>'.repeat(1000) + '</svg>', 500)).toBe(1);
    expect(htmlDepth('<h1>a<h2>b<h3>c', 500)).toBe(1);
    expect(htmlDepth('<div/>'.repeat(600), 500)).toBe(501);
  });

  it('Markdown emphasis too dense or too deep is read as plain text, with a warning', async () => {
    const md = 'Căn cứ Nghị định số 04/2015/NĐ-CP;\n\n' + '*'.repeat(2000) + 'a' + '*'.repeat(2000) + '\n\nKế hoạch số 178/KH-UBND\n';
    const d = await readDocument(Buffer.from(md), { path: 'a.md' });
    expect(d.citations.map((c) => c.number)).toEqual(['04/2015/NĐ-CP', '178/KH-UBND']);
    expect(d.warnings.join()).toMatch(/1 block too dense with emphasis to parse, read as plain text \(a run of 2000 emphasis marks\)/);
    for (const c of d.citations) expect(d.text.slice(c.start, c.end)).toBe(c.text);
    // runs that can neither open nor close emphasis are no markup: a blank to fill in, a rule of stars
    const form = await readDocument(Buffer.from(`Họ và tên: ${'_'.repeat(40)}\n\n${'*'.repeat(20)}\n`), { path: 'form.md' });
    expect(form.warnings).toEqual([]);
    expect(form.text).toBe(`Họ và tên: ${'_'.repeat(40)}\n\n${'*'.repeat(20)}\n`);
  });
});

describe('encodings', () => {
  const text = 'Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ;\r\n';
  it('reads UTF-16 without a byte order mark, little and big endian', async () => {
    const le = Buffer.from(text.repeat(3), 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [bytes, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const d = await readDocument(bytes, { path: 'a.txt' });
      expect(d.encoding).toBe(encoding);
      expect(d.warnings).toContain(`read as ${encoding.toUpperCase()} (no byte order mark)`);
      expect(d.citations.map((c) => c.number)).toEqual(['04/2015/NĐ-CP', '04/2015/NĐ-CP', '04/2015/NĐ-CP']);
    }
  });

  it('still refuses binary files', async () => {
    expect(await refused(readDocument(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), { path: 'x.txt' }))).toMatch(/^binary file/);
    // zero bytes on one side, but control characters once decoded
    const controls = Buffer.alloc(4000);
    for (let i = 0; i < controls.length; i += 2) controls[i] = i % 7;
    expect(await refused(readDocument(controls, { path: 'x.txt' }))).toMatch(/^binary file/);
  });
});

describe('an ingest of a folder of bombs and good files (issue 18)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanban-bombs-'));
    for (const ext of ['docx', 'html', 'md', 'tcvn3.txt']) writeFileSync(join(dir, `ke-hoach-96.${ext}`), readFileSync(join(DOCS, `ke-hoach-96-KH-UBND.${ext}`)));
    writeFileSync(join(dir, 'utf16-no-bom.txt'), Buffer.from('ỦY BAN NHÂN DÂN\nSố: 12/KH-UBND\nThực hiện Nghị quyết số 18-NQ/TW;\n', 'utf16le'));
    writeFileSync(join(dir, 'bomb-paragraphs.docx'), await paragraphBomb());
    writeFileSync(join(dir, 'bomb-run.docx'), await runBomb());
    writeFileSync(join(dir, 'bomb-liar.docx'), await paragraphBomb(1000));
    writeFileSync(join(dir, 'deep.html'), deepHtml(100_000));
    writeFileSync(join(dir, 'stars.md'), '*a'.repeat(50_000) + '\n\n' + '**_'.repeat(30_000) + '\nKế hoạch số 5/KH-UBND\n');
    writeFileSync(join(dir, 'too-big.txt'), 'a'.repeat(3 * 1024 * 1024));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every good file, reports each bomb with its reason, and stays within its memory bound', async () => {
    const out = join(dir, 'corpus.snapshot');
    // the CLI's own run() in a child process, which reports its peak memory as it ends
    const script = `import { run } from ${JSON.stringify(join(ROOT, 'src/cli/run.ts'))};
const code = await run(process.argv.slice(1));
process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n');
process.exitCode = code;`;
    const child = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const p = execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, 'ingest', dir, '--out', out, '--no-progress', '--max-file-size', '2MB'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (_e, stdout, stderr) => resolve({ code: p.exitCode, stdout, stderr }));
    });
    const bad = Object.fromEntries([...child.stdout.matchAll(/^ {2}bad file (\S+): (.*)$/gm)].map((m) => [(m[1] as string).slice(dir.length + 1), m[2]]));
    expect(bad).toEqual({
      'bomb-liar.docx': expect.stringMatching(/^the Word document inflates to more than its zip declares/),
      'bomb-paragraphs.docx': "the Word document's XML would inflate to 200 MiB, more than 16 MiB (the limit on a .docx's unzipped size)",
      'bomb-run.docx': "the Word document's XML would inflate to 400 MiB, more than 16 MiB (the limit on a .docx's unzipped size)",
      'deep.html': `HTML elements nest deeper than ${DEFAULT_LIMITS.maxDepth} levels (the nesting limit)`,
      'too-big.txt': "file too large: 3 MiB, more than 2 MiB (the limit on a file's size)",
    });
    expect(child.code).toBe(1);
    expect(child.stdout).toMatch(/^documents: 6, bad files: 5$/m);
    const snapshot = readFileSync(out, 'utf8');
    for (const good of ['ke-hoach-96.docx', 'ke-hoach-96.html', 'ke-hoach-96.md', 'ke-hoach-96.tcvn3.txt', 'utf16-no-bom.txt', 'stars.md']) expect(snapshot).toContain(JSON.stringify(join(dir, good)));
    const rss = Number(/maxRSS (\d+)/.exec(child.stderr)?.[1]) / 1024;
    console.log(`ingest of 6 good files and 5 bombs: peak RSS ${rss.toFixed(0)} MB`);
    // docs/limits.md states the bound: the bombs cost what their zip's directory costs, not what they inflate to
    expect(rss).toBeLessThan(600);
  }, 180_000);
});
