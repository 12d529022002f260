import { copyFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadSnapshot } from '../../src/graph/index.js';
import { MemoryStore } from '../../src/store/index.js';
import { createServer, type ServerOptions, type VanbanServer } from '../../src/server/index.js';
import { cli, planHeader, writeChain } from './cli-fixture.js';

/**
 * A corpus for the server tests, as a snapshot both the CLI and the server read: the chain of local
 * plans implementing 18-NQ/TW (trace, coverage, cites, path), two provinces' plans numbered
 * 178/KH-UBND (an ambiguous reference), and a real decree of the demo corpus (sections, citations
 * in every zone).
 */
export async function serverCorpus(): Promise<{ dir: string; docs: string; snap: string }> {
  const { dir, docs } = writeChain();
  writeFileSync(
    join(docs, 'ha-tinh-178.txt'),
    `${planHeader(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH'], '178/KH-UBND', 'Hà Tĩnh', [2019, 5, 6])}\nVề cải cách hành chính\n\nThực hiện Kế hoạch số 191/KH-UBND ngày 03/3/2018 của UBND tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n`,
  );
  writeFileSync(
    join(docs, 'binh-dinh-178.txt'),
    `${planHeader(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH ĐỊNH'], '178/KH-UBND', 'Bình Định', [2019, 8, 12])}\nThực hiện Nghị quyết số 18-NQ/TW\n\nThực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n`,
  );
  copyFileSync(join('corpus', 'central', 'nghi-dinh-55-2023-ND-CP.txt'), join(docs, 'nghi-dinh-55-2023-ND-CP.txt'));
  const snap = join(dir, 'corpus.ndjson');
  const r = await cli('ingest', docs, '--out', snap, '--no-progress');
  if (r.code !== 0) throw new Error(`ingest failed: ${r.err}`);
  return { dir, docs, snap };
}

/** A server on loopback, on a free port, answering from the snapshot. */
export async function startServer(snap: string | null, options: ServerOptions = {}): Promise<{ server: VanbanServer; base: string }> {
  const server = await createServer({ accessLog: null, ...options });
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  if (snap) await server.setStore(new MemoryStore(await loadSnapshot(snap)));
  const { port } = server.app.server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}` };
}
