import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../../src/doc/index.js';
import { toOldStyleTone } from '../../src/text/tone.js';

/** The dev files of the relation gold (fixtures/relations/batch-*.json, "split": "dev"): the test split is never read here. */
export function devRelationFiles(): string[] {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'relations');
  const files: string[] = [];
  for (const f of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
    let batch: { file: string; split: string }[];
    try {
      batch = JSON.parse(readFileSync(join(dir, `batch-${f}.json`), 'utf8')) as { file: string; split: string }[];
    } catch {
      continue;
    }
    for (const d of batch) if (d.split === 'dev') files.push(d.file);
  }
  return files;
}

/** A part as written, with the spelling differences a variant may bring folded away. */
const plain = (s: string | null | undefined): string =>
  s == null ? '' : toOldStyleTone(s.normalize('NFC').replace(/\u00D0/g, 'Đ').replace(/[\u201C\u201D]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/\s+/gu, ' ').trim());

/**
 * Every relation a document states, as one string each: where (`origin` maps the mention's start back to the
 * original's position), what (relation), which way (the document's own act, or one it reports between two cited
 * documents), between which documents (ids), over what (whole or part, the part as written, the pinpoint) and from
 * when (the effective day of a reported act). Plain citations are left out: they state no relation.
 */
export function relationKeys(doc: Document, origin?: Int32Array): string[] {
  const at = (p: number): number => (origin ? (origin[p] as number) : p);
  const subject = doc.identity.id ?? '?';
  const keys: string[] = [];
  const pin = (c: Document['citations'][number]): string => (c.pinpoint ? `${c.pinpoint.article ?? ''}.${c.pinpoint.clause ?? ''}.${c.pinpoint.point ?? ''}` : '');
  for (const c of doc.citations) {
    if (c.role === 'head' && c.relation !== 'cites') {
      const acts = [{ relation: c.relation, scope: c.scope }, ...(c.alsoActs ?? [])];
      for (const a of acts) keys.push(`${at(c.start)} ${a.relation} own ${subject} → ${c.id} ${a.scope ? (a.scope.whole ? 'whole' : 'part') : '-'} [${plain(a.scope?.part)}] [${plain(a.scope?.kept)}] ${pin(c)}`);
    }
    for (const a of [c.asserted, ...(c.alsoAsserted ?? [])]) {
      if (!a || a.relation === 'cites') continue;
      const by = doc.citations[a.subject]?.id ?? '?';
      keys.push(`${at(c.start)} ${a.relation} reported ${by} → ${c.id} ${pin(c)} ${a.effective ?? ''}`);
    }
  }
  return keys.sort();
}

/** The keys of `a` not in `b`, counted as a multiset. */
export function missingFrom(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1);
  const out: string[] = [];
  for (const k of a) {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(k);
  }
  return out;
}
