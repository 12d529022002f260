/**
 * Document type words and type codes (Nghị định 30/2020 Phụ lục III; Hướng dẫn 36-HD/VPTW).
 * Each entry: the canonical type name (Vietnamese, as the gold writes it) and a gloss.
 */
export interface TypeWord {
  /** canonical name, e.g. "Nghị quyết" */
  readonly name: string;
  /** surface forms, lower case, old-style tones; the longest is tried first */
  readonly forms: readonly string[];
  /** the code this type carries in a symbol, when it has one */
  readonly code: string | null;
  readonly gloss: string;
}

export const TYPE_WORDS: readonly TypeWord[] = [
  { name: 'Nghị quyết', forms: ['nghị quyết liên tịch', 'nghị quyết'], code: 'NQ', gloss: 'resolution' },
  // "nghi định": the dot below dropped in typing ("Điều 14 Nghi định số 60/2014/NĐ-CP"); the phrase means nothing else
  { name: 'Nghị định', forms: ['nghị định', 'nghi định'], code: 'NĐ', gloss: 'government decree' },
  { name: 'Quyết định', forms: ['quyết định'], code: 'QĐ', gloss: 'decision' },
  { name: 'Chỉ thị', forms: ['chỉ thị'], code: 'CT', gloss: 'directive' },
  // "thông tư liên bộ" (inter-ministerial circular, "24/TT-LB") is the joint circular's name before 1996
  { name: 'Thông tư liên tịch', forms: ['thông tư liên tịch', 'thông tư liên bộ'], code: 'TTLT', gloss: 'joint circular' },
  { name: 'Thông tư', forms: ['thông tư'], code: 'TT', gloss: 'circular' },
  { name: 'Pháp lệnh', forms: ['pháp lệnh'], code: 'PL', gloss: 'ordinance' },
  { name: 'Lệnh', forms: ['lệnh'], code: 'L', gloss: 'order (of the President)' },
  { name: 'Bộ luật', forms: ['bộ luật'], code: null, gloss: 'code' },
  { name: 'Luật', forms: ['luật'], code: null, gloss: 'law' },
  { name: 'Hiến pháp', forms: ['hiến pháp'], code: null, gloss: 'constitution' },
  { name: 'Kết luận', forms: ['kết luận'], code: 'KL', gloss: 'conclusion (Party)' },
  { name: 'Quy định', forms: ['quy định'], code: 'QĐi', gloss: 'regulation' },
  // "quy chế phối hợp" (rules of coordination between bodies, "Quy chế phối hợp số 01/QCPH-UBND-MTTQ") is a kind of rules
  { name: 'Quy chế', forms: ['quy chế phối hợp', 'quy chế'], code: 'QC', gloss: 'rules' },
  { name: 'Điều lệ', forms: ['điều lệ'], code: null, gloss: 'charter (of the Party, of an association)' },
  { name: 'Kế hoạch', forms: ['kế hoạch'], code: 'KH', gloss: 'plan' },
  { name: 'Chương trình', forms: ['chương trình hành động', 'chương trình'], code: 'CTr', gloss: 'programme (of action)' },
  { name: 'Hướng dẫn', forms: ['hướng dẫn'], code: 'HD', gloss: 'guidance' },
  { name: 'Thông báo', forms: ['thông báo kết luận', 'thông báo'], code: 'TB', gloss: 'notice' },
  { name: 'Thông tri', forms: ['thông tri'], code: 'TT', gloss: 'Party circular' },
  { name: 'Thông cáo', forms: ['thông cáo'], code: 'TC', gloss: 'communiqué' },
  { name: 'Đề án', forms: ['đề án'], code: 'ĐA', gloss: 'scheme' },
  { name: 'Dự án', forms: ['dự án'], code: 'DA', gloss: 'project' },
  { name: 'Phương án', forms: ['phương án'], code: 'PA', gloss: 'option plan' },
  { name: 'Công văn', forms: ['công văn'], code: null, gloss: 'official letter' },
  { name: 'Công điện', forms: ['công điện'], code: 'CĐ', gloss: 'official telegram' },
  { name: 'Tờ trình', forms: ['tờ trình'], code: 'TTr', gloss: 'submission' },
  { name: 'Báo cáo', forms: ['báo cáo thẩm tra', 'báo cáo'], code: 'BC', gloss: 'report' },
  { name: 'Biên bản', forms: ['biên bản'], code: 'BB', gloss: 'minutes' },
  { name: 'Văn bản hợp nhất', forms: ['văn bản hợp nhất'], code: 'VBHN', gloss: 'consolidated text' },
  { name: 'Phiếu trình', forms: ['phiếu trình'], code: 'PT', gloss: 'internal submission note' },
  { name: 'Giấy mời', forms: ['giấy mời'], code: 'GM', gloss: 'invitation' },
];

/** Generic nouns that may precede a number without giving its type ("văn bản số 364/TTr-BNG"). */
export const GENERIC_HEADS: readonly string[] = ['văn bản', 'công văn', 'ý kiến', 'thông tin'];

/** Type code → canonical type name, for numbers cited without a type word. */
export const TYPE_BY_CODE: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết', NQLT: 'Nghị quyết', 'NQ-CP': 'Nghị quyết', NĐ: 'Nghị định', QĐ: 'Quyết định', QĐi: 'Quy định',
  QyĐ: 'Quy định', CT: 'Chỉ thị', TT: 'Thông tư', TTLT: 'Thông tư liên tịch', PL: 'Pháp lệnh', L: 'Lệnh',
  KL: 'Kết luận', KH: 'Kế hoạch', CTr: 'Chương trình', HD: 'Hướng dẫn', TB: 'Thông báo', BC: 'Báo cáo',
  TTr: 'Tờ trình', QC: 'Quy chế', ĐA: 'Đề án', DA: 'Dự án', PA: 'Phương án', CĐ: 'Công điện', HĐ: 'Hợp đồng',
  BB: 'Biên bản', GM: 'Giấy mời', TC: 'Thông cáo', CV: 'Công văn', VBHN: 'Văn bản hợp nhất', PT: 'Phiếu trình',
  BGN: 'Bản ghi nhớ', GN: 'Bản ghi nhớ', BTT: 'Bản thỏa thuận', TTh: 'Bản thỏa thuận', GUQ: 'Giấy ủy quyền',
  GGT: 'Giấy giới thiệu', GNP: 'Giấy nghỉ phép', NP: 'Giấy nghỉ phép', PG: 'Phiếu gửi', PC: 'Phiếu chuyển',
  PB: 'Phiếu báo', TTg: 'Quyết định',
};

/** Type codes in canonical spelling; input is matched case-insensitively ("QĐI" → "QĐi"). */
export const TYPE_CODES: readonly string[] = [
  'NQ', 'NQLT', 'NĐ', 'QĐ', 'QĐi', 'QyĐ', 'CT', 'TT', 'TTLT', 'PL', 'L', 'KL', 'KH', 'CTr', 'HD', 'TB', 'BC', 'TTr',
  'QC', 'ĐA', 'DA', 'PA', 'CĐ', 'HĐ', 'BB', 'GM', 'TC', 'CV', 'VBHN', 'PT', 'BGN', 'GN', 'BTT', 'TTh', 'GUQ', 'GGT',
  'GNP', 'NP', 'PG', 'PC', 'PB', 'SY', 'TrS', 'SL', 'GP', 'KTr', 'BCĐ', 'HDLT', 'CTLT', 'NQLT',
];
