// Checks the two hand-built gold sets fixtures/status/gold.json and fixtures/named/gold.json against the corpus:
// every quote and span must be found verbatim in the stored file (UTF-16 offsets, as JavaScript reads it), and every
// status must follow from its own acts by the rule written in fixtures/status/README.md, so that a hand edit that
// breaks the rule is caught. Run: npx tsx scripts/check-status-named-gold.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = "/work/shared/corpus";
const errors: string[] = [];
const texts = new Map<string, string>();

function corpusText(file: string): string | undefined {
  let text = texts.get(file);
  if (text === undefined) {
    const path = join(corpus, file);
    if (!existsSync(path)) return undefined;
    text = readFileSync(path, "utf8");
    texts.set(file, text);
  }
  return text;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

interface Act {
  by: string;
  file: string;
  relation: string;
  scope: string;
  effective: string | null;
  quote: string;
}
interface StatusEntry {
  document: string;
  file: string | null;
  at: string;
  status: string;
  acts: Act[];
  split: string;
  note: string;
}

const statuses = ["in force", "amended in part", "partly repealed", "replaced", "repealed", "expired", "unknown"];
const ending = new Set(["repeals", "replaces"]);
const changing = new Set(["amends", "repeals", "replaces"]);

// An act with no stated date is one the reporting text already speaks of as done; it cannot have taken effect before
// the year in its own number ("03/2022/QH15"), which is the only bound the texts give.
function effectiveAt(act: Act, at: string): boolean {
  if (act.effective !== null) return act.effective <= at;
  const year = /\/(\d{4})\//.exec(act.by)?.[1];
  return year === undefined || `${year}-01-01` <= at;
}

function expectedStatus(entry: StatusEntry): string | undefined {
  if (entry.status === "expired" || entry.status === "unknown") return undefined;
  const live = entry.acts.filter((a) => effectiveAt(a, entry.at) && changing.has(a.relation));
  const whole = live.find((a) => ending.has(a.relation) && a.scope === "whole");
  if (whole) return whole.relation === "replaces" ? "replaced" : "repealed";
  if (live.some((a) => ending.has(a.relation))) return "partly repealed";
  if (live.some((a) => a.relation === "amends")) {
    // "sửa đổi, bổ sung, bãi bỏ" in one act: its scope says so.
    return live.some((a) => /bãi bỏ|repeal/i.test(a.scope)) ? "partly repealed" : "amended in part";
  }
  return "in force";
}

function checkStatus(): void {
  const entries = JSON.parse(readFileSync(join(root, "fixtures/status/gold.json"), "utf8")) as StatusEntry[];
  const documents = new Set<string>();
  const splitOf = new Map<string, string>();
  let acts = 0;
  for (const [i, e] of entries.entries()) {
    const where = `status[${i}] ${e.document} @${e.at}`;
    documents.add(e.document);
    if (!statuses.includes(e.status)) errors.push(`${where}: bad status ${e.status}`);
    if (!isoDate.test(e.at)) errors.push(`${where}: bad date`);
    if (e.split !== "dev" && e.split !== "spent" && e.split !== "test") errors.push(`${where}: bad split`);
    const prior = splitOf.get(e.document);
    if (prior !== undefined && prior !== e.split) errors.push(`${where}: one document in two splits`);
    splitOf.set(e.document, e.split);
    if (e.file !== null && corpusText(e.file) === undefined) errors.push(`${where}: no file ${e.file}`);
    if (typeof e.note !== "string") errors.push(`${where}: note missing`);
    for (const a of e.acts) {
      acts++;
      if (a.effective !== null && !isoDate.test(a.effective)) errors.push(`${where}: bad effective ${a.effective}`);
      const text = corpusText(a.file);
      if (text === undefined) errors.push(`${where}: no act file ${a.file}`);
      else if (!text.includes(a.quote)) errors.push(`${where}: quote not verbatim in ${a.file}: ${a.quote.slice(0, 60)}`);
    }
    const expected = expectedStatus(e);
    if (expected !== undefined && expected !== e.status) {
      errors.push(`${where}: status ${e.status} but its acts give ${expected}`);
    }
  }
  const test = entries.filter((e) => e.split === "test").length;
  console.log(`status: ${entries.length} entries, ${documents.size} documents, ${acts} acts, ${test} test entries`);
}

interface Citation {
  text: string;
  start: number;
  end: number;
  kind: string;
  number: string | null;
  type: string;
  year: number | null;
  date: string | null;
  issuer: string | null;
  relation: string;
}
interface Lookalike {
  text: string;
  start: number;
  end: number;
  why: string;
  /** a real citation of another class, listed to mark this class's boundary: never a false positive */
  outOfClass?: true;
}
interface NamedEntry {
  file: string;
  split: string;
  class: string;
  citations: Citation[];
  none: Lookalike[];
  note: string;
}

const classes = ["party-charter", "titled-program", "lower-case-law", "abbreviated-law", "wrapped-name", "law-lookalike"];
const citationKeys = ["text", "start", "end", "kind", "number", "type", "year", "date", "issuer", "relation"].join(",");
const relations = ["implements", "basis", "amends", "replaces", "repeals", "guides", "cites"];

function checkNamed(): void {
  const entries = JSON.parse(readFileSync(join(root, "fixtures/named/gold.json"), "utf8")) as NamedEntry[];
  const splitOf = new Map<string, string>();
  const files = new Set<string>();
  const seen = new Set<string>();
  let citations = 0;
  let testCitations = 0;
  for (const e of entries) {
    const where = `named ${e.file} ${e.class}`;
    const key = `${e.file}|${e.class}`;
    if (seen.has(key)) errors.push(`${where}: two entries for one (file, class)`);
    seen.add(key);
    if (!classes.includes(e.class)) errors.push(`${where}: bad class`);
    if (e.split !== "dev" && e.split !== "test") errors.push(`${where}: bad split`);
    const prior = splitOf.get(e.file);
    if (prior !== undefined && prior !== e.split) errors.push(`${where}: one file in two splits`);
    splitOf.set(e.file, e.split);
    const text = corpusText(e.file);
    if (text === undefined) {
      errors.push(`${where}: no file`);
      continue;
    }
    let last = -1;
    for (const c of e.citations) {
      citations++;
      if (e.split === "test") testCitations++;
      files.add(e.file);
      if (Object.keys(c).join(",") !== citationKeys) errors.push(`${where}: keys ${Object.keys(c).join(",")}`);
      if (text.slice(c.start, c.end) !== c.text) errors.push(`${where}: span ${c.start}-${c.end} is not ${JSON.stringify(c.text)}`);
      if (c.start < last) errors.push(`${where}: citations out of order or overlapping at ${c.start}`);
      last = c.end;
      if (c.kind !== "named" || c.number !== null) errors.push(`${where}: ${c.start} is not a named citation`);
      if (!relations.includes(c.relation)) errors.push(`${where}: bad relation ${c.relation}`);
      if (c.date !== null && !isoDate.test(c.date)) errors.push(`${where}: bad date ${c.date}`);
      if (c.text !== c.text.normalize("NFC")) errors.push(`${where}: span not NFC at ${c.start}`);
    }
    for (const n of e.none) {
      if (text.slice(n.start, n.end) !== n.text) errors.push(`${where}: look-alike ${n.start} is not ${JSON.stringify(n.text)}`);
      if (e.citations.some((c) => c.start < n.end && n.start < c.end)) errors.push(`${where}: look-alike ${n.start} overlaps a citation`);
      if (n.outOfClass !== undefined && n.outOfClass !== true) errors.push(`${where}: look-alike ${n.start}: outOfClass is true or absent`);
    }
  }
  console.log(`named: ${entries.length} entries, ${citations} citations in ${files.size} files, ${testCitations} in test`);
}

checkStatus();
checkNamed();
if (errors.length > 0) {
  for (const e of errors) console.error(e);
  process.exit(1);
}
console.log("ok");
