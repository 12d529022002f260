import type yauzl from 'yauzl';
import { OffsetMap } from '../../text/offset-map.js';
import type { ReadLimits, Reader, ReadResult } from './types.js';
import { formatSize, limitsOf, ReadError } from './types.js';

/**
 * Word files through mammoth's raw-text extraction: one paragraph per block, table cells as
 * paragraphs. A .docx is a zip of XML with no character offsets worth reporting, so the source
 * of a .docx document is mammoth's raw text itself and the map is the identity.
 *
 * mammoth inflates every part it reads, whatever its size: a 600 KB file whose document.xml
 * inflates to 200 MiB takes the whole process down. So the zip is opened here first, with yauzl
 * (which reads the central directory and checks every entry's inflated bytes against its declared
 * size): the XML parts' declared sizes are summed against the budget before anything is inflated,
 * then each is inflated with the budget counted chunk by chunk, and mammoth is given a zip rebuilt
 * from exactly those bytes, stored, so it reads nothing that was not counted.
 */

/** The parts mammoth reads for raw text: XML and relationships. Images and other media are never inflated. */
const READ_PART = /\.(?:xml|rels)$/i;

/**
 * The zip and Word libraries are loaded by the first .docx read: a command that reads no .docx (trace, search, a
 * folder of .txt) does not pay their start-up (a quarter of a second each here).
 */
const zipLibraries = async () => {
  const [y, z, m] = await Promise.all([import('yauzl'), import('jszip'), import('mammoth')]);
  return { yauzl: y.default, JSZip: z.default, mammoth: m.default };
};

async function openZip(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  const { yauzl } = await zipLibraries();
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => (err || !zip ? reject(err ?? new Error('no zip')) : resolve(zip)));
  });
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

/** Inflate one entry, counting against `budget.left`; stops as soon as the budget is spent. */
function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: { left: number; limit: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        budget.left -= chunk.length;
        if (budget.left < 0) {
          stream.destroy();
          reject(new ReadError(`the Word document inflates to more than ${formatSize(budget.limit)} (the limit on a .docx's unzipped size)`));
          return;
        }
        chunks.push(chunk);
      });
      stream.once('error', reject);
      stream.once('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/** How deep the elements of an XML part nest (markup in comments and attribute values may make this an overestimate). */
export function xmlDepth(xml: Uint8Array, stopAbove: number): number {
  let depth = 0;
  let max = 0;
  for (let i = xml.indexOf(0x3c); i >= 0 && i + 1 < xml.length; i = xml.indexOf(0x3c, i + 1)) {
    const next = xml[i + 1];
    if (next === 0x2f) depth = Math.max(0, depth - 1); // </
    else if (next !== 0x3f && next !== 0x21) {
      // <?…?> and <!…> open nothing; <x …/> closes itself
      const close = xml.indexOf(0x3e, i + 1);
      if (close < 0) break;
      if (xml[close - 1] !== 0x2f) depth++;
      if (depth > max) max = depth;
      if (max > stopAbove) return max;
      i = close;
    }
  }
  return max;
}

/** The XML parts of a .docx, inflated within the limits, as a stored zip for mammoth. */
async function checkedZip(bytes: Uint8Array, limits: Required<ReadLimits>): Promise<Buffer> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (e) {
    throw new ReadError(`not a readable .docx (damaged zip: ${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    const parts = (await listEntries(zip)).filter((e) => READ_PART.test(e.fileName) && !e.fileName.endsWith('/'));
    const declared = parts.reduce((n, e) => n + e.uncompressedSize, 0);
    // the central directory's word first: a bomb that says what it is never gets inflated at all
    if (declared > limits.maxUnzippedSize) throw new ReadError(`the Word document's XML would inflate to ${formatSize(declared)}, more than ${formatSize(limits.maxUnzippedSize)} (the limit on a .docx's unzipped size)`);
    const budget = { left: limits.maxUnzippedSize, limit: limits.maxUnzippedSize };
    const { JSZip } = await zipLibraries();
    const out = new JSZip();
    const seen = new Set<string>();
    for (const entry of parts) {
      // two entries of one name: JSZip and yauzl might not pick the same one; no Word writer makes that
      if (seen.has(entry.fileName)) throw new ReadError(`not a readable .docx (the zip holds ${entry.fileName} twice)`);
      seen.add(entry.fileName);
      const data = await inflate(zip, entry, budget);
      if (xmlDepth(data, limits.maxDepth) > limits.maxDepth) throw new ReadError(`the Word document's elements nest deeper than ${limits.maxDepth} levels in ${entry.fileName} (the nesting limit)`);
      out.file(entry.fileName, data, { binary: true, compression: 'STORE' });
    }
    return await out.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    // yauzl's check of the inflated bytes against the declared size: a zip that lies about its sizes
    if (/too many bytes in the stream/.test(message)) throw new ReadError(`the Word document inflates to more than its zip declares (a damaged or hostile file: ${message})`);
    throw new ReadError(`not a readable .docx (damaged zip: ${message})`);
  } finally {
    zip.close();
  }
}

export const docxReader: Reader = {
  format: 'docx',
  extensions: ['.docx'],
  async read(bytes: Uint8Array, given?: ReadLimits): Promise<ReadResult> {
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ReadError('not a .docx file (not a zip archive; an old binary .doc must be converted first)');
    const buffer = await checkedZip(bytes, limitsOf(given));
    let value: string;
    let messages: Array<{ type: string; message: string }>;
    try {
      const { mammoth } = await zipLibraries();
      const r = await mammoth.extractRawText({ buffer });
      value = r.value;
      messages = r.messages;
    } catch (e) {
      throw new ReadError(`cannot read the Word document (${e instanceof Error ? e.message : String(e)})`);
    }
    // mammoth separates paragraphs with a blank line; one line break per paragraph is what the header reader expects
    const text = value.replace(/\n\n/g, '\n');
    const source = text;
    return { text, source, map: new OffsetMap(), format: 'docx', encoding: 'docx', warnings: messages.map((m) => `${m.type}: ${m.message}`) };
  },
};
