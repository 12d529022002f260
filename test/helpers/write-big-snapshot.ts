// A child process for test/snapshot-integrity.test.ts: builds a corpus of `nodes` synthetic nodes
// (one edge each) and writes its snapshot over `target`, saying "writing" first, so that the test
// can kill it in the middle of the write.
import { Corpus, saveSnapshot } from '../../src/graph/index.js';

const [target, count] = [process.argv[2] as string, Number(process.argv[3] ?? 200_000)];
const corpus = Corpus.restore();
const node = (i: number) => ({ kind: 'document' as const, path: `docs/${i}.txt`, type: 'Kế hoạch', number: `${i}/KH-UBND`, date: '2018-03-03', title: `Kế hoạch thực hiện Nghị quyết số 18-NQ/TW, bản ${i}`, issuer: 'UBND tỉnh Hà Tĩnh', level: 'province' as const, place: 'tinh-ha-tinh', family: 'state-admin', contextDependent: false, mentions: 1, names: [`Kế hoạch số ${i}/KH-UBND`] });
for (let i = 0; i < count; i++) corpus.restoreRecord({ t: 'node', key: `vn:${i}/KH-UBND@tinh-ha-tinh#2018`, attributes: node(i) });
for (let i = 1; i < count; i++) {
  corpus.restoreRecord({ t: 'edge', key: `e${i}`, source: `vn:${i}/KH-UBND@tinh-ha-tinh#2018`, target: `vn:${i - 1}/KH-UBND@tinh-ha-tinh#2018`, attributes: { relation: 'implements', count: 1, asserted: false, assertedBy: null, evidence: [], resolution: 'same id' } });
}
process.stdout.write('writing\n');
await saveSnapshot(corpus, target);
process.stdout.write('done\n');
