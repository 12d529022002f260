import mammoth from 'mammoth';
import { OffsetMap } from '../../text/offset-map.js';
import type { Reader, ReadResult } from './types.js';
import { ReadError } from './types.js';

/**
 * Word files through mammoth's raw-text extraction: one paragraph per block, table cells as
 * paragraphs. A .docx is a zip of XML with no character offsets worth reporting, so the source
 * of a .docx document is mammoth's raw text itself and the map is the identity.
 */
export const docxReader: Reader = {
  format: 'docx',
  extensions: ['.docx'],
  async read(bytes: Uint8Array): Promise<ReadResult> {
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ReadError('not a .docx file (not a zip archive; an old binary .doc must be converted first)');
    let value: string;
    let messages: Array<{ type: string; message: string }>;
    try {
      const r = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
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
