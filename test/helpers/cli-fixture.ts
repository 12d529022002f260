import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/index.js';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** The CLI in-process, its output captured. */
export async function cli(...argv: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await run(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

/** The header lines of a local plan: issuer, number, motto, place and date, the type line. */
export const planHeader = (issuer: string[], number: string, place: string, date: [number, number, number], party = false): string =>
  [
    ...issuer,
    party ? `Số ${number}` : `Số: ${number}`,
    party ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ...(party ? [] : ['Độc lập - Tự do - Hạnh phúc']),
    `${place}, ngày ${String(date[2]).padStart(2, '0')} tháng ${String(date[1]).padStart(2, '0')} năm ${date[0]}`,
    '',
    'KẾ HOẠCH',
  ].join('\n');

/**
 * A chain in the shape of real local plans: a provincial plan of Hà Tĩnh implementing Nghị quyết
 * 18-NQ/TW (cited, not in the folder), a district plan of Can Lộc implementing the provincial plan,
 * and a district Party plan of Châu Thành (Đồng Tháp) implementing 18-NQ/TW directly.
 */
export const CHAIN_DOCS: Record<string, string> = {
  'ha-tinh.txt': `${planHeader(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH'], '191/KH-UBND', 'Hà Tĩnh', [2018, 3, 3])}
Thực hiện Nghị quyết số 18-NQ/TW

Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII và Chương trình hành động số 920-CTr/TU ngày 31/01/2018 của Tỉnh ủy về thực hiện Nghị quyết số 18-NQ/TW, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
`,
  'can-loc.txt': `${planHeader(['ỦY BAN NHÂN DÂN', 'HUYỆN CAN LỘC'], '45/KH-UBND', 'Can Lộc', [2018, 4, 10])}
Thực hiện Kế hoạch số 191/KH-UBND của UBND tỉnh

Thực hiện Kế hoạch số 191/KH-UBND ngày 03/3/2018 của UBND tỉnh về thực hiện Nghị quyết số 18-NQ/TW, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
`,
  'chau-thanh.txt': `${planHeader(['ĐẢNG BỘ TỈNH ĐỒNG THÁP', 'HUYỆN ỦY CHÂU THÀNH', '*'], '12-KH/HU', 'Châu Thành', [2018, 3, 5], true)}
thực hiện Nghị quyết số 18-NQ/TW

Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, Huyện ủy xây dựng Kế hoạch tinh gọn bộ máy như sau:
`,
};

/** The chain written to a new temporary folder: { dir, docs (the folder of documents) }. */
export function writeChain(): { dir: string; docs: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-cli-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  for (const [name, text] of Object.entries(CHAIN_DOCS)) writeFileSync(join(docs, name), text);
  return { dir, docs };
}
