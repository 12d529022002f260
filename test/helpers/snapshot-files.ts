import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSnapshot } from '../../src/graph/index.js';
import { CheckedLineWriter } from '../../src/graph/checksum.js';

/**
 * Lines of a version 3 snapshot, edited by a test (a record dropped, changed), written back with
 * fresh check lines: the framing passes, so the test reaches the checks behind it (the end
 * record's count, the schemas, the graph). The old check lines are dropped; an end line keeps its
 * own fields (its `records` as it was) and gets a new CRC; without one, none is written.
 */
export async function writeResealed(path: string, lines: readonly string[]): Promise<void> {
  const chunks: Uint8Array[] = [];
  const out = new CheckedLineWriter(async (b) => {
    chunks.push(b);
  });
  let end: ({ t: 'end' } & Record<string, unknown>) | null = null;
  for (const line of lines) {
    if (line === '' || line.startsWith('{"t":"crc",')) continue;
    if (line.startsWith('{"t":"end",')) {
      const { bytes: _b, crc: _c, ...fields } = JSON.parse(line) as { t: 'end' } & Record<string, unknown>;
      end = fields as { t: 'end' } & Record<string, unknown>;
      continue;
    }
    await out.line(line);
  }
  if (end) await out.finish(end);
  else await out.finish({ t: 'end', records: -1 }).then(() => chunks.pop());
  await writeFile(path, Buffer.concat(chunks));
}

/**
 * Load `bytes` written to `dir/name`, then read its search part and every edge's evidence (lazy: damage there shows
 * only then); the error it is refused with, or null when it loads.
 */
export async function refusal(dir: string, bytes: Uint8Array, name: string): Promise<unknown> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  try {
    const corpus = await loadSnapshot(file);
    await corpus.searchReady();
    corpus.graph.forEachEdge((_e, a) => a.evidence.length);
    return null;
  } catch (e) {
    return e;
  }
}

/** A folder `dir/one` holding the chain's Hà Tĩnh plan alone: a snapshot small enough to try every byte of. */
export function oneDocumentFolder(dir: string, docs: string): string {
  const one = join(dir, 'one');
  mkdirSync(one);
  copyFileSync(join(docs, 'ha-tinh.txt'), join(one, 'ha-tinh.txt'));
  return one;
}
