import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printsData, terminalSafe } from '../src/cli/terminal.js';
import { Corpus, toGEXF, toGraphML } from '../src/graph/index.js';
import { xmlSafe } from '../src/graph/export.js';
import { cli, planHeader } from './helpers/cli-fixture.js';

/**
 * Document text is untrusted: it reaches terminals without its escape sequences and control
 * characters (JSON keeps it exact), and XML exports without the characters XML 1.0 forbids.
 */

// what a hostile or broken file can hold: a window retitle (OSC 0), colours (CSI), a hyperlink
// (OSC 8, ended by ST), a screen clear, a vertical tab, a C1 CSI, a right-to-left
// override, DEL, a noncharacter, a lone surrogate
const HOSTILE = '\u001B]0;pwned\u0007\u001B[31mđỏ\u001B[0m\u000B\u009B31mX\u202EY\u007F\u0001\u001B[2J\u001B]8;;http://evil\u001B\\link\u001B]8;;\u001B\\';
const TITLE = `Thực hiện Nghị quyết số 18-NQ/TW ${HOSTILE} hết`;
const TEXT = `${planHeader(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH'], '191/KH-UBND', 'Hà Tĩnh', [2018, 3, 3])}
${TITLE}

Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII ${HOSTILE}, Ủy ban nhân dân tỉnh ban hành Kế hoạch tinh gọn bộ máy như sau:
`;

/** Control characters a terminal acts on: C0 but tab and newline, DEL, C1; and the bidi overrides. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('terminalSafe', () => {
  it('takes escape sequences out whole and control characters out, and leaves Vietnamese text as it is', () => {
    expect(terminalSafe(HOSTILE)).toBe('đỏXYlink');
    expect(terminalSafe('Nghị quyết\tsố 18\nhết')).toBe('Nghị quyết\tsố 18\nhết');
    // a carriage return would let a line overwrite the one shown before it
    expect(terminalSafe('safe\rEVIL\bX')).toBe('safeEVILX');
    // an OSC without its terminator ends at the line's end, not at the text's
    expect(terminalSafe('a\u001B]0;title\nb')).toBe('a\nb');
    expect(terminalSafe('x\u001B(By\u001B7z\u001Bc')).toBe('xyz');
    // decomposed (NFD) Vietnamese, whose combining marks are no controls
    expect(terminalSafe('Nghi\u0323 quye\u0302\u0301t')).toBe('Nghi\u0323 quye\u0302\u0301t');
  });

  it('a long run of sequence starts is linear, not a backtracking trap', () => {
    const t0 = performance.now();
    terminalSafe('\u001B['.repeat(200_000) + '\u001B]'.repeat(200_000) + '\u009B0'.repeat(200_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('JSON, NDJSON, export and annotate are data; every other output is for people', () => {
    expect(printsData(['read', 'x.txt', '--json'])).toBe(true);
    expect(printsData(['extract', 'x', '--ndjson'])).toBe(true);
    expect(printsData(['--debug', 'export', '--format', 'gexf'])).toBe(true);
    expect(printsData(['annotate', 'x.html'])).toBe(true);
    expect(printsData(['read', 'x.txt'])).toBe(false);
    expect(printsData(['search', '--', '--json'])).toBe(false);
  });
});

describe('the CLI prints document text safely', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-hostile-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'hostile.txt'), TEXT);
  const file = join(docs, 'hostile.txt');

  it('tables and lines for people (read, extract, search, trace, missing, cites) hold no control character', async () => {
    const runs = [
      ['read', file],
      ['extract', file],
      ['search', 'tinh gon bo may', '--corpus', docs],
      ['trace', '191/KH-UBND', '--corpus', docs],
      ['cites', '18-NQ/TW', '--corpus', docs],
      ['missing', '--corpus', docs],
      ['check', '--corpus', docs],
    ];
    for (const argv of runs) {
      const r = await cli(...argv);
      expect(r.code, `${argv.join(' ')}: ${r.err}`).toBe(0);
      expect(r.out, argv.join(' ')).not.toMatch(TERMINAL_CONTROL);
      expect(r.err, argv.join(' ')).not.toMatch(TERMINAL_CONTROL);
    }
    // the text around the sequences is still shown
    const read = await cli('read', file);
    expect(read.out).toContain('đỏXY');
    const search = await cli('search', 'tinh gon bo may', '--corpus', docs);
    expect(search.out).toContain('191/KH-UBND');
  });

  it('JSON keeps the text exact', async () => {
    const r = await cli('read', file, '--json');
    expect(r.code, r.err).toBe(0);
    const doc = JSON.parse(r.out) as { identity: { title: string }; text?: string };
    expect(doc.identity.title).toContain(HOSTILE);
    const s = await cli('search', 'tinh gon bo may', '--corpus', docs, '--json');
    expect(s.out).toContain('\\u001b]0;pwned\\u0007');
  });

  it('an error message that quotes document text is one clean line', async () => {
    const r = await cli('trace', `18-NQ/TW-nothing\u001B]0;pwned\u0007`, '--corpus', docs);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(TERMINAL_CONTROL);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  });
});

/** Every character XML 1.0 allows: tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, and pairs. */
function xmlChars(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    const ok = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
    if (!ok) return false;
  }
  return true;
}

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

describe('XML exports', () => {
  it('drop what XML 1.0 forbids (vertical tab, ESC, U+FFFE, lone surrogates) and stay well-formed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-xml-'));
    writeFileSync(join(dir, 'hostile.txt'), TEXT.replace(HOSTILE, `${HOSTILE}\uFFFE\uFFFF 😀 "<&>'`));
    const corpus = await Corpus.fromFolder(dir);
    const key = corpus.graph.findNode((_k, a) => a.kind === 'document') as string;
    // a file on disk cannot hold a lone surrogate (UTF-8 has none); a string in memory can
    corpus.graph.updateNodeAttribute(key, 'title', (t) => `${t ?? ''} \uD800 \uDC00`);
    const title = corpus.graph.getNodeAttribute(key, 'title') ?? '';
    expect(title).toContain('\u000B');
    expect(title).toContain('\uFFFE');
    // a key (a path, for a document without a number) can hold them too
    const odd = 'file:docs/\u001B[31mred\u000B.txt';
    corpus.graph.addNode(odd, { ...corpus.graph.getNodeAttributes(key), names: ['\u001B]0;x\u0007'] });
    corpus.graph.addDirectedEdgeWithKey(`${odd}->${key}`, odd, key, { relation: 'cites', count: 1, asserted: false, assertedBy: null, evidence: [], resolution: '\u0001' });
    for (const [name, xml] of [
      ['gexf', toGEXF(corpus.graph)],
      ['graphml', toGraphML(corpus.graph)],
    ] as const) {
      expect(xmlChars(xml), name).toBe(true);
      // the text around what was dropped is still there; the pair (an emoji) is kept; a lone surrogate is U+FFFD
      expect(xml, name).toContain('đỏ');
      expect(xml, name).toContain('😀');
      expect(xml, name).toContain('\uFFFD');
      const path = join(dir, `graph.${name}`);
      writeFileSync(path, xml);
      if (hasXmllint) {
        const lint = spawnSync('xmllint', ['--noout', path], { encoding: 'utf8' });
        expect(lint.status, `${name}: ${lint.stderr}`).toBe(0);
      }
    }
  });

  it('xmlSafe keeps what XML allows and nothing else', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\tg\nh\ri')).toBe('abcdef\tg\nh\ri');
    expect(xmlSafe('\uD83D\uDE00 \uD800x \uDC00y \uFFFE\uFFFF\uFFFD')).toBe('\uD83D\uDE00 \uFFFDx \uFFFDy \uFFFD');
    expect(xmlSafe('\u0085\u009B')).toBe('\u0085\u009B'); // C1 controls are XML 1.0 characters
  });

  it('the checks refuse what the exports used to write (a vertical tab and an ESC in a title)', () => {
    const raw = '<?xml version="1.0" encoding="UTF-8"?>\n<a>\u000B\u001B</a>\n';
    expect(xmlChars(raw)).toBe(false);
    if (hasXmllint) {
      const path = join(mkdtempSync(join(tmpdir(), 'vanban-xml-')), 'raw.xml');
      writeFileSync(path, raw);
      expect(spawnSync('xmllint', ['--noout', path]).status).not.toBe(0);
    }
  });
});
