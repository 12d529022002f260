/**
 * Every example of README.md runs and says what the README says it does, so an example that
 * drifts from the code fails here. Examples are found by their fences, never by line numbers:
 *
 * - a ```ts block is run as a user would run it (`vanban` imports point at src/, cwd is the
 *   repository, so `'corpus'` is the demo corpus);
 * - a fence without a language (or ```text) right after it is what it prints: compared line by
 *   line, runs of spaces folded (the README aligns columns, console.log separates by one space);
 * - a statement with a comment that opens with `{` (`hits[0]; // { id, path, matchedBy: 'citing' }`)
 *   says what the expression yields: an object with those top-level keys, and the quoted values;
 * - in a ```sh block, `npm run demo` runs each CLI step of package.json's "demo" script (it must
 *   end with exit 0 and show the chains corpus/SOURCES.md describes), and a `vanban <command> …`
 *   synopsis line must name a command and options that `vanban <command> --help` lists.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';

const ROOT = join(import.meta.dirname, '..');
// VANBAN_README: another copy of the README, to see this test fail on a drifted example
const README = readFileSync(process.env.VANBAN_README ?? join(ROOT, 'README.md'), 'utf8');

interface Block {
  lang: string;
  body: string;
  line: number;
}

/** The fenced blocks of a Markdown text, in order ("```ts" … "```"), with the line each starts on. */
function fencedBlocks(md: string): Block[] {
  const lines = md.split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```([\w-]*)\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] as string); i++) body.push(lines[i] as string);
    out.push({ lang: open[1] ?? '', body: body.join('\n'), line: start + 1 });
  }
  return out;
}

/** The output block of a ts block: the next fence, if it has no language (or `text`) and only blank lines come between. */
function outputOf(md: string, blocks: readonly Block[], n: number): Block | null {
  const next = blocks[n + 1];
  const here = blocks[n] as Block;
  if (!next || !['', 'text'].includes(next.lang)) return null;
  const between = md.split('\n').slice(here.line + here.body.split('\n').length + 1, next.line - 1);
  return between.every((l) => l.trim() === '') ? next : null;
}

const fold = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');

/** The top-level entries of an object written in a comment: `{ a, b: 'x', c: { … }, … }` → [['a', null], ['b', 'x'], ['c', null]]. */
function describedEntries(comment: string): Array<[string, string | null]> {
  const inner = comment.trim().replace(/^\{/, '').replace(/\}$/, '');
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of inner) {
    if ('{[('.includes(ch)) depth++;
    if ('}])'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  const out: Array<[string, string | null]> = [];
  for (const p of parts) {
    const m = /^\s*['"]?([\w$.-]+)['"]?\s*(?::\s*(.*))?$/s.exec(p);
    if (!m) continue; // "…", "...": the rest is not spelled out
    const value = m[2]?.trim() ?? '';
    const literal = /^'([^']*)'$/.exec(value) ?? /^"([^"]*)"$/.exec(value);
    out.push([m[1] as string, literal ? (literal[1] as string) : null]);
  }
  return out;
}

/**
 * The example as a program: imports of `vanban` point at the sources, and each statement with
 * a `// { … }` comment checks its value (a failed check throws, naming the README's words).
 */
function program(body: string): string {
  const src = (sub: string): string => pathToFileURL(join(ROOT, 'src', sub, 'index.ts')).href;
  const code = body
    .replace(/from 'vanban'/g, `from '${src('')}'`)
    .replace(/from 'vanban\/([\w-]+)'/g, (_m, sub: string) => `from '${src(sub)}'`)
    .split('\n')
    .map((line) => {
      const m = /^(\s*)([^/]+?);\s*\/\/\s*(\{.*\})\s*$/.exec(line);
      if (!m || /^(?:const|let|var|import|export|for|if|return)\b/.test((m[2] as string).trim())) return line;
      return `${m[1]}__described(${m[2]}, ${JSON.stringify(m[3])}, ${JSON.stringify(describedEntries(m[3] as string))});`;
    })
    .join('\n');
  const prelude = `
function __described(value, comment, entries) {
  if (value === null || typeof value !== 'object') throw new Error('README says ' + comment + ' but the value is ' + JSON.stringify(value));
  for (const [key, literal] of entries) {
    if (!(key in value)) throw new Error('README says ' + comment + ' but the value has no ' + key + ': ' + JSON.stringify(value).slice(0, 300));
    if (literal !== null && value[key] !== literal) throw new Error('README says ' + key + ': ' + JSON.stringify(literal) + ' but it is ' + JSON.stringify(value[key]));
  }
}
`;
  return prelude + code;
}

function runExample(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-readme-'));
  const file = join(dir, 'example.mts'); // an ES module wherever it sits (top-level await)
  writeFileSync(file, program(body));
  return execFileSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
}

const blocks = fencedBlocks(README);
const examples = blocks.map((b, n) => ({ block: b, output: outputOf(README, blocks, n) })).filter((e) => e.block.lang === 'ts' || e.block.lang === 'typescript');

describe('README examples', () => {
  it('finds the examples by their fences', () => {
    expect(examples.length).toBeGreaterThan(0);
    // the front-door example prints what it says
    expect(examples.some((e) => e.output !== null)).toBe(true);
  });

  for (const { block, output } of examples) {
    it(`the ts example at README.md:${block.line} runs${output ? ` and prints the block at README.md:${output.line}` : ''}`, { timeout: 180_000 }, () => {
      let printed: string;
      try {
        printed = runExample(block.body);
      } catch (e) {
        const err = e as { stderr?: string; message: string };
        throw new Error(`README.md:${block.line}: the example fails:\n${err.stderr ?? err.message}`, { cause: e });
      }
      if (output) expect(fold(printed)).toEqual(fold(output.body));
    });
  }
});

/** A command line of a script, split as the shell would split it (double quotes only, as package.json has them). */
function shellWords(s: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] as string));
  return out;
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => void (out += s), stderr: (s) => void (err += s) });
  return { code, out, err };
}

describe('README CLI lines', () => {
  const sh = blocks.filter((b) => b.lang === 'sh' || b.lang === 'bash' || b.lang === 'shell');
  const shLines = sh.flatMap((b) => b.body.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()));

  it('npm run demo: every step of the demo script ends well and shows the chains corpus/SOURCES.md describes', { timeout: 240_000 }, async () => {
    expect(shLines.some((l) => /\bnpm run demo\b/.test(l))).toBe(true);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const steps = (pkg.scripts.demo ?? '').split('&&').map((s) => s.trim());
    const cliSteps = steps.filter((s) => s.startsWith('node dist/cli/main.js '));
    // the build step aside, every step is a CLI command: run in-process on the sources
    expect(steps.filter((s) => !s.startsWith('node dist/cli/main.js ') && s !== 'npm run build')).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'vanban-demo-'));
    const printed: string[] = [];
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      for (const step of cliSteps) {
        // what the demo writes goes to a temporary folder, not into the working tree
        const args = shellWords(step.slice('node dist/cli/main.js '.length)).map((a) => (/\.(?:ndjson|html)$/.test(a) ? join(dir, a) : a));
        const r = await cli(args);
        expect({ step, code: r.code, err: r.err }).toEqual({ step, code: 0, err: '' });
        expect(r.out.trim(), step).not.toBe('');
        printed.push(r.out);
      }
    } finally {
      process.chdir(cwd);
    }
    const all = printed.join('\n');
    // README* and SOURCES* are not documents: the demo says it left SOURCES.md out
    expect(all).toMatch(/skipped: 1 project file/);
    // a central decision implemented in a province, dated, with the lag, one of them a file of corpus/
    expect(all).toMatch(/dang:99-QĐ\/TW#XII[\s\S]*implemented by \(\d+\)[\s\S]*province\s*│\s*Quảng Ngãi\s*│\s*2018-04-09\s*│\s*188\s*│[^\n]*corpus\/seeds\/003/);
    // a provincial directive, a provincial plan implementing it (stated by the district plan) and the district plan
    expect(all).toMatch(/province\s*│\s*Bình Định\s*│\s*2023-01-04\s*│\s*37\s*│/);
    expect(all).toMatch(/implemented in 1 of 11 districts[\s\S]*thị xã An Nhơn \(Bình Định\)[^\n]*corpus\/seeds\/002/);
  });

  const synopses = shLines.filter((l) => l.startsWith('vanban '));
  it('every `vanban <command> …` synopsis names a command and options its help lists', async () => {
    expect(synopses.length).toBeGreaterThan(0);
    for (const line of synopses) {
      const command = line.split(/\s+/)[1] as string;
      const help = await cli([command, '--help']);
      expect({ line, code: help.code }).toEqual({ line, code: 0 });
      for (const flag of line.match(/--[a-z][a-z-]*/g) ?? []) expect(help.out, `${line}: ${flag}`).toContain(flag);
    }
  });
});
