import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { rng } from '../bench/fuzz-snapshot.mjs';
import { Corpus, saveSnapshot } from '../src/graph/index.js';
import { shapeCheck } from '../src/graph/shape-check.js';
import { GraphRecordSchemas } from '../src/graph/snapshot.js';

/**
 * The snapshot loader takes a record that passes the copy-free check as it is, instead of zod's copy:
 * that is only right if every value the check passes is one zod accepts and returns equal. Checked on
 * the records of a real snapshot and on tens of thousands of them reshaped (a key dropped, a value of
 * another type at any depth, a key added), and on schema constructs the check must leave to zod.
 */

const WEIRD = [null, true, false, 0, -1, 1.5, 2 ** 53, '', 'x', 'node', [], {}, ['x'], { t: 'node' }, '2020-01-01', 'a'.repeat(64)];

function reshape(value: unknown, random: () => number): unknown {
  if (value === null || typeof value !== 'object') return WEIRD[Math.floor(random() * WEIRD.length)];
  const keys = Object.keys(value);
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...(value as Record<string, unknown>) };
  const r = random();
  if (!Array.isArray(value) && (keys.length === 0 || r < 0.1)) {
    copy.extra = 1;
    return copy;
  }
  if (keys.length === 0) return WEIRD[Math.floor(random() * WEIRD.length)];
  const k = keys[Math.floor(random() * keys.length)] as string;
  if (r < 0.3 && !Array.isArray(copy)) delete copy[k];
  else if (r < 0.7) copy[k] = reshape(copy[k], random);
  else copy[k] = WEIRD[Math.floor(random() * WEIRD.length)];
  return copy;
}

it('a record the check passes is one zod accepts and returns equal; every record of a real snapshot passes', async () => {
  const corpus = await Corpus.fromFolder(join(import.meta.dirname, '..', 'corpus', 'seeds'));
  const path = join(mkdtempSync(join(tmpdir(), 'vanban-shape-')), 'seeds.ndjson');
  // format 4: the one whose graph part is JSON records checked this way
  await saveSnapshot(corpus, path, { version: 4 });
  const records = readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => (l.startsWith('{"t":') ? (JSON.parse(l) as { t: string }) : null))
    .filter((r): r is { t: string } => r !== null && r.t in GraphRecordSchemas);
  const kinds = new Set(records.map((r) => r.t));
  expect([...kinds].sort()).toEqual(['document', 'edge', 'node']);
  const checks = Object.fromEntries(Object.entries(GraphRecordSchemas).map(([t, s]) => [t, shapeCheck(s)]));
  const schemaOf = (t: string): z.ZodType => GraphRecordSchemas[t as keyof typeof GraphRecordSchemas];
  // the fast path is taken: every record vanban wrote passes (and zod returns it equal)
  for (const r of records) {
    expect(checks[r.t]?.(r), JSON.stringify(r).slice(0, 200)).toBe(true);
    expect(isDeepStrictEqual(schemaOf(r.t).parse(r), r)).toBe(true);
  }
  const random = rng(17);
  let passed = 0;
  let refused = 0;
  for (let i = 0; i < 30_000; i++) {
    const r = records[Math.floor(random() * records.length)] as { t: string };
    let v: unknown = r;
    for (let n = 1 + Math.floor(random() * 2); n > 0; n--) v = reshape(v, random);
    // what the loader sees: JSON text parsed, sometimes with a "__proto__" key (an own property after JSON.parse)
    let text = JSON.stringify(v);
    if (random() < 0.05) {
      const at = text.indexOf('{"', Math.floor(random() * text.length));
      if (at >= 0) text = `${text.slice(0, at + 1)}"__proto__":{},${text.slice(at + 1)}`;
    }
    v = JSON.parse(text);
    const t = (v as { t?: unknown } | null)?.t;
    if (typeof t !== 'string' || !(t in GraphRecordSchemas)) continue;
    const fast = (checks[t] as (v: unknown) => boolean)(v);
    const parsed = schemaOf(t).safeParse(v);
    if (fast) {
      passed++;
      expect(parsed.success, JSON.stringify(v).slice(0, 300)).toBe(true);
      expect(isDeepStrictEqual(parsed.data, v), JSON.stringify(v).slice(0, 300)).toBe(true);
    } else if (!parsed.success) refused++;
  }
  // both sides were reached: reshapes zod accepts as they are, and reshapes it refuses
  expect(passed).toBeGreaterThan(1000);
  expect(refused).toBeGreaterThan(10_000);
}, 60_000);

it('leaves to zod what it cannot check without a copy', () => {
  const cases: Array<[z.ZodType, unknown]> = [
    [z.object({ a: z.string() }).strict(), { a: 'x' }],
    [z.object({ a: z.string() }).passthrough(), { a: 'x' }],
    [z.object({ a: z.string().trim() }), { a: 'x' }],
    [z.object({ a: z.string().toLowerCase() }), { a: 'x' }],
    [z.object({ a: z.string().default('x') }), { a: 'x' }],
    [z.object({ a: z.string().transform((s) => s) }), { a: 'x' }],
    [z.object({ a: z.number().multipleOf(2) }), { a: 2 }],
    [z.object({ a: z.string() }).refine(() => true), { a: 'x' }],
    [z.object({ a: z.union([z.string(), z.number()]) }), { a: 'x' }],
    [z.object({ a: z.array(z.string()).min(1) }), { a: ['x'] }],
  ];
  for (const [schema, value] of cases) expect(shapeCheck(schema)(value)).toBe(false);
  // and what it checks, it checks as zod does
  const s = z.object({ n: z.number().int().nonnegative(), p: z.number().int().positive(), r: z.string().regex(/^[0-9a-f]{4}$/).optional(), e: z.enum(['a', 'b']).nullable(), l: z.literal('x'), b: z.boolean(), xs: z.array(z.string()) });
  const ok = { n: 0, p: 1, r: 'beef', e: null, l: 'x', b: false, xs: [] };
  expect(shapeCheck(s)(ok)).toBe(true);
  for (const bad of [{ ...ok, n: -1 }, { ...ok, n: 0.5 }, { ...ok, p: 0 }, { ...ok, r: 'BEEF' }, { ...ok, e: 'c' }, { ...ok, l: 'y' }, { ...ok, b: 0 }, { ...ok, xs: [1] }, { ...ok, extra: 1 }, { n: 0 }]) {
    expect(shapeCheck(s)(bad)).toBe(false);
    expect(s.safeParse(bad).success && isDeepStrictEqual(s.parse(bad), bad)).toBe(false);
  }
});
