import { mkdtempSync, writeFileSync } from 'node:fs';
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

describe('vanban extract', () => {
  const seed = join(SHARED, 'corpus', 'seeds', '001_a40549c8c1018447.txt');

  it('--json prints [{ file, citations }] with the file as given', async () => {
    const r = await cli('extract', seed, '--json');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as Array<{ file: string; citations: Array<{ text: string; id: string }> }>;
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.file).toBe(seed);
    expect(parsed[0]?.citations.length).toBe(21);
    expect(parsed[0]?.citations[0]).toMatchObject({ text: 'Kế hoạch số 07-KH/BCĐ' });
  });

  it('prints a readable table without --json', async () => {
    const r = await cli('extract', seed);
    expect(r.out).toContain('21 citations');
    expect(r.out).toContain('Kế hoạch số 07-KH/BCĐ');
  });

  it('reports a bad file on stderr, still processes the others, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-'));
    const latin1 = join(dir, 'legacy.txt');
    writeFileSync(latin1, Buffer.from([0x43, 0xe1, 0x6e, 0x20, 0x63, 0xf8, 0xff]));
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x00, 0x01]));
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Căn cứ Nghị định số 30/2020/NĐ-CP;', 'utf16le')]));
    const r = await cli('extract', '--json', latin1, join(dir, 'missing.txt'), binary, utf16, seed);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${latin1}: not valid UTF-8`);
    expect(r.err).toContain('missing.txt: no such file');
    expect(r.err).toContain(`${binary}: binary file`);
    const parsed = JSON.parse(r.out) as Array<{ file: string; citations: unknown[] }>;
    expect(parsed.map((p) => p.file)).toEqual([utf16, seed]);
    expect(parsed[0]?.citations).toHaveLength(1);
  });

  it('walks a folder and summarizes', async () => {
    const r = await cli('extract', join(SHARED, 'corpus', 'seeds'), '--summary');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^5 documents read, 0 failed, 154 citations/);
  });

  it('exits 2 on a usage error', async () => {
    const r = await cli('extract');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing required argument/);
  });
});
