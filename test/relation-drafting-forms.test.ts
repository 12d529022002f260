import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';
import { readDocument } from '../src/doc/index.js';
import { disagreements, formatErrorKinds, formatRelations, readPassage, tallyErrorKinds, tallyRelations, type Passage, type RelationTally } from './helpers/drafting-score.js';

/**
 * The red team's drafting forms (fixtures/relations/drafting-forms.json): 238 passages of amending, repealing, replacing,
 * suspending, guiding and correcting wording, their look-alikes, and Unicode and layout variants, each with the reading a
 * lawyer expects. Agreement per family and every disagreement are printed; the floor is what the code reaches, rounded down
 * (180 of 238 when the passages were written; 227 after the rules they led to and the two readings the project had fixed before, below).
 */
const ROUNDS = [
  { file: 'drafting-forms.json', floor: 0.94, size: 238 },
  // the second round, on amending wording: 114 of 234 when it was written, 217 after the rules it led to
  { file: 'drafting-forms-amends.json', floor: 0.91, size: 234 },
  // the third round, held apart (no rule written from it): 175 of 218 before the rules of the second round, 187 after; 193 with
  // the rules written from the sixteenth round's held half when it was spent (2026-12-05), 194 with those of the thirteenth's; 196
  // by 2026-12-06, 198 with the rules from the fifth round's spent held half and round 32's tuning half
  { file: 'drafting-forms-heldout.json', floor: 0.88, size: 218 },
  // the fourth round, on structure and reference (nested lists, anaphora, tables, committees): 125 of 193 at 99b2090, before the
  // rules of that day on lists, anaphora and tables, which were written before it was read; 129 with them; 168 by 2026-12-05,
  // 170 with the fourteenth round's rules on ordinances' names and on the regulation another document's title amends; 171 with
  // the rules from the sixteenth round's spent held half
  { file: 'drafting-forms-structure.json', floor: 0.93, size: 193 },
  // the fifth round, on the same themes by another reviewer, held apart: 128 of 178 at 99b2090, 144 at 639b7e9 (the rules of the
  // fourth round's day), read by aggregate only; 147 later, 146 with the rule on scope articles that locate what they detail
  // "tại" provisions of documents (2026-12-04, late); 148 with the same two rules of the fourteenth round; 149 with the rules from
  // the sixteenth round's spent held half; 152 at f39246d. Spent on 2026-12-06 (fifteenth session) once round 30 was built as
  // a fresh held measure: its errors are read and rules may be written from them; 159 with the eight rules from that reading
  // (test/relations-structure-spent.test.ts); 160 with a pipe table under "Sửa đổi, bổ sung Bảng giá … kèm theo các Quyết định sau:"
  // (sixteenth session). Most of the rest differ from the later rounds' conventions (an appointment or a
  // committee's decision ended by "hết hiệu lực" is repealed here, replaced under round 22's statute-verb rule)
  { file: 'drafting-forms-structure-heldout.json', floor: 0.89, size: 178 },
  // the sixth round, a tuning round: 142 passages built the same way as the seventh's from the other half of the dev files; 102
  // of 142 when it landed (verbatim 20/27, redrafted 56/84, look-alikes 26/31), 108 with the scoring of 2db4352, 128 after the rules
  // it led to (test/relations-16m.test.ts), 131 with a law read without its title succeeding the one unamending law it ends, 137
  // with parts ended, lists of mixed types and inline lists, and an ending that keeps provisions scored whole or part
  { file: 'drafting-forms-paraphrase.json', floor: 0.96, size: 142 },
  // the seventh round: 133 passages built from real dev acts (verbatim, redrafted, look-alikes) by a reviewer who neither ran nor
  // read the code; 96 of 133 at cc229cf (verbatim 23/28, redrafted 48/75, look-alikes 25/30). Meant to be held apart, it was
  // exposed before any rule of the sixth round was written: a print of the sixth round's disagreements ran on into the
  // seventh's. It is no longer a held-apart measure; the held-apart one of this kind is the eighth round (spent files). Used for
  // tuning since (four '=' keys with a date made '~' keys, as the sixth round's): 108 → 123
  { file: 'drafting-forms-paraphrase-heldout.json', floor: 0.92, size: 133 },
  // the eighth round, held apart: 148 passages built the same way from the acts of the spent files by a third reviewer who neither
  // ran nor read the code; read by aggregate only: 106 of 148 at 2db4352, before any rule of the sixth round (verbatim 22/33,
  // redrafted 58/86, look-alikes 26/29); 109 after them (redrafted 60/86, look-alikes 27/29), 118 with the rule on a law read
  // without its title (verbatim 26/33, redrafted 65/86), 119 with the rest of that round's rules and scoring (verbatim 27/33), 120
  // with the seventh round's (redrafted 66/86); 122 with the rules of 2026-12-04 (late); 124 by 2026-12-05, 125 with the rules of
  // the seventeenth round's tuning half; 124 with the convention of 2026-12-06 on amending acts ended with their base (two held
  // passages, by aggregate, follow the convention of their time, that such an act is repealed: its gold is not read to change them)
  { file: 'drafting-forms-paraphrase-heldout-2.json', floor: 0.85, size: 148 },
  // the ninth round, whole documents (fixtures/relations/briefs/whole-documents.md): 161 written by two reviewers who neither ran
  // nor read the code nor opened the corpus, split in two by a seeded hash of their text before any was run; the first half is
  // used for tuning, the second held apart and read by aggregate only. At 2e3f687 (before this session's rules) 63 of 90 and 62
  // of 71; when they landed (4ffc8cd, with the rules of the earlier rounds' forms) 64 of 90 and 62 of 71; after the rules the
  // first half led to (repeal annexes and lists, an amending law's enacting formula), 69 and 64; with seven expectations of the first
  // half set to the project's convention on consolidated texts and one law keyed by its name (notes "convention 2026-12-05",
  // "review 2026-12-05"), and the rules on exceptions, lists kept in force and guiding articles, 75 and 64; with described
  // adjustments, guided amendments and endings verb first, 77 and 64; with what is applied, a form by its code and a title's
  // suspension, 79 and 64; with a consolidated text's header list read, 80 and 64; with a guidance guiding what it carries out, 82
  // and 64; with a reported act reaching the next document after "và", 83 and 64
  // (84 and 66 with a lapsing table head and "… và các văn bản sửa đổi, bổ sung Thông tư số A hết hiệu lực" read as a successor's,
  // two rules of 2026-12-05 written from probes, not from this round)
  { file: 'drafting-forms-documents.json', floor: 0.93, size: 90 },
  { file: 'drafting-forms-documents-heldout.json', floor: 0.92, size: 71 },
  // the tenth round, whole amending documents (the same brief, an amending mix): 116 by two more reviewers, split the same way.
  // At 2e3f687 51 of 66 and 39 of 50; when they landed (45d84cb) 52 and 39; with a document named again by its serial alone, 53
  // and 40; with three consolidated texts' expectations set to the project's convention, items named with "Tại", passive items
  // with a colon and needs found by a review, 58 and 40; with a phrase replaced "tại:" a list of documents' places, 59 and 40; with
  // an omnibus law's enacting formula without numbers, 60 and 40; with a sub-item that drops a phrase after its places, 61 and 40;
  // with a guidance guiding what it carries out, 62 and 40; with an amending item's status parenthesis reported on the article's
  // amended document (fourteenth round), 62 and 41; with the per-mention rules of fixtures/relations/mentions-tuning.json (a list a
  // decision issued, an enacting formula's later objects), 63 and 42
  { file: 'drafting-forms-amending-documents.json', floor: 0.95, size: 66 },
  { file: 'drafting-forms-amending-documents-heldout.json', floor: 0.84, size: 50 },
  // the eleventh round, whole documents that act on several documents at once (omnibus acts, effect articles, guiding acts): 100
  // by two more reviewers, split the same way (43 tuning, 57 held apart). At dfaa630 (this session's start) and when they landed
  // 30 of 43 and 42 of 57; with a guidance guiding what it carries out, 34 and 42; with an effect sentence going on after a comma and a
  // guiding verb before "… này" no act of this document, 36 and 42; with a title's "theo Nghị quyết số …" inside the guided
  // decree's description, 37 and 44; with the regulation this act issues replacing another's, a title's last clause replacing and
  // an ending after a status phrase read as a replacement, 39 and 45; with a reported act reaching the next document after "và", 40
  // and 45 (and the ninth round's tuning half 83); with the per-mention rules of fixtures/relations/mentions-tuning.json, 40 and 45:
  // one held passage the earlier rules read as a lawyer does is read otherwise, which one is not read (the floor follows it)
  { file: 'drafting-forms-omnibus-documents.json', floor: 0.93, size: 43 },
  { file: 'drafting-forms-omnibus-documents-heldout.json', floor: 0.8, size: 57 },
  // the twelfth round, whole documents written as converted files read them (lines broken inside citations, page breaks and
  // running headers mid-sentence, footnote marks glued to numbers, Ð, flattened tables, NFD): 100 by two more reviewers, split the
  // same way (55 tuning, 45 held apart). At dfaa630 and when they landed 44 of 55 and 41 of 45; with a footnote's status phrase
  // read onto the marked number and a table row's scope kept to its row, 47 and 42; with a list of documents still to be drafted
  // acting on nothing, 48 and 42 (and the ninth round's held half 65); with a mark glued to a legislature's number cut off, 50 and 42
  // (52 with the eighteenth round's rules on annexes of ended documents)
  { file: 'drafting-forms-converted-documents.json', floor: 0.94, size: 55 },
  { file: 'drafting-forms-converted-documents-heldout.json', floor: 0.93, size: 45 },
  // the thirteenth round, national acts at a real act's length (final chapters amending related laws, transitional and effect
  // articles, whole amending acts, guidance of several laws): 82 by two more reviewers, split the same way (38 tuning, 44 held
  // apart). At 0661afe and when they landed 26 of 38 and 32 of 44; with a law's number after "SỐ" in a title in capitals, the
  // one law an enacting formula amends meeting its name in the articles, a predecessor whose title names an amending law it
  // guided replaced, provisions kept after a long title, and four conventions set in the tuning half (a consolidated text; laws
  // amended by name only; a provision's status parenthesis a report), 35 and 32 (and the eleventh round's held half 46); with
  // a scope article's subjects separated by a semicolon within a line, 36 and 32. The held half was spent on 2026-12-05 at 32 of
  // 44 (README "Spending the held halves"): nine of its expectations followed the brief's withdrawn sentence (an item amending a
  // provision an earlier act worded read as amending that act too) and one consolidated text the brief's convention, all set to
  // the conventions with notes; with the rules written from it (test/relations-national-spent.test.ts), 36 and 44. It is no
  // longer a held-apart measure
  { file: 'drafting-forms-national-acts.json', floor: 0.94, size: 38 },
  { file: 'drafting-forms-national-acts-heldout.json', floor: 0.97, size: 44 },
  // the fourteenth round, long amending, replacing and repealing acts of every level, under a brief that states the
  // conventions on status parentheses, consolidated texts and laws amended by name only: 80 by two more reviewers, split the
  // same way (38 tuning, 42 held apart). At 2bddc7a, when they landed, 29 of 38 and 31 of 42; with an amending item's status
  // parenthesis reported on the document the article amends, 32 and 36; with ordinances named with a semicolon or "Phòng,
  // chống" and the regulation another document's title amends read as that title, 35 and 36; with endings a report tells
  // ("hết hiệu lực kể từ ngày Thông tư số B có hiệu lực", a second act of one status phrase), 37 and 36
  { file: 'drafting-forms-long-amending-acts.json', floor: 0.97, size: 38 },
  { file: 'drafting-forms-long-amending-acts-heldout.json', floor: 0.85, size: 42 },
  // the fifteenth round, what guides what: acts that detail or guide, and look-alikes where the guiding words name no act of
  // the document; 80 by two more reviewers, split the same way (45 tuning, 35 held apart). At b100c69, when they landed, 41
  // of 45 and 28 of 35; with a bill acted on by nobody, the ordinance key of one passage made to cover its second writing and a
  // report on a document past its own status parenthesis, 44 and 28; with the rules from the sixteenth round's spent held half,
  // 44 and 29
  { file: 'drafting-forms-guidance.json', floor: 0.97, size: 45 },
  { file: 'drafting-forms-guidance-heldout.json', floor: 0.82, size: 35 },
  // the sixteenth round, ministries' circulars and decisions and decrees in a ministry's field at a real length (eight fields):
  // 77 by two more reviewers, split the same way (40 tuning, 37 held apart). At 9db3e20, when they landed, 35 of 40 and 24 of
  // 37; with an annex of documents "hết hiệu lực" that this act's sentence refers to read as its ending list, and "trước khi
  // được sửa đổi bởi Thông tư này" a time, 37 and 24; with two documents a row opens with as a status phrase's subject, 38 and 25.
  // The held half was spent on 2026-12-05 at 25 of 37 (its errors read: README "Spending the held halves"); with two laws cited
  // by name only keyed as the acts detail them, and the rules written from it (test/relations-ministries-spent.test.ts), 39 and
  // 35 (36 with the thirteenth round's). It is no longer a held-apart measure
  { file: 'drafting-forms-ministries.json', floor: 0.97, size: 40 },
  { file: 'drafting-forms-ministries-heldout.json', floor: 0.97, size: 37 },
  // the seventeenth round, whole documents of every kind (amending, replacing, repealing, guiding acts; letters, reports, plans
  // and published lists that report; look-alikes), written after the rules from the spent held halves: 83 by two more reviewers,
  // split the same way (43 tuning, 40 held apart). When they landed (a25ebdd) 34 of 43 and 32 of 40; on the code of the session's
  // start (c0de5f7), 33 and 32: the day's rules moved the fresh held half by nothing; with the rules its tuning half led to
  // (test/relations-every-kind.test.ts), 42 and 32 (and the eighth round's held half 124 → 125)
  { file: 'drafting-forms-every-kind.json', floor: 0.97, size: 43 },
  { file: 'drafting-forms-every-kind-heldout.json', floor: 0.8, size: 40 },
  // the eighteenth round, acts that end their predecessors (replacing, repealing, mixed effect articles, look-alikes), the family
  // the held halves read worst: 45 by two more reviewers, split the same way (27 tuning, 18 held apart). When they landed
  // (d3895a8) 20 of 27 and 14 of 18; on the code of the session's start (c0de5f7), 19 and 14; with one law cited by name keyed as
  // the decree details it and the rules of test/relations-endings.test.ts, 24 and 14 (and the fifth round's held half 150, the
  // twelfth's tuning half 52); 25 with a report past the document's own status parenthesis after "đã"; 26 with places of a
  // regulation replaced by this act's provisions (eighth session)
  { file: 'drafting-forms-endings.json', floor: 0.96, size: 27 },
  { file: 'drafting-forms-endings-heldout.json', floor: 0.77, size: 18 },
  // the nineteenth round, acts that end documents and the headings, list heads, annexes and tables that carry the act for items
  // that do not repeat the verb: 70 by two more reviewers, split the same way (35 tuning, 35 held apart). On the code of the
  // session's start (85121da) 26 of 35 and 24 of 35; with the rules written from probing repealing circulars before the round
  // was seen (d158eab, 8e8fe27), 30 and 24; with the rules its tuning half led to (test/relations-repealing-headings.test.ts,
  // "the nineteenth round's repealing forms"), 35 and 26. The held half, 29 of 35 on b5cfbff, was spent on 2026-12-07 (round 51 built
  // as a fresh held measure): 33 with the rules written from it (test/relations-repealing-spent.test.ts)
  { file: 'drafting-forms-repealing.json', floor: 0.97, size: 35 },
  { file: 'drafting-forms-repealing-heldout.json', floor: 0.94, size: 35 },
  // the twentieth round, acts that guide or detail (titles, enacting lines, scope articles, several documents guided by one act,
  // provincial decisions detailing what a law assigns, departments' and Party committees' guidance) and look-alikes that only
  // cite guiding acts: 61 by two more reviewers, split the same way (24 tuning, 37 held apart). When they landed (c9b8f69) 22 of
  // 24 and 33 of 37, as on the code of the session's start (85121da); with the rules its tuning half led to
  // (test/relations-guiding-round.test.ts), 24 and 34
  { file: 'drafting-forms-guiding.json', floor: 0.97, size: 24 },
  { file: 'drafting-forms-guiding-heldout.json', floor: 0.91, size: 37 },
  // the twenty-first round, acts that take the place of other documents, whole or in part (the type the held public rounds read
  // worst): 60 by two more reviewers, split the same way (27 tuning, 33 held apart). When they landed (b529fab) 19 of 27 and 22
  // of 33, as on the code of the session's start (85121da); with the rules its tuning half led to
  // (test/relations-replacing-round.test.ts), 24 and 22
  { file: 'drafting-forms-replacing.json', floor: 0.88, size: 27 },
  // 25 of 33 with the rules from round 32's spent held half (2026-12-06)
  { file: 'drafting-forms-replacing-heldout.json', floor: 0.75, size: 33 },
  // the twenty-second round (2026-12-06), whole acts that end or act on several documents at once, under the statute's reading of
  // endings: 62 by two more writers, split by sha256("round22-2026-12-06" + text) (30 tuning, 32 held apart). When they landed
  // (877c217) 16 of 30 and 18 of 32; with the keys that followed older conventions given those conventions' reading as an
  // alternative (a consolidated text's "consolidates", a part replaced read either way, a merged body's successor; 10 tuning keys
  // read, 3 held keys by a helper who never saw the code), 18 and 19; with the rules its tuning half led to
  // (test/relations-several-documents-round.test.ts), 28 and 20
  { file: 'drafting-forms-several-documents.json', floor: 0.93, size: 30 },
  { file: 'drafting-forms-several-documents-heldout.json', floor: 0.62, size: 32 },
  // the twenty-third round (2026-12-06), whole acts and letters where the wording is indirect (short forms and anaphora, guidance,
  // repealing lists and tables, reports in Căn cứ lines and tables): 60 by two more writers, split by sha256("round23-2026-12-06" +
  // text) (31 tuning, 29 held apart). When they landed (625795f) 20 of 31 and 21 of 29; with the rules its tuning half led to
  // (test/relations-indirect-round.test.ts), 31 and 21; 22 held with round 24's
  { file: 'drafting-forms-indirect.json', floor: 0.96, size: 31 },
  { file: 'drafting-forms-indirect-heldout.json', floor: 0.75, size: 29 },
  // the twenty-fourth round (2026-12-06), acts that repeal or end documents in the many real shapes, with look-alikes: 62 by two
  // more writers, split by sha256("round24-2026-12-06" + text) (36 tuning, 26 held apart). When they landed (e59dca5) 28 of 36 and
  // 18 of 26; with the rules its tuning half led to (test/relations-repeal-shapes-round.test.ts), 33 and 18; 19 held by 2026-12-06.
  // The held half, the one that missed the most repeals (14), was spent on 2026-12-06 (eighteenth session) once round 39 was being
  // built as a fresh held measure: its errors were read and rules written from them (test/relations-repeal-shapes-spent.test.ts):
  // 23 of 26 (24 with round 28's). It is no longer a held-apart measure
  { file: 'drafting-forms-repeal-shapes.json', floor: 0.91, size: 36 },
  { file: 'drafting-forms-repeal-shapes-heldout.json', floor: 0.88, size: 26 },
  // the twenty-fifth round, documents that act on parts of several documents and documents that only report what others did (briefs
  // round 25): 61 by two more writers, split the same way (27 tuning, 34 held apart). At b81b414 (before the fourteenth session's
  // rules, which were written from older rounds before this one was read) 21 of 27 and 28 of 34; when they landed (b601b4e) 22 and 28; 29 held by 2026-12-06, 30 with the rules from round 28's spent held half
  { file: 'drafting-forms-parts-and-reports.json', floor: 0.81, size: 27 },
  { file: 'drafting-forms-parts-and-reports-heldout.json', floor: 0.82, size: 34 },
  // the twenty-sixth round, documents that guide, correct or suspend others and look-alikes that follow, apply or mention them with
  // the same words (briefs round 26): 66 by two more writers, split the same way (31 tuning, 35 held apart). At b81b414 26 of 31 and
  // 29 of 35; when they landed (d4d8079) 27 and 29
  { file: 'drafting-forms-guiding-correcting.json', floor: 0.87, size: 31 },
  { file: 'drafting-forms-guiding-correcting-heldout.json', floor: 0.82, size: 35 },
  // the twenty-seventh round, a sample of one gazette year in its proportions (acting acts, acts on their own subject,
  // administrative documents; briefs round 27), written after the fourteenth session's rules: 67 by two more writers, split the
  // same way (33 tuning, 34 held apart). At b81b414 27 of 33 and 31 of 34; when they landed (040dd85) 28 and 32
  { file: 'drafting-forms-gazette-year.json', floor: 0.84, size: 33 },
  { file: 'drafting-forms-gazette-year-heldout.json', floor: 0.94, size: 34 },
  // the twenty-eighth round, endings and reports that are easy to miss (an ending in an article's last sentence, a transitional
  // clause, a note under an annex; reports in passing) and look-alikes (briefs round 28): 60 by two more writers, split the same way
  // (34 tuning, 26 held apart). At b81b414 and when they landed (82a0b18) alike, 26 of 34 and 15 of 26
  // The held half, then the lowest at 17 of 26, was printed in full on 2026-12-06 (eighteenth session) by a scoring run meant for a
  // spent half: it could no longer be held apart and was spent then, its errors read and rules written from them
  // (test/relations-in-passing-spent.test.ts): 24 of 26 (the two left are lease contracts keyed as cited documents). It is no longer
  // a held-apart measure
  { file: 'drafting-forms-in-passing.json', floor: 0.76, size: 34 },
  { file: 'drafting-forms-in-passing-heldout.json', floor: 0.92, size: 26 },
  // the twenty-ninth round, whole acts whose endings of other documents are written in unusual ways or places, and look-alikes
  // (briefs round 29): 51 by two more writers, split the same way (22 tuning, 29 held apart). At b81b414 15 of 22 and 15 of 29; when
  // they landed (cff44f0) 16 and 16. The held half, then the lowest at 18 of 29, was spent on 2026-12-06 (seventeenth session) once
  // round 37 was being built as a fresh held measure: its errors were read and rules written from them
  // (test/relations-endings-unusual-spent.test.ts): 21 of 29 (and round 34's tuning half 32 -> 33; 22 of 29 by the eighteenth
  // session's end). It is no longer a held-apart
  // measure
  { file: 'drafting-forms-endings-unusual.json', floor: 0.72, size: 22 },
  { file: 'drafting-forms-endings-unusual-heldout.json', floor: 0.72, size: 29 },
  // the thirtieth round, replacing told from repealing and guiding from citing (succession with each ending verb, "thay thế" and
  // "hết hiệu lực" acting on no document, acts that guide beside documents that follow guidance; briefs round 30): 63 by two more
  // writers, split the same way (30 tuning, 33 held apart). When they landed, on b1ade19, 27 of 30 and 27 of 33; 29 and 28 after the
  // fifteenth and sixteenth sessions' rules
  { file: 'drafting-forms-succession.json', floor: 0.93, size: 30 },
  { file: 'drafting-forms-succession-heldout.json', floor: 0.84, size: 33 },
  // the thirty-first round, acts on parts and reports in wordings and places a reader skims past (parts ended in effect,
  // transitional or own articles, items of amending lists, tables of places; amendments in less common shapes; reports with their
  // actor; look-alikes; briefs round 31): 60 by two more writers, split the same way (34 tuning, 26 held apart). When they landed,
  // on c6cbdb3, 25 of 34 and 15 of 26; with the four rules of its tuning half (test/relations-parts-skimmed-round.test.ts), 29 and 17;
  // 31 of 34 with a table one cell a line of adjusted schedules and provisions on a matter an own article takes up (sixteenth session).
  // The held half, then the lowest with round 28's at 17 of 26, was spent on 2026-12-06 (eighteenth session) once round 38 was being
  // built as a fresh held measure: its errors were read and rules written from them (test/relations-parts-skimmed-spent.test.ts):
  // 24 of 26 (and round 37's held half 27 -> 28, round 35's 25 -> 26). It is no longer a held-apart measure. 34 of 34 with a report's
  // "…; theo đó, … được bãi bỏ" read as the act of the document before it (twenty-second session)
  { file: 'drafting-forms-parts-skimmed.json', floor: 1, size: 34 },
  { file: 'drafting-forms-parts-skimmed-heldout.json', floor: 0.92, size: 26 },
  // the thirty-second round, acts and reports in unexpected places or shapes (parts ended while the act does something else; whole
  // documents ended in the enacting formula, the scope article or a note; amendments in transitional articles, annexes, tables;
  // reports in sentences, parentheses, footnotes and status tables; briefs round 32): 62 by two more writers, split the same way
  // (26 tuning, 36 held apart). When they landed, on 2d9e930, 18 of 26 and 20 of 36; with the three rules of its tuning half
  // (test/relations-unexpected-places-round.test.ts), 21 and 21; 22 of 36 with a status table read (a shape of round 31 too). The
  // held half, then the lowest, was spent on 2026-12-06 (seventeenth session) at 22 of 36, once round 36 was built as a fresh held
  // measure: its errors were read and rules written from them (test/relations-unexpected-places-spent.test.ts): 33 of 36 (and
  // round 21's held half 24 -> 25, round 33's tuning half 21 -> 22); 34 of 36 with a matter noted after the document or named by a
  // part's quoted heading (and round 31's tuning half 31 -> 32). It is no longer a held-apart measure
  { file: 'drafting-forms-unexpected-places.json', floor: 0.8, size: 26 },
  { file: 'drafting-forms-unexpected-places-heldout.json', floor: 0.94, size: 36 },
  // the thirty-third round, parts and wholes ended and what takes their place (parts replaced by this document's own provisions in
  // many wordings, parts repealed with nothing in their place, wholes replaced or repealed, look-alikes; briefs round 33): 61 by two
  // more writers, split the same way (29 tuning, 32 held apart). When they landed, on eeaff9d, 12 of 29 and 22 of 32; with the three
  // rules of its tuning half (test/relations-parts-taken-over-round.test.ts), 16 and 22 (round 28's held half 15 -> 16); 17 and 23
  // with "Xóa bỏ cụm từ"; 18 of 29 with "… thì không áp dụng quy định tương ứng tại …"; 21 and 25 with the rules of rounds 33 and
  // 34 in the sixteenth session (article headings in capitals, "không còn áp dụng", matters an own article takes up, a chapter of
  // this act's regulation taking a decision's place)
  // 22 of 29 with the rules from round 32's spent held half; 26 of 32 held with round 38's tuning rules, 27 with round 28's spent
  // held half's (eighteenth session); 23 of 29 with a quoted provision's "Thông tư này thay thế …" reported as the quoted circular's
  { file: 'drafting-forms-parts-taken-over.json', floor: 0.75, size: 29 },
  { file: 'drafting-forms-parts-taken-over-heldout.json', floor: 0.78, size: 32 },
  // the thirty-fourth round, acts written where a hurried reader misses them (the many verbs of ending and replacing; article
  // headings in capitals, lists and tables of ended documents, annexes listing them; long pinpoints over several documents;
  // look-alikes; briefs round 34): 60 by two more writers, split the same way (37 tuning, 23 held apart). When they landed, on
  // e8b825e, 23 of 37 and 15 of 23; with the rules of its tuning half (test/relations-ending-words-round.test.ts), 31 and 17 (round
  // 30's held half 27 -> 28, round 33's 23 -> 25)
  { file: 'drafting-forms-ending-words.json', floor: 0.83, size: 37 },
  { file: 'drafting-forms-ending-words-heldout.json', floor: 0.73, size: 23 },
  // the thirty-fifth round, documents named the way real texts name them when they are not tidy (short and shared numbers, short
  // names, titles without numbers; numbers with spaces, breaks, other dashes, Ð, lower-case codes, footnote marks; acts far from
  // their documents; look-alikes; briefs round 35): 60 by two more writers, split the same way (27 tuning, 33 held apart). When
  // they landed, on 256549f, 19 of 27 and 24 of 33; with the rules of its tuning half (test/relations-untidy-names-round.test.ts), 23
  // and 25; 26 held with the rules from round 31's spent held half; 24 of 27 with round 28's. The held half, 26 of 33 on c4b3705, was
  // spent on 2026-12-07 (rounds 51 and 52 built as fresh held measures): 29 with the rules written from it
  // (test/relations-untidy-names-spent.test.ts)
  { file: 'drafting-forms-untidy-names.json', floor: 0.85, size: 27 },
  { file: 'drafting-forms-untidy-names-heldout.json', floor: 0.87, size: 33 },
  // the thirty-sixth round, documents that both act on documents and report what third documents did (a document reported in one
  // place and acted on in another; reports in recitals, footnotes, notes, status columns and legal-basis lists with their actors;
  // parts and wholes ended with each verb of ending, taken over or not, kept for pending cases; look-alikes; briefs round 36): 60
  // by two more writers, split the same way (27 tuning, 33 held apart). When they landed, on 3d939e8 and on the rules from round
  // 32's spent held half alike, 24 of 27 and 21 of 33; with the rule of its tuning half (test/relations-reports-and-acts-round.test.ts),
  // 25 and 21 (round 28's held half 16 -> 17); with its reports read ("… được Ủy ban nhân dân tỉnh thay thế bằng Quyết định số B",
  // "… đã bị bãi bỏ một phần tại Điều 105 Nghị định số B"), round 34's tuning half 31 -> 32, the long amending acts' 37 -> 38 and
  // round 25's held half 28 -> 29
  { file: 'drafting-forms-reports-and-acts.json', floor: 0.92, size: 27 },
  // the held half, then the lowest at 23 of 33, was spent on 2026-12-07 (twenty-third session) once round 50 was built as a fresh
  // held measure: its errors were read and a rule written from them (test/relations-reports-and-acts-spent.test.ts): 24 of 33. It is
  // no longer a held-apart measure
  { file: 'drafting-forms-reports-and-acts-heldout.json', floor: 0.72, size: 33 },
  // the thirty-seventh round, documents that end others, whole or in part, or take their place, where replaced or repealed turns on
  // who issued what and on what subject (the issuer's own new documents; endings across issuers and types; parts taken over or
  // ended with nothing in their place; look-alikes; briefs round 37): 60 by two more writers, split the same way (22 tuning, 38
  // held apart). When they landed, on 3d939e8, on b9bbbfe (the rules from rounds 29's and 32's spent held halves) and on the
  // working tree alike, 16 of 22 and 27 of 38; with the rules of its tuning half (test/relations-issuers-round.test.ts), 18 and 27
  // (round 36's held half 21 -> 22); 28 held with the rules from round 31's spent held half, 29 with round 28's
  { file: 'drafting-forms-issuers-and-successors.json', floor: 0.81, size: 22 },
  { file: 'drafting-forms-issuers-and-successors-heldout.json', floor: 0.71, size: 38 },
  // the thirty-eighth round, a second sample of one gazette year in its proportions (acting acts in the usual shapes, some also
  // reporting; acts on their own subject that end, guide or amend on the way; administrative documents that cite many and mostly act
  // on nothing; briefs round 38): 60 by two more writers, split the same way (28 tuning, 32 held apart). When they landed, on f2027f7
  // (the session's start) 20 of 28 and 29 of 32; on 9ba6d17 (the rules from round 31's spent held half) 20 and 30; with the rules of
  // its tuning half (test/relations-gazette-year-2-round.test.ts), 25 and 30 (round 33's held half 25 -> 26)
  { file: 'drafting-forms-gazette-year-2.json', floor: 0.89, size: 28 },
  { file: 'drafting-forms-gazette-year-2-heldout.json', floor: 0.93, size: 32 },
  // the thirty-ninth round, what guides what and what only looks like guidance (acts that detail or guide in the title, the enacting
  // formula, the scope article or the body, some ending the guidance they take over; documents that apply, follow, implement or
  // organise guidance; acts where guidance sits beside other acts and reports; briefs round 39): 60 by two more writers, split the
  // same way (37 tuning, 23 held apart). When they landed, on f2027f7 (the session's start) and on 6260897 alike, 33 of 37 and 16 of 23;
  // with the rules of its tuning half (test/relations-guides-and-followers-round.test.ts), 36 and 16. The held half, then the lowest
  // at 16 of 23, was spent on 2026-12-07 (twenty-third session) once round 49 was built as a fresh held measure: its errors were read
  // and rules written from them (test/relations-guides-and-followers-spent.test.ts): 20 of 23. It is no longer a held-apart measure
  { file: 'drafting-forms-guides-and-followers.json', floor: 0.97, size: 37 },
  { file: 'drafting-forms-guides-and-followers-heldout.json', floor: 0.86, size: 23 },
  // the fortieth round, what a document reports of third documents told the way real texts tell it (as a time, with the object
  // elided, another document's "Thông tư này" in indirect speech, parts, review reports and inventories, letters on which document
  // is in force, "(nay là …)"), beside acts on parts and wholes in documents that cite many, and look-alikes (statuses with no
  // actor, proposals, tasks, drafts, review conclusions; briefs round 40): 61 by two more writers, split the same way (37 tuning,
  // 24 held apart). When they landed, on 059c60a (the session's start) and on 43c7ace alike, 22 of 37 and 13 of 24; with the rules
  // of its tuning half (test/relations-reports-beside-acts-round.test.ts), 32 and 17 (round 36's held half 22 -> 23, the eighth
  // round's 128 -> 129); 36 of 37 with three more of its rules and a matter named by its head noun ("Mức thu lệ phí … quy định tại …")
  { file: 'drafting-forms-reports-beside-acts.json', floor: 0.97, size: 37 },
  { file: 'drafting-forms-reports-beside-acts-heldout.json', floor: 0.7, size: 24 },
  // the forty-first round, documents full of the words of acts that are not acts of the self document (plans listing documents to
  // draft or propose, tasks, conditions and cases, future acts, other documents' titles, quoted wording, negations, statuses with no
  // actor; documents that apply, follow or ask for guidance), with a few genuine acts among them (briefs round 41): 60 by two more
  // writers, split the same way (29 tuning, 31 held apart). When they landed, on 059c60a (the session's start) and on f78ec58 alike,
  // 24 of 29 and 24 of 31; with the rules of its tuning half (test/relations-verbs-without-acts-round.test.ts), 28 and 25 (round 26's
  // held half 29 -> 30, round 22's 23 -> 24); 29 of 29 with a body's proposal of a suspension and "sửa đổi, bổ sung một lần bởi …"
  { file: 'drafting-forms-verbs-without-acts.json', floor: 1, size: 29 },
  { file: 'drafting-forms-verbs-without-acts-heldout.json', floor: 0.8, size: 31 },
  // the forty-second round, documents of the 2025 reorganization and what they do to the documents of the bodies they took over
  // (endings of former provinces', districts', communes' and ministries' documents; documents kept in force until replaced; the new
  // bodies' reports; plans, statuses and the arrangement resolutions as look-alikes; briefs round 42): 60 by two more writers, split
  // the same way (33 tuning, 27 held apart). When they landed, on 059c60a (the session's start) and on f1374be alike, 20 of 33 and
  // 22 of 27; with the rules of its tuning half (test/relations-reorganization-round.test.ts), 22 and 22
  // (31 of 33 and 23 of 27 with the rules of test/relations-replacing-guiding-correcting-round.test.ts, written from the first
  // half's misses)
  { file: 'drafting-forms-reorganization.json', floor: 0.93, size: 33 },
  { file: 'drafting-forms-reorganization-heldout.json', floor: 0.85, size: 27 },
  // the forty-third round, documents that replace, guide or correct others in the shapes real drafting uses (a title's note, an
  // attached regulation's last article, short names, tables, merged subjects, parts), and look-alikes for precision (documents that
  // apply, quote or ask for guidance, plans, others' titles, Party guidance cited; reports of corrections; briefs round 43): 60 by
  // two more writers, split the same way (33 tuning, 27 held apart). When they landed, 30 of 33 and 22 of 27 on f878520 (the
  // session's start), 30 and 23 with the rules written from round 42's tuning half; with the rules of its own tuning half
  // (test/relations-replacing-guiding-correcting-round.test.ts), 32 and 23; 33 with a report's table of the laws and the documents
  // that detail them
  { file: 'drafting-forms-replacing-guiding-correcting.json', floor: 1, size: 33 },
  { file: 'drafting-forms-replacing-guiding-correcting-heldout.json', floor: 0.85, size: 27 },
  // the forty-fourth round, parts of documents amended or repealed in the shapes real drafting uses (items of amending articles,
  // several documents' parts in one sentence, phrases, annexes and forms, tables, effect articles with dates, regulations issued with
  // a decision), the words of amendment or repeal that are no act of the self document (proposals, tasks, conditions, transitional
  // rules, amending acts' titles, quotations, statuses, provisions disapplied for a case), and reviews reporting them (briefs round
  // 44): 60 by two more writers, split the same way (25 tuning, 35 held apart). When they landed, on f878520 (the session's start)
  // and on 207ea89 alike, 21 of 25 and 32 of 35; with the rules of its tuning half (test/relations-parts-and-look-alikes-round.test.ts),
  // 24 and 32
  { file: 'drafting-forms-parts-and-look-alikes.json', floor: 0.96, size: 25 },
  { file: 'drafting-forms-parts-and-look-alikes-heldout.json', floor: 0.91, size: 35 },
  // the forty-fifth round, reports of what documents did to others in every place and voice real texts use (published lists of
  // expired documents with each row's ground, answers on which text applies, reviews in prose, tables and lists, acts whose bases,
  // parentheses or footnotes report others' acts beside their own; statuses with no actor, plans and proposals as look-alikes;
  // briefs round 45): 60 by two more writers, split the same way (28 tuning, 32 held apart). When they landed, on f878520 (the
  // session's start) and on 32c969a alike, 19 of 28 and 26 of 32; with the rules of its tuning half
  // (test/relations-reports-everywhere-round.test.ts), 27 and 26
  { file: 'drafting-forms-reports-everywhere.json', floor: 0.96, size: 28 },
  { file: 'drafting-forms-reports-everywhere-heldout.json', floor: 0.81, size: 32 },
  // the forty-sixth round, a third sample of one gazette year in its proportions, July 2025 to June 2026 after the reorganization
  // (acting acts in the usual shapes, acts on their own subject that end, guide or amend on the way, administrative documents that
  // mostly act on nothing; briefs round 46): 62 by two more writers, split the same way (34 tuning, 28 held apart). When they
  // landed, on f878520 (the session's start) and on 9e095a7 alike, 30 of 34 and 24 of 28; with the rule of its tuning half
  // (test/relations-gazette-year-3-round.test.ts), 31 and 24
  { file: 'drafting-forms-gazette-year-3.json', floor: 0.91, size: 34 },
  { file: 'drafting-forms-gazette-year-3-heldout.json', floor: 0.85, size: 28 },
  // the forty-seventh round, replacing whole and in part in every shape (titles, enacting formulas, articles of their own, effect
  // articles, annexes and forms, lists and tables of documents replaced, documents of a former body, "hết hiệu lực" or "bãi bỏ" in
  // place of "thay thế"), reports of what replaced or ended a third document, and look-alikes that say "thay thế", "hết hiệu lực"
  // or "bãi bỏ" of no document (briefs round 47): 60 by two more writers, split the same way (27 tuning, 33 held apart). When they
  // landed, on a2fb80b (the session's start), 22 of 27 and 26 of 33; with the rules of its tuning half
  // (test/relations-replacing-everywhere-round.test.ts), 27 and 26
  { file: 'drafting-forms-replacing-everywhere.json', floor: 1, size: 27 },
  { file: 'drafting-forms-replacing-everywhere-heldout.json', floor: 0.78, size: 33 },
  // the forty-eighth round, endings decided: replaced or repealed, whole or in part, where the issuer, the subject and the verb
  // decide (successors, higher and lower bodies, former bodies, amending acts ended with their base; parts taken over or ended with
  // nothing in their place), and look-alikes that name documents beside ending words and end none (briefs round 48): 60 by two
  // more writers, split the same way (26 tuning, 34 held apart). When they landed, on a2fb80b (the session's start) and on 07cdc1f
  // alike, 17 of 26 and 25 of 34; with the rules of its tuning half (test/relations-endings-decided-round.test.ts), 22 and 25; 23 and
  // 25 with a report's or a letter's "…, trong đó … A đã bị bãi bỏ" read as the act of the document before it (twenty-second session)
  { file: 'drafting-forms-endings-decided.json', floor: 0.88, size: 26 },
  { file: 'drafting-forms-endings-decided-heldout.json', floor: 0.73, size: 34 },
  // the forty-ninth round (2026-12-07), parts and wholes ended in the wordings and places a reader misses (parts repealed or taken
  // over, wholes ended in Điều 1, a title or a letter) and look-alikes (briefs round 49): 63 by two more writers, split by
  // sha256("round49-2026-12-07" + text) (34 tuning, 29 held apart, with a second reading). On 03c2665 24 of 34 and 23 of 29; with the
  // rules of its tuning half (test/relations-missed-endings-round.test.ts), 31 and 23
  { file: 'drafting-forms-missed-endings.json', floor: 0.91, size: 34 },
  { file: 'drafting-forms-missed-endings-heldout.json', floor: 0.79, size: 29 },
  // the fiftieth round (2026-12-07), replacing and guiding words that act on nothing and the acts they look like (briefs round 50): 60
  // by two more writers, split by sha256("round50-2026-12-07" + text) (31 tuning, 29 held apart, with a second reading). On 03c2665
  // and on the session's later rules alike 28 of 31 and 26 of 29; with the rules of its tuning half
  // (test/relations-look-alikes-round.test.ts), 31 and 26
  { file: 'drafting-forms-look-alikes.json', floor: 1, size: 31 },
  { file: 'drafting-forms-look-alikes-heldout.json', floor: 0.89, size: 29 },
  // the fifty-first round (2026-12-07), many documents ended at once (lists, tables, coordinations, several issuers), parts amended
  // or repealed in the ways a reader misses, and lists that act on nothing (reviews, published lists of expired documents, plans;
  // briefs round 51): 56 by two more writers, split by sha256("round51-2026-12-07" + text) (30 tuning, 26 held apart, with a second
  // reading). On b5cfbff and on the session's earlier rules alike 24 of 30 and 14 of 26; with the rules of its tuning half
  // (test/relations-lists-and-parts-round.test.ts), 27 and 14
  { file: 'drafting-forms-lists-and-parts.json', floor: 0.9, size: 30 },
  { file: 'drafting-forms-lists-and-parts-heldout.json', floor: 0.53, size: 26 },
  // the fifty-second round (2026-12-07), the documents named beside the one acted on in the same sentence or item that the act does
  // not touch (bases, amending acts in status notes, documents kept in force, the law a guided decree details; briefs round 52): 56
  // by two more writers, split by sha256("round52-2026-12-07" + text) (23 tuning, 33 held apart, with a second reading). On b5cfbff
  // and on the session's later rules alike 20 of 23 and 25 of 33; with the rules of its tuning half
  // (test/relations-neighbours-round.test.ts), 22 and 25
  { file: 'drafting-forms-neighbours.json', floor: 0.95, size: 23 },
  { file: 'drafting-forms-neighbours-heldout.json', floor: 0.75, size: 33 },
  // the fifty-third round (2026-12-07), what the self document tells of other documents' fate (reports in recitals, parentheses,
  // footnotes, tables, answers) and what only seems to tell it (briefs round 53): 56 by two more writers, split by
  // sha256("round53-2026-12-07" + text) (30 tuning, 26 held apart, with a second reading). On c5a634e 20 of 30 and 23 of 26;
  // with the rules of its tuning half (test/relations-fates-told-round.test.ts), 28 and 23
  { file: 'drafting-forms-fates-told.json', floor: 0.93, size: 30 },
  { file: 'drafting-forms-fates-told-heldout.json', floor: 0.88, size: 26 },
  // the fifty-fourth round (2026-12-07), guiding and succeeding, done and only seemingly done (plans and letters beside guidance,
  // Party guidance, the replacing act named in a title or a task; briefs round 54): 56 by two more writers, split by
  // sha256("round54-2026-12-07" + text) (28 tuning, 28 held apart, with a second reading). On 0ab2a69 24 of 28 and 23 of 28;
  // with the rules of its tuning half (test/relations-guides-and-successors-round.test.ts), 28 and 23
  { file: 'drafting-forms-guides-and-successors.json', floor: 0.96, size: 28 },
  { file: 'drafting-forms-guides-and-successors-heldout.json', floor: 0.82, size: 28 },
  // the fifty-fifth round (2026-12-07), what an amending act amends, repeals or replaces among its items, whole against part, and
  // changes that amend no document (briefs round 55): 56 by two more writers, split by sha256("round55-2026-12-07" + text)
  // (32 tuning, 24 held apart, with a second reading). On 37990b2 31 of 32 and 20 of 24; with the rule of its tuning half
  // (test/relations-own-provisions-in-place.test.ts), 32 and 21
  { file: 'drafting-forms-amending-items.json', floor: 0.96, size: 32 },
  { file: 'drafting-forms-amending-items-heldout.json', floor: 0.87, size: 24 },
  // the fifty-sixth round (2026-12-07), documents that take another's place, whole or in part, and texts where a replacement only
  // seems to happen (briefs round 56): 56 by two more writers, split by sha256("round56-2026-12-07" + text) (28 tuning, 28 held
  // apart, with a second reading). On 74d34e0 19 of 28 and 23 of 28; with the rules of its tuning half
  // (test/relations-replacing-seen-round.test.ts), 22 and 23
  { file: 'drafting-forms-replacing-seen-and-seeming.json', floor: 0.78, size: 28 },
  { file: 'drafting-forms-replacing-seen-and-seeming-heldout.json', floor: 0.82, size: 28 },
  // the fifty-seventh round (2026-12-07), a second sample of round 51's mix (many documents acted on at once, parts amended or
  // repealed in the ways a reader misses, lists that act on nothing; briefs round 57): 56 by two more writers, split by
  // sha256("round57-2026-12-07" + text) (30 tuning, 26 held apart, with a second reading). On 74d34e0 19 of 30 and 17 of 26; with
  // the rules of its tuning half (test/relations-lists-and-parts-again-round.test.ts), 26 and 17
  { file: 'drafting-forms-lists-and-parts-again.json', floor: 0.86, size: 30 },
  { file: 'drafting-forms-lists-and-parts-again-heldout.json', floor: 0.65, size: 26 },
  // the fifty-eighth round (2026-12-07), guiding and detailing seen and seeming, and parts amended or repealed where a reader looks
  // past them (briefs round 58): 56 by two more writers, split by sha256("round58-2026-12-07" + text) (28 tuning, 28 held apart,
  // with a second reading). On 5fb37ae 21 of 28 and 20 of 28; with the rules of its tuning half
  // (test/relations-guides-and-parts-round.test.ts), 27 and 21
  { file: 'drafting-forms-guides-and-parts.json', floor: 0.96, size: 28 },
  { file: 'drafting-forms-guides-and-parts-heldout.json', floor: 0.75, size: 28 },
  // the fifty-ninth round (2026-12-07), a second sample of round 56's mix (documents that take another's place, whole or in part,
  // and texts where a replacement only seems to happen; briefs round 59): 56 by two more writers, split by
  // sha256("round59-2026-12-07" + text) (21 tuning, 35 held apart, with a second reading). On 5fb37ae 15 of 21 and 28 of 35; with
  // the rules of its tuning half (test/relations-replacing-seen-again-round.test.ts), 16 and 28
  { file: 'drafting-forms-replacing-seen-again.json', floor: 0.76, size: 21 },
  { file: 'drafting-forms-replacing-seen-again-heldout.json', floor: 0.8, size: 35 },
  // the sixtieth round (2026-12-07), amending and repealing parts together and apart, and the documents an amending text names
  // without acting on them (briefs round 60): 56 by two more writers, split by sha256("round60-2026-12-07" + text) (34 tuning, 22
  // held apart, with a second reading). On 5fb37ae 33 of 34 and 16 of 22; with the rule of its tuning half
  // (test/relations-amending-and-repealing-round.test.ts), 34 and 16
  { file: 'drafting-forms-amending-and-repealing-parts.json', floor: 1, size: 34 },
  { file: 'drafting-forms-amending-and-repealing-parts-heldout.json', floor: 0.72, size: 22 },
  // the sixty-first round (2026-12-07), documents named beside acting words that act on none of them, and real acts written in the
  // same shapes (briefs round 61): 56 by two more writers, split by sha256("round61-2026-12-07" + text) (32 tuning, 24 held apart,
  // with a second reading). On 4423128 27 of 32 and 17 of 24; with the rules of its tuning half
  // (test/relations-look-alikes-and-real-acts-round.test.ts), 29 and 17
  { file: 'drafting-forms-look-alikes-and-real-acts.json', floor: 0.9, size: 32 },
  { file: 'drafting-forms-look-alikes-and-real-acts-heldout.json', floor: 0.7, size: 24 },
  // the sixty-second round (2026-12-07), final and transitional articles: what a document ends, keeps and changes on its last page
  // (briefs round 62): 56 by two more writers, split by sha256("round62-2026-12-07" + text) (26 tuning, 30 held apart, with a
  // second reading). On f5642e7 20 of 26 and 26 of 30; with the rules of its tuning half (test/relations-final-articles-round.test.ts),
  // 25 and 27
  { file: 'drafting-forms-final-articles.json', floor: 0.96, size: 26 },
  { file: 'drafting-forms-final-articles-heldout.json', floor: 0.9, size: 30 },
  // the sixty-third round (2026-12-07), administrative decisions that change others: committees, plans, lists, individual decisions
  // (briefs round 63): 56 by two more writers, split by sha256("round63-2026-12-07" + text) (29 tuning, 27 held apart, with a
  // second reading). On 2966a32 26 of 29 (one licence key set to the project's reading) and 23 of 27; with the rules of its tuning
  // half (test/relations-administrative-changes-round.test.ts), 29 and 23
  { file: 'drafting-forms-administrative-changes.json', floor: 1, size: 29 },
  { file: 'drafting-forms-administrative-changes-heldout.json', floor: 0.85, size: 27 },
  // the sixty-fourth round (2026-12-08), fates told in passing in ordinary documents: letters, reports, plans and bases that say what
  // happened to other documents, and tellings that report no act (briefs round 64): 56 by two more writers, split by
  // sha256("round64-2026-12-08" + text) (31 tuning, 25 held apart, with a second reading). On cb49515 19 of 31 and 18 of 25; with the
  // rules of its tuning half (test/relations-fates-in-ordinary-documents-round.test.ts), 29 and 18
  { file: 'drafting-forms-fates-in-ordinary-documents.json', floor: 0.93, size: 31 },
  { file: 'drafting-forms-fates-in-ordinary-documents-heldout.json', floor: 0.7, size: 25 },
  // the sixty-fifth round (2026-12-08), replacing told in everyday words and unusual places, and replacements of people, things and
  // procedures that replace no document (briefs round 65): 56 by two more writers, split by sha256("round65-2026-12-08" + text) (32
  // tuning, 24 held apart, with a second reading). On cb49515 24 of 32 and 18 of 24; with the rules of its tuning half
  // (test/relations-replacing-words-round.test.ts), 27 and 18
  { file: 'drafting-forms-replacing-words-and-things.json', floor: 0.84, size: 32 },
  { file: 'drafting-forms-replacing-words-and-things-heldout.json', floor: 0.75, size: 24 },
  // the sixty-sixth round (2026-12-08), parts amended or repealed where a reader looks past them: in items, annexes, tables and
  // sentences that also do other things (briefs round 66): 56 by two more writers, split by sha256("round66-2026-12-08" + text)
  // (27 tuning, 29 held apart, with a second reading). On cb49515 18 of 27 and 25 of 29; with the rules of its tuning half
  // (test/relations-parts-looked-past-round.test.ts), 20 and 25
  { file: 'drafting-forms-parts-looked-past.json', floor: 0.74, size: 27 },
  { file: 'drafting-forms-parts-looked-past-heldout.json', floor: 0.86, size: 29 },
  // the sixty-seventh round (2026-12-08), plans, programmes, directives and letters that carry out, follow, propose and remind,
  // beside the few that act (briefs round 67): 56 by two more writers, split by sha256("round67-2026-12-08" + text) (27 tuning, 29
  // held apart, with a second reading). On cb49515 20 of 27 and 21 of 29; with the rules of rounds 64 to 66 and of its own tuning
  // half (test/relations-parts-looked-past-round.test.ts), 23 and 22
  { file: 'drafting-forms-plans-and-letters.json', floor: 0.85, size: 27 },
  { file: 'drafting-forms-plans-and-letters-heldout.json', floor: 0.75, size: 29 },
  // the sixty-eighth round (2026-12-08), guiding and detailing, and the many texts that speak of guidance without giving it (briefs
  // round 68): 56 by two more writers, split by sha256("round68-2026-12-08" + text) (25 tuning, 31 held apart, with a second
  // reading). On cb49515 23 of 25 and 26 of 31; with the rules of rounds 64 to 67 and of its own tuning half
  // (test/relations-guidance-given-round.test.ts), 25 and 27
  { file: 'drafting-forms-guidance-given-and-named.json', floor: 1, size: 25 },
  { file: 'drafting-forms-guidance-given-and-named-heldout.json', floor: 0.85, size: 31 },
  // the sixty-ninth round (2026-12-08), one field over the years: the chain of documents a body issues on one subject, each acting on
  // the ones before (briefs round 69): 56 by two more writers, split by sha256("round69-2026-12-08" + text) (28 tuning, 28 held apart,
  // with a second reading). On cb49515 19 of 28 and 22 of 28; with the rules of its tuning half
  // (test/relations-chains-of-one-field-round.test.ts), 22 and 22
  { file: 'drafting-forms-chains-of-one-field.json', floor: 0.78, size: 28 },
  { file: 'drafting-forms-chains-of-one-field-heldout.json', floor: 0.78, size: 28 },
];

// the held halves still held apart print their aggregates only, never a passage (a failing floor included): the seventh round
// was exposed by a print running on, and two keys of held halves were seen once on 2026-12-05 (tenth session) in a failing run's
// output before this guard; the spent ones print every disagreement as the tuning rounds do
const SPENT = new Set(['drafting-forms-paraphrase-heldout.json', 'drafting-forms-untidy-names-heldout.json', 'drafting-forms-repealing-heldout.json', 'drafting-forms-guides-and-followers-heldout.json', 'drafting-forms-reports-and-acts-heldout.json', 'drafting-forms-national-acts-heldout.json', 'drafting-forms-ministries-heldout.json', 'drafting-forms-structure-heldout.json', 'drafting-forms-unexpected-places-heldout.json', 'drafting-forms-endings-unusual-heldout.json', 'drafting-forms-parts-skimmed-heldout.json', 'drafting-forms-repeal-shapes-heldout.json', 'drafting-forms-in-passing-heldout.json']);
const heldApart = (file: string): boolean => file.includes('heldout') && !SPENT.has(file);

const load = (file: string): Passage[] => (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'relations', file), 'utf8')) as { passages: Passage[] }).passages;

// the issue's targets are per relation type (P ≥ .97, R ≥ .90): counted over every passage, pooled apart for the halves still held
// apart and for the rest, with the held halves' errors by kind (no passage or key named)
const pooled = { held: new Map<string, RelationTally>(), tuned: new Map<string, RelationTally>() };
const heldErrorKinds = new Map<string, number>();

describe.each(ROUNDS)('drafting forms of legal-status relations (red team, fixtures/relations/$file)', ({ file, floor, size }) => {
  it(`the code reads at least ${floor} of the passages as a lawyer does: printed per family, with every disagreement`, async () => {
    const passages = load(file);
    expect(passages.length).toBe(size);
    const families = new Map<string, [number, number]>();
    const lines: string[] = [];
    for (const p of passages) {
      const citations = p.entry === 'readDocument' ? (await readDocument(Buffer.from(p.text, 'utf8'), { path: 'passage.txt' })).citations : extract(p.text, { context: { type: p.type, number: p.number, ...(p.title ? { title: p.title } : {}) } }).citations;
      const wrong = disagreements(p, citations);
      const reading = readPassage(p, citations);
      tallyRelations(heldApart(file) ? pooled.held : pooled.tuned, reading);
      if (heldApart(file)) tallyErrorKinds(heldErrorKinds, reading);
      const family = p.family.startsWith('variant') ? 'variant' : p.family;
      const f = families.get(family) ?? [0, 0];
      families.set(family, [f[0] + 1, f[1] + (wrong.length === 0 ? 1 : 0)]);
      if (wrong.length > 0 && !heldApart(file)) lines.push(`  [${p.family}] ${p.type} ${p.number}: ${JSON.stringify(p.text.length > 140 ? `${p.text.slice(0, 140)}…` : p.text)}\n    ${wrong.join('\n    ')}`);
    }
    const right = [...families.values()].reduce((n, [, r]) => n + r, 0);
    console.log(`drafting forms (${file}): ${right}/${passages.length} read as a lawyer does (${(right / passages.length).toFixed(3)})\n${[...families].map(([k, [n, r]]) => `  ${k.padEnd(22)} ${r}/${n}`).join('\n')}${heldApart(file) ? '\n(held apart: aggregates only)' : `\ndisagreements:\n${lines.join('\n')}`}`);
    expect(right / passages.length).toBeGreaterThanOrEqual(floor);
  });
});

describe('drafting forms pooled per relation type', () => {
  it('prints precision and recall per type over the held halves and over the rest, and the held errors by kind', () => {
    // runs after the rounds above (a file's tests run in order); a filtered run that skipped them would count nothing
    const count = (m: ReadonlyMap<string, RelationTally>): number => [...m.values()].reduce((n, t) => n + t.expected + t.predicted, 0);
    expect(count(pooled.held)).toBeGreaterThan(0);
    expect(count(pooled.tuned)).toBeGreaterThan(0);
    console.log(`drafting forms pooled, held halves:\n${formatRelations(pooled.held)}\n  errors by kind: ${formatErrorKinds(heldErrorKinds)}\ndrafting forms pooled, tuning and spent rounds:\n${formatRelations(pooled.tuned)}`);
  });
});
