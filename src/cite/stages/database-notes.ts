import type { Citation } from '../schema.js';

/**
 * The documents a legal database's note names ("[Khoản này được hướng dẫn bởi Điều 54 Nghị định 168/2025/NĐ-CP có hiệu lực
 * từ ngày 01/07/2025]", left out of the matching text: see `NormalizedText.asides`), read from the note alone and placed at
 * its offset: mentions, and what the note reports of one on another ("Nội dung hướng dẫn … tại Thông tư A được sửa đổi bởi
 * Thông tư B"), but no act of the citing document, whose text the note is not. Each is marked `database-note`.
 */
export function asNoted(found: readonly Citation[], offset: number): Citation[] {
  return found.map((c) => {
    const { alsoActs: _acts, effective: _effective, ...rest } = c;
    return { ...rest, start: c.start + offset, end: c.end + offset, relation: 'cites', role: c.role === 'alias' ? 'alias' : c.asserted ? 'embedded' : 'head', scope: null, warnings: [...c.warnings, 'database-note'] };
  });
}

/**
 * Lists of citations, each with report subjects indexing its own list, in one list sorted by start, the subjects renumbered
 * into it.
 */
export function mergeByStart(groups: ReadonlyArray<readonly Citation[]>): Citation[] {
  if (groups.length === 1) return [...(groups[0] ?? [])];
  const all = groups.flatMap((g, gi) => g.map((c, k) => ({ c, gi, k }))).sort((a, b) => a.c.start - b.c.start || a.c.end - b.c.end);
  const at = new Map<string, number>();
  all.forEach((x, i) => at.set(`${x.gi}:${x.k}`, i));
  return all.map(({ c, gi }) => {
    const renumber = <T extends { subject: number }>(a: T): T => ({ ...a, subject: at.get(`${gi}:${a.subject}`) ?? a.subject });
    if (!c.asserted && !c.alsoAsserted) return c;
    return { ...c, asserted: c.asserted ? renumber(c.asserted) : null, ...(c.alsoAsserted ? { alsoAsserted: c.alsoAsserted.map(renumber) } : {}) };
  });
}
