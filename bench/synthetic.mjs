// A generator of synthetic local documents in the shape of the seed plans, to measure the graph at scale.
// Real documents stay the test oracle; these only measure size and speed.
// Places are the real units of the official lists before 1 July 2025 (vanban's gazetteer, from the build):
// 63 provinces, their districts and communes, written with their own unit words.
import { KIND_WORD, childrenOf, placesAt } from '../dist/place/index.js';

const PROVINCES = placesAt('province', { era: 'before-2025-07' });
const upper = (s) => s.toUpperCase();
const unitName = (u) => `${KIND_WORD[u.kind]} ${u.name}`;

// real central documents, cited as the seeds cite them
const CENTRAL = [
  'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII',
  'Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII',
  'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị',
  'Kết luận số 120-KL/TW ngày 07/01/2016 của Ban Chấp hành Trung ương Đảng',
  'Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ',
  'Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư',
  'Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI',
  'Chỉ thị số 30-CT/TW ngày 18/02/1998 của Bộ Chính trị khóa VIII',
];
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const pad = (n) => String(n).padStart(2, '0');

function plan({ issuerLines, number, place, date, implementsText, body }) {
  const [y, m, d] = date;
  return [
    ...issuerLines,
    `Số: ${number}`,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    `${place}, ngày ${pad(d)} tháng ${pad(m)} năm ${y}`,
    '',
    'KẾ HOẠCH',
    `Thực hiện ${implementsText.split(' ngày ')[0]}`,
    '',
    `Thực hiện ${implementsText}; căn cứ Luật Tổ chức chính quyền địa phương năm 2015, ${issuerLines.join(' ').replace(/ỦY BAN NHÂN DÂN/, 'Ủy ban nhân dân').toLowerCase().includes('xã') ? 'Ủy ban nhân dân xã' : 'Ủy ban nhân dân'} ban hành Kế hoạch thực hiện như sau:`,
    '',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Quán triệt, triển khai thực hiện nghiêm túc các nội dung, nhiệm vụ đã đề ra.',
    ...body,
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Tổ chức tuyên truyền, phổ biến đến cán bộ, công chức, viên chức và Nhân dân trên địa bàn.',
    '2. Định kỳ báo cáo kết quả thực hiện theo quy định.',
    'Trên đây là Kế hoạch thực hiện, yêu cầu các cơ quan, đơn vị nghiêm túc triển khai./.',
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    '',
    'Nguyễn Văn An',
  ].join('\n');
}

/**
 * The lines of real documents (at least 25 characters), to fill synthetic bodies with real Vietnamese: a template
 * alone repeats a few hundred words, so most search queries would find nothing in it. `texts`: strings.
 */
export function passageLines(texts) {
  const lines = [];
  for (const t of texts) for (const l of t.split('\n')) if (l.trim().length >= 25) lines.push(l.trim());
  return lines;
}

/**
 * `n` documents: per province a provincial plan implementing a central document, then district
 * plans implementing it, then commune plans implementing a district plan. Yields { path, text }.
 * With `passages` (see passageLines), each plan's first section also holds a run of consecutive real lines of
 * about `passageChars` characters, starting at a random line: real vocabulary, real phrases, real citations.
 */
export function* generate(n, seed = 42, { passages = null, passageChars = 1500 } = {}) {
  const rand = rng(seed);
  const passage = () => {
    if (!passages) return [];
    const out = [];
    let chars = 0;
    for (let i = Math.floor(rand() * passages.length); i < passages.length && chars < passageChars; i++) {
      out.push(passages[i]);
      chars += passages[i].length;
    }
    return out;
  };
  let made = 0;
  let round = 0;
  while (made < n) {
    for (let p = 0; p < PROVINCES.length && made < n; p++) {
      const province = PROVINCES[p];
      const provinceWord = KIND_WORD[province.kind];
      const year = 2018 + (round % 6);
      const central = CENTRAL[(p + round) % CENTRAL.length];
      const pNum = 100 + round * 7 + (p % 5);
      const pDate = [year, 1 + (p % 12), 1 + (round % 27)];
      yield { path: `synthetic/${round}/tinh-${p}.txt`, text: plan({ issuerLines: ['ỦY BAN NHÂN DÂN', upper(`${provinceWord} ${province.name}`)], number: `${pNum}/KH-UBND`, place: province.name, date: pDate, implementsText: central, body: passage() }) };
      made++;
      const allDistricts = childrenOf(province.code);
      const districts = Math.min(allDistricts.length, 8 + Math.floor(rand() * 6));
      for (let d = 0; d < districts && made < n; d++) {
        const district = allDistricts[d];
        const dNum = 20 + d + round;
        const dDate = [year, Math.min(12, pDate[1] + 1), 1 + ((d + round) % 27)];
        yield {
          path: `synthetic/${round}/tinh-${p}/huyen-${d}.txt`,
          text: plan({ issuerLines: ['ỦY BAN NHÂN DÂN', upper(unitName(district))], number: `${dNum}/KH-UBND`, place: district.name, date: dDate, implementsText: `Kế hoạch số ${pNum}/KH-UBND ngày ${pDate[2]}/${pDate[1]}/${year} của UBND ${provinceWord} ${province.name}`, body: [`2. Bám sát ${central.split(' ngày ')[0]} và Kế hoạch số ${pNum}/KH-UBND của UBND ${provinceWord}.`, ...passage()] }),
        };
        made++;
        const allCommunes = childrenOf(district.code);
        const communes = Math.min(allCommunes.length, 3 + Math.floor(rand() * 5));
        for (let c = 0; c < communes && made < n; c++) {
          const commune = allCommunes[c];
          const cDate = [year, Math.min(12, dDate[1] + 1), 1 + ((c + d) % 27)];
          yield {
            path: `synthetic/${round}/tinh-${p}/huyen-${d}/xa-${c}.txt`,
            text: plan({ issuerLines: ['ỦY BAN NHÂN DÂN', upper(unitName(commune))], number: `${5 + c + 10 * round}/KH-UBND`, place: commune.name, date: cDate, implementsText: `Kế hoạch số ${dNum}/KH-UBND ngày ${dDate[2]}/${dDate[1]}/${year} của UBND ${unitName(district)}, ${provinceWord} ${province.name}`, body: passage() }),
          };
          made++;
        }
      }
    }
    round++;
  }

}
