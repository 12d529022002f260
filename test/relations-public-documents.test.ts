import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/doc/index.js';
import { disagreements, formatErrorKinds, formatRelations, readPassage, tallyErrorKinds, tallyRelations, type Passage, type RelationTally } from './helpers/drafting-score.js';

/**
 * The public documents rounds (fixtures/relations/public-documents*.json; README "Public documents round …"): real Gazette
 * texts and laws from the public repositories the corpus was drawn from, files the corpus does not hold, each with the reading
 * a lawyer expects for every document it cites by number, written by reviewers who neither ran nor read the code. The held
 * rounds are the held-apart measure of the relation reading since the corpus gold's test split was spent (2026-12-05): only
 * aggregates are printed for them, never a disagreement, a document or a key (their wrong keys are counted by kind, "replaces/whole
 * → repeals/whole 7", as the status test counts its test split's errors). The tuning rounds print every disagreement.
 * Floors: what the code reaches, rounded down.
 */
const ROUNDS = [
  // the first round, held: when it landed, on the code of 71241f4, 29/35 documents, 215/237 cited documents, reported acts 26/27;
  // own acts P 1.000 on every relation, R amends .889 (8/9), guides .714 (5/7), repeals .222 (4/18, 14 of them in one repealing
  // circular), replaces 1.000 (10/10), corrects 1/1. The same with the rules written from the spent blind quarter and from round 2.
  // Spent on 2026-12-05 (seventh session), after round 5 replaced it as the held measure of short Gazette acts: at the spending,
  // on d66ee0b, still 29/35 and 215/237 (repeals R 4/18); its errors were then read (README "Spending the first public round");
  // with the rules they led to (test/relations-public-spent.test.ts) and pre-1992 numbers (206-CP), 34/35 and 236/237, repeals
  // 18/18, guides 7/7
  { file: 'public-documents.json', held: false, size: 35, floors: { documents: 0.97, keys: 0.99 } },
  // round 2, 14 longer texts (30 000 to 60 000 characters), tuning: on the code of dce12eb 9/14 documents, 196/220 cited documents
  // (the scorer folding Cyrillic letters that look Latin in a number, as the reader does); with the rules written from it
  // (test/relations-public-tuning.test.ts) 11/14 and 208/220; with a places cell's dashed lines and the Prime Minister's decision
  // a circular cannot end, 212/220; with a row's own status line read past its title's stop and two higher documents, 216/220;
  // with a row's form "Được thay bằng Mẫu số … kèm theo Thông tư số B", 12/14 and 217/220
  { file: 'public-documents-tuning.json', held: false, size: 14, floors: { documents: 0.85, keys: 0.98 } },
  // round 3, laws and long decrees (their acting articles copied verbatim), split by a seeded hash: when they landed (f58e553), and
  // the same on 71241f4 before the day's rules, tuning 10/12 and 77/79, held 11/12 and 33/34 (replaces P .909 R .909); with the
  // tuning half's two rules ("đã dược" for "đã được"; a scope article's guiding chapeau), tuning 12/12 and 79/79, held unmoved
  { file: 'public-documents-laws.json', held: false, size: 12, floors: { documents: 1, keys: 1 } },
  { file: 'public-documents-laws-heldout.json', held: true, size: 12, floors: { documents: 0.91, keys: 0.97 } },
  // round 4, documents of a retrieval dataset rebuilt from its chunks (mostly provinces' decisions that only cite), split by a
  // seeded hash: on 71241f4 and on 29264ca alike, tuning 4/4 and 28/28, held 7/8 and 55/56
  { file: 'public-documents-local.json', held: false, size: 4, floors: { documents: 1, keys: 1 } },
  { file: 'public-documents-local-heldout.json', held: true, size: 8, floors: { documents: 0.87, keys: 0.98 } },
  // round 5, held apart: 12 more Gazette texts of the same repository (10 of hdld; the other topics held only stubs, scans without
  // text, texts over 60 000 characters, or consolidated texts), read by two more reviewers after the session's repealing and
  // guiding rules were written. On the code of the session's start (85121da): 9/12 documents, 81/98 cited documents, repeals R
  // 5/20, replaces P 3/5 R 3/5; on d66ee0b, with the rules from probing repealing circulars and the nineteenth and twentieth
  // drafting rounds: 9/12, 91/98, repeals R 15/20 (P 1.000), replaces unchanged; with the rules from the spent first round,
  // 10/12, 96/98, repeals 20/20, replaces P 3/5 R 3/5
  // Spent on 2026-12-05 (eighth session), once second readings showed its replaces misses were errors two readers agree on and
  // round 6 was being built as the fresh held measure of replacing acts: at the spending, on 95b1020, 10/12 and 96/98
  // its errors read: two circulars each ending inspection procedures an earlier circular issued among many, read as ending that
  // circular whole (test/relations-public-spent.test.ts); with that rule 12/12, 98/98
  { file: 'public-documents-round5.json', held: false, size: 12, floors: { documents: 1, keys: 1 } },
  // round 6, held apart: 16 laws' acting articles (underthesea's CP_Vietnamese-VLC, the laws no earlier round or the corpus holds),
  // most ending their predecessors, read by two more reviewers while round 5 was spent: on 95b1020 and with the spent round's
  // rules alike, 12/16 documents, 27/32 cited documents, replaces P 11/14 R 11/17
  // Spent on 2026-12-05 (eighth session) once round 7 was built: at the spending (1179232) 12/16, 27/32; its errors read (ordinances
  // named only, with a comma or a parenthesis; ordinances within the law's subject; one after a report's actor; a key with the
  // adoption day, which the scorer now strips from a name): with the rules of test/relations-public-spent.test.ts, 16/16, 32/32
  { file: 'public-documents-round6.json', held: false, size: 16, floors: { documents: 1, keys: 1 } },
  // round 7, held apart: 30 documents of two sources new to the project (laws, circulars and decisions crawled from
  // thuvienphapluat.vn; 2026 decrees and circulars in OCR text), most ending or replacing predecessors, read by three more reviewers:
  // on 8e29bbf 16/30 documents, 233/277 cited documents; repeals P 19/39 R 19/20, replaces P 14/15 R 14/22, amends 21/28; 234 with
  // the scorer reading a name key without its adoption day; 239 (repeals P 19/33, guides 4/5) once the database's expiry tags
  // were blanked — a rule written from its builders' report of the source, so no longer strictly blind (README); 17/30, 240/277
  // with the address of a crawled text's link blanked (from round 8)
  // Spent on 2026-12-05 (ninth session) once round 9 was being built as the fresh held measure: at the spending, on 1559953, 17/30 and
  // 240/277; its errors read (README "Spending round 7"): with the site's notes left out of the sentences they cut, its flattened
  // header read, a list going on after a report, the Council of State's numbers, an adjustment into the decision's annexes, the
  // enacting word over "Điều 1.", one ending per document, three OCR slips and a partial repeal inside a status parenthesis
  // (test/relations-public-round7.test.ts), 26/30 and 271/277
  // (tenth session: an amending clause whose wording only strikes a phrase repeals that part, 27/30 and 272/277)
  { file: 'public-documents-round7.json', held: false, size: 30, floors: { documents: 0.9, keys: 0.98 } },
  // round 8, for tuning: 20 documents of round 7's two sources (decrees crawled from thuvienphapluat.vn; 2026 acts in OCR text):
  // on 3b75aba 13/20, 133/161; with an ending list's head that keeps provisions "…, cụ thể như sau:" and a name the text gives two
  // numbers (test/relations-public-round8.test.ts), 14/20, 150/161; with a benefit in an ended title, a page number between a list's
  // head and its items and a suspension of provisions "đối với các quy định sau đây tại", 16/20, 156/161; with the address of a
  // link blanked, 17/20, 157/161; with a heading glued to the closing quote before it and the items of a suspension's list of
  // provisions (ninth session), 18/20, 159/161
  { file: 'public-documents-round8.json', held: false, size: 20, floors: { documents: 0.9, keys: 0.98 } },
  // round 9, held apart: 26 documents of round 7's two sources (15 laws, decrees, circulars and decisions crawled from
  // thuvienphapluat.vn; 11 2026 acts in OCR text), most ending or replacing predecessors, read by two more reviewers while round 7
  // was spent: on 1559953 17/26 documents, 163/178 cited documents, repeals P 23/32 R 23/24, replaces P 15/15 R 15/22, guides
  // 10/11, amends 8/8 (P 8/9); with the rules from spent round 7 (f20d60a), 164/178
  // Spent on 2026-12-05 (tenth session) once round 11 was being built as the fresh held measure: at the spending, on 8e3564f, 17/26
  // and 164/178 (replaces R 15/22, repeals P 23/32); its errors read (README "Spending round 9"): a list head that replaces as it
  // ends, an amending act in a replacing list whose items wrap, a condition's day wrapped onto the next line
  // (test/relations-public-round9.test.ts), 19/26 and 169/178; 20/26 and 170/178 with a scope article's guiding verb going on past
  // an older decree's title; 21/26 and 173/178 once three keys written under the older convention ("bãi bỏ" of a predecessor read
  // as replaced) gained the statute's reading as an alternative (README "Spending round 17")
  { file: 'public-documents-round9.json', held: false, size: 26, floors: { documents: 0.8, keys: 0.97 } },
  // round 10, for tuning: 14 documents of the same sources picked for their endings (7 crawled, 7 in OCR text), read by two more
  // reviewers: on 0cf6111 12/14, 84/94 (repeals R 7/15); with a heading glued to a closing quote, links read as their labels,
  // places located again after a semicolon, a list going on past a report's actor and the amending provisions of an ended document
  // (test/relations-public-round10.test.ts), 14/14, 94/94; round 9 (held) unmoved
  { file: 'public-documents-round10.json', held: false, size: 14, floors: { documents: 1, keys: 1 } },
  // round 11, for tuning: 16 documents that end others, from sources new to the project beside the crawl (a legal site's scrape,
  // a provincial council's 2017 resolutions stored without their header), read by two reviewers who never saw the code: on b1fffe0
  // 12/16, 110/114; with a split number cell above a title wrapped onto "SỐ …" (test/relations-public-round11.test.ts), 13/16, 111/114;
  // with a whole document after a replaced part ("thay thế Điểm b3 … Nghị quyết số A … và Nghị quyết số B"), 14/16, 112/114; 16/16,
  // 114/114 once two keys written under the older convention gained the statute's reading as an alternative
  { file: 'public-documents-round11.json', held: false, size: 16, floors: { documents: 1, keys: 1 } },
  // round 12, for tuning: 14 documents (12 2026 acts of diepxuan.github.io's pages, 2 look-alikes of a legal site's scrape), half
  // ending others, half amending or guiding with status words, read by two more reviewers who never saw the code: on d826fef 6/14,
  // 167/190 (replaces R 3/9); with a long list ended after its items, the guidance of a succeeded decree on the same law, "các
  // khoản đóng góp" no clause, a ministry's numbers of before 1995, the Government's spaced "57 - CP" and a reported correction's
  // actor (test/relations-public-round12.test.ts), 8/14, 179/190; with a kept provision at an item's end, places parted by
  // semicolons, an enacting formula's own amending verb and a heading parted from its items by a blank line, 11/14, 184/190
  { file: 'public-documents-round12.json', held: false, size: 14, floors: { documents: 0.78, keys: 0.96 } },
  // round 15, for tuning: 20 documents that end others (at least two in three) or guide them, by two more reviewers who never saw
  // the code (11 of diepxuan.github.io's pages found by ending phrases; 9 of the phapluat-8chude data, the VLC laws and a legal site's
  // scrape; a twelfth page, round 12's 232/2026/NĐ-CP again, dropped): on 0ff5b87 17/20, 169/173; with a status phrase naming the
  // kinds of provision changed and the second document of an item ending provisions "tại" the first
  // (test/relations-public-round15.test.ts), 18/20, 171/173
  { file: 'public-documents-round15.json', held: false, size: 20, floors: { documents: 0.9, keys: 0.98 } },
  // round 11, held apart: 11 2026 decrees and circulars of diepxuan.github.io's topic pages, picked for their endings by a third
  // reviewer who never saw the code, built while round 9 was spent: when it landed (after round 9's and round 11's rules), 5/11
  // documents, 111/126 cited documents; replaces 17/17, repeals P 5/5 R 5/6, guides 2/3; most wrong keys are reports missed or
  // numbers not found
  // Spent on 2026-12-06 (eleventh session) once round 14 was being built as the fresh held measure: at the spending, on abc3b75,
  // 5/11 and 111/126; its errors read (README "Spending round 11's held half"): a status phrase after a basis line's list of laws,
  // a page's scope article without "này", bare numbers after a place word, an OCR text's misread tones, doubled dash and stop,
  // and serials and years completed by a list's last item (test/relations-public-round11-spent.test.ts), 10/11 and 125/126
  { file: 'public-documents-round11-spent.json', held: false, size: 11, floors: { documents: 0.9, keys: 0.99 } },
  // round 13, held apart: 12 2026 acts of diepxuan.github.io's pages (about half ending others, half amending or guiding with status
  // words) read by one more reviewer who never saw the code, under a brief that states the ending's verb decides between repeals
  // and replaces (the statute's reading, docs/legal-status.md): when it landed (on this session's rules), 7/12 documents, 83/94
  // cited documents; repeals 10/10, replaces P 7/8 R 7/11, guides P 6/9 R 6/8, amends 2/3; 85/94 with the rules from round 11's spent
  // half (two reports found)
  // Spent on 2026-12-06 (eleventh session) once round 14 was built and round 15 was being built: at the spending, on 373d26f, 7/12 and
  // 85/94; its errors read (README "Spending round 13"): an OCR text's slips in operative words ("thay thê", "Sửa đỗi, bỗ sung",
  // "Căn cú", "€)", "108/⁄2025"), a scope article guiding a lettered point and a second decree's places after "và", and a 2025 law
  // whose name holds a comma (test/relations-public-round13-spent.test.ts), 11/12 and 92/94
  { file: 'public-documents-round13-spent.json', held: false, size: 12, floors: { documents: 0.91, keys: 0.97 } },
  // round 14, held apart: 21 2026 acts of diepxuan.github.io's pages (9 from the pages at the folder's top, 12 from its topic
  // subfolders), read by two more reviewers who never saw the code, under round 13's brief, built while round 11's held half was
  // spent: when it landed (on the rules from it, which did not move it), 14/21 documents, 173/182 cited documents; amends P 5/6,
  // guides P 9/10, repeals P 18/21, replaces R 7/12
  // Spent on 2026-12-06 (eleventh session) once round 16 was being built as the fresh held measure: at the spending, on f6fa51d,
  // 14/21 and 173/182; its errors read (README "Spending round 14"): a copy starting at "Chương I\nQUY ĐỊNH CHUNG", an ending list's
  // head without its colon, the supplementary pension's "bổ sung", a status phrase whose place word numbers several, a copy whose
  // first article is "Điều 9." (test/relations-public-round14-spent.test.ts), 17/21 and 176/182
  { file: 'public-documents-round14-spent.json', held: false, size: 21, floors: { documents: 0.8, keys: 0.96 } },
  // round 16, spent (held apart until the twelfth session): 8 tax and customs circulars, decrees and decisions converted from
  // .doc/.pdf (a tax firm's database on GitHub, a source new to the project), read by two more reviewers who never saw the code,
  // built while round 14 was spent: when it landed, 2/8 documents, 50/73 cited documents; repeals R 5/22 (17 documents repealed whole
  // read as merely cited), replaces R 1/4. With a list of unmarked items over a page break, "thay thé", a type line without tones
  // and numbers split by a space (test/relations-public-round16-spent.test.ts), 5/8 and 70/73; of the three keys left, two read a
  // form or an annex repealed and replaced as two acts (the project's convention) where both readers read one
  { file: 'public-documents-round16-spent.json', held: false, size: 8, floors: { documents: 0.62, keys: 0.95 } },
  // round 17, held apart: 6 tax and customs acts of the same tax firm's database, from folders round 16's reviewers were not
  // given (most files there are letters, stubs, or conversions that lost every tone), read by two more reviewers who never saw the
  // code while round 16 was spent; most of its numbers are OCR-garbled. Spent on 2026-12-06 (thirteenth session) with no successor
  // (no unused source of real acts was left): at the spending 2/6, 19/69; with a slash read as another glyph and codes without
  // Đ's stroke (test/relations-public-round17-spent.test.ts), 2/6, 28/69
  { file: 'public-documents-round17-spent.json', held: false, size: 6, floors: { documents: 0.33, keys: 0.4 } },
];

interface Round { passages: Array<Passage & { reviewer: string; source: { repo: string; path: string; commit: string } }> }
const load = (file: string): Round => JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'relations', file), 'utf8')) as Round;

describe.each(ROUNDS)('the public documents round fixtures/relations/$file', ({ file, held, size, floors }) => {
  it(`reads at least ${floors.documents} of the documents and ${floors.keys} of the cited documents as a lawyer does (${held ? 'held apart: aggregates only' : 'tuning: every disagreement printed'})`, async () => {
    const round = load(file);
    expect(round.passages.length).toBe(size);
    const families = new Map<string, [number, number]>();
    const byRelation = new Map<string, RelationTally>();
    const errorKinds = new Map<string, number>();
    let keys = 0;
    let keysRight = 0;
    let reports = 0;
    let reportsFound = 0;
    let documentsRight = 0;
    const lines: string[] = [];
    for (const p of round.passages) {
      const { citations } = await readDocument(Buffer.from(p.text, 'utf8'), { path: 'passage.txt' });
      const reading = readPassage(p, citations);
      const right = reading.keys.every((k) => k.ok) && reading.unexpected.length === 0;
      if (right) documentsRight++;
      else if (!held) lines.push(`  [${p.family}] ${p.type} ${p.number} (${p.source.path}):\n    ${disagreements(p, citations).join('\n    ')}`);
      const f = families.get(p.family) ?? [0, 0];
      families.set(p.family, [f[0] + 1, f[1] + (right ? 1 : 0)]);
      for (const k of reading.keys) {
        keys++;
        if (k.ok) keysRight++;
        for (const r of k.held.split('+').filter((x) => x.startsWith('asserted:'))) {
          reports++;
          if (k.reported.includes(r)) reportsFound++;
        }
      }
      tallyRelations(byRelation, reading);
      tallyErrorKinds(errorKinds, reading);
    }
    const documents = documentsRight / round.passages.length;
    const keyShare = keysRight / keys;
    console.log(
      `public documents (${file}): ${documentsRight}/${round.passages.length} documents read as a lawyer does (${documents.toFixed(3)}); ${keysRight}/${keys} cited documents (${keyShare.toFixed(3)}); reported acts found ${reportsFound}/${reports}\n` +
        [...families].sort().map(([k, [n, r]]) => `  ${k.padEnd(10)} ${r}/${n}`).join('\n') +
        '\n' +
        formatRelations(byRelation) +
        `\n  errors by kind: ${formatErrorKinds(errorKinds)}` +
        (held ? '' : `\ndisagreements:\n${lines.join('\n')}`),
    );
    expect(documents).toBeGreaterThanOrEqual(floors.documents);
    expect(keyShare).toBeGreaterThanOrEqual(floors.keys);
  });
});
