import { crc32, createDeflateRaw } from 'node:zlib';

/**
 * Hostile files for the reading limits, built the way an attacker would: a .docx is written by hand
 * (local headers, deflated data, central directory) so that its central directory can tell the truth
 * or lie about the inflated sizes, and its XML is deflated as a stream, so that a part of hundreds of
 * MiB never sits in this process's memory.
 */

interface Part {
  name: string;
  /** the part's bytes, produced piece by piece */
  chunks: () => Iterable<Buffer>;
  /** the uncompressed size the zip claims (default: the truth) */
  declare?: number;
}

async function deflated(chunks: Iterable<Buffer>): Promise<{ data: Buffer; size: number; crc: number }> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    z.once('end', resolve);
    z.once('error', reject);
  });
  let size = 0;
  let crc = 0;
  for (const chunk of chunks) {
    size += chunk.length;
    crc = crc32(chunk, crc);
    if (!z.write(chunk)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return { data: Buffer.concat(out), size, crc };
}

/** A zip of deflated parts, with the sizes each part declares. */
export async function zipOf(parts: Part[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const { data, size, crc } = await deflated(p.chunks());
    const name = Buffer.from(p.name, 'utf8');
    const declared = p.declare ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(declared, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(cd, name);
    offset += local.length + name.length + data.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_OPEN = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_CLOSE = '</w:body></w:document>';

/** A .docx whose document.xml is `open`, then `body` repeated until about `bytes`, then the close; the sizes declared as `declare` says. */
export function docxOf(body: string, bytes: number, options: { open?: string; close?: string; declare?: number } = {}): Promise<Buffer> {
  const unit = Buffer.from(body.repeat(Math.max(1, Math.floor((1 << 20) / Buffer.byteLength(body)))), 'utf8');
  const count = Math.max(1, Math.round(bytes / unit.length));
  return zipOf([
    { name: '[Content_Types].xml', chunks: () => [Buffer.from(CONTENT_TYPES)] },
    { name: '_rels/.rels', chunks: () => [Buffer.from(RELS)] },
    {
      name: 'word/document.xml',
      ...(options.declare !== undefined ? { declare: options.declare } : {}),
      *chunks() {
        yield Buffer.from(DOC_OPEN + (options.open ?? ''));
        for (let i = 0; i < count; i++) yield unit;
        yield Buffer.from((options.close ?? '') + DOC_CLOSE);
      },
    },
  ]);
}

export const PARAGRAPH = '<w:p><w:r><w:t>Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ;</w:t></w:r></w:p>';

/** The two bombs of issue 18: ~200 MiB of paragraphs, and one text run of ~400 MiB. */
export const paragraphBomb = (declare?: number): Promise<Buffer> => docxOf(PARAGRAPH, 200 * 1024 * 1024, declare === undefined ? {} : { declare });
export const runBomb = (): Promise<Buffer> => docxOf('a', 400 * 1024 * 1024, { open: '<w:p><w:r><w:t>', close: '</w:t></w:r></w:p>' });

/** Elements nested `depth` deep: HTML divs, or Word tables in cells. */
export const deepHtml = (depth: number): string => '<html><body>' + '<div>'.repeat(depth) + 'Căn cứ Nghị định số 04/2015/NĐ-CP' + '</div>'.repeat(depth) + '</body></html>';
