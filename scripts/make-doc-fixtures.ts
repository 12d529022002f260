// Writes the small format fixtures in fixtures/docs/ from seed 001 (run once; the outputs are committed).
// .docx: a minimal WordprocessingML package (one paragraph per line, the header as a two-column table, as
// Word files have it); .md: the seed as it is (it has markdown emphasis); .html: paragraphs, a header table
// and entities; .tcvn3.txt: the seed encoded in TCVN3 bytes (Windows-1252), to exercise legacy decoding.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

const root = join(import.meta.dirname, '..');
const seed = readFileSync(join(root, '..', 'shared', 'corpus', 'seeds', '001_a40549c8c1018447.txt'), 'utf8');
const out = join(root, 'fixtures', 'docs');
const lines = seed.replace(/\*\*/g, '').split('\n');

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (s: string): string => `<w:p><w:r><w:t xml:space="preserve">${esc(s)}</w:t></w:r></w:p>`;
const cell = (s: string): string => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${para(s)}</w:tc>`;
const header = `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>
<w:tr>${cell('ỦY BAN NHÂN DÂN')}${cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')}</w:tr>
<w:tr>${cell('TỈNH HÀ TĨNH')}${cell('Độc lập - Tự do - Hạnh phúc')}</w:tr>
<w:tr>${cell('Số: 96/KH-UBND')}${cell('Hà Tĩnh, ngày 23 tháng 3 năm 2020')}</w:tr></w:tbl>`;
const body = lines.slice(6).filter((l) => l.trim() !== '').map(para).join('');
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${header}${body}</w:body></w:document>`;
const zip = new JSZip();
zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
zip.file('word/document.xml', documentXml);
writeFileSync(join(out, 'ke-hoach-96-KH-UBND.docx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

writeFileSync(join(out, 'ke-hoach-96-KH-UBND.md'), seed);

const html = `<!doctype html><html><head><meta charset="utf-8"><title>Kế hoạch 96/KH-UBND</title><style>p{margin:0}</style></head><body>
<table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH HÀ TĨNH</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr>
<tr><td>Số: 96/KH-UBND</td><td>Hà Tĩnh, ngày 23 tháng 3 năm 2020</td></tr></table>
${lines.slice(6).filter((l) => l.trim() !== '').map((l) => `<p>${esc(l).replace(/ số /g, ' số&nbsp;')}</p>`).join('\n')}
</body></html>`;
writeFileSync(join(out, 'ke-hoach-96-KH-UBND.html'), html);

// TCVN3: the inverse of the decoding table in src/doc/legacy.ts, written independently from the published chart
const TCVN3_ENCODE: Record<string, string> = {
  à: 'µ', á: '¸', ả: '¶', ã: '·', ạ: '¹', ă: '¨', ằ: '»', ắ: '¾', ẳ: '¼', ẵ: '½', ặ: 'Æ', â: '©', ầ: 'Ç', ấ: 'Ê', ẩ: 'È', ẫ: 'É', ậ: 'Ë',
  đ: '®', è: 'Ì', é: 'Ð', ẻ: 'Î', ẽ: 'Ï', ẹ: 'Ñ', ê: 'ª', ề: 'Ò', ế: 'Õ', ể: 'Ó', ễ: 'Ô', ệ: 'Ö', ì: '×', í: 'Ý', ỉ: 'Ø', ĩ: 'Ü', ị: 'Þ',
  ò: 'ß', ó: 'ã', ỏ: 'á', õ: 'â', ọ: 'ä', ô: '«', ồ: 'å', ố: 'è', ổ: 'æ', ỗ: 'ç', ộ: 'é', ơ: '¬', ờ: 'ê', ớ: 'í', ở: 'ë', ỡ: 'ì', ợ: 'î',
  ù: 'ï', ú: 'ó', ủ: 'ñ', ũ: 'ò', ụ: 'ô', ư: '\u00AD', ừ: 'õ', ứ: 'ø', ử: 'ö', ữ: '÷', ự: 'ù', ỳ: 'ú', ý: 'ý', ỷ: 'û', ỹ: 'ü', ỵ: 'þ',
  Ă: '¡', Â: '¢', Đ: '§', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦',
};
const sample = lines.slice(0, 20).join('\n');
// TCVN3 has no separate codes for upper-case toned letters (a ".VnTimeH" font draws them): lower-case those
const encoded = [...sample].map((c) => TCVN3_ENCODE[c] ?? TCVN3_ENCODE[c.toLowerCase()] ?? c).join('');
const CP1252: Record<string, number> = { '“': 0x93, '”': 0x94, '‘': 0x91, '’': 0x92, '–': 0x96, '—': 0x97, '…': 0x85 };
const bytes = Buffer.from([...encoded].map((c) => {
  const code = c.charCodeAt(0);
  if (CP1252[c] !== undefined) return CP1252[c];
  if (code < 256) return code;
  throw new Error(`cannot encode ${c}`);
}));
writeFileSync(join(out, 'ke-hoach-96-KH-UBND.tcvn3.txt'), bytes);
writeFileSync(join(out, 'ke-hoach-96-KH-UBND.tcvn3.expected.txt'), [...sample].map((c) => (TCVN3_ENCODE[c] === undefined && TCVN3_ENCODE[c.toLowerCase()] !== undefined ? c.toLowerCase() : c)).join(''));
console.log('written to', out);
