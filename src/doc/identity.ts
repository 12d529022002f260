import { formatId, isUnknownPlace, numberedIdParts, placeFromPhrase, slug } from '../cite/ids.js';
import { TYPE_BY_CODE, TYPE_WORDS } from '../cite/lexicon/document-types.js';
import { placeByCode, resolvePlace as resolveWrittenPlace, type PlaceLevel } from '../place/index.js';
import { issuerLevel } from '../cite/lexicon/issuers.js';
import { parseSymbol } from '../cite/symbol.js';
import { typeNameOf } from '../cite/phrases.js';
import { fold } from '../text/fold.js';
import { numberFromFileName } from './file-name.js';
import type { RawHeader } from './header.js';
import type { DocIdentity, Level } from './schema.js';

/**
 * What the document is: type, number, date, place, issuer, level, family and its id in
 * the citation id scheme (so that citations of it meet it). Values read from the header
 * are facts; values taken from the signature or the body are marked inferred; what
 * cannot be found is null with a warning.
 */

const CENTRAL_ORGANS = /^(?:QUỐC HỘI|ỦY BAN THƯỜNG VỤ QUỐC HỘI|UỶ BAN THƯỜNG VỤ QUỐC HỘI|ỦY BAN THƯỜNG VỤ|UỶ BAN THƯỜNG VỤ|CHÍNH PHỦ|THỦ TƯỚNG|VĂN PHÒNG CHÍNH PHỦ|VĂN PHÒNG QUỐC HỘI|VĂN PHÒNG CHỦ TỊCH NƯỚC|BỘ |NGÂN HÀNG NHÀ NƯỚC|KIỂM TOÁN NHÀ NƯỚC|THANH TRA CHÍNH PHỦ|TÒA ÁN NHÂN DÂN TỐI CAO|TOÀ ÁN NHÂN DÂN TỐI CAO|VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO|HỘI ĐỒNG THẨM PHÁN|BAN CHẤP HÀNH TRUNG ƯƠNG|BỘ CHÍNH TRỊ|BAN BÍ THƯ|VĂN PHÒNG TRUNG ƯƠNG|BAN TỔ CHỨC TRUNG ƯƠNG|BAN TUYÊN GIÁO|BAN DÂN VẬN TRUNG ƯƠNG|BAN CÁN SỰ ĐẢNG CHÍNH PHỦ|TỔNG CỤC|CỤC |ỦY BAN DÂN TỘC|UỶ BAN DÂN TỘC|BẢO HIỂM XÃ HỘI VIỆT NAM|TỔNG LIÊN ĐOÀN|CHỦ TỊCH NƯỚC)/u;
// "Ủy ban nhân dân tỉnh xây dựng Kế hoạch", "UBND thị xã ban hành kế hoạch": the issuer named by the body
// (its words may wrap: "… Ủy ban nhân dân thị xã xây dựng\nKế hoạch …"; the place's name is read on one line)
const BODY_ISSUER = /(Ủy[ \n]+ban[ \n]+nhân[ \n]+dân|Uỷ[ \n]+ban[ \n]+nhân[ \n]+dân|UBND|Hội[ \n]+đồng[ \n]+nhân[ \n]+dân|HĐND)[ \n]+(tỉnh|thành[ \n]+phố|thị[ \n]+xã|huyện|quận|xã|phường|thị[ \n]+trấn)(?:[ ]+(\p{Lu}\p{Ll}*(?:[ ]+\p{Lu}\p{Ll}*){0,3}))?[ \n]+(?:xây[ \n]+dựng|ban[ \n]+hành)[ \n]+(?:Kế[ \n]+hoạch|kế[ \n]+hoạch|Chương[ \n]+trình|chương[ \n]+trình|Quyết[ \n]+định|Đề[ \n]+án|Hướng[ \n]+dẫn)/u;
// (its words may wrap, "… trên địa bàn thị\nxã Hồng Lĩnh"; the name's own words are read on one line: the next line may open with a
// capital)
const ON_TERRITORY = /trên[ \n]+địa[ \n]+bàn[ \n]+(tỉnh|thành[ \n]+phố|thị[ \n]+xã|huyện)[ \n]+(\p{Lu}\p{Ll}*(?:[ ]+\p{Lu}\p{Ll}*){0,3})/u;

// signer titles that name exactly one issuing office (a Bộ trưởng could sign for any ministry)
const SIGNER_ORGANS: Record<string, string> = {
  'THỦ TƯỚNG': 'THỦ TƯỚNG CHÍNH PHỦ', // the Prime Minister
  'CHỦ TỊCH NƯỚC': 'CHỦ TỊCH NƯỚC', // the State President
  'CHỦ TỊCH QUỐC HỘI': 'QUỐC HỘI', // signs the laws and resolutions of the National Assembly
};

const LEVEL_OF_WORD: Record<string, Level> = {
  'tỉnh': 'province', 'thành phố': 'province', 'thị xã': 'district', 'huyện': 'district', 'quận': 'district',
  'xã': 'commune', 'phường': 'commune', 'thị trấn': 'commune',
};

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function canonicalType(raw: RawHeader): { type: string | null; typeLine: string | null } {
  const sym = raw.number?.symbol ?? null;
  const typeLine = raw.typeLine?.written ?? null;
  if (sym?.typeCode === 'VBHN' || raw.consolidated) return { type: 'Văn bản hợp nhất', typeLine };
  if (typeLine) return { type: typeNameOf(typeLine) ?? typeLine, typeLine };
  if (raw.runningTitleType) return { type: typeNameOf(raw.runningTitleType) ?? raw.runningTitleType, typeLine };
  if (sym) {
    if (sym.shape === 'law') return { type: /^UBTVQH/i.test(sym.issuerCodes[0] ?? '') ? 'Nghị quyết' : 'Luật', typeLine };
    if (sym.shape === 'letter') return { type: 'Công văn', typeLine };
    if (sym.typeCode && TYPE_BY_CODE[sym.typeCode]) return { type: TYPE_BY_CODE[sym.typeCode] as string, typeLine };
  }
  if (raw.subject) return { type: 'Công văn', typeLine };
  return { type: null, typeLine };
}

// "tỉnh Đồng Tháp", "UBND Tỉnh Tiền Giang", "thành phố Cần Thơ": provinces a text names (bounded: at most four words)
const PROVINCE_MENTION = /(?<!\p{L})(?:[Tt]ỉnh|TỈNH|[Tt]hành phố|THÀNH PHỐ)[ ]+(\p{Lu}[\p{L}]*(?:[ ]+\p{Lu}[\p{L}]*){0,3})/gu;

/** The unit a phrase names inside the only province the text names that has one by that name, or null. */
function placeInNamedProvince(phrase: string, text: string, date: string | null): ReturnType<typeof placeFromPhrase> {
  const provinces = new Set<string>();
  for (const m of text.slice(0, 30_000).matchAll(PROVINCE_MENTION)) {
    const unit = resolveWrittenPlace(m[0], { level: 'province', ...(date ? { date } : {}) });
    if (unit) provinces.add(unit.code);
    if (provinces.size > 8) break;
  }
  const found = [...provinces].map((code) => placeFromPhrase(phrase, { within: code, date })).filter((r) => r !== null && r.code !== null);
  return found.length === 1 ? (found[0] as NonNullable<ReturnType<typeof placeFromPhrase>>) : null;
}

// "Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 6 năm 2024", "Nghị định này có hiệu lực từ ngày ký ban hành"
const EFFECTIVE = /(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư(?: liên tịch)?|Quyết định|Chỉ thị|Quy định|Quy chế)[ \n]+này[ \n]+có[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(?:[ \n]+kể)?[ \n]+từ[ \n]+ngày[ \n]+(?:(\d{1,2})[ \n]+tháng[ \n]+(\d{1,2})[ \n]+năm[ \n]+(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4})|(ký))/u;

/** A written day, month and year as an ISO date, or null when no such day exists (31 tháng 02, 29/02 of a common year, tháng 13). */
export function writtenDay(d: string | undefined, mo: string | undefined, y: string | undefined): string | null {
  const month = Number(mo);
  const day = Number(d);
  const year = Number(y);
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  // the last day of the month: day 0 of the next one
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${y as string}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The document's own article on effect (the first one: later ones are exceptions), or null; none in a consolidated text. */
function effectClause(text: string, type: string | null): RegExpExecArray | null {
  return type === 'Văn bản hợp nhất' ? null : EFFECTIVE.exec(text);
}

/** The day the document takes effect, from its article on effect. */
function effectiveDate(m: RegExpExecArray | null, date: string | null): string | null {
  if (!m) return null;
  if (m[7]) return date;
  return m[1] ? writtenDay(m[1], m[2], m[3]) : writtenDay(m[4], m[5], m[6]);
}

// what follows the start of the effect when the document is in force for a stated period only: "… có hiệu lực thi hành từ ngày
// 01 tháng 7 năm 2026 đến hết ngày 28 tháng 02 năm 2027", "… kể từ ngày ký ban hành và được thực hiện đến hết ngày 31 tháng 7
// năm 2027" ("đến ngày các quy định … có hiệu lực" names an event, not a day, and gives none)
const UNTIL = /^(?:[ \n]+ban[ \n]+hành)?(?:[ \n]+và)?(?:[ \n]+được)?(?:[ \n]+(?:thực[ \n]+hiện|áp[ \n]+dụng))?[ \n]+(?:cho[ \n]+)?(?:đến|tới)[ \n]+(?:hết[ \n]+)?ngày[ \n]+(?:(\d{1,2})[ \n]+tháng[ \n]+(\d{1,2})[ \n]+năm[ \n]+(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4}))/u;

const OWN_TYPE = String.raw`(?:Luật|Bộ[ \n]+luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định|Chỉ[ \n]+thị|Quy[ \n]+định|Quy[ \n]+chế)[ \n]+này`;
// "3. Nghị quyết này hết hiệu lực kể từ ngày 01 tháng 3 năm 2027, trừ trường hợp …": its own end, said apart from its start
const ENDS_ON_DAY = new RegExp(String.raw`${OWN_TYPE}[ \n]+hết[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(?:[ \n]+kể)?[ \n]+từ[ \n]+ngày[ \n]+(?:(\d{1,2})[ \n]+tháng[ \n]+(\d{1,2})[ \n]+năm[ \n]+(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4}))`, 'gu');
// what may stand before a sentence's subject: the text's start, a sentence's end, an item's mark ("3. ", "b) "); "… được sửa
// đổi, bổ sung tại Điều 3\nNghị định này hết hiệu lực …" has none, and "Nghị định này" there only finishes a pinpoint
const CLAUSE_START_BEFORE = /(?:^|[.;:]|(?:^|\n)[ \t]*[a-zđ]\))[ \t\n]*$/u;
const startsClause = (text: string, at: number): boolean => CLAUSE_START_BEFORE.test(text.slice(Math.max(0, at - 40), at));

/** The day before a written day (the last day in force of a text that ends "kể từ" it). */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The last day the document is in force, when its own text states one: a period in its article on effect ("… đến hết
 * ngày …"), or an end said apart ("Nghị quyết này hết hiệu lực kể từ ngày 01 tháng 3 năm 2027": the day before); the
 * earlier when both are said.
 */
function expiryDate(text: string, m: RegExpExecArray | null, effective: string | null): string | null {
  const days: string[] = [];
  const u = m ? UNTIL.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 160)) : null;
  if (u) {
    const iso = u[1] ? writtenDay(u[1], u[2], u[3]) : writtenDay(u[4], u[5], u[6]);
    if (iso !== null) days.push(iso);
  }
  if (m) {
    for (const e of text.matchAll(ENDS_ON_DAY)) {
      if (!startsClause(text, e.index)) continue;
      const iso = e[1] ? writtenDay(e[1], e[2], e[3]) : writtenDay(e[4], e[5], e[6]);
      if (iso !== null) days.push(dayBefore(iso));
    }
  }
  // a period that ends before it starts is a misreading
  const valid = days.filter((d) => effective === null || d >= effective);
  return valid.length === 0 ? null : valid.reduce((x, y) => (y < x ? y : x));
}

// "Trường hợp luật … có quy định về … được thông qua … thì các quy định tương ứng trong Nghị quyết này hết hiệu lực kể từ thời
// điểm các văn bản quy phạm pháp luật đó có hiệu lực": its own text ends it, or the provisions another act takes over, on an
// event whose day no text gives ("kể từ ngày 01 tháng …" is a day, read above)
const ENDS_ON_EVENT = new RegExp(String.raw`${OWN_TYPE}[ \n]+(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]+(?:kể[ \n]+từ[ \n]+|từ[ \n]+|tại[ \n]+|vào[ \n]+)?(?:thời[ \n]+điểm|ngày|khi)[ \n]+(?!\d)`, 'u');
// the end of the sentence before, or an item's mark: where the clause that holds the condition starts
const CLAUSE_BOUNDARY = /[.;:](?=[ \t]*\n|[ \t]+\p{Lu})|\n[ \t]*(?:\d{1,2}\.|[a-zđ]\))(?=[ \t])/gu;

/**
 * The clause by which the document's own text ends it, or some of its provisions, on an event whose day no text gives, with
 * its offsets; null when it has none. Until its stated last day such a document is in force unless the event happened,
 * which the corpus does not say: its status is then unknown.
 */
function conditionalEnd(text: string, m: RegExpExecArray | null): { start: number; end: number; text: string } | null {
  if (!m) return null;
  const after = text.slice(m.index);
  const e = ENDS_ON_EVENT.exec(after);
  if (!e) return null;
  const at = m.index + e.index;
  // the clause: from the last boundary before it (at most 1 000 characters back) to its sentence's end
  const from = Math.max(0, at - 1000);
  let start = from;
  for (const b of text.slice(from, at).matchAll(CLAUSE_BOUNDARY)) start = from + b.index + b[0].length;
  while (start < at && /\s/u.test(text[start] as string)) start++;
  const stop = /\.(?=\s|$)/u.exec(text.slice(at, at + 600));
  const end = stop ? at + stop.index + 1 : Math.min(text.length, at + 600);
  return { start, end, text: text.slice(start, end).replace(/\s+/gu, ' ') };
}

/** A place with what the official lists say of its unit (code, province, name for people). */
function withUnit(place: Omit<NonNullable<DocIdentity['place']>, 'code' | 'province' | 'display'>, code: string | null): NonNullable<DocIdentity['place']> {
  const unit = code ? placeByCode(code) : undefined;
  return { ...place, code: unit?.code ?? null, province: unit?.province ?? null, display: unit?.display ?? null };
}

export interface IdentityInput {
  text: string;
  raw: RawHeader;
  /**
   * what the caller knows (a manifest, command-line flags): each value completes a header that
   * lost it and never overrides what the header says. `place` is a phrase with its level word
   * ("tỉnh Hà Tĩnh"), `type` a canonical type name ("Nghị định").
   */
  known?: { number?: string | undefined; date?: string | undefined; place?: string | undefined; type?: string | undefined; title?: string | undefined } | undefined;
  /** start of the body, for the body-inferred issuer */
  bodyFrom: number;
  /** the file's path: its name may carry the number of a text that lost its header (the last resort) */
  fileName?: string | null | undefined;
}

const WRITTEN_DATE = /ngày[ \n]+(\d{1,2})[ \n]+tháng[ \n]+(\d{1,2})[ \n]+năm[ \n]+((?:19|20)\d{2})/gu;
/** The latest "ngày D tháng M năm Y" written in `text`, as ISO; null when none. */
function latestDateIn(text: string): string | null {
  let best: string | null = null;
  for (const m of text.matchAll(WRITTEN_DATE)) {
    const iso = `${m[3] as string}-${(m[2] as string).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}`;
    if (best === null || iso > best) best = iso;
  }
  return best;
}

export function buildIdentity({ text, raw: rawIn, bodyFrom, known, fileName }: IdentityInput): DocIdentity {
  const warnings = [...rawIn.warnings];
  let raw = rawIn;
  if (!raw.number && known?.number) {
    const symbol = parseSymbol(known.number);
    if (symbol) {
      raw = { ...raw, number: { span: [0, 0], written: known.number, symbol, draftSuffix: null } };
      warnings.push('number-from-caller');
    }
  }
  // the last resort, after the text and the caller: a number in the file name ("nghi-dinh-75-2021-ND-CP.txt")
  if (!raw.number && fileName) {
    const fromName = numberFromFileName(fileName);
    if (fromName) {
      raw = { ...raw, number: { span: [0, 0], written: fromName.written, symbol: fromName.symbol, draftSuffix: null } };
      warnings.push('number-from-file-name');
    }
  }
  // a consolidated text is dated on or after every act it lists: a date before them belongs to its base (a manifest that
  // copied "Luật … số 58/2014/QH13 ngày 20 tháng 11 năm 2014" for the consolidated text of 2026)
  const listedAfter = raw.consolidated && known?.date ? latestDateIn(text.slice(0, 6000)) : null;
  if (listedAfter !== null && known?.date && known.date < listedAfter) warnings.push('caller-date-before-consolidated-acts');
  else if (!raw.placeDate && known?.date && /^\d{4}-\d{2}-\d{2}$/.test(known.date)) {
    const [y, m, d] = known.date.split('-').map(Number) as [number, number, number];
    raw = { ...raw, placeDate: { span: [0, 0], place: null, day: d, month: m, year: y } };
    warnings.push('date-from-caller');
  }
  const sym = raw.number?.symbol ?? null;
  const read = canonicalType(raw);
  const typeLine = read.typeLine;
  // a symbol without a type code ("45/2019/QH14", "1414/TCT-CS") only guesses the type (Luật for a
  // Bộ luật or a Pháp lệnh, Công văn for a Tờ trình): a type the caller knows is better than the guess
  const typeFromHeader = raw.typeLine !== null || raw.runningTitleType !== null || raw.consolidated || sym?.typeCode != null;
  let type = read.type;
  if (!typeFromHeader && known?.type && known.type !== read.type) {
    type = known.type;
    warnings.push('type-from-caller');
  }
  if (!raw.number) warnings.push('no-number-line');
  if (!raw.placeDate) warnings.push('no-date-line');
  if (!raw.typeLine && !raw.subject) warnings.push('no-type-line');

  // date
  let date: DocIdentity['date'] = null;
  if (raw.placeDate) {
    const { day, month, year } = raw.placeDate;
    // a blank day or month ('ngày   tháng   năm 2026': signed, not yet dated) leaves the year
    const valid = (month === null || (month >= 1 && month <= 12)) && (day === null || (day >= 1 && day <= 31));
    date = {
      iso: valid && day !== null && month !== null ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null,
      year,
      month: valid ? month : null,
      day: valid ? day : null,
    };
    if (!valid) warnings.push('invalid-date');
  }
  const draft = raw.number?.draftSuffix != null || (raw.number === null && date !== null && date.day === null);
  const status: DocIdentity['status'] = draft ? 'draft' : 'issued';

  // issuer: header, else the signature's collective, else the body's own words, else the symbol's code
  let issuer: DocIdentity['issuer'] = null;
  let levelWord: string | null = null;
  let placeName: string | null = null;
  if (raw.issuerName) issuer = { name: raw.issuerName, parent: raw.issuerParent, source: 'header', inferred: false };
  const body = BODY_ISSUER.exec(text.slice(bodyFrom, bodyFrom + 20_000));
  if (body) {
    levelWord = (body[2] as string).replace(/\n/gu, ' ').toLowerCase();
    placeName = body[3] ?? null;
  }
  if (!issuer && raw.signature?.collective) {
    issuer = { name: raw.signature.collective, parent: null, source: 'signature', inferred: true };
    warnings.push('issuer-from-signature');
  }
  // a signer whose title names one office ("THỦ TƯỚNG Nguyễn Tấn Dũng" under a Chỉ thị that lost its header)
  const signerOrgan = raw.signature?.title ? SIGNER_ORGANS[raw.signature.title] : undefined;
  if (!issuer && signerOrgan && !raw.signature?.authority) {
    issuer = { name: signerOrgan, parent: null, source: 'signature', inferred: true };
    warnings.push('issuer-from-signer-title');
  }
  if (!issuer && raw.adoptedBy) {
    issuer = { name: raw.adoptedBy, parent: null, source: 'body', inferred: true };
    warnings.push('issuer-from-adoption-clause');
  }
  if (!issuer && body) {
    issuer = { name: body[0].replace(/[ ]+(?:xây dựng|ban hành)[ ]+.*$/u, ''), parent: null, source: 'body', inferred: true };
    warnings.push('issuer-from-body');
  } else if (issuer && body && issuer.name.split(' ').length <= 4 && !/TỈNH|HUYỆN|THỊ XÃ|THÀNH PHỐ|QUẬN|XÃ|PHƯỜNG/u.test(issuer.name)) {
    // "TM. ỦY BAN NHÂN DÂN" says which body; the body text says which level
    issuer = { ...issuer, name: `${issuer.name} ${levelWord?.toUpperCase() ?? ''}`.trim(), inferred: true };
  }
  if (!issuer && sym) issuer = { name: sym.issuerCodes[0] ?? '', parent: null, source: 'symbol', inferred: true };
  if (!issuer) warnings.push('no-issuer');

  // level and place
  const placeDate = date?.iso ?? (date ? `${date.year}-${String(date.month ?? 1).padStart(2, '0')}-01` : null);
  const issuerName = issuer?.name ?? '';
  const codeLevel = sym?.issuerCodes[0] ? issuerLevel(sym.issuerCodes[0]) : 'unknown';
  let level: Level | null = null;
  let place: DocIdentity['place'] = null;
  const central = CENTRAL_ORGANS.test(issuerName) || CENTRAL_ORGANS.test(issuer?.parent ?? '') || codeLevel === 'central';
  if (central) level = 'central';
  else {
    // the issuer's own unit, read inside the unit its parent line names ("ĐẢNG BỘ TỈNH HÀ TĨNH" over "HUYỆN ỦY CAN LỘC")
    const scope = { date: placeDate };
    const parentRef = issuer?.parent ? placeFromPhrase(issuer.parent, scope) : null;
    const ownRef = placeFromPhrase(issuerName, { ...scope, within: parentRef?.code ?? undefined });
    const bodyRef = placeName && levelWord ? placeFromPhrase(`${levelWord} ${placeName}`, { ...scope, within: parentRef?.code ?? undefined }) : null;
    let explicit = ownRef ?? parentRef ?? bodyRef;
    if (explicit && explicit.code === null && explicit.level !== 'province') {
      // a district or commune whose name several provinces share ("HUYỆN CHÂU THÀNH" on a UBND header, which
      // names no province): the one province the text itself names that has a unit of that name
      const phrase = explicit === parentRef ? issuer?.parent ?? '' : explicit === ownRef ? issuerName : `${levelWord ?? ''} ${placeName ?? ''}`;
      const settled = placeInNamedProvince(phrase, text, placeDate);
      if (settled) {
        explicit = settled;
        warnings.push('province-from-body');
      }
    }
    if (explicit) {
      level = explicit.level;
      const from = explicit === parentRef ? issuer?.parent ?? '' : explicit === ownRef ? issuerName : `${levelWord ?? ''} ${placeName ?? ''}`;
      const m = /(?:TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN|tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)[ ]+(.+)$/u.exec(from);
      // as written: the unit's own name where the line has it ("CHÂU THÀNH" of "ĐẢNG BỘ TỈNH ĐỒNG THÁP HUYỆN ỦY CHÂU THÀNH")
      const unitName = explicit.code ? placeByCode(explicit.code)?.name.toLowerCase() : undefined;
      const at = unitName ? from.toLowerCase().lastIndexOf(unitName) : -1;
      const written = at >= 0 && unitName ? from.slice(at, at + unitName.length) : (m?.[1] ?? placeName ?? raw.placeDate?.place ?? '');
      place = withUnit({ written: written.trim(), slug: explicit.slug, level: explicit.level, inferred: issuer?.source !== 'header' }, explicit.code);
    } else {
      const lw = levelWord ?? (codeLevel === 'province' ? 'tỉnh' : null);
      if (lw) level = LEVEL_OF_WORD[lw] ?? null;
      else if (codeLevel === 'province' || codeLevel === 'district' || codeLevel === 'commune') level = codeLevel;
      const written = raw.placeDate?.place ?? null;
      if (written && lw) {
        const p = placeFromPhrase(`${lw} ${written}`, scope);
        place = withUnit({ written, slug: p?.slug ?? null, level, inferred: true }, p?.code ?? null);
      } else if (written) {
        // the place line alone ("Hồng Lĩnh, ngày …"): the unit the lists know by that name, if only one
        const unit = resolveWrittenPlace(written, { date: placeDate ?? undefined, ...(level && level !== 'central' ? { level } : {}) });
        if (unit) level = level ?? unit.level;
        place = withUnit({ written, slug: unit?.slug ?? null, level: unit?.level ?? level, inferred: true }, unit?.code ?? null);
      } else {
        const territory = ON_TERRITORY.exec(text.slice(0, 20_000));
        if (territory) {
          const p = placeFromPhrase(`${(territory[1] as string).replace(/\n/gu, ' ')} ${territory[2]}`, scope);
          place = withUnit({ written: territory[2] as string, slug: p?.slug ?? null, level: p?.level ?? null, inferred: true }, p?.code ?? null);
          level = level ?? p?.level ?? null;
          warnings.push('place-from-territory-phrase');
        }
      }
    }
  }
  // a place the caller knows completes a header that named none (or only inferred one from the body)
  if (known?.place && (!place || !place.slug || (place.inferred && issuer?.source !== 'header'))) {
    const p = placeFromPhrase(known.place, { date: placeDate });
    if (p) {
      place = withUnit({ written: known.place, slug: p.slug, level: p.level, inferred: false }, p.code);
      if (!central) level = p.level;
      warnings.push('place-from-caller');
    }
  }
  if (!level) warnings.push('no-level');

  // family
  let family: DocIdentity['family'] = null;
  if (sym?.family === 'party' || raw.partyHeader) family = 'party';
  else if (sym && (sym.shape === 'normative' || sym.shape === 'law')) family = 'state-normative';
  else if (type && ['Luật', 'Bộ luật', 'Pháp lệnh', 'Nghị định', 'Thông tư', 'Thông tư liên tịch', 'Hiến pháp'].includes(type)) family = 'state-normative';
  else if (sym || type) family = 'state-admin';

  // id, in the citation scheme
  let id: string | null = null;
  let contextDependent = false;
  if (sym) {
    const parts = numberedIdParts({ symbol: sym, issuerPhrase: null, date: date?.iso ?? (date ? `${date.year}-${String(date.month ?? 1).padStart(2, '0')}-01` : null), term: null, context: undefined });
    if (isUnknownPlace(parts.parts.place) && place?.slug) parts.parts.place = place.slug;
    id = formatId(parts.parts);
    contextDependent = isUnknownPlace(parts.parts.place) || parts.parts.scope === '?';
    warnings.push(...parts.warnings);
  } else if (status === 'draft') {
    const typeCode = TYPE_WORDS.find((w) => w.name === type)?.code ?? slug(type ?? 'van ban');
    const month = date ? `${date.year}-${String(date.month ?? 0).padStart(2, '0')}` : 'undated';
    // the hash is of the folded text (no marks, one space for any run of blanks and line breaks): the same draft exported
    // with decomposed letters, the other tone placement, other line wraps or CRLF is the same document
    id = formatId({ scheme: 'draft', key: `${slug(issuerName || 'unknown')}:${typeCode}:${month}:${fnv1a(fold(text))}`, place: null, scope: null });
  } else warnings.push('no-id');

  const title = raw.title?.text ?? raw.subject?.text ?? known?.title ?? null;
  if (!raw.title && !raw.subject && known?.title) warnings.push('title-from-caller');
  const effect = effectClause(text, type);
  const effective = effectiveDate(effect, date?.iso ?? null);

  return {
    id,
    contextDependent,
    family,
    type,
    typeLine,
    number: sym?.canonical ?? null,
    numberWritten: raw.number?.written ?? null,
    status,
    date,
    place,
    issuer,
    level,
    title,
    signer: raw.signature ? { authority: raw.signature.authority, title: raw.signature.title, name: raw.signature.name } : null,
    recipients: raw.recipients?.items ?? [],
    effective,
    expires: expiryDate(text, effect, effective),
    endsEarlierIf: conditionalEnd(text, effect),
    warnings,
  };
}

/** The citation context a document gives its own mentions: its place by level, its date, its number. */
export function contextOf(identity: DocIdentity): { place?: { province?: string; district?: string; commune?: string }; date?: string; number?: string; type?: string } {
  const ctx: { place?: { province?: string; district?: string; commune?: string }; date?: string; number?: string; type?: string } = {};
  const unit = identity.place?.code ? placeByCode(identity.place.code) : undefined;
  if (unit) {
    // codes, so that the citations' ids use the same units; the units above come from the lists
    const chain: Partial<Record<PlaceLevel, string>> = {};
    for (let u: typeof unit | undefined = unit; u; u = u.parent ? placeByCode(u.parent) : undefined) chain[u.level] = u.code;
    ctx.place = chain;
  } else if (identity.place?.slug && identity.place.level && identity.place.level !== 'central') {
    const words: Record<string, string> = { tinh: 'tỉnh', tp: 'thành phố', huyen: 'huyện', tx: 'thị xã', quan: 'quận', xa: 'xã', phuong: 'phường', tt: 'thị trấn' };
    const m = /^(?:[^.]*\.)*([a-z]+)-([^.]+)$/.exec(identity.place.slug);
    const phrase = m ? `${words[m[1] as string] ?? ''} ${identity.place.written || (m[2] as string).replace(/-/g, ' ')}`.trim() : identity.place.written;
    ctx.place = { [identity.place.level]: phrase };
  }
  if (identity.date?.iso) ctx.date = identity.date.iso;
  if (identity.type) ctx.type = identity.type;
  if (identity.number) ctx.number = identity.number;
  return ctx;
}

