import type { z } from 'zod';
import { annotate, citationTitle } from '../../annotate/index.js';
import type { DocumentOutputSchema } from '../../answers/index.js';
import type { DocumentCitation } from '../../doc/index.js';
import { documentHref, documentName, esc } from './html.js';
import { coverageTable, implementersTree, type CoverageOutput, type TraceOutput } from './implementers.js';
import { placeName } from './place.js';
import { layout } from './layout.js';

/** The `/api/documents/<id>` answer: the document's node, its file as read (without the text), its edges. */
export type DocumentPageData = z.infer<typeof DocumentOutputSchema>;
type Edge = DocumentPageData['outgoing'][number];

export interface DocumentPageInput {
  /** the `/api/documents/<id>` answer */
  answer: DocumentPageData;
  /** the `/api/documents/<id>/text` answer: the text every citation offset points into; null for a document known only from citations */
  text: string | null;
  /** the `/api/trace?ref=<id>&limit=&offset=` answer, for the implementers tree (its page of them) and the legal status */
  trace?: TraceOutput | null;
  /** the `/api/coverage?ref=<id>` answer, for the coverage table (given when the document has implementers) */
  coverage?: CoverageOutput | null;
}

function edgeList(edges: Edge[], empty: string): string {
  if (edges.length === 0) return `<p class="muted small">${esc(empty)}</p>`;
  return `<ul>${edges
    .map(
      (e) =>
        `<li><span class="badge rel-${esc(e.relation)}">${esc(e.relation)}</span> <a href="${esc(documentHref(e.id))}"${e.inCorpus ? ` title="${esc(e.id)}"` : ` class="cited-only" title="${esc(e.id)}; cited, not in the corpus"`}>${esc(documentName(e.type, e.id))}</a>${e.date ? ` <span class="muted small">${esc(e.date)}</span>` : ''}${e.count > 1 ? ` <span class="muted small">×${esc(e.count)}</span>` : ''}${e.asserted ? ` <span class="muted small">(stated by ${e.assertedBy ? `<a href="${esc(documentHref(e.assertedBy))}">${esc(e.assertedBy)}</a>` : 'a third document'})</span>` : ''}</li>`,
    )
    .join('')}</ul>`;
}

function identityRows(a: DocumentPageInput): Array<[string, string]> {
  const node = a.answer.node;
  const i = a.answer.document?.identity;
  const rows: Array<[string, string | null | undefined]> = [
    ['id', esc(a.answer.id)],
    ['type', esc([i?.type ?? node.type, i?.typeLine && i.typeLine !== i.type ? `(${i.typeLine})` : null].filter(Boolean).join(' '))],
    ['number', esc(i?.number ?? node.number ?? (i?.numberWritten ? `— (draft: ${i.numberWritten})` : ''))],
    ['date', esc(i?.date?.iso ?? node.date)],
    ['in force from', esc(i?.effective ?? node.effective)],
    // an unknown status says why when the document's own text is the reason
    ['status', a.trace ? esc(a.trace.amendments.status) + (a.trace.amendments.endsEarlierIf ? ` <span class="muted small">(its own text ends it, or parts of it, on an act no text names: ${esc(a.trace.amendments.endsEarlierIf)})</span>` : '') : null],
    ['issuer', esc(i?.issuer ? [i.issuer.parent, i.issuer.name].filter(Boolean).join(' / ') : node.issuer)],
    ['place', esc(i?.place?.display ?? (placeName(node.place, node.date, node.level) || null))],
    ['level', esc(i?.level ?? node.level)],
    ['title', esc(i?.title ?? node.title)],
    ['signer', esc(i?.signer ? [i.signer.authority, i.signer.title, i.signer.name].filter(Boolean).join(' / ') : null)],
    ['file', esc(a.answer.path)],
    ['known as', node.kind === 'cited' ? esc(node.names.join('; ')) : null],
    ['mentions', node.kind === 'cited' ? esc(node.mentions) : null],
  ];
  return rows.filter((r): r is [string, string] => typeof r[1] === 'string' && r[1] !== '');
}

function amendments(trace: TraceOutput | null | undefined): string {
  const events = trace?.amendments.events ?? [];
  if (events.length === 0) return '';
  return `<h3>Amendments</h3><ul>${events
    .map((e) => {
      // (where it is said: the document that states it, and the sentence, as the text writes it)
      const said = e.evidence[0];
      const stated = e.asserted && e.statedBy ? ` <span class="muted small">stated by <a href="${esc(documentHref(e.statedBy))}">${esc(e.statedBy)}</a></span>` : '';
      const quote = said ? `<br><span class="muted small">“${esc(said.sentence.replace(/\s+/gu, ' '))}”</span>` : '';
      return `<li><span class="badge rel-${esc(e.relation)}">${esc(e.relation)}</span> by <a href="${esc(documentHref(e.by))}">${esc(e.by)}</a>${e.parts.length ? ` (${esc(e.parts.join(', '))})` : e.whole ? ' (whole)' : ''}${e.date ? ` <span class="muted small">${esc(e.date)}</span>` : ''}${stated}${quote}</li>`;
    })
    .join('')}</ul>`;
}

/** The hover text of a citation link: type, number, date, relation; whether the cited document is in the corpus; what an embedded mention states. */
function titleOf(inCorpus: Map<string, boolean>): (c: DocumentCitation) => string {
  return (c) => {
    const parts = [citationTitle(c)];
    if (c.role === 'embedded' && c.asserted) parts.push(`${c.asserted.subjectId} ${c.asserted.relation} it`);
    if (inCorpus.get(c.id) === false) parts.push('cited, not in the corpus');
    return parts.join(' — ');
  };
}

/** The sections a table of contents lists: parts, chapters, sections, articles, Roman-numbered parts, annexes (not clauses and points). */
const OUTLINE = new Set(['part', 'chapter', 'section', 'article', 'roman', 'annex']);

/**
 * Where the text gets an anchor for the table of contents: the start of each listed section that
 * no citation runs across (an anchor inside a link would split it), in order.
 */
function anchors(a: DocumentPageInput): Array<{ at: number; id: string; label: string }> {
  const doc = a.answer.document;
  if (!doc || a.text === null) return [];
  const out: Array<{ at: number; id: string; label: string }> = [];
  let last = -1;
  for (const [k, sec] of doc.sections.entries()) {
    if (!OUTLINE.has(sec.kind) || sec.start <= last || sec.start >= a.text.length) continue;
    if (doc.citations.some((c) => c.start < sec.start && sec.start < c.end)) continue;
    out.push({ at: sec.start, id: `sec-${k}`, label: [sec.label, sec.heading && sec.heading !== sec.label ? sec.heading : null].filter(Boolean).join(' — ') });
    last = sec.start;
  }
  return out;
}

/**
 * The document's text with every citation a link (annotate), in a <pre> that keeps its lines,
 * with an empty anchor where each section of the contents starts. The parser drops a line break
 * right after <pre>: one is written there so that a text's own first line break is kept.
 */
function annotatedText(a: DocumentPageInput, marks: Array<{ at: number; id: string }>): string {
  const doc = a.answer.document;
  if (!doc || a.text === null) return '';
  const text = a.text;
  const inCorpus = new Map<string, boolean>();
  for (const e of a.answer.outgoing) inCorpus.set(e.id, e.inCorpus);
  let body = '';
  let note = '';
  try {
    // the text cut at the anchors, each piece annotated with its own citations (none runs across a cut)
    const cuts = [0, ...marks.map((m) => m.at), text.length];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const from = cuts[k] as number;
      const to = cuts[k + 1] as number;
      const inside = doc.citations.filter((c) => c.start >= from && c.end <= to).map((c) => ({ ...c, start: c.start - from, end: c.end - from }));
      if (k > 0) body += `<span id="${esc((marks[k - 1] as { id: string }).id)}"></span>`;
      body += annotate(text.slice(from, to), inside, { link: (c) => documentHref(c.id), title: titleOf(inCorpus) });
    }
  } catch (e) {
    // offsets that do not fit the text (the file changed since it was read): the text without links, said
    if (!(e instanceof RangeError)) throw e;
    body = esc(text);
    note = `<p class="notice">The citations' offsets do not fit this text (the file may have changed since the corpus was read): shown without links.</p>`;
  }
  return `<section id="text"><h2>Text <span class="muted small">${esc(doc.citations.length)} citation${doc.citations.length === 1 ? '' : 's'}; hover one for its relation</span></h2>${note}<pre class="text" lang="vi">\n${body}</pre></section>`;
}

/** The table of contents: a link to each anchored section. */
function contents(marks: Array<{ id: string; label: string }>): string {
  if (marks.length < 2) return '';
  return `<h3>Contents</h3><ul class="contents small">${marks.map((m) => `<li><a href="#${esc(m.id)}">${esc(m.label)}</a></li>`).join('')}</ul>`;
}

/**
 * A document's page: its identity, its full text with every citation a link to the cited
 * document (or to that document's "cited, not in the corpus" page, the same URL), the relation
 * on hover; what it cites and who cites it; for a document others implement, the implementers
 * tree by level and place and the coverage table. A document known only from citations gets the
 * same page without text: what it is known as and who cites it.
 */
export function documentPage(a: DocumentPageInput): string {
  const { answer } = a;
  const node = answer.node;
  const cited = node.kind === 'cited' || !answer.document;
  const name = [node.type, node.number].filter(Boolean).join(' ') || (node.names[0] ?? answer.id);
  const dl = identityRows(a)
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`)
    .join('');
  const marks = anchors(a);
  // the implementers' page links keep the coverage level the page shows
  const tree = a.trace ? implementersTree(a.trace, { level: a.coverage && a.coverage.level !== 'province' ? a.coverage.level : undefined }) : '';
  const coverage = a.coverage && a.trace && a.trace.implementers.total > 0 ? coverageTable(a.coverage, answer.id) : '';
  const body = `<h1>${esc(name)}</h1>
${cited ? `<p class="notice">Cited, not in the corpus: vanban knows this document only from the documents that cite it.</p>` : node.title ? `<p class="muted">${esc(node.title)}</p>` : ''}
<div class="doc"><div>
<dl class="identity">${dl}</dl>
${tree}
${coverage}
${annotatedText(a, marks)}
</div>
<aside>
${contents(marks)}
<h3>Cites (${esc(answer.outgoing.length)})</h3>${edgeList(answer.outgoing, 'no citation')}
<h3>Cited by (${esc(answer.incoming.length)})</h3>${edgeList(answer.incoming, 'no document of the corpus cites it')}
${amendments(a.trace)}
</aside></div>`;
  return layout({ title: name, body });
}
