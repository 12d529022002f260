/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../src/doc/index.js';
import { Corpus, coveragePage } from '../src/graph/index.js';
import { KIND_WORD, childrenOf, placesAt } from '../src/place/index.js';

/**
 * The coverage page as a person sees it, in a real headless Chromium (Debian's package; CHROMIUM may
 * name another binary): place names on the tree, no edge through a label, the tree inside its panel,
 * links that open the documents, nodes that fold.
 */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const plan = (issuer: string, number: string, place: string, date: string, implementsText: string): string =>
  `ỦY BAN NHÂN DÂN\n${issuer.toUpperCase()}\nSố: ${number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${place}, ngày ${date}\n\nKẾ HOẠCH\nThực hiện ${implementsText}\n\nThực hiện ${implementsText}, Ủy ban nhân dân ban hành Kế hoạch như sau:\n`;

describe('the coverage page in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'vanban-page-'));
  const page = join(dir, 'out', 'coverage.html');

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)`).toBe(true);
    // three real provinces, each with its real districts, some districts with their communes
    const corpus = new Corpus();
    const files: [string, string][] = [];
    for (const [k, province] of placesAt('province', { era: 'before-2025-07' }).filter((p) => ['42', '87', '01'].includes(p.code)).entries()) {
      const pw = KIND_WORD[province.kind];
      files.push([`p${k}.txt`, plan(`${pw} ${province.name}`, `${100 + k}/KH-UBND`, province.name, `0${k + 1} tháng 3 năm 2018`, 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII')]);
      for (const [j, d] of childrenOf(province.code).slice(0, 6).entries()) {
        const dw = KIND_WORD[d.kind];
        files.push([`p${k}-d${j}.txt`, plan(`${dw} ${d.name}`, `${20 + j}/KH-UBND`, d.name, `1${j} tháng 4 năm 2018`, `Kế hoạch số ${100 + k}/KH-UBND ngày 0${k + 1}/3/2018 của UBND ${pw} ${province.name}`)]);
        if (j < 2) {
          for (const [i, c] of childrenOf(d.code).slice(0, 3).entries()) {
            files.push([`p${k}-d${j}-c${i}.txt`, plan(`${KIND_WORD[c.kind]} ${c.name}`, `${5 + i}/KH-UBND`, c.name, `2${i} tháng 5 năm 2018`, `Kế hoạch số ${20 + j}/KH-UBND ngày 1${j}/4/2018 của UBND ${dw} ${d.name}, ${pw} ${province.name}`)]);
          }
        }
      }
    }
    mkdirSync(join(dir, 'docs'));
    mkdirSync(join(dir, 'out'));
    for (const [name, text] of files) {
      writeFileSync(join(dir, 'docs', name), text);
      corpus.addDocument(await readDocument(join(dir, 'docs', name)));
    }
    corpus.reconcile();
    writeFileSync(page, coveragePage(corpus.graph, 'dang:18-NQ/TW#XII', { linkBase: join(dir, 'out') }));
    browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', `--user-data-dir=${join(dir, 'profile')}`], defaultViewport: { width: 1200, height: 900 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows places by name, keeps every edge off the labels and the tree inside its panel, and folds on a click', async () => {
    const tab = await browser.newPage();
    await tab.goto(`file://${page}`);
    await tab.waitForSelector('g.node');
    const layout = await tab.evaluate(() => {
      const boxes = [...document.querySelectorAll('g.node rect')].map((r) => r.getBoundingClientRect());
      const texts = [...document.querySelectorAll('g.node text.place')].map((t) => t.textContent ?? '');
      const crossings: string[] = [];
      for (const path of document.querySelectorAll<SVGPathElement>('path.link')) {
        const length = path.getTotalLength();
        const ctm = path.getScreenCTM() as DOMMatrix;
        // points strictly between the ends: an edge may touch its own two boxes, and run through no box
        for (let k = 1; k < 40; k++) {
          const p = new DOMPoint(path.getPointAtLength((length * k) / 40).x, path.getPointAtLength((length * k) / 40).y).matrixTransform(ctm);
          for (const b of boxes) if (p.x > b.left + 1 && p.x < b.right - 1 && p.y > b.top + 1 && p.y < b.bottom - 1) crossings.push(`${path.getAttribute('d')} at ${Math.round(p.x)},${Math.round(p.y)}`);
        }
      }
      const panel = (document.querySelector('#panel') as HTMLElement).getBoundingClientRect();
      const tree = (document.querySelector('#tree g') as SVGGElement).getBoundingClientRect();
      const fontPx = Math.min(...[...document.querySelectorAll('g.node text')].map((t) => t.getBoundingClientRect().height));
      return { nodes: boxes.length, texts, crossings, panel: { w: panel.width, left: panel.left, right: panel.right }, tree: { w: tree.width, left: tree.left, right: tree.right }, fontPx };
    });
    expect(layout.crossings).toEqual([]);
    expect(layout.texts).toContain('Hà Tĩnh');
    expect(layout.texts).toContain('Đồng Tháp');
    expect(layout.texts.some((t) => /^huyện .+ \(Hà Tĩnh\)$/.test(t))).toBe(true);
    // the tree uses the panel's width and stays inside it, at a size that can be read
    expect(layout.tree.left).toBeGreaterThanOrEqual(layout.panel.left);
    expect(layout.tree.right).toBeLessThanOrEqual(layout.panel.right);
    expect(layout.tree.w / layout.panel.w).toBeGreaterThan(0.5);
    expect(layout.fontPx).toBeGreaterThanOrEqual(9);

    // a click folds a province's plans
    const before = layout.nodes;
    await tab.evaluate(() => {
      const province = [...document.querySelectorAll('g.node')].find((g) => g.querySelector('text.place')?.textContent === 'Hà Tĩnh') as SVGGElement;
      province.querySelector('rect')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    const after = await tab.evaluate(() => document.querySelectorAll('g.node').length);
    expect(after).toBeLessThan(before);
    await tab.close();
  });

  it('links each document of the corpus, relative to the page, to a file that exists', async () => {
    const tab = await browser.newPage();
    await tab.goto(`file://${page}`);
    await tab.waitForSelector('g.node');
    const hrefs = await tab.evaluate(() => [...document.querySelectorAll('a')].map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href).filter((h) => h.startsWith('file:') && !h.endsWith('.html')));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const h of hrefs) expect(existsSync(fileURLToPath(h)), h).toBe(true);
    const rows = await tab.evaluate(() => [...document.querySelectorAll('tbody tr')].map((r) => [r.className, r.querySelector('td')?.textContent]));
    expect(rows).toHaveLength(63);
    expect(rows.filter(([c]) => c === 'yes').map(([, name]) => name).sort()).toEqual(['Hà Nội', 'Hà Tĩnh', 'Đồng Tháp'].sort());
    await tab.close();
  });
});
