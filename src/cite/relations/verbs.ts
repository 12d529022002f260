/** The verbs of the operative relations and the relation each names. */
import type { Relation } from '../schema.js';
import { S } from './patterns.js';

const w = (s: string): string => s.split(' ').join(S);
// a relation verb at the end of the gap, optionally followed by its object words ("một số điều của")
export const REL_VERB = new RegExp(
  String.raw`(?<![\p{L}])(?<verb>` +
    [
      'về việc thực hiện', 'về thực hiện', 'thực hiện', 'về triển khai thực hiện', 'về triển khai', 'triển khai thực hiện', 'triển khai',
      'chỉ đạo quán triệt, triển khai', 'quán triệt, triển khai', 'quán triệt', 'cụ thể hóa', 'cụ thể hoá', 'hướng dẫn thi hành', 'hướng dẫn thực hiện',
      'hướng dẫn', 'quy định chi tiết và hướng dẫn thi hành', 'quy định chi tiết, hướng dẫn thi hành', 'quy định chi tiết thi hành',
      'quy định chi tiết', 'sửa đổi, bổ sung, bãi bỏ', 'sửa đổi, bổ sung và bãi bỏ', 'sửa đổi, bãi bỏ', 'sửa đổi và bãi bỏ', 'bổ sung, bãi bỏ', 'sửa đổi, bổ sung', 'sửa đổi bổ sung', 'sửa đổi', 'bổ sung', 'điều chỉnh', 'thay thế', 'bãi bỏ', 'đính chính',
      'tạm ngưng hiệu lực', 'ngưng hiệu lực', 'Tạm ngưng hiệu lực', 'Ngưng hiệu lực', 'đình chỉ việc thi hành', 'đình chỉ thi hành', 'tạm đình chỉ thi hành', 'tạm đình chỉ việc thi hành',
      'tạm ngừng hiệu lực', 'ngừng hiệu lực', 'tạm dừng hiệu lực', 'hoãn hiệu lực', 'tạm hoãn thi hành', 'tạm ngừng thi hành',
      'sơ kết', 'tổng kết', 'phê duyệt', 'ban hành', 'thi hành',
    ]
      .map(w)
      .join('|') +
    // (the places it names, a point's letter and an annex's numeral included, or "một phần": "(sửa đổi, bổ sung điểm c khoản 2 Điều 4, điểm e khoản 1
    // Điều 18 Thông tư số …", "(bổ sung Điều 28a vào sau Điều 28 Thông tư số …", "(sửa đổi Phụ lục III Thông tư số …", "hướng dẫn thi hành một
    // số quy định của Nghị định số …"), or the forms it issued: "… sửa đổi, bổ sung một số điều và thay thế các mẫu văn bản ban hành
    // kèm theo Thông tư số …")
    String.raw`)(?:(?:${S}|(?=,))(?:một|phần|số|các|điều|Điều|khoản|điểm|nội|dung|quy${S}định|và|biện|pháp|tổ|chức|thi|hành|chi|tiết|năm|vào|sau|trước|Phụ${S}lục|phụ${S}lục|Mục|mục|Chương|chương|[IVXLC]{1,6}(?![\p{L}])|[a-zđ]\d?(?![\p{L}])|\d{1,3}[a-zđ]?|,|của|(?:biểu${S})?mẫu(?:${S}văn${S}bản)?${S}(?:ban${S}hành${S})?kèm${S}theo))*[ ]*(?:\n[ ]*)?$`,
  'u',
);

export function verbRelation(verb: string): Relation {
  // (a listed title opens with a capital: "Ngưng hiệu lực của Thông tư số …" in a row of a list of documents)
  const v = verb.replace(/\s+/g, ' ').toLowerCase();
  if (/(?:ngưng|ngừng|dừng|hoãn) hiệu lực|(?:ngừng|hoãn) thi hành|đình chỉ/.test(v)) return 'suspends';
  if (/thực hiện$|triển khai$|quán triệt|cụ thể hóa|cụ thể hoá|^về/.test(v) && !/hướng dẫn|quy định/.test(v)) return 'implements';
  if (/hướng dẫn|quy định chi tiết/.test(v)) return 'guides';
  if (/sửa đổi|bổ sung|điều chỉnh/.test(v)) return 'amends';
  if (/thay thế/.test(v)) return 'replaces';
  if (/bãi bỏ/.test(v)) return 'repeals';
  if (/đính chính/.test(v)) return 'corrects';
  return 'cites';
}
