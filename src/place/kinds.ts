import { z } from 'zod';

/** Kinds of administrative unit. The Vietnamese unit words and their abbreviations are in KIND_WORD and UNIT_WORDS. */
export const UnitKindSchema = z.enum([
  'province', // tỉnh
  'central-city', // thành phố trực thuộc trung ương: a province-level city
  'urban-district', // quận
  'rural-district', // huyện
  'town', // thị xã
  'city', // thành phố thuộc tỉnh: a district-level city
  'ward', // phường
  'commune', // xã
  'township', // thị trấn
  'special-zone', // đặc khu (commune level, from 1 July 2025)
]);
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const KIND_BY_LETTER: Readonly<Record<string, UnitKind>> = {
  P: 'province', C: 'central-city', q: 'urban-district', h: 'rural-district', x: 'town', t: 'city',
  p: 'ward', s: 'commune', r: 'township', d: 'special-zone',
};

export const LEVEL_OF_KIND: Readonly<Record<UnitKind, 'province' | 'district' | 'commune'>> = {
  province: 'province', 'central-city': 'province', 'urban-district': 'district', 'rural-district': 'district',
  town: 'district', city: 'district', ward: 'commune', commune: 'commune', township: 'commune', 'special-zone': 'commune',
};

/** The unit word written before a name, in lower case. */
export const KIND_WORD: Readonly<Record<UnitKind, string>> = {
  province: 'tỉnh', 'central-city': 'thành phố', 'urban-district': 'quận', 'rural-district': 'huyện', town: 'thị xã',
  city: 'thành phố', ward: 'phường', commune: 'xã', township: 'thị trấn', 'special-zone': 'đặc khu',
};

/** The unit word's part of an id slug ("tinh-ha-tinh", "huyen-can-loc"); the slugs vanban has always used. */
export const KIND_SLUG: Readonly<Record<UnitKind, string>> = {
  province: 'tinh', 'central-city': 'tp', 'urban-district': 'quan', 'rural-district': 'huyen', town: 'tx', city: 'tp',
  ward: 'phuong', commune: 'xa', township: 'tt', 'special-zone': 'dk',
};

/**
 * Unit words as documents write them, with the kinds each may mean. "Thành phố" is a province-level
 * city or a district-level one; a Party committee's name says the unit ("Huyện ủy" = huyện). Matched
 * case-insensitively on word boundaries, longest first.
 */
export const UNIT_WORDS: readonly { words: readonly string[]; kinds: readonly UnitKind[] }[] = [
  { words: ['tỉnh ủy', 'tỉnh uỷ', 'tỉnh'], kinds: ['province', 'central-city'] },
  { words: ['thành ủy', 'thành uỷ', 'thành phố', 'tp.', 'tp', 't.p.', 't.p'], kinds: ['central-city', 'city'] },
  { words: ['huyện ủy', 'huyện uỷ', 'huyện', 'h.'], kinds: ['rural-district'] },
  { words: ['quận ủy', 'quận uỷ', 'quận', 'q.'], kinds: ['urban-district'] },
  { words: ['thị ủy', 'thị uỷ', 'thị xã', 'tx.', 'tx', 't.x.'], kinds: ['town'] },
  { words: ['thị trấn', 'tt.'], kinds: ['township'] },
  { words: ['phường', 'p.'], kinds: ['ward'] },
  { words: ['đặc khu'], kinds: ['special-zone'] },
  { words: ['xã', 'x.'], kinds: ['commune'] },
];
