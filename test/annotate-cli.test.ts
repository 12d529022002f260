import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/index.js';
import { SHARED } from './helpers/score.js';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'vanban-annotate-'));
const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

const unHtml = (s: string): string => s.replace(/<a class="vanban-cite"[^>]*>|<\/a>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] as string);

describe('vanban annotate', () => {
  const seed = join(SHARED, 'corpus', 'seeds', '001_a40549c8c1018447.txt');

  it('a real document as Markdown (the default for text): every citation a link to /documents/<id>', async () => {
    const r = await cli('annotate', seed);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const links = [...r.out.matchAll(/\]\(<\/documents\/([^>]+)> "([^"]*)"\)/g)];
    const extracted = JSON.parse((await cli('extract', seed, '--json')).out) as Array<{ citations: Array<{ id: string; start: number; end: number }> }>;
    expect(links.map((m) => decodeURIComponent(m[1] as string))).toEqual(extracted[0]?.citations.map((c) => c.id));
    expect(links[0]?.[2]).toMatch(/^Kế hoạch 07-KH\/BCĐ, .*implements$/);
  });

  it('--html on a text file: a fragment whose text, anchors taken out, is the file', async () => {
    const r = await cli('annotate', seed, '--html', '--link', 'https://example.org/vb?id={id}');
    expect(r.code).toBe(0);
    expect(r.out).toContain('<a class="vanban-cite" data-relation="implements" href="https://example.org/vb?id=');
    expect(unHtml(r.out)).toBe(readFileSync(seed, 'utf8'));
  });

  it('an HTML file keeps its markup: anchors inserted, nothing else changed', async () => {
    const html = '<!doctype html><html><head><title>Căn cứ Luật Đất đai</title></head><body><p>Căn cứ <b>Nghị định</b> số 15/2020/NĐ-CP&nbsp;ngày 03/02/2020;</p><p><a href="/x">Luật Tiếp công dân</a></p></body></html>';
    const file = write('page.html', html);
    const r = await cli('annotate', file);
    expect(r.code).toBe(0);
    expect(r.out.replace(/<a class="vanban-cite"[^>]*>([^<]*)<\/a>/g, '$1')).toBe(html);
    expect(r.out).toContain('<b><a class="vanban-cite" data-relation="basis" href="/documents/vn%3A15%2F2020%2FN%C4%90-CP" title="Nghị định 15/2020/NĐ-CP, 2020-02-03, basis">Nghị định</a></b>');
    // the law inside the page's own link stays as it was, and the command says so
    expect(r.err).toMatch(/1 of 2 citations linked; left as text: 1 inside a link the page has/);
    // --md on the same file: its plain text, as Markdown
    const md = await cli('annotate', file, '--md');
    expect(md.out).toContain('Căn cứ [Nghị định số 15/2020/NĐ-CP](</documents/vn%3A15%2F2020%2FN%C4%90-CP>');
    expect(md.out).not.toContain('<b>');
  });

  it('a Markdown file keeps its markup: links inserted, nothing else changed; --html gives its text as a fragment', async () => {
    const md = '# Kế hoạch\n\nCăn cứ **Luật Tiếp công dân**; *Nghị quyết số* *203/2025/QH15*;\n\n| văn bản |\n|---|\n| Nghị định số 19/2022/NĐ-CP |\n';
    const file = write('plan.md', md);
    const r = await cli('annotate', file);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('Căn cứ **[Luật Tiếp công dân](</documents/vn%3Aluat%3Atiep-cong-dan> "Luật Tiếp công dân, ');
    expect(r.out).toContain('| [Nghị định số 19/2022/NĐ-CP](</documents/');
    expect(r.out.replace(/\[([^[\]\n]*)\]\(<\/documents\/[^>\n]*> "(?:[^"\\\n]|\\.)*"\)/g, '$1')).toBe(md);
    const html = await cli('annotate', file, '--html');
    expect(html.out).not.toContain('**');
    expect(html.out).toContain('Căn cứ <a class="vanban-cite"');
  });

  it('--province completes an id the text leaves open', async () => {
    const file = write('plan.txt', 'Thực hiện Kế hoạch số 191/KH-UBND ngày 03/6/2022 của UBND tỉnh.\n');
    const r = await cli('annotate', file, '--province', 'Hà Tĩnh', '--link', '#{id}');
    expect(r.out).toContain('[Kế hoạch số 191/KH-UBND](<#vn%3A191%2FKH-UBND%40tinh-ha-tinh%232022>');
  });

  it('refuses bad flags before reading the file (exit 2), and a missing file is exit 1', async () => {
    const file = write('x.txt', 'x');
    expect(await cli('annotate', file, '--html', '--md')).toMatchObject({ code: 2, err: 'vanban annotate: --html and --md: expected at most one of them\n' });
    const js = await cli('annotate', file, '--link', 'javascript:alert({id})');
    expect(js.code).toBe(2);
    expect(js.err).toMatch(/^vanban annotate: --link "javascript:alert\(\{id\}\)": expected a URL with \{id\}/);
    expect((await cli('annotate', file, '--link', '/documents/')).code).toBe(2);
    expect((await cli('annotate', file, '--date', '2021-02-30')).code).toBe(2);
    expect((await cli('annotate', file, '--province', 'Atlantis')).err).toMatch(/--province "Atlantis":? names no province/);
    expect(await cli('annotate', join(dir, 'nope.txt'))).toMatchObject({ code: 1, err: expect.stringMatching(/nope\.txt: no such file/) });
  });
});
