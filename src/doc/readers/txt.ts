import { OffsetMap } from '../../text/offset-map.js';
import { decodeBytes } from './decode.js';
import type { Reader, ReadResult } from './types.js';

/** Plain text: decoded as it is; offsets are offsets into the decoded text. */
export const txtReader: Reader = {
  format: 'txt',
  extensions: ['.txt', '.text'],
  async read(bytes: Uint8Array): Promise<ReadResult> {
    const { text, encoding, warnings } = decodeBytes(bytes);
    return { text, source: text, map: new OffsetMap(), format: 'txt', encoding, warnings };
  },
};
