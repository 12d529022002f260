import { readDocument } from '../../src/doc/index.js';
import type { Citation } from '../../src/cite/index.js';

/** The citations of a whole document given as text, read as a file is (header, identity, zones). */
export const readCitations = async (text: string): Promise<Citation[]> => (await readDocument(Buffer.from(text, 'utf8'), { path: 'act.txt' })).citations;

/** Every act the document reports a third document performed, as "actor relation acted-on", by number. */
export const reportsOf = (cs: readonly Citation[]): string[] =>
  cs.flatMap((c) => [c.asserted, ...(c.alsoAsserted ?? [])].flatMap((a) => (a && a.relation !== 'cites' ? [`${(cs[a.subject] as Citation).number} ${a.relation} ${c.number}`] : [])));

/** The acts the document reports a third document performed on the document numbered `number`, as `reportsOf` gives them. */
export const reportsOn = (cs: readonly Citation[], number: string): string[] => reportsOf(cs).filter((r) => r.endsWith(` ${number}`));

/** A document's header block: its issuer, the national motto, its number and a date. */
export const documentHeader = (issuer: string, number: string, date = 'Hà Nội, ngày 15 tháng 5 năm 2025'): string =>
  `${issuer}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: ${number}\n${date}\n`;

/** The relation of every mention of `number`, head or embedded, in the text's order ("cites" where a mention acts on nothing). */
export const relationsOf = (cs: readonly Citation[], number: string): string[] => cs.filter((c) => c.number === number).map((c) => c.relation);

/**
 * The acts the document's own (head) mentions of `number` carry: "replaces/whole", "amends/part", "cites", with the further acts
 * of one mention after a "+" when `alsoActs` is asked ("amends/part+repeals").
 */
export const headActs = (cs: readonly Citation[], number: string, { alsoActs = false } = {}): string[] =>
  cs
    .filter((c) => c.number === number && c.role === 'head')
    .map((c) => `${c.relation}${c.scope && c.relation !== 'cites' ? (c.scope.whole ? '/whole' : '/part') : ''}${alsoActs ? (c.alsoActs ?? []).map((a) => `+${a.relation}`).join('') : ''}`);

/**
 * The distinct acts of a whole document's own mentions of `number`, as `headActs` gives them, "cites" only when none acts (a clause
 * that keeps the rest of a document names it again, and that mention alone cites it).
 */
export const ownActsOf = async (text: string, number: string): Promise<string[]> => {
  const all = [...new Set(headActs(await readCitations(text), number))];
  return all.some((a) => a !== 'cites') ? all.filter((a) => a !== 'cites') : all;
};
