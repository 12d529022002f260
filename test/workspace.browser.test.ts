/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VanbanServer } from '../src/server/index.js';
import { serverCorpus, startServer } from './helpers/server-fixture.js';

/**
 * The web workspace as an analyst uses it, in a real headless Chromium (Debian's package; CHROMIUM
 * may name another binary) against a real server on loopback: type a query, follow a hit, follow a
 * citation link of the text, open the implementers tree of the resolution the plans implement.
 */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

let browser: Browser;
let server: VanbanServer;
let base = '';

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)`).toBe(true);
  const { snap } = await serverCorpus();
  ({ server, base } = await startServer(snap));
  const profile = mkdtempSync(join(tmpdir(), 'vanban-workspace-'));
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`],
    defaultViewport: { width: 1280, height: 900 },
  });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.app.close();
});

/** A new tab that fails the test on any script error of the page. */
async function tab(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors };
}

describe('the workspace in Chromium', () => {
  it('search → a hit → a citation link → the cited document, in Vietnamese as written', async () => {
    const { page, errors } = await tab();
    const home = await page.goto(`${base}/`);
    expect(home?.status()).toBe(200);
    await page.type('form.search input[name=q]', 'Kế hoạch 191');
    await Promise.all([page.waitForNavigation(), page.click('form.search button[type=submit]')]);
    expect(new URL(page.url()).pathname).toBe('/search');
    const hits = await page.$$eval('ol.hits li.hit .title a', (as) => as.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })));
    expect(hits.length).toBeGreaterThan(0);
    // the hit that is the plan 191/KH-UBND itself
    const hit = hits.find((h) => h.text.includes('191/KH-UBND')) ?? hits[0];
    await Promise.all([page.waitForNavigation(), page.click(`ol.hits a[href="${hit?.href}"]`)]);
    expect(page.url()).toBe(`${base}${hit?.href}`);
    const h1 = await page.$eval('h1', (e) => e.textContent ?? '');
    expect(h1).toContain('191/KH-UBND');
    // its text, with its citations as links whose hover says the relation
    const cites = await page.$$eval('pre.text a.vanban-cite', (as) => as.map((a) => ({ text: a.textContent ?? '', title: a.getAttribute('title') ?? '', href: a.getAttribute('href') ?? '', relation: a.dataset.relation ?? '' })));
    expect(cites.length).toBeGreaterThan(0);
    for (const c of cites) expect(c.title).toContain(c.relation);
    const toResolution = cites.find((c) => c.text.includes('18-NQ/TW'));
    expect(toResolution, JSON.stringify(cites)).toBeDefined();
    expect(toResolution?.relation).toBe('implements');
    await Promise.all([page.waitForNavigation(), page.click(`pre.text a.vanban-cite[href="${toResolution?.href}"]`)]);
    expect((await page.$eval('h1', (e) => e.textContent ?? '')).replace(/\s+/g, ' ')).toContain('18-NQ/TW');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the resolution's implementers: the drawn tree with place names, folding on a click; the list; the coverage table", async () => {
    const { page, errors } = await tab();
    const res = await page.goto(`${base}/documents/${encodeURIComponent('dang:18-NQ/TW#XII')}`);
    expect(res?.status()).toBe(200);
    await page.waitForSelector('#tree-svg g.node');
    const places = await page.$$eval('#tree-svg g.node text.place', (ts) => ts.map((t) => t.textContent ?? ''));
    expect(places).toContain('Hà Tĩnh');
    const before = places.length;
    // a click on the provincial plan (a node below the root with children: the district's plan) folds them
    const folded = await page.evaluate(() => {
      const nodes = [...document.querySelectorAll('#tree-svg g.node')] as Array<SVGGElement & { __data__: { depth: number; children?: unknown[]; data: { place: string } } }>;
      const parent = nodes.find((g) => g.__data__.depth > 0 && (g.__data__.children?.length ?? 0) > 0);
      parent?.querySelector('rect')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return parent?.__data__.data.place;
    });
    expect(folded).toBe('Hà Tĩnh');
    expect(await page.$$eval('#tree-svg g.node', (gs) => gs.length)).toBeLessThan(before);
    // the list folds too, without script: a <details> closed by a click on its summary
    const summary = await page.$('ul.tree li[data-id] > details > summary');
    expect(summary).not.toBeNull();
    const open = (): Promise<boolean> => page.$eval('ul.tree li[data-id] > details', (d) => (d as HTMLDetailsElement).open);
    const wasOpen = await open();
    await page.evaluate(() => (document.querySelector('ul.tree li[data-id] > details > summary') as HTMLElement).click());
    expect(await open()).toBe(!wasOpen);
    // the coverage table links the first implementing document of each covered province
    const rows = await page.$$eval('#coverage tbody tr', (trs) => trs.map((tr) => [tr.querySelector('td')?.textContent ?? '', tr.querySelector('a')?.getAttribute('href') ?? '']));
    expect(rows.map(([name]) => name)).toContain('Hà Tĩnh');
    for (const [, href] of rows) expect(href).toMatch(/^\/documents\//);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the missing-documents page links each cited document to its page', async () => {
    const { page, errors } = await tab();
    expect((await page.goto(`${base}/missing`))?.status()).toBe(200);
    const first = await page.$eval('#missing tbody tr a', (a) => a.getAttribute('href') ?? '');
    await Promise.all([page.waitForNavigation(), page.click(`#missing tbody tr a[href="${first}"]`)]);
    expect(await page.$eval('.notice', (e) => e.textContent ?? '')).toContain('Cited, not in the corpus');
    expect(errors).toEqual([]);
    await page.close();
  });
});
