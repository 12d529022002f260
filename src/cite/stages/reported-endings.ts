/**
 * Endings a text reports by the provision that made them: "Theo quy định tại Điều 113 Nghị định số B, Nghị định số A … (và
 * Nghị định số C …) hết hiệu lực kể từ ngày …". The document the sentence opens with ended the ones it then names; the text that
 * says so (a letter, a report, or an act telling what another did) ends nothing itself.
 */
import type { Citation, Relation } from '../schema.js';
import { succeedsByType } from './succession.js';

// a sentence that opens with the provision of a document it follows: "Theo quy định tại Điều 113 Nghị định số …, …"
const ENDING_ACCORDING_TO = /(?:^|[.;:][ \t]*\n?[ \t]*|\n[ \t]*(?:\d{1,2}[.)][ \t]*|[-+•][ \t]*)?)(?:[Tt]heo|[Cc]ăn[ \n]+cứ)(?:[ \n]+quy[ \n]+định)?(?:[ \n]+tại)?(?:[ \n]+(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm)[ \n]+[\dA-Za-zđ]{1,4}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)?){0,6}(?:[ \n]+của)?[ \n]*$/u;
const ENDING_WORDS = /(?<![\p{L}])(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực/u;
// (not an ending given its cause: "… hết hiệu lực do Luật … được thay thế")
const ENDED_WORDING_AFTER = /^[^.;:]{0,300}?(?<![\p{L}])(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(?![ \n]+(?:do|vì)(?![\p{L}]))/u;

/**
 * Records, on each ended document, the act of the document whose provision ended it (`addReport`), and takes from it any ending
 * of its own the sentence seemed to give it. `starts` and `tailEnds` are the citations' starts and the ends of their date and
 * issuer phrases, in the normalized text `t`.
 */
export function reportEndingsBySource(t: string, citations: Citation[], starts: readonly number[], tailEnds: readonly number[], addReport: (c: Citation, act: NonNullable<Citation['asserted']>) => void): void {
  for (let b = 0; b + 1 < citations.length; b++) {
    const actor = citations[b] as Citation;
    if (actor.role !== 'head' || !ENDING_ACCORDING_TO.test(t.slice(Math.max(0, (starts[b] as number) - 160), starts[b] as number))) continue;
    let x = b + 1;
    if (!/^[ \n]*,[ \n]*$/u.test(t.slice(tailEnds[b] as number, starts[x] as number))) continue;
    const ended: number[] = [];
    for (; x < citations.length; x++) {
      if ((citations[x] as Citation).role !== 'head') continue;
      ended.push(x);
      const after = t.slice(tailEnds[x] as number, x + 1 < citations.length ? (starts[x + 1] as number) : t.length);
      // (the next one after "và" or a comma, its own description between; or the ending itself)
      if (x + 1 < citations.length && /^[^.;:]{0,300}?(?:[ \n]và|,)[ \n]*$/u.test(after) && !ENDING_WORDS.test(after)) continue;
      break;
    }
    const last = ended[ended.length - 1];
    if (last === undefined) continue;
    const ending = ENDED_WORDING_AFTER.exec(t.slice(tailEnds[last] as number, (tailEnds[last] as number) + 500));
    if (!ending) continue;
    for (const e of ended) {
      const c = citations[e] as Citation;
      const relation: Relation = c.type !== null && actor.type !== null && succeedsByType(c.type, null, actor.type) ? 'replaces' : 'repeals';
      if (c.relation === 'repeals' || c.relation === 'replaces') {
        c.relation = 'cites';
        c.scope = null;
      }
      if (![c.asserted, ...(c.alsoAsserted ?? [])].some((a) => a !== null && a.subject === b)) addReport(c, { subject: b, subjectId: '', relation, trigger: ending[0].trim() });
    }
  }
}
