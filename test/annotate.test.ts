import fc from 'fast-check';
import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { annotate, annotateDocument, annotateHtmlSource, annotateMarkdownSource, citationTitle, linkFromTemplate, type AnnotatableCitation, type SkipReason } from '../src/annotate/index.js';
import { extractCitations } from '../src/cite/index.js';
import { readDocument } from '../src/doc/index.js';

/**
 * annotate's contract: the output is the input with links inserted and everything else escaped,
 * so that taking the links out and unescaping gives the input back exactly. The inverses here are
 * written from the formats' rules (docs/annotate.md), not from annotate's code.
 */

/** HTML: drop the inserted anchors (an input "<" is always escaped, so every tag is ours), then decode the references. */
function unHtml(out: string): string {
  return out.replace(/<a class="vanban-cite"[^>]*>|<\/a>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x([0-9A-F]+));/g, (m, hex: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" } as Record<string, string>)[m] as string));
}

const MD_ESCAPABLE = new Set([...'\\`*_[]<>&|~#-+=.)', '\n', '\r']);

/** Markdown: `\x` is x, &#32; and &#9; are a space and a tab, `[text](<url> "title")` is text. */
function unMarkdown(out: string): string {
  let s = '';
  let i = 0;
  while (i < out.length) {
    const ch = out[i] as string;
    if (ch === '\\') {
      const next = out[i + 1] as string;
      if (!MD_ESCAPABLE.has(next)) throw new Error(`stray backslash at ${i}: ${JSON.stringify(out.slice(i, i + 10))}`);
      s += next;
      i += 2;
    } else if (out.startsWith('&#32;', i)) {
      s += ' ';
      i += 5;
    } else if (out.startsWith('&#9;', i)) {
      s += '\t';
      i += 4;
    } else if (ch === '&' || ch === '<' || ch === '*' || ch === '_' || ch === '`') {
      throw new Error(`unescaped ${ch} at ${i}`);
    } else if (ch === '[') {
      i++; // a link's text follows
    } else if (ch === ']') {
      // ](<dest> "title")
      if (!out.startsWith('](<', i)) throw new Error(`bad link end at ${i}`);
      i = out.indexOf('>', i + 3) + 1;
      if (!out.startsWith(' "', i)) throw new Error(`no title at ${i}`);
      i += 2;
      while (out[i] !== '"') i += out[i] === '\\' ? 2 : 1;
      if (out[i + 1] !== ')') throw new Error(`bad link close at ${i}`);
      i += 2;
    } else {
      s += ch;
      i++;
    }
  }
  return s;
}

const link = (c: AnnotatableCitation): string => `/documents/${encodeURIComponent(c.id ?? 'x')}`;

// text that exercises both formats: markup characters, Markdown's line-start syntax, NFD Vietnamese, astral characters
const PIECES = [
  '<', '>', '&', '"', "'", '&amp;', '<script>alert(1)</script>', '\\', '`', '*', '_', '[', ']', '(', ')', '|', '~', '#', '-', '+', '=', '!',
  '1.', '2)', '\n', '\r\n', '\r', '\n\n', '    ', '\t', ' ', '\u00A0', '\u0000', '\u0007', '\u007f',
  'Nghị định', 'Nghi\u0323 đi\u0323nh', 'Đ', 'Ð', 'ho\u0300a', 'hòa', '😀', '𝐀', '\uD800', '\uDFFF', '&#32;', '&#9;', '---', '***', '> ', '- ', '# ',
  'Nghị định số 15/2020/NĐ-CP ngày 03/02/2020', 'Kế hoạch số 191/KH-UBND', 'Luật Tiếp công dân', 'Nghị quyết số 18-NQ/TW', 'Căn cứ ', 'Thực hiện ',
];
const textArb = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ maxLength: 8 })), { maxLength: 40 }).map((a) => a.join(''));

/** Code point boundaries of s: random spans never split a surrogate pair (annotate refuses that; tested apart). */
function boundaries(s: string): number[] {
  const out = [0];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    out.push(i + 1);
  }
  return out;
}

/** A text and random (possibly overlapping, nested, empty) spans on its code point boundaries. */
const withSpans = textArb.chain((text) => {
  const b = boundaries(text);
  const span = fc.tuple(fc.nat(b.length - 1), fc.nat(b.length - 1)).map(([x, y]) => ({ start: b[Math.min(x, y)] as number, end: b[Math.max(x, y)] as number }));
  const cite = fc.record({ span, relation: fc.constantFrom('basis', 'implements', 'cites'), id: fc.string({ maxLength: 12 }), type: fc.constantFrom('Nghị định', 'Luật', '<b>"x"</b>'), number: fc.option(fc.string({ maxLength: 10 })), nolink: fc.boolean() }).map(
    (r) => ({ ...r.span, relation: r.relation, id: r.id, type: r.type, number: r.number, nolink: r.nolink }) as AnnotatableCitation & { nolink: boolean },
  );
  return fc.tuple(fc.constant(text), fc.array(cite, { maxLength: 8 }));
});

describe('annotate: the round trip', () => {
  it('HTML: taking the anchors out and decoding gives the input back, for any text and spans', () => {
    fc.assert(
      fc.property(withSpans, ([text, cites]) => {
        const out = annotate(text, cites, { link: (c) => (c.nolink ? null : link(c)) });
        expect(unHtml(out)).toBe(text);
        // what a browser would read as markup is only ours
        expect(out.replace(/<a class="vanban-cite"[^>]*>|<\/a>/g, '')).not.toMatch(/[<>"']/);
      }),
      { numRuns: 600 },
    );
  });

  it('Markdown: taking the links out and unescaping gives the input back, for any text and spans', () => {
    fc.assert(
      fc.property(withSpans, ([text, cites]) => {
        const out = annotate(text, cites, { link: (c) => (c.nolink ? null : link(c)), format: 'markdown' });
        expect(unMarkdown(out)).toBe(text);
      }),
      { numRuns: 600 },
    );
  });

  it('real citations of generated text (NFD, look-alikes, markup characters): each link holds exactly the citation', () => {
    fc.assert(
      fc.property(textArb, fc.boolean(), (raw, nfd) => {
        const text = nfd ? raw.normalize('NFD') : raw;
        const cites = extractCitations(text);
        for (const format of ['html', 'markdown'] as const) {
          const linked: AnnotatableCitation[] = [];
          const out = annotate(text, cites, { link: (c) => (linked.push(c), link(c)), format });
          expect(format === 'html' ? unHtml(out) : unMarkdown(out)).toBe(text);
          if (format === 'html') {
            const inner = [...out.matchAll(/<a class="vanban-cite"[^>]*>(.*?)<\/a>/gs)].map((m) => unHtml(m[1] as string));
            expect(inner).toEqual(linked.map((c) => text.slice(c.start, c.end)));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('annotate: output', () => {
  const text = 'Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ; căn cứ Luật Tiếp công dân,\n1. Mục đích <b> & "x"';
  const cites = extractCitations(text);

  it('wraps each citation in a link whose title says type, number, date and relation', () => {
    const out = annotate(text, cites, { link });
    expect(out).toContain('<a class="vanban-cite" data-relation="basis" href="/documents/vn%3A15%2F2020%2FN%C4%90-CP" title="Nghị định 15/2020/NĐ-CP, 2020-02-03, basis">Nghị định số 15/2020/NĐ-CP</a>');
    expect(out).toContain('title="Luật Tiếp công dân, basis">Luật Tiếp công dân</a>');
    expect(out).toContain('1. Mục đích &lt;b&gt; &amp; &quot;x&quot;');
  });

  it('Markdown: a link with an angle-bracket destination and a quoted title; line-start syntax escaped; lines kept', () => {
    const out = annotate(text, cites, { link, format: 'markdown' });
    expect(out).toContain('[Nghị định số 15/2020/NĐ-CP](</documents/vn%3A15%2F2020%2FN%C4%90-CP> "Nghị định 15/2020/NĐ-CP, 2020-02-03, basis")');
    expect(out).toContain(',\\\n1\\. Mục đích \\<b\\> \\& "x"');
  });

  it('escapes the title and the URL (a title from a document may hold anything)', () => {
    const c = { start: 0, end: 3, type: '<x>"', relation: 'basis' as const };
    expect(annotate('abc', [c], { link: () => '/d?a=1&b="2"' })).toBe('<a class="vanban-cite" data-relation="basis" href="/d?a=1&amp;b=&quot;2&quot;" title="&lt;x&gt;&quot;, basis">abc</a>');
    expect(annotate('abc', [c], { link: () => '/a b<c>', format: 'markdown', title: () => 'q"|\\' })).toBe('[abc](</a b%3Cc%3E> "q\\"\\|\\\\")');
  });

  it('overlapping spans: the earlier (on a tie the longer) is linked, the other told as overlaps', () => {
    const skipped: Array<[number, SkipReason]> = [];
    const spans = [
      { start: 2, end: 6, id: 'inner' },
      { start: 0, end: 8, id: 'outer' },
      { start: 7, end: 10, id: 'crossing' },
      { start: 10, end: 10, id: 'empty' },
      { start: 10, end: 12, id: 'none' },
    ];
    const out = annotate('0123456789ab', spans, { link: (c) => (c.id === 'none' ? null : `#${c.id}`), title: (c) => c.id ?? '', onSkip: (c, r) => skipped.push([spans.indexOf(c), r]) });
    expect(out).toBe('<a class="vanban-cite" href="#outer" title="outer">01234567</a>89ab');
    expect(skipped.sort()).toEqual([[0, 'overlaps'], [2, 'overlaps'], [3, 'empty'], [4, 'no-link']]);
  });

  it('refuses a javascript: URL, a span outside the text, a span splitting a surrogate pair', () => {
    const reasons: SkipReason[] = [];
    expect(annotate('abc', [{ start: 0, end: 1 }], { link: () => ' Java\tScript:alert(1)', onSkip: (_c, r) => reasons.push(r) })).toBe('abc');
    expect(reasons).toEqual(['unsafe-url']);
    expect(() => annotate('abc', [{ start: 2, end: 4 }], { link })).toThrow(RangeError);
    expect(() => annotate('a😀b', [{ start: 0, end: 2 }], { link })).toThrow(/surrogate/);
    expect(annotate('a😀b', [{ start: 1, end: 3 }], { link: () => '#' })).toBe('a<a class="vanban-cite" href="#" title="">😀</a>b');
  });

  it('titles: a numbered citation by type and number, a named one by its words', () => {
    const [nd, law] = cites;
    expect(citationTitle(nd as AnnotatableCitation)).toBe('Nghị định 15/2020/NĐ-CP, 2020-02-03, basis');
    expect(citationTitle(law as AnnotatableCitation)).toBe('Luật Tiếp công dân, basis');
  });
});

// ---- HTML input: the source markup is the original text ----

const parser = unified().use(rehypeParse, { fragment: false });

/** Anchors inside anchors, and anchors the parser moved out of where they were written (foster parenting). */
function badAnchors(html: string): string[] {
  const bad: string[] = [];
  const walk = (n: Nodes, inA: boolean): void => {
    if (n.type === 'element') {
      const el = n as Element;
      const ours = el.tagName === 'a' && String(el.properties?.className ?? '').includes('vanban-cite');
      if (ours && inA) bad.push('nested');
      if (ours && el.position && !html.startsWith('<a class="vanban-cite"', el.position.start.offset ?? -1)) bad.push('moved');
      for (const c of el.children) walk(c as Nodes, inA || el.tagName === 'a');
    } else if (n.type === 'root') for (const c of (n as Root).children) walk(c as Nodes, inA);
  };
  walk(parser.parse(html) as Root, false);
  return bad;
}

const unHtmlSource = (out: string): string => out.replace(/<a class="vanban-cite"[^>]*>([\s\S]*?)<\/a>/g, '$1');

const HTML_PIECES = [
  '<p>', '</p>', '<b>', '</b>', '<i>', '</i>', '<br>', '<div>', '</div>', '<table><tr><td>', '</td><td>', '</td></tr></table>', '<a href="/x">', '</a>',
  '<script>var s = "Nghị định số 1/2020/NĐ-CP";</script>', '<style>p{}</style>', '<title>Luật Đất đai</title>', '<!-- Luật Đầu tư -->', '&nbsp;', '&amp;', '&#273;', '&lt;',
  'Căn cứ ', 'Nghị định số 15/2020/NĐ-CP ngày 03/02/2020', 'Nghi\u0323 đi\u0323nh số 16/2021/NĐ-CP', 'Kế hoạch số 191/KH-UBND', 'Luật Tiếp công dân', 'Luật Tiếp&nbsp;công dân',
  '<b>Nghị định</b> số 17/2022/NĐ-CP', ', ', ';\n', ' và ', '😀', ' a < b ', '"', "'",
];
const htmlArb = fc.array(fc.oneof(fc.constantFrom(...HTML_PIECES), fc.string({ maxLength: 5 })), { maxLength: 30 }).map((a) => `<html><body>${a.join('')}</body></html>`);

describe('annotateHtmlSource: an HTML file keeps its markup', () => {
  it('taking the anchors out gives the source back byte for byte; no anchor nested or moved; the page reads as the same text', async () => {
    await fc.assert(
      fc.asyncProperty(htmlArb, async (html) => {
        const doc = await readDocument(new TextEncoder().encode(html), { format: 'html' });
        const out = annotateHtmlSource(html, doc.citations, { link });
        expect(unHtmlSource(out)).toBe(html);
        expect(badAnchors(out)).toEqual([]);
        // anchors are inline: the annotated page is the same document to the reader
        const again = await readDocument(new TextEncoder().encode(out), { format: 'html' });
        expect(again.text).toBe(doc.text);
        expect(again.citations.map((c) => [c.start, c.end, c.id])).toEqual(doc.citations.map((c) => [c.start, c.end, c.id]));
      }),
      { numRuns: 150 },
    );
  });

  it('a citation across markup gets one anchor per piece of text; one inside a link (even in part), a script or a comment gets none', async () => {
    const html = '<html><body><p>Căn cứ <b>Nghị định</b> số 15/2020/NĐ-CP;</p><p><a href="/x">Luật Tiếp công dân</a></p><script>Nghị định số 1/2020/NĐ-CP</script><p>Luật Tiếp&nbsp;công dân</p></body></html>';
    const doc = await readDocument(new TextEncoder().encode(html), { format: 'html' });
    const skipped: string[] = [];
    const out = annotateHtmlSource(html, doc.citations, { link, onSkip: (c, r) => skipped.push(`${c.text}: ${r}`) });
    expect(out).toMatch(/<b><a class="vanban-cite"[^>]*>Nghị định<\/a><\/b><a class="vanban-cite"[^>]*> số 15\/2020\/NĐ-CP<\/a>;/);
    expect(out).toContain('<a href="/x">Luật Tiếp công dân</a>');
    expect(out).toMatch(/<a class="vanban-cite"[^>]*>Luật Tiếp&nbsp;công dân<\/a>/);
    expect(out).toContain('<script>Nghị định số 1/2020/NĐ-CP</script>');
    // partly inside the page's link: left whole, not linked on the rest
    const partly = '<p>Căn cứ <a href="/x">Luật <b>Tiếp</b></a> công dân</p>';
    const reasons: string[] = [];
    const pdoc = await readDocument(new TextEncoder().encode(partly), { format: 'html' });
    expect(pdoc.citations.map((c) => c.text)).toEqual(['Luật Tiếp công dân']);
    expect(annotateHtmlSource(partly, pdoc.citations, { link, onSkip: (_c, r) => reasons.push(r) })).toBe(partly);
    expect(reasons).toEqual(['in-link']);
    expect(skipped).toEqual(['Luật Tiếp công dân: in-link']);
  });
});

describe('annotateDocument: a file, as vanban annotate and the server read it', () => {
  const html = '<html><body><p>Căn cứ <i>Luật Tiếp công dân</i>; <a href="#">Nghị định số 15/2020/NĐ-CP</a></p></body></html>';

  it('an HTML file in its markup by default, in its text as Markdown; the counts say what stayed text', async () => {
    const bytes = new TextEncoder().encode(html);
    const link = linkFromTemplate('/d/{id}');
    const markup = await annotateDocument(bytes, { path: 'page.html', link });
    expect(markup).toMatchObject({ format: 'html', annotated: 'markup', citations: 2, linked: 1, skipped: { 'in-link': 1 } });
    expect(unHtmlSource(markup.output)).toBe(html);
    expect(markup.output).toContain('<i><a class="vanban-cite" data-relation="basis" href="/d/vn%3Aluat%3Atiep-cong-dan"');
    const md = await annotateDocument(bytes, { path: 'page.html', link, format: 'markdown' });
    expect(md).toMatchObject({ format: 'markdown', annotated: 'text', citations: 2, linked: 2, skipped: {} });
    expect(unMarkdown(md.output)).toBe((await readDocument(bytes, { format: 'html' })).text);
    expect(md.output).toContain('Căn cứ [Luật Tiếp công dân](</d/vn%3Aluat%3Atiep-cong-dan> "Luật Tiếp công dân, basis"); [Nghị định số 15/2020/NĐ-CP](');
  });

  it('bytes without a path are plain text; an unreadable path is a ReadError', async () => {
    const r = await annotateDocument(new TextEncoder().encode('<b>Căn cứ Luật Tiếp công dân</b>'), { link: () => '#' });
    expect(r).toMatchObject({ annotated: 'text', format: 'markdown', linked: 1 });
    expect(r.output).toMatch(/^\\<b\\>Căn cứ \[Luật Tiếp công dân\]\(<#> "Luật Tiếp công dân, [a-z]+"\)\\<\/b\\>$/);
    await expect(annotateDocument('/nonexistent/x.txt', { link: () => '#' })).rejects.toThrow(/no such file/);
  });
});

// ---- Markdown input: the source is the original text ----

const mdParser = unified().use(remarkParse);
/** What a CommonMark renderer shows of a Markdown text: the text of every node, links by their text. */
function mdText(md: string): { text: string; links: string[] } {
  const links: string[] = [];
  const walk = (n: MdNode): string => {
    if (n.type === 'link' && typeof n.url === 'string' && n.url.startsWith('/documents/')) links.push(n.url);
    if (typeof n.value === 'string') return n.value;
    return (n.children ?? []).map(walk).join('');
  };
  return { text: walk(mdParser.parse(md) as unknown as MdNode), links };
}
interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}

const unMarkdownSource = (out: string): string => out.replace(/\[([^[\]\n]*)\]\(<\/documents\/[^>\n]*> "(?:[^"\\\n]|\\.)*"\)/g, '$1');

const MD_PIECES = [
  '# ', '- ', '1. ', '**', '*', '_', '`', '```\n', '~~~\n', '    ', '\t', '\n', '\n\n', '| a | b |\n|---|---|\n| ', ' |\n', '+----+----+\n| ', ' |\n+----+----+\n', '-----  -----\n',
  '[x](http://e.vn)', '[', ']', '![i](p)', '!', '\\', '\\*', '<http://a.vn>', '<b>', '</b>', '&amp;', '> ',
  'Căn cứ ', 'Nghị định số 15/2020/NĐ-CP ngày 03/02/2020', 'Nghi\u0323 đi\u0323nh số 16/2021/NĐ-CP', 'Kế hoạch số 191/KH-UBND', 'Luật Tiếp công dân', '**Luật Đất đai**', ', ', ';', ' và ', '😀',
  // emphasis that opens inside a citation and closes after it: a link around the citation would leave it unpaired
  'Nghị định **số 20/2021/NĐ-CP ngày 01/01/2021**', 'Quyết định số 5/`QĐ`-TTg', '*Nghị quyết số* *203/2025/QH15*', 'Đề án số\n395/ĐA-CP', 'Nghị quyết số\\*12/2020',
];
const mdArb = fc.array(fc.oneof(fc.constantFrom(...MD_PIECES), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((a) => a.join(''));

describe('annotateMarkdownSource: a Markdown file keeps its markup', () => {
  it('taking the links out gives the source back; a CommonMark renderer shows the same text, with a link for each one inserted', async () => {
    let linkedTotal = 0;
    await fc.assert(
      fc.asyncProperty(mdArb, async (md) => {
        const doc = await readDocument(new TextEncoder().encode(md), { format: 'md' });
        let linked = 0;
        const out = annotateMarkdownSource(md, doc.citations, { link: (c) => (linked++, link(c)), onSkip: (_c, r) => void (r === 'no-text-node' || r === 'in-link' ? linked-- : 0) });
        expect(unMarkdownSource(out)).toBe(md);
        const before = mdText(md);
        const after = mdText(out);
        expect(after.text).toBe(before.text);
        // every inserted link is a link to the renderer (a citation cut by emphasis or a line break has one per piece)
        const inserted = (out.match(/\]\(<\/documents\//g) ?? []).length;
        expect(after.links.length).toBe(inserted);
        expect(inserted).toBeGreaterThanOrEqual(linked);
        linkedTotal += linked;
      }),
      { numRuns: 300 },
    );
    // the property says something only if links were made
    expect(linkedTotal).toBeGreaterThan(30);
  });

  // (found by the property above, seed -1492022952: an inline tag opening a paragraph's line had been taken for an HTML block, so the
  // fence after it was missed and a link went into the code a renderer shows as written)
  it('reads HTML blocks as CommonMark does: an inline tag opening a line starts none, a block tag or a tag alone on its line does', async () => {
    const linkedIn = async (md: string): Promise<boolean> => annotateMarkdownSource(md, (await readDocument(new TextEncoder().encode(md), { format: 'md' })).citations, { link }).includes('](</documents/');
    expect(await linkedIn('<b>-----  -----\n```\n\n\nLuật Tiếp công dân')).toBe(false);
    expect(await linkedIn('<b>ghi chú</b>\n\nLuật Tiếp công dân')).toBe(true);
    expect(await linkedIn('<div>\nLuật Tiếp công dân\n</div>')).toBe(false);
    expect(await linkedIn('<span class="x">\nLuật Tiếp công dân\n\nLuật Tiếp công dân')).toBe(true);
  });

  it('links plain text, leaves tables with aligned columns, code, images and links of the page alone', async () => {
    const md = [
      'Căn cứ **Luật Tiếp công dân**; Nghị định số 15/2020/NĐ-CP ngày 03/02/2020;',
      '',
      '+-----------------------------+',
      '| Nghị định số 16/2021/NĐ-CP  |',
      '+-----------------------------+',
      '',
      '`Nghị định số 17/2022/NĐ-CP`, [Nghị định số 18/2022/NĐ-CP](http://x.vn)',
      '',
      '| văn bản |',
      '|---|',
      '| Nghị định số 19/2022/NĐ-CP |',
      '',
      'theo *Nghị quyết số* *203/2025/QH15* và Đề án số',
      '395/ĐA-CP.',
    ].join('\n');
    const doc = await readDocument(new TextEncoder().encode(md), { format: 'md' });
    const reasons: string[] = [];
    const out = annotateMarkdownSource(md, doc.citations, { link, onSkip: (c, r) => reasons.push(`${c.number ?? c.text}: ${r}`) });
    expect(out).toContain('Căn cứ **[Luật Tiếp công dân](</documents/vn%3Aluat%3Atiep-cong-dan> "Luật Tiếp công dân, ');
    expect(out).toContain('; [Nghị định số 15/2020/NĐ-CP](</documents/vn%3A15%2F2020%2FN%C4%90-CP> "Nghị định 15/2020/NĐ-CP, 2020-02-03, ');
    expect(out).toContain('| [Nghị định số 19/2022/NĐ-CP](</documents/');
    expect(out).toContain('| Nghị định số 16/2021/NĐ-CP  |');
    expect(out).toContain('`Nghị định số 17/2022/NĐ-CP`');
    expect(out).toMatch(/theo \*\[Nghị quyết số\]\(<\/documents\/vn%3A203%2F2025%2FQH15> "[^"]*"\)\* \*\[203\/2025\/QH15\]\(<\/documents\/vn%3A203%2F2025%2FQH15> "[^"]*"\)\* và \[Đề án số\]\([^)]*\)\n\[395\/ĐA-CP\]\(/);
    expect(out).toContain('[Nghị định số 18/2022/NĐ-CP](http://x.vn)');
    expect(reasons.sort()).toEqual(['16/2021/NĐ-CP: no-text-node', '18/2022/NĐ-CP: in-link'].concat(doc.citations.some((c) => c.number === '17/2022/NĐ-CP') ? ['17/2022/NĐ-CP: no-text-node'] : []).sort());
  });
});
