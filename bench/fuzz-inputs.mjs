// The input side of the fuzz campaign (issue 18.5): generated files of every format run through `extract`
// and `readDocument`. Shared by bench/fuzz.mjs (10^6 inputs against the build) and test/fuzz-readers.test.ts
// (a few thousand against the sources): the library is passed in, nothing here imports it.
import JSZip from 'jszip';

/** A small seeded generator (mulberry32): a campaign is repeatable from its seed. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (xs) => xs[int(xs.length)], chance: (p) => next() < p };
}

// pieces of legal text: citations in their many spellings, structure, dates, and what breaks readers
const WORDS = [
  'Căn cứ', 'Nghị định số 04/2015/NĐ-CP', 'Nghị quyết số 18-NQ/TW', 'Kế hoạch số 178/KH-UBND', 'Luật Đất đai', 'Luật Tiếp công dân',
  'Thông tư 12/2016/TT-BTC', 'Quyết định 99-QĐ/TW', 'ngày 09/01/2015', 'ngày 25 tháng 6 năm 2012', 'của Chính phủ', 'của UBND tỉnh',
  'Điều 5', 'khoản 2', 'điểm a', 'Chương II', 'Mục 1', 'Phụ lục I', 'I.', '1.', 'a)', 'được sửa đổi, bổ sung bởi', 'bãi bỏ', 'thay thế',
  'thực hiện', 'về việc', 'sau đây gọi tắt là', '(sau đây gọi tắt là Nghị định 04)', 'Nơi nhận:', 'ỦY BAN NHÂN DÂN', 'Số:', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc', 'Hà Tĩnh,', 'TM.', 'CHỦ TỊCH', 'Văn bản hợp nhất', 'NQ 18 TW', 'nghi dinh 04', '04/2015/NĐ-CP', '18-NQ/TW', '/', '-', '.', ',', ';', ':',
  '(', ')', '“', '”', '"', 'Ð', 'Đ', 'hoà', 'hòa', 'Nghi\u0323 đi\u0323nh', 'số\u00A004', '\u200B', '\uFEFF', 'số 1', '2020', 'khóa XII', 'Trung ương 4',
];
const ODD = ['\u0000', '\u0007', '\u001B]0;x\u0007', '\u001B[31m', '\r', '\r\n', '\t', '\u2028', '\uD800', '\uDC00', '😀', '\u0301', '\u0323\u0301', '\u00AD', '\uFFFD', '\uFFFF', '\u202E'];

function words(r, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(r.chance(0.03) ? r.pick(ODD) : r.pick(WORDS));
    out.push(r.chance(0.15) ? '\n' : r.chance(0.02) ? '\n\n' : r.chance(0.05) ? '' : ' ');
  }
  return out.join('');
}

const MD = ['*', '**', '***', '_', '__', '\\', '\\*', '\\.', '#', '## ', '|', '| a | b |', '|---|---|', '+---+---+', '---', '--- ---', '<br>', '<br/>', '\n\n', '\n', '`', '[', ']', '(', '!', '&amp;', '    ', '1\\.', '\\-', '*a', '**_'];

function markdown(r, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const k = r.next();
    if (k < 0.55) out.push(r.pick(WORDS));
    else if (k < 0.9) out.push(r.pick(MD));
    else if (k < 0.93) out.push(r.pick(ODD));
    else if (k < 0.96) out.push(r.pick(MD).repeat(1 + r.int(40)));
    else out.push(table(r));
    out.push(r.chance(0.2) ? '\n' : ' ');
  }
  return out.join('');
}

function table(r) {
  const cols = 1 + r.int(4);
  const border = '+' + Array.from({ length: cols }, () => '-'.repeat(1 + r.int(8)) + '+').join('');
  const rows = [];
  for (let i = 0; i < 1 + r.int(4); i++) rows.push(r.chance(0.7) ? '|' + Array.from({ length: cols }, () => ' ' + r.pick(WORDS) + ' |').join('') : border);
  return r.chance(0.5) ? `\n${border}\n${rows.join('\n')}\n${border}\n` : `\n| ${r.pick(WORDS)} | ${r.pick(WORDS)} |\n|---|---|\n| ${r.pick(WORDS)} | ${r.pick(MD)} |\n`;
}

const TAGS = ['p', 'div', 'b', 'i', 'span', 'table', 'tr', 'td', 'li', 'ul', 'h1', 'a', 'br', 'script', 'style', 'center', 'font', 'svg', 'title', 'pre'];
const ENTITIES = ['&nbsp;', '&amp;', '&lt;', '&#272;', '&#x110;', '&#9999999;', '&#0;', '&#xD800;', '&bogus;', '&', '&#', '&#x;', '&ndash;'];

function html(r, n) {
  const out = [];
  const open = [];
  for (let i = 0; i < n; i++) {
    const k = r.next();
    if (k < 0.45) out.push(r.pick(WORDS) + ' ');
    else if (k < 0.65) {
      const t = r.pick(TAGS);
      out.push(`<${t}${r.chance(0.2) ? ' class="x" style=\'a>b\'' : ''}${r.chance(0.05) ? '/' : ''}>`);
      open.push(t);
    } else if (k < 0.8 && open.length) out.push(`</${open.pop()}>`);
    else if (k < 0.9) out.push(r.pick(ENTITIES));
    else if (k < 0.93) out.push(r.pick(['<!--', '-->', '<!DOCTYPE html>', '<', '>', '</', '<?xml?>', '<![CDATA[']));
    else if (k < 0.95) out.push(`<${r.pick(TAGS)}>`.repeat(1 + r.int(60)));
    else out.push(r.pick(ODD));
  }
  return out.join('');
}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function docx(r, n) {
  const paras = [];
  for (let i = 0; i < 1 + r.int(Math.max(1, n / 6)); i++) {
    const text = words(r, 1 + r.int(8));
    // mostly valid runs; sometimes raw text that breaks the XML
    paras.push(r.chance(0.9) ? `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>` : r.pick(['<w:p>', '</w:t>', '<w:t>' + text, '&bogus;', '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>', '<w:sdt><w:sdtContent>'.repeat(r.int(20))]));
  }
  const zip = new JSZip();
  const parts = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paras.join('')}</w:body></w:document>`,
  };
  for (const [name, text] of Object.entries(parts)) if (!r.chance(0.03)) zip.file(name, text);
  if (r.chance(0.05)) zip.file('word/media/image1.png', new Uint8Array(r.int(5000)));
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: r.chance(0.5) ? 'DEFLATE' : 'STORE' });
  return damage(r, bytes, 0.6);
}

/** Byte-level damage: flips, a cut, a run of garbage; each with its chance, most inputs left whole. */
function damage(r, bytes, p) {
  if (!r.chance(p)) return bytes;
  let b = Uint8Array.from(bytes);
  const k = r.next();
  if (k < 0.5) for (let i = 0; i < 1 + r.int(4); i++) b[r.int(b.length)] = r.int(256);
  else if (k < 0.75) b = b.subarray(0, r.int(b.length));
  else {
    const at = r.int(b.length);
    for (let i = at; i < Math.min(b.length, at + r.int(64)); i++) b[i] = r.int(256);
  }
  return b;
}

const utf8 = (s) => Buffer.from(s, 'utf8');

/** Text as a file's bytes: UTF-8 mostly, sometimes UTF-16 (with or without a BOM), a legacy code page's bytes, or damaged. */
function encode(r, text) {
  const k = r.next();
  let bytes;
  if (k < 0.8) bytes = utf8(text);
  else if (k < 0.88) {
    const le = Buffer.from(text, 'utf16le');
    bytes = r.chance(0.5) ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : le;
  } else if (k < 0.92) bytes = Buffer.from(text, 'latin1');
  else bytes = utf8(text);
  return damage(r, bytes, 0.1);
}

export const FORMATS = ['txt', 'md', 'html', 'docx'];

/**
 * One generated input of `format`: its bytes, a path with the format's extension and, for the text
 * formats, the string it was written from (run through `extract` as well). Sizes are mostly small, a
 * few larger, so that a campaign covers many shapes and still finds what is slow.
 */
export async function makeInput(r, format) {
  const n = r.chance(0.02) ? 200 + r.int(2000) : 1 + r.int(120);
  if (format === 'txt') {
    const text = words(r, n);
    return { format, path: 'f.txt', text, bytes: encode(r, text) };
  }
  if (format === 'md') {
    const text = markdown(r, n);
    return { format, path: 'f.md', text, bytes: encode(r, text) };
  }
  if (format === 'html') {
    const text = html(r, n);
    return { format, path: 'f.html', text, bytes: encode(r, text) };
  }
  return { format, path: 'f.docx', text: null, bytes: await docx(r, n) };
}

/**
 * Run one input through the library; the findings it returns are what must never happen: a throw that is
 * not a ReadError, a citation (or self-reference, alias, section) whose offsets do not give back its text,
 * an input slower than `slowMs`.
 */
export async function check(lib, input, slowMs) {
  const findings = [];
  // CPU time, not wall time: a campaign shares its machine, and a descheduled process is not a slow reader
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const started = cpu();
  if (input.text !== null) {
    try {
      const res = lib.extract(input.text);
      for (const c of [...res.citations, ...res.selfReferences]) {
        if (input.text.slice(c.start, c.end) !== c.text) findings.push({ kind: 'offset', where: 'extract', detail: `${JSON.stringify(c.text)} at [${c.start}, ${c.end})` });
      }
      for (const a of res.aliases) if (!(a.start >= 0 && a.end <= input.text.length && a.start <= a.end)) findings.push({ kind: 'offset', where: 'extract alias', detail: `[${a.start}, ${a.end})` });
    } catch (e) {
      findings.push({ kind: 'throw', where: 'extract', detail: String(e?.stack ?? e).split('\n').slice(0, 3).join(' | ') });
    }
  }
  let outcome = 'read';
  try {
    const doc = await lib.readDocument(input.bytes, { path: input.path });
    for (const c of [...doc.citations, ...doc.selfReferences]) {
      if (doc.text.slice(c.start, c.end) !== c.text) findings.push({ kind: 'offset', where: 'readDocument', detail: `${JSON.stringify(c.text)} at [${c.start}, ${c.end})` });
    }
    for (const c of doc.citations) {
      if (!(c.source.start >= 0 && c.source.start <= c.source.end)) findings.push({ kind: 'offset', where: 'readDocument source', detail: `[${c.source.start}, ${c.source.end})` });
      // a .txt's source is its text: the two offsets agree
      if (input.format === 'txt' && (c.source.start !== c.start || c.source.end !== c.end)) findings.push({ kind: 'offset', where: 'readDocument txt source', detail: `[${c.source.start}, ${c.source.end}) for [${c.start}, ${c.end})` });
    }
    for (const s of doc.sections) if (!(s.start >= 0 && s.start <= s.end && s.end <= doc.text.length)) findings.push({ kind: 'offset', where: 'section', detail: `${s.label} [${s.start}, ${s.end})` });
  } catch (e) {
    if (e instanceof lib.ReadError) outcome = 'refused';
    else findings.push({ kind: 'throw', where: 'readDocument', detail: String(e?.stack ?? e).split('\n').slice(0, 3).join(' | ') });
  }
  const ms = cpu() - started;
  if (ms > slowMs) {
    // the first input to reach a code path pays for compiling it (a lexicon built on first use, a regular
    // expression compiled): slow is slow the second time too
    const again = cpu();
    if (input.text !== null) lib.extract(input.text);
    await lib.readDocument(input.bytes, { path: input.path }).catch(() => null);
    const second = cpu() - again;
    if (second > slowMs) findings.push({ kind: 'slow', where: input.format, detail: `${ms.toFixed(0)} ms, then ${second.toFixed(0)} ms, for ${input.bytes.length} bytes` });
  }
  return { outcome, findings, ms };
}

/** A campaign: `count` inputs, the formats in turn, from `seed`; counts by outcome and finding, and the first findings of each kind. */
export async function campaign(lib, { count, seed = 1, slowMs = 1000, onProgress } = {}) {
  const r = rng(seed);
  const counts = { inputs: 0, read: 0, refused: 0, throw: 0, offset: 0, slow: 0 };
  const byFormat = Object.fromEntries(FORMATS.map((f) => [f, { inputs: 0, read: 0, refused: 0 }]));
  const examples = [];
  for (let i = 0; i < count; i++) {
    const input = await makeInput(r, FORMATS[i % FORMATS.length]);
    const { outcome, findings } = await check(lib, input, slowMs);
    counts.inputs++;
    counts[outcome]++;
    byFormat[input.format].inputs++;
    byFormat[input.format][outcome]++;
    for (const f of findings) {
      counts[f.kind]++;
      if (examples.length < 20) examples.push({ ...f, input: i, format: input.format, bytes: Buffer.from(input.bytes).toString('base64').slice(0, 4000) });
    }
    if (onProgress && (i + 1) % 10000 === 0) onProgress(i + 1, counts);
  }
  return { counts, byFormat, examples };
}
