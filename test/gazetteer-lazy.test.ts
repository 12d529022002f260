import { describe, expect, it, vi } from 'vitest';
import type * as GazetteerModule from '../src/place/gazetteer.js';

/**
 * The gazetteer answers a lookup by code or slug from the unit's own line before the whole table is
 * built (src/place/gazetteer.ts): every such answer must be the one the whole table gives, and the
 * units made early must be the very objects the table holds afterwards (callers compare units with
 * === and includes()).
 */
type Gazetteer = typeof GazetteerModule;

async function fresh(): Promise<Gazetteer> {
  vi.resetModules();
  return import('../src/place/gazetteer.js');
}

describe('gazetteer: lookups before the whole table', () => {
  it('answer every code and slug of both lists as the whole table does, with the same objects', async () => {
    const whole = await fresh();
    const units = (['before-2025-07', 'from-2025-07'] as const).flatMap((era) => (['province', 'district', 'commune'] as const).flatMap((level) => whole.placesAt(level, { era })));
    expect(units.length).toBe(10806 + 3355);
    // the table's own answers, before the lazy module is asked anything
    const bySlug = new Map(units.map((u) => [u.slug, JSON.stringify(whole.placesBySlug(u.slug))]));

    const lazy = await fresh();
    // every lookup searches the text (past the limit a process builds the table: tested below)
    lazy.lazySearches.limit = Infinity;
    // children before parents, shuffled by a fixed rule, so a unit is often made by its child's lookup; every province
    // and district, one commune in four (each lookup is a pass over the text: all 14 161 took 17 s)
    const sample = units.filter((u, i) => u.level !== 'commune' || i % 4 === 0);
    const order = sample.filter((_, i) => i % 7 !== 3).reverse().concat(sample.filter((_, i) => i % 7 === 3));
    const early = new Map<string, unknown>();
    for (const u of order) {
      const byCode = lazy.placeByCode(u.code);
      expect(byCode).toEqual(u);
      early.set(u.code, byCode);
      expect(JSON.stringify(lazy.placesBySlug(u.slug))).toBe(bySlug.get(u.slug));
      expect(JSON.stringify(lazy.placesBySlug(u.slug, '2025-08-01'))).toBe(JSON.stringify(whole.placesBySlug(u.slug, '2025-08-01')));
    }
    // the whole table, built now, holds the units made before it
    for (const era of ['before-2025-07', 'from-2025-07'] as const) {
      for (const level of ['province', 'district', 'commune'] as const) {
        for (const u of lazy.placesAt(level, { era })) if (early.has(u.code)) expect(early.get(u.code)).toBe(u);
      }
    }
    expect(early.size).toBe(sample.length);
    expect(lazy.placeByCode('42')).toBe(early.get('42'));
  });

  it('keeps one object per unit when the table is built in the middle of a lookup (its parent\'s search past the limit)', async () => {
    for (const misses of [0, 60, 62, 63, 64]) {
      const lazy = await fresh();
      for (let i = 0; i < misses; i++) lazy.placeByCode(String(90000 + i));
      // a commune's lookup reads its district and province lines too: the search that crosses the limit builds the table
      const [commune] = lazy.placesBySlug('tinh-long-an.huyen-tan-thanh.xa-tan-thanh');
      expect(commune).toBeDefined();
      expect(lazy.placeByCode(commune!.code)).toBe(commune);
      expect(lazy.childrenOf(commune!.parent!)).toContain(commune);
      for (const era of ['before-2025-07', 'from-2025-07'] as const) {
        for (const level of ['province', 'district', 'commune'] as const) {
          for (const u of lazy.placesAt(level, { era })) if (lazy.placeByCode(u.code) !== u) throw new Error(`${misses} misses: two objects for ${u.code}`);
        }
      }
    }
  });

  it('builds the table past the limit of searches, answering the same with the same objects', async () => {
    const lazy = await fresh();
    const early = lazy.placesBySlug('tinh-ha-tinh.huyen-can-loc')[0];
    expect(lazy.lazySearches.limit).toBe(64);
    // misses count too: a process asking for many places gets the table instead of a pass over the text each
    for (let i = 0; i < 100; i++) expect(lazy.placesBySlug(`tinh-ha-tinh.huyen-x${i}`)).toEqual([]);
    const after = lazy.placesBySlug('tinh-ha-tinh.huyen-can-loc');
    expect(after[0]).toBe(early);
    expect(lazy.placeByCode('443')).toBe(early);
    expect(JSON.stringify(lazy.placesBySlug('tinh-ha-tinh.huyen-nghi-xuan.xa-xuan-hoi'))).toBe(JSON.stringify((await fresh()).placesBySlug('tinh-ha-tinh.huyen-nghi-xuan.xa-xuan-hoi')));
  });

  it('finds nothing for what is no code or slug of the lists', async () => {
    const lazy = await fresh();
    lazy.lazySearches.limit = Infinity;
    for (const code of ['', 'N', '4', '42\tP', '42\n', 'x42', 'N42\t', '99999999', '00001\tp', 'NN44']) expect(lazy.placeByCode(code)).toBeUndefined();
    for (const slug of ['', 'tinh-', 'tinh-ha-tinh.', 'ha-tinh', 'huyen-can-loc', 'tinh-ha-tinh.huyen-can-loc.', 'tinh-ha-tinh.xa-zzz', 'tp-ha-tinh', 'tinh-ha-tinh\n', 'tinh-ha\ttinh', 'tinh-dat-mui']) {
      expect(lazy.placesBySlug(slug)).toEqual([]);
    }
    // the last line of a list (no line end after it) is found too
    expect(lazy.placesBySlug('tinh-ca-mau.huyen-ngoc-hien.xa-dat-mui').map((u) => u.code)).toEqual(['32248']);
    expect(lazy.placeByCode('32248')?.display).toBe('xã Đất Mũi (Ngọc Hiển, Cà Mau)');
  });

  it('lists the provinces of each era from their lines as the whole table does, with the same objects', async () => {
    const whole = await fresh();
    const expected = (['before-2025-07', 'from-2025-07'] as const).map((era) => JSON.stringify(whole.placesAt('province', { era })));
    const lazy = await fresh();
    const before = lazy.placesAt('province', { era: 'before-2025-07' });
    const after = lazy.placesAt('province', { date: '2025-07-01' });
    expect([before.length, after.length]).toEqual([63, 34]);
    expect([JSON.stringify(before), JSON.stringify(after)]).toEqual(expected);
    // a fresh array each time (a caller may sort it), of the same units
    before.reverse();
    expect(JSON.stringify(lazy.placesAt('province', { era: 'before-2025-07' }))).toBe(expected[0]);
    expect(lazy.placeByCode('42')).toBe(before.find((u) => u.code === '42'));
    // the whole table built afterwards keeps them
    expect(lazy.placesAt('district', { era: 'before-2025-07', within: '42' }).every((u) => u.province === '42')).toBe(true);
    expect(lazy.childrenOf('42')[0]?.parent).toBe('42');
    for (const u of after) expect(lazy.placeByCode(u.code)).toBe(u);
    expect(JSON.stringify(lazy.placesAt('province', { era: 'from-2025-07' }))).toBe(expected[1]);
  });

  it('answers a slug and a code the same before and after the table is built', async () => {
    const lazy = await fresh();
    const before = lazy.placesBySlug('tinh-ha-tinh.huyen-can-loc');
    const province = lazy.placeByCode('N44');
    expect(lazy.childrenOf('42').length).toBeGreaterThan(10);
    expect(lazy.placesBySlug('tinh-ha-tinh.huyen-can-loc')).toEqual(before);
    expect(lazy.placesBySlug('tinh-ha-tinh.huyen-can-loc')[0]).toBe(before[0]);
    expect(lazy.placeByCode('N44')).toBe(province);
    expect(lazy.unitsNamed('Can Lộc', 'before-2025-07')).toContain(before[0]);
  });
});
