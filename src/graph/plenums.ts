import type { GraphStore } from './store.js';

/**
 * A Central Committee plenum issues several resolutions (the 6th plenum of term XII: 18-NQ/TW and 19-NQ/TW), so a
 * citation of "Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII “Một số vấn đề về tiếp tục đổi
 * mới, sắp xếp tổ chức bộ máy …”" names one of them by its title (spec §3.5). It is that resolution when exactly one
 * numbered resolution of the same term is described, somewhere in the corpus, with the same title
 * ("Số 18-NQ/TW ngày 25/10/2017 về một số vấn đề về tiếp tục đổi mới, sắp xếp …"); otherwise the plenum stays a
 * node of its own.
 */
const MEETING = /^dang:meeting:TW:HNTW(\d+)#([IVXLC]+)$/;
// how many words of the quoted title must be found, in order, in a description of the resolution
const TITLE_WORDS = 8;

const fold = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The first words of the title a plenum citation quotes (“…” or "…"), folded; null when it quotes none. */
function quotedTitle(names: readonly string[]): string | null {
  for (const n of names) {
    const q = /[“"]([^”"]{12,})/u.exec(n);
    if (!q) continue;
    const words = fold(q[1] as string).split(' ');
    if (words.length >= 5) return words.slice(0, TITLE_WORDS).join(' ');
  }
  return null;
}

/** The Central Committee's numbered resolutions of each term ("XII" → ["dang:18-NQ/TW#XII", …]), one pass over the graph. */
export function resolutionsByTerm(graph: GraphStore): Map<string, string[]> {
  const out = new Map<string, string[]>();
  graph.forEachNode((key) => {
    const m = /^dang:\d+[a-z]?-NQ\/TW#([IVXLC]+)$/.exec(key);
    if (!m) return;
    const list = out.get(m[1] as string);
    if (list) list.push(key);
    else out.set(m[1] as string, [key]);
  });
  return out;
}

export function plenumResolution(graph: GraphStore, meeting: string, byTerm: Map<string, string[]> = resolutionsByTerm(graph)): { target: string; reason: string } | null {
  const m = MEETING.exec(meeting);
  if (!m || !graph.hasNode(meeting)) return null;
  const title = quotedTitle(graph.getNodeAttributes(meeting).names);
  if (title === null) return null;
  const term = m[2] as string;
  const found: string[] = [];
  for (const key of byTerm.get(term) ?? []) {
    if (!graph.hasNode(key)) continue;
    let described = false;
    graph.forEachInEdge(key, (_e, a) => {
      if (!described) described = a.evidence.some((ev) => fold(ev.sentence).includes(title));
    });
    if (described) found.push(key);
  }
  if (found.length !== 1) return null;
  return { target: found[0] as string, reason: `the resolution of plenum ${m[1] as string} (term ${term}) whose title the citation quotes` };
}
