/**
 * Issuer codes (spec §2.6): a closed core with level and family, and an open tail.
 * Levels decide whether a symbol is unique by itself or needs a place.
 */
export type Level = 'central' | 'province' | 'district' | 'commune' | 'any';

export interface IssuerCode {
  readonly code: string;
  readonly level: Level;
  readonly party: boolean;
  readonly gloss: string;
}

const central = (code: string, gloss: string, party = false): IssuerCode => ({ code, level: 'central', party, gloss });

export const ISSUER_CODES: readonly IssuerCode[] = [
  central('TW', 'Ban Chấp hành Trung ương Đảng, Bộ Chính trị, Ban Bí thư (Party Central Committee, Politburo, Secretariat)', true),
  central('VPTW', 'Văn phòng Trung ương Đảng (Party Central Office)', true),
  central('BTCTW', 'Ban Tổ chức Trung ương (Central Organization Commission)', true),
  central('BTGTW', 'Ban Tuyên giáo Trung ương (Central Propaganda Commission)', true),
  central('BTGDVTW', 'Ban Tuyên giáo và Dân vận Trung ương', true),
  central('BDVTW', 'Ban Dân vận Trung ương (Central Mass Mobilization Commission)', true),
  central('BKTTW', 'Ban Kinh tế Trung ương (Central Economic Commission)', true),
  central('BNCTW', 'Ban Nội chính Trung ương (Central Internal Affairs Commission)', true),
  central('BĐNTW', 'Ban Đối ngoại Trung ương (Central External Relations Commission)', true),
  central('UBKTTW', 'Ủy ban Kiểm tra Trung ương (Central Inspection Commission)', true),
  central('BCSĐCP', 'Ban Cán sự Đảng Chính phủ (Government Party Committee)', true),
  central('ĐUCP', 'Đảng ủy Chính phủ (Government Party Committee, since 2025)', true),
  central('ĐĐQH', 'Đảng đoàn Quốc hội (National Assembly Party Delegation)', true),
  central('ĐUQHTW', 'Đảng ủy Quốc hội', true),
  central('QH', 'Quốc hội (National Assembly)'),
  central('UBTVQH', 'Ủy ban Thường vụ Quốc hội (NA Standing Committee)'),
  central('VPQH', 'Văn phòng Quốc hội (NA Office)'),
  central('CTN', 'Chủ tịch nước (State President)'),
  central('CP', 'Chính phủ (Government)'),
  central('TTg', 'Thủ tướng Chính phủ (Prime Minister)'),
  central('VPCP', 'Văn phòng Chính phủ (Government Office)'),
  central('TTCP', 'Thanh tra Chính phủ (Government Inspectorate)'),
  central('BNV', 'Bộ Nội vụ (Ministry of Home Affairs)'),
  central('BTC', 'Bộ Tài chính (Ministry of Finance)'),
  central('BCA', 'Bộ Công an (Ministry of Public Security)'),
  central('BQP', 'Bộ Quốc phòng (Ministry of Defence)'),
  central('BNG', 'Bộ Ngoại giao (Ministry of Foreign Affairs)'),
  central('BTP', 'Bộ Tư pháp (Ministry of Justice)'),
  central('BKHĐT', 'Bộ Kế hoạch và Đầu tư (Ministry of Planning and Investment)'),
  central('BCT', 'Bộ Công Thương (Ministry of Industry and Trade)'),
  central('BXD', 'Bộ Xây dựng (Ministry of Construction)'),
  central('BGTVT', 'Bộ Giao thông vận tải (Ministry of Transport)'),
  central('BNNPTNT', 'Bộ Nông nghiệp và Phát triển nông thôn'),
  central('BNNMT', 'Bộ Nông nghiệp và Môi trường (since 2025)'),
  central('BTNMT', 'Bộ Tài nguyên và Môi trường'),
  central('BTTTT', 'Bộ Thông tin và Truyền thông'),
  central('BKHCN', 'Bộ Khoa học và Công nghệ'),
  central('BGDĐT', 'Bộ Giáo dục và Đào tạo'),
  central('BYT', 'Bộ Y tế (Ministry of Health)'),
  central('BLĐTBXH', 'Bộ Lao động - Thương binh và Xã hội'),
  central('LĐTBXH', 'Bộ Lao động - Thương binh và Xã hội (in công văn numbers)'),
  central('BVHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch'),
  central('BDTTG', 'Bộ Dân tộc và Tôn giáo (since 2025)'),
  central('NHNN', 'Ngân hàng Nhà nước (State Bank)'),
  central('UBDT', 'Ủy ban Dân tộc (Committee for Ethnic Affairs)'),
  central('KTNN', 'Kiểm toán nhà nước (State Audit)'),
  central('TANDTC', 'Tòa án nhân dân tối cao (Supreme Court)'),
  central('VKSNDTC', 'Viện kiểm sát nhân dân tối cao (Supreme Procuracy)'),
  central('HĐTP', 'Hội đồng Thẩm phán (Council of Judges)'),
  central('HĐBT', 'Hội đồng Bộ trưởng (Council of Ministers, before 1992)'),
  central('HĐNN', 'Hội đồng Nhà nước (Council of State, before 1992)'),
  central('TCT', 'Tổng cục Thuế (General Department of Taxation)'),
  central('TLĐ', 'Tổng Liên đoàn Lao động Việt Nam (Confederation of Labour)'),
  central('MTTQ', 'Mặt trận Tổ quốc Việt Nam (Fatherland Front)'),
  central('BHXH', 'Bảo hiểm xã hội Việt Nam (Social Security)'),
  { code: 'UBND', level: 'any', party: false, gloss: 'Ủy ban nhân dân (People’s Committee, any level)' },
  { code: 'HĐND', level: 'any', party: false, gloss: 'Hội đồng nhân dân (People’s Council, any level)' },
  { code: 'TU', level: 'province', party: true, gloss: 'Tỉnh ủy / Thành ủy (provincial Party committee)' },
  { code: 'HU', level: 'district', party: true, gloss: 'Huyện ủy (district Party committee)' },
  { code: 'QU', level: 'district', party: true, gloss: 'Quận ủy (urban district Party committee)' },
  { code: 'ThU', level: 'district', party: true, gloss: 'Thị ủy / Thành ủy thuộc tỉnh (town Party committee)' },
  { code: 'ĐU', level: 'commune', party: true, gloss: 'Đảng ủy (commune or grassroots Party committee)' },
  { code: 'ĐUK', level: 'province', party: true, gloss: 'Đảng ủy Khối (bloc Party committee)' },
  { code: 'BCĐ', level: 'any', party: false, gloss: 'Ban Chỉ đạo (steering committee, any level)' },
];

const BY_UPPER = new Map(ISSUER_CODES.map((c) => [c.code.toUpperCase(), c] as const));

/**
 * Codes by their spelling without the stroke of Đ, the only mark a code carries: a copy that lost its tones writes "HDND",
 * "BLDTBXH", and is the same issuer. Built for any table of codes; a spelling two codes share (HD: Hướng dẫn, HĐ: Hội đồng)
 * gives neither back.
 */
export function codesWithoutStroke(codes: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const code of codes) {
    const key = code.toUpperCase().replace(/Đ/gu, 'D');
    out.set(key, out.has(key) && out.get(key) !== code ? '' : code);
  }
  return out;
}

const WITHOUT_STROKE = codesWithoutStroke(ISSUER_CODES.map((c) => c.code));

/** Look a code up case-insensitively; legislature-numbered codes (QH14, UBTVQH11) by their stem. */
export function lookupIssuer(code: string): IssuerCode | undefined {
  const up = code.toUpperCase();
  const hit = BY_UPPER.get(up);
  if (hit) return hit;
  const stem = /^(UBTVQH|QH)\d+$/.exec(up);
  if (stem) return BY_UPPER.get(stem[1] as string);
  return undefined;
}

/** Level of an issuer code, including the open tail: provincial departments (SNV, STC, SXD…) and boards of a Tỉnh ủy. */
export function issuerLevel(code: string): Level | 'unknown' {
  const hit = lookupIssuer(code);
  if (hit) return hit.level;
  if (/^S[A-ZĐ&]{1,8}$/.test(code) && !/^(SY|SL)$/.test(code)) return 'province'; // Sở … (provincial departments)
  if (/^(BTG|BDV|UBKT|VP|BTC|BNC)TU$/i.test(code)) return 'province';
  if (/TW$/.test(code)) return 'central';
  if (/^BCSĐ/.test(code)) return 'central';
  return 'unknown';
}

/** Canonical spelling of a code: the lexicon's, else upper case (codes compare case-insensitively). */
export function canonicalIssuerCode(code: string): string {
  const up = code.toUpperCase();
  const hit = BY_UPPER.get(up);
  if (hit) return hit.code;
  const restored = up.includes('Đ') ? '' : WITHOUT_STROKE.get(up);
  return restored || up;
}
