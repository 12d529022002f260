import { join, sep } from 'node:path';
import { plenumResolution, resolutionsByTerm } from './plenums.js';
import { placeOfId } from './places.js';
import { reportedActs } from '../doc/consolidated.js';
import { MultiDirectedGraph } from 'graphology';
import type { Citation } from '../cite/schema.js';
import type { SkippedEntry } from '../doc/corpus.js';
import { stamp } from '../doc/extraction-version.js';
import type { ReadLimits } from '../doc/readers/types.js';
import { disagreeingFields, suppliedFields } from '../doc/known-fields.js';
import type { Document, DocumentCitation } from '../doc/schema.js';
import type { SearchOptions, SearchResult } from '../search/schema.js';
import { emptyIndex, indexLaw, indexNode, resolveId, unindexNode, type NodeIndex } from './resolve.js';
import { lawMentionsOf, titleAmendments, type LawMention } from './title-amends.js';
import type { Conflict, EdgeAttributes, Evidence, NodeAttributes } from './schema.js';

export type CitationGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

const MAX_EVIDENCE = 20;
const MAX_NAMES = 5;
// the relations by which a mention is this document's own act on the document it names
const OWN_ACTS = new Set(['amends', 'repeals', 'replaces', 'suspends', 'corrects', 'guides']);

export interface IngestProgress {
  path: string;
  ok: boolean;
  error?: string;
  documents: number;
  failed: number;
}

/** What `Corpus.update` did: files read again or for the first time, left as they were, removed, unreadable. */
export interface UpdateReport {
  added: number;
  replaced: number;
  unchanged: number;
  removed: number;
  failed: number;
}

export interface BadFile {
  path: string;
  error: string;
}

function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && start - s < 120 && !/[.;\n]/.test(text[s - 1] as string)) s--;
  while (e < text.length && e - end < 120 && !/[.;\n]/.test(text[e] as string)) e++;
  return text.slice(s, e).replace(/\s+/g, ' ').trim();
}

/**
 * The folder walk and the readers behind it (and the extractor behind them), imported by the calls that read a folder:
 * a corpus loaded from a snapshot and only asked never reads a file.
 */
const folderWalk = () => import('../doc/corpus.js');

/** A search index kept on disk until it is needed (a snapshot's search part): `load` reads it once, however often called. */
export interface SearchLoader {
  load(): Promise<DocumentIndex>;
  loadSync(): DocumentIndex;
}

/** What the corpus needs of a full-text index: `SearchIndex` (src/search) is one. */
export interface DocumentIndex {
  add(key: string, doc: Document): void;
  remove(key: string): boolean;
  search(query: string, options?: SearchOptions): SearchResult;
  /** gives back what the index holds open (the snapshot file a search part is read from by range) */
  close?(): void;
}

export interface FromFolderOptions {
  onProgress?: (p: IngestProgress) => void;
  /** a full-text index to fill as documents are read (e.g. `new SearchIndex()`) */
  searchIndex?: DocumentIndex;
  /** complete lost headers from the folders' MANIFEST.tsv / vanban.manifest.json (see `readCorpus`); default false */
  manifests?: boolean;
  /** one manifest to use instead of the folders' own */
  manifest?: string;
  /** walk README*, SOURCES*, LICENSE*, CHANGELOG* and dotfiles too (see `walkFiles`); default false */
  includeAll?: boolean;
  /** told of every file or folder the walk leaves out, and why */
  onSkip?: (entry: SkippedEntry) => void;
  /** what one file may cost (see `readDocument`); a file over a limit is a bad file of the corpus */
  limits?: ReadLimits;
}

/** What the graph part of a corpus holds (see `Corpus.graphLoader`). */
interface GraphState {
  graph: CitationGraph;
  documents: Map<string, string | null>;
  conflicts: Conflict[];
  badFiles: BadFile[];
  hashes: Map<string, string>;
  mentioned: Map<string, string[]>;
  merges: Array<[string, string]>;
  /** null while a loaded snapshot's index waits for its first use (`indexLater` then fills it) */
  index: NodeIndex | null;
  indexLater: ((index: NodeIndex) => void) | null;
  keyByPath: Map<string, string>;
  conflictById: Map<string, Conflict>;
}

const graphState = (): GraphState => ({
  graph: new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false }),
  documents: new Map(),
  conflicts: [],
  badFiles: [],
  hashes: new Map(),
  mentioned: new Map(),
  merges: [],
  index: emptyIndex(),
  indexLater: null,
  keyByPath: new Map(),
  conflictById: new Map(),
});

/** The name under which the lookup index keeps a node (a corpus law, code or ordinance with a title), or null. */
export function lawKindOf(kind: string, type: string | null, title: string | null): 'luat' | 'bo-luat' | 'phap-lenh' | null {
  if (kind !== 'document' || !title) return null;
  return type === 'Luật' ? 'luat' : type === 'Bộ luật' ? 'bo-luat' : type === 'Pháp lệnh' ? 'phap-lenh' : null;
}

/** The key of the edge for one relation between two documents (one per asserting document). */
export const edgeKey = (source: string, relation: string, target: string, assertedBy: string | null): string => `${source}|${relation}|${target}|${assertedBy ?? ''}`;

/**
 * The corpus: documents read, their citations, and one graphology multigraph of typed
 * relations between documents. Documents can be added and removed one at a time; the graph
 * is updated in place, never rebuilt. Node keys are canonical ids.
 */
export class Corpus {
  get graph(): CitationGraph {
    return this.held().graph;
  }

  /** document key → path, for the documents read into the corpus */
  get documents(): Map<string, string | null> {
    return this.held().documents;
  }

  get conflicts(): Conflict[] {
    return this.held().conflicts;
  }

  get badFiles(): BadFile[] {
    return this.held().badFiles;
  }

  /** document key → SHA-256 of its file's bytes and manifest entry, when it was read from a folder (see `update`) */
  get hashes(): Map<string, string> {
    return this.held().hashes;
  }

  /**
   * document key → the node each of its mentions counted on (one entry per mention), so that removing the
   * document takes its mentions back; absent for documents of older snapshots
   */
  get mentioned(): Map<string, string[]> {
    return this.held().mentioned;
  }

  /** the merges `reconcile` made, [merged node, the node it was merged into], in order (a store mirrors them) */
  get merges(): Array<[string, string]> {
    return this.held().merges;
  }

  private get index(): NodeIndex {
    const state = this.held();
    if (state.index === null) {
      // a loaded snapshot's index, built from the nodes as they were loaded (see restoreIndexLater); a failure leaves
      // it pending, to fail again on the next use
      const index = emptyIndex();
      (state.indexLater as (index: NodeIndex) => void)(index);
      state.index = index;
      state.indexLater = null;
    }
    return state.index;
  }

  private get keyByPath(): Map<string, string> {
    return this.held().keyByPath;
  }

  private get conflictById(): Map<string, Conflict> {
    return this.held().conflictById;
  }

  /** Everything the graph part of a snapshot holds, in one object, so that a graph read later replaces it whole. */
  private state = graphState();

  /**
   * Reads the graph part of the snapshot this corpus came from, left on disk by `loadSnapshot(path, { graph: 'lazy' })`:
   * run (synchronously) on the first touch of anything the graph part holds (the graph, the documents, a lookup …),
   * it returns a corpus read and checked whole, whose state this one takes. A failure (a SnapshotError) leaves this
   * corpus as it was, with the loader kept: the next touch reads again, and fails again on the same damage.
   */
  graphLoader: (() => Corpus) | null = null;

  /** Whether the graph is in memory (false while a lazy snapshot's graph part is still on disk; reads nothing). */
  get hasGraphLoaded(): boolean {
    return this.graphLoader === null;
  }

  private held(): GraphState {
    const load = this.graphLoader;
    if (load !== null) {
      const loaded = load();
      if (this.graphLoader === load) {
        this.state = loaded.state;
        this.graphLoader = null;
      }
    }
    return this.state;
  }
  /**
   * The full-text index kept in step with the graph (documents added and removed together), or
   * null when the corpus was built without one. Only the documents' text goes there; the graph
   * never reads it. A snapshot's search part is read on first use: here, synchronously (the bytes
   * read with the event loop blocked); `await searchReady()` reads them without blocking it.
   */
  get searchIndex(): DocumentIndex | null {
    if (this.searchIndexValue === null && this.searchLoader !== null) {
      this.searchIndexValue = this.searchLoader.loadSync();
      this.searchLoader = null;
    }
    return this.searchIndexValue;
  }

  set searchIndex(index: DocumentIndex | null) {
    this.searchIndexValue = index;
    this.searchLoader = null;
  }

  private searchIndexValue: DocumentIndex | null = null;
  /**
   * Reads the search part of the snapshot this corpus came from, left on disk by `loadSnapshot` until
   * the first search (a failure, a SnapshotError, is thrown again on the next try: nothing is half-loaded).
   */
  searchLoader: SearchLoader | null = null;

  /**
   * Gives back the snapshot file the search index reads by range, if it was read from one (a search that reads the
   * file afterwards is refused); a search part not read yet is not read. The graph is kept.
   */
  close(): void {
    this.searchIndexValue?.close?.();
  }

  /** Whether the corpus has a search index, read yet or not (reads nothing). */
  get hasSearchIndex(): boolean {
    return this.searchIndexValue !== null || this.searchLoader !== null;
  }

  /** The search index (null when there is none), its snapshot part read first if it is not yet. */
  async searchReady(): Promise<DocumentIndex | null> {
    const loader = this.searchLoader;
    if (this.searchIndexValue === null && loader !== null) {
      const index = await loader.load();
      // (unless another index was set meanwhile)
      if (this.searchLoader === loader) {
        this.searchIndexValue = index;
        this.searchLoader = null;
      }
    }
    return this.searchIndexValue;
  }

  /** Read every document of a folder (streaming) into a new corpus. */
  static async fromFolder(dir: string, options: FromFolderOptions = {}): Promise<Corpus> {
    const corpus = new Corpus();
    corpus.searchIndex = options.searchIndex ?? null;
    await corpus.addFolder(dir, options.onProgress, options);
    return corpus;
  }

  async addFolder(dir: string, onProgress?: (p: IngestProgress) => void, options: Pick<FromFolderOptions, 'manifests' | 'manifest' | 'includeAll' | 'onSkip' | 'limits'> = {}): Promise<void> {
    let documents = 0;
    const manifestOptions = { ...(options.manifests ? { manifests: true } : {}), ...(options.manifest ? { manifest: options.manifest } : {}), ...(options.includeAll ? { includeAll: true } : {}), ...(options.onSkip ? { onSkip: options.onSkip } : {}), ...(options.limits ? { limits: options.limits } : {}) };
    const { readCorpus } = await folderWalk();
    // every file's hash is kept with its document, so that a later `update` reads only what changed
    for await (const item of readCorpus(dir, { ...manifestOptions, unchanged: () => false })) {
      if (item.ok) {
        const key = this.addDocument(item.document);
        if (item.hash) this.hashes.set(key, stamp(item.hash));
        documents++;
      } else this.badFiles.push({ path: item.path, error: item.error });
      // a manifest's problem is not one of the files the progress counts
      if (!item.ok && item.manifest) continue;
      onProgress?.({ path: item.path, ok: item.ok, ...(item.ok ? {} : { error: item.error }), documents, failed: this.badFiles.length });
    }
    this.reconcile();
  }

  /**
   * Bring the corpus up to date with a folder it was read from: only the files added or changed since
   * (by the hash of their bytes and manifest entry, kept per document) are read; a changed file's document
   * is removed and read again, a file gone from the folder is removed, then the merges of incomplete ids run
   * again. The search index follows. A document read before hashes were kept is read again.
   */
  async update(dir: string, options: Pick<FromFolderOptions, 'manifests' | 'manifest' | 'includeAll' | 'onSkip' | 'limits'> = {}): Promise<UpdateReport> {
    const report: UpdateReport = { added: 0, replaced: 0, unchanged: 0, removed: 0, failed: 0 };
    const before = new Set(this.documents.keys());
    const seen = new Set<string>();
    const badBefore = new Map(this.badFiles.map((b, i) => [b.path, i]));
    const dropBad = (path: string): void => {
      const i = this.badFiles.findIndex((b) => b.path === path);
      if (i >= 0) this.badFiles.splice(i, 1);
    };
    const manifestOptions = { ...(options.manifests ? { manifests: true } : {}), ...(options.manifest ? { manifest: options.manifest } : {}), ...(options.includeAll ? { includeAll: true } : {}), ...(options.onSkip ? { onSkip: options.onSkip } : {}), ...(options.limits ? { limits: options.limits } : {}) };
    const unchanged = (path: string, hash: string): boolean => {
      seen.add(path);
      const key = this.keyByPath.get(path);
      // a document read by another extraction is read again, whatever its file
      if (key === undefined || this.hashes.get(key) !== stamp(hash)) return false;
      report.unchanged++;
      return true;
    };
    const { readCorpus } = await folderWalk();
    for await (const item of readCorpus(dir, { ...manifestOptions, unchanged })) {
      if (!item.ok && item.manifest) {
        this.badFiles.push({ path: item.path, error: item.error });
        continue;
      }
      seen.add(item.path);
      const had = this.removeDocument(item.path);
      dropBad(item.path);
      if (item.ok) {
        const key = this.addDocument(item.document);
        if (item.hash) this.hashes.set(key, stamp(item.hash));
        if (had) report.replaced++;
        else report.added++;
      } else {
        this.badFiles.push({ path: item.path, error: item.error });
        report.failed++;
      }
    }
    // the documents (and bad files) of this folder whose files are gone
    // the walk writes paths as join(dir, …) does: './corpus' and 'corpus/' both give 'corpus/…'
    const prefix = join(dir, sep);
    for (const path of [...this.keyByPath.keys()]) {
      if (!path.startsWith(prefix) || seen.has(path)) continue;
      if (this.removeDocument(path)) report.removed++;
    }
    for (const path of badBefore.keys()) if (path.startsWith(prefix) && !seen.has(path)) dropBad(path);
    // a document that is gone (removed, or read again under another id) may be where other documents' incomplete
    // ids and law names had resolved: those documents are read again, so that they resolve as a corpus without it
    // would resolve them (to the id as written, or to another document), not to a node of a document no longer there
    const gone = new Set([...before].filter((k) => !this.documents.has(k)));
    const dependents = new Set<string>();
    for (const [key, targets] of this.mentioned) if (targets.some((t) => gone.has(t))) dependents.add(this.documents.get(key) ?? '');
    dependents.delete('');
    if (dependents.size > 0) {
      for await (const item of readCorpus(dir, { ...manifestOptions, unchanged: (path) => !dependents.has(path) })) {
        if (!item.ok || !dependents.has(item.path)) continue;
        this.removeDocument(item.path);
        const key = this.addDocument(item.document);
        if (item.hash) this.hashes.set(key, stamp(item.hash));
      }
    }
    this.reconcile();
    return report;
  }

  /** An empty corpus to be filled from a snapshot (records in file order, then `rebuildIndex`). */
  static restore(): Corpus {
    return new Corpus();
  }

  restoreRecord(r:
    | { t: 'node'; key: string; attributes: NodeAttributes }
    | { t: 'edge'; key: string; source: string; target: string; attributes: EdgeAttributes }
    | { t: 'document'; key: string; path: string | null; hash?: string | undefined; mentioned?: string[] | undefined }
    | { t: 'conflict'; conflict: Conflict }
    | { t: 'bad'; path: string; error: string }): void {
    if (r.t === 'node') this.graph.addNode(r.key, r.attributes);
    else if (r.t === 'edge') this.graph.addDirectedEdgeWithKey(r.key, r.source, r.target, r.attributes);
    else if (r.t === 'document') {
      this.documents.set(r.key, r.path);
      if (r.path) this.keyByPath.set(r.path, r.key);
      if (r.hash) this.hashes.set(r.key, r.hash);
      if (r.mentioned) this.mentioned.set(r.key, r.mentioned);
    } else if (r.t === 'conflict') {
      this.conflicts.push(r.conflict);
      this.conflictById.set(r.conflict.id, r.conflict);
    }
    else this.badFiles.push({ path: r.path, error: r.error });
  }

  /** Rebuild the lookup indexes from the graph (after a snapshot is loaded). */
  rebuildIndex(): void {
    this.graph.forEachNode((key, a) => {
      indexNode(this.index, key);
      const law = lawKindOf(a.kind, a.type, a.title);
      if (law !== null) indexLaw(this.index, key, law, a.title as string, a.date);
    });
  }

  /**
   * Instead of `rebuildIndex` after a snapshot's graph is restored: the same index, built on its first use (a lookup that
   * is not a node's key, a document added or removed …) rather than now, from what the load gives here, `keys` (every
   * node, in the graph's order) and `laws` (the nodes rebuildIndex would index by name, in the same order, with
   * `lawKindOf`'s kind and their title and date as loaded). A command that only asks about nodes by their keys never
   * builds it (at 100 000 documents, a Set per symbol of 104 000 nodes: a tenth of a second and 20 MB). Whatever
   * changes the index later reads it first, so it is built from the nodes as loaded, as rebuildIndex would have been.
   */
  restoreIndexLater(keys: readonly string[], laws: ReadonlyArray<readonly [key: string, kind: 'luat' | 'bo-luat' | 'phap-lenh', title: string, date: string | null]>): void {
    const state = this.held();
    state.index = null;
    state.indexLater = (index) => {
      for (const key of keys) indexNode(index, key);
      for (const [key, kind, title, date] of laws) indexLaw(index, key, kind, title, date);
    };
  }

  /** The key a document is stored under: its id, or its path when it has none (header lost, draft). */
  private documentKey(doc: Document): string {
    return doc.identity.id ?? `file:${doc.path ?? 'unknown'}`;
  }

  /**
   * Full-text and citation search (see src/search): the document a query names first, then the
   * documents citing it, then text matches. Needs a corpus built with a search index.
   */
  search(query: string, options?: SearchOptions): SearchResult {
    if (!this.searchIndex) throw new Error('this corpus has no search index: build it with Corpus.fromFolder(dir, { searchIndex: new SearchIndex() }) or load a snapshot ingested with one');
    return this.searchIndex.search(query, options);
  }

  /** Add one document (and its citations); returns the key it is stored under. */
  addDocument(doc: Document): string {
    const key = this.addToGraph(doc);
    this.searchIndex?.add(key, doc);
    return key;
  }

  private addToGraph(doc: Document): string {
    let key = this.documentKey(doc);
    const existing = this.graph.hasNode(key) ? this.graph.getNodeAttributes(key) : null;
    if (existing && existing.kind === 'document') {
      // same id, another document: kept apart and reported, never merged
      let n = 2;
      while (this.graph.hasNode(`${key}~${n}`)) n++;
      const other = `${key}~${n}`;
      const conflict = this.conflictById.get(key);
      const reason = existing.date !== doc.identity.date?.iso ? `two documents with id ${key} and different dates (${existing.date} / ${doc.identity.date?.iso ?? '—'})` : `two documents with id ${key}`;
      if (conflict) {
        conflict.keys.push(other);
        conflict.paths.push(doc.path);
      } else {
        const c: Conflict = { id: key, keys: [key, other], paths: [existing.path, doc.path], reason };
        this.conflicts.push(c);
        this.conflictById.set(key, c);
      }
      key = other;
    }
    const i = doc.identity;
    const attrs: NodeAttributes = {
      kind: 'document',
      path: doc.path,
      type: i.type,
      number: i.number,
      date: i.date?.iso ?? null,
      ...(i.effective ? { effective: i.effective } : {}),
      ...(i.expires ? { expires: i.expires } : {}),
      ...(i.endsEarlierIf ? { endsEarlierIf: i.endsEarlierIf.text } : {}),
      title: i.title,
      issuer: i.issuer?.name ?? null,
      level: i.level,
      place: i.place?.slug ?? null,
      family: i.family,
      contextDependent: i.contextDependent,
      mentions: existing?.mentions ?? 0,
      names: existing?.names ?? [],
    };
    const supplied = suppliedFields(i);
    if (supplied.length) attrs.supplied = supplied;
    const disagrees = disagreeingFields(i);
    if (disagrees.length) attrs.disagrees = disagrees;
    if (this.graph.hasNode(key)) this.graph.replaceNodeAttributes(key, attrs);
    else this.graph.addNode(key, attrs);
    indexNode(this.index, key);
    if (i.type && ['Luật', 'Bộ luật', 'Pháp lệnh'].includes(i.type) && i.title) {
      indexLaw(this.index, key, i.type === 'Luật' ? 'luat' : i.type === 'Bộ luật' ? 'bo-luat' : 'phap-lenh', i.title, i.date?.iso ?? null);
    }
    this.documents.set(key, doc.path);
    if (doc.path) this.keyByPath.set(doc.path, key);

    const targets: Array<string | null> = [];
    const mentioned: string[] = [];
    this.mentioned.set(key, mentioned);
    for (const c of doc.citations) {
      const r = resolveId(c.id, this.index, (k) => this.graph.hasNode(k), i.date?.iso ?? null);
      const target = r.target === key ? null : r.target; // a document never cites itself
      targets.push(target);
      if (target === null) continue;
      this.touchCited(target, c);
      mentioned.push(target);
      if (c.role !== 'embedded') {
        // (the act's own day, when the text gives one for it, goes with the act: not with a second act the mention carries)
        this.addEdge(key, target, c.relation, null, { ...this.evidence(doc, key, c), ...(c.effective ? { effective: c.effective } : {}) }, r.reason);
        for (const a of c.alsoActs ?? []) this.addEdge(key, target, a.relation, null, { ...this.evidence(doc, key, c), scope: a.scope }, r.reason);
      }
    }
    // a consolidated text states that the acts it lists after its base amended that base
    if (i.type === 'Văn bản hợp nhất') {
      const listed = doc.citations.map((c, n) => (c.relation === 'consolidates' ? n : -1)).filter((n) => n >= 0);
      const base = listed.length > 0 ? targets[listed[0] as number] : null;
      for (const n of listed.slice(1)) {
        const act = targets[n];
        const listedAct = doc.citations[n] as DocumentCitation;
        // (with the day the header gives the act: its amendments apply from then)
        if (base && act && act !== base) this.addEdge(act, base, 'amends', key, { ...this.evidence(doc, key, listedAct), ...(listedAct.effective ? { effective: listedAct.effective } : {}) }, `stated by the consolidated text ${key}`);
      }
      // its notes: "Khoản này được bãi bỏ theo quy định tại … của Luật số …" report an act on a part of the base
      for (const r of reportedActs(doc.text, doc.citations)) {
        const act = targets[r.index];
        if (!base || !act || act === base) continue;
        const ev: Evidence = { ...this.evidence(doc, key, doc.citations[r.index] as DocumentCitation), scope: { whole: false, part: r.part } };
        this.addEdge(act, base, r.relation, key, ev, `stated by a note of the consolidated text ${key}`);
      }
    }
    // asserted relations between two cited documents ("920-CTr/TU … về thực hiện Nghị quyết số 18-NQ/TW")
    doc.citations.forEach((c, n) => {
      for (const a of [c.asserted, ...(c.alsoAsserted ?? [])]) {
        if (!a) continue;
        const subject = targets[a.subject];
        const object = targets[n];
        if (!subject || !object || subject === object) continue;
        // (a mention that is this document's own act as well carries that act's scope, not the reported one's: "… khoản 7 Điều 2 của
        // Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 32/2013/QH13, …" in Luật Cư trú, whose
        // own act is on khoản 7 Điều 2; 32/2013's act is on some articles the text does not name)
        const { scope: ownScope, ...ev } = this.evidence(doc, key, c);
        const scope = OWN_ACTS.has(c.relation) ? {} : ownScope ? { scope: ownScope } : {};
        this.addEdge(subject, object, a.relation, key, { ...ev, ...scope, ...(a.effective ? { effective: a.effective } : {}) }, `stated by ${key}`);
      }
    });
    // an amending law cited by its title names the laws it amended ("Luật sửa đổi, bổ sung một số điều của Luật Hải quan, … số
    // 90/2025/QH15"): what that law did, which this document states by naming it (not an act of its own)
    const lawsNamed = doc.citations.some((c) => c.titleAmends) ? lawMentionsOf(doc.citations, targets) : new Map<string, LawMention[]>();
    doc.citations.forEach((c, n) => {
      const amending = targets[n];
      if (!c.titleAmends || !amending) return;
      for (const t of titleAmendments(c, amending, (id) => resolveId(id, this.index, (k) => this.graph.hasNode(k), i.date?.iso ?? null), lawsNamed)) {
        this.touchCited(t.target, { text: t.mention.text, type: t.type, number: t.number, date: null, issuer: null, family: 'state', contextDependent: false });
        mentioned.push(t.target);
        const ev: Evidence = { ...this.evidence(doc, key, c), start: t.mention.start, end: t.mention.end, text: t.mention.text, scope: { whole: false, part: null } };
        this.addEdge(amending, t.target, 'amends', key, ev, t.reason);
      }
    });
    return key;
  }

  private evidence(doc: Document, key: string, c: DocumentCitation): Evidence {
    return { document: key, path: doc.path, start: c.start, end: c.end, text: c.text, sentence: sentenceAround(doc.text, c.start, c.end), zone: c.zone, sectionPath: c.sectionPath, ...(c.scope ? { scope: c.scope } : {}) };
  }

  private touchCited(target: string, c: Pick<Citation, 'text' | 'type' | 'number' | 'date' | 'issuer' | 'family' | 'contextDependent'>): void {
    if (!this.graph.hasNode(target)) {
      this.graph.addNode(target, {
        kind: 'cited',
        path: null,
        type: c.type,
        number: c.number,
        date: c.date,
        title: null,
        issuer: c.issuer,
        // a document known only from citations keeps the place its id names
        ...placeOfId(target),
        family: c.family,
        contextDependent: c.contextDependent,
        mentions: 0,
        names: [],
      });
      indexNode(this.index, target);
    }
    const a = this.graph.getNodeAttributes(target);
    const names = a.names.includes(c.text.replace(/\s+/g, ' ')) || a.names.length >= MAX_NAMES ? a.names : [...a.names, c.text.replace(/\s+/g, ' ')];
    this.graph.mergeNodeAttributes(target, {
      mentions: a.mentions + 1,
      names,
      date: a.date ?? c.date,
      issuer: a.issuer ?? c.issuer,
    });
  }

  private addEdge(source: string, target: string, relation: EdgeAttributes['relation'], assertedBy: string | null, ev: Evidence, resolution: string): void {
    const key = edgeKey(source, relation, target, assertedBy);
    if (this.graph.hasEdge(key)) {
      const a = this.graph.getEdgeAttributes(key);
      this.graph.mergeEdgeAttributes(key, { count: a.count + 1, evidence: a.evidence.length < MAX_EVIDENCE ? [...a.evidence, ev] : a.evidence });
      return;
    }
    this.graph.addDirectedEdgeWithKey(key, source, target, { relation, count: 1, asserted: assertedBy !== null, assertedBy, evidence: [ev], resolution });
  }

  /** Remove a document (by key or path): its edges and assertions go; it stays as a cited node if others cite it. */
  removeDocument(keyOrPath: string): boolean {
    const key = this.keyByPath.get(keyOrPath) ?? keyOrPath;
    if (!this.documents.has(key)) return false;
    this.searchIndex?.remove(key);
    const path = this.documents.get(key) ?? null;
    this.documents.delete(key);
    this.hashes.delete(key);
    if (path) this.keyByPath.delete(path);
    // its mentions are taken back from the nodes they counted on (reconcile moved them along with a merged node)
    const mentioned = this.mentioned.get(key);
    this.mentioned.delete(key);
    const taken = new Map<string, number>();
    for (const t of mentioned ?? []) taken.set(t, (taken.get(t) ?? 0) + 1);
    for (const [t, n] of taken) {
      if (this.graph.hasNode(t)) this.graph.setNodeAttribute(t, 'mentions', Math.max(0, this.graph.getNodeAttribute(t, 'mentions') - n));
    }
    const touched = new Set<string>(taken.keys());
    for (const e of [...this.graph.edges()]) {
      const a = this.graph.getEdgeAttributes(e);
      const fromIt = this.graph.source(e) === key && a.assertedBy === null;
      if (fromIt || a.assertedBy === key) {
        touched.add(this.graph.target(e));
        this.graph.dropEdge(e);
      }
    }
    if (this.graph.inDegree(key) > 0) {
      // what only its own text said goes with it, as a full ingest without it would never know: its title, its days in force,
      // the level and place its header gave (a cited node keeps the place its id names)
      // (and its family as a citation names one: Party or State)
      const family = this.graph.getNodeAttribute(key, 'family');
      this.graph.mergeNodeAttributes(key, { kind: 'cited', path: null, title: null, ...placeOfId(key), family: family === null ? null : family.startsWith('party') ? 'party' : 'state' });
      for (const field of ['supplied', 'disagrees', 'effective', 'expires', 'endsEarlierIf'] as const) this.graph.removeNodeAttribute(key, field);
    } else {
      unindexNode(this.index, key);
      this.graph.dropNode(key);
    }
    for (const t of touched) {
      // a cited node goes with its last edge and its last mention (of a document of an older snapshot, the mentions are not known: its last edge)
      if (this.graph.hasNode(t) && this.graph.getNodeAttribute(t, 'kind') === 'cited' && this.graph.degree(t) === 0 && (mentioned === undefined || this.graph.getNodeAttribute(t, 'mentions') === 0)) {
        unindexNode(this.index, t);
        this.graph.dropNode(t);
      }
    }
    return true;
  }

  /**
   * After documents were added: an incomplete id ("dang:217-QĐ/TW#?") that now has exactly one
   * compatible known document, or a law cited by name that is now in the corpus, is merged into
   * that document, with its edges.
   */
  reconcile(only?: Iterable<string>): number {
    let merged = 0;
    let byTerm: Map<string, string[]> | null = null;
    // `only`: these nodes and no others (a store that loaded part of its graph to merge them)
    for (const node of only ? [...only] : [...this.graph.nodes()]) {
      // incomplete ids, and laws cited by name before the law itself was read
      const plenum = node.startsWith('dang:meeting:TW:HNTW');
      if (!(plenum || node.includes('?') || /^vn:(?:luat|bo-luat|phap-lenh):/.test(node)) || !this.graph.hasNode(node)) continue;
      if (this.graph.getNodeAttribute(node, 'kind') !== 'cited') continue;
      // a plenum resolution cited by its plenum and quoted title: the numbered resolution described with that title
      if (plenum) byTerm ??= resolutionsByTerm(this.graph);
      const r = plenum ? (plenumResolution(this.graph, node, byTerm ?? undefined) ?? { target: node, reason: '' }) : resolveId(node, this.index, (k) => k !== node && this.graph.hasNode(k), null);
      if (r.target === node || !this.graph.hasNode(r.target)) continue;
      for (const e of [...this.graph.inEdges(node), ...this.graph.outEdges(node)]) {
        const a = this.graph.getEdgeAttributes(e);
        const s = this.graph.source(e) === node ? r.target : this.graph.source(e);
        const t = this.graph.target(e) === node ? r.target : this.graph.target(e);
        this.graph.dropEdge(e);
        if (s === t) continue;
        for (const ev of a.evidence) this.addEdge(s, t, a.relation, a.assertedBy, ev, `${r.reason} (merged from ${node})`);
        const k = edgeKey(s, a.relation, t, a.assertedBy);
        this.graph.mergeEdgeAttributes(k, { count: Math.max(this.graph.getEdgeAttribute(k, 'count'), a.count) });
      }
      const old = this.graph.getNodeAttributes(node);
      const into = this.graph.getNodeAttributes(r.target);
      this.graph.mergeNodeAttributes(r.target, { mentions: into.mentions + old.mentions, names: [...new Set([...into.names, ...old.names])].slice(0, MAX_NAMES) });
      unindexNode(this.index, node);
      this.graph.dropNode(node);
      // the mentions moved with the node: a document removed later takes them back from where they are now
      for (const list of this.mentioned.values()) for (let i = list.indexOf(node); i >= 0; i = list.indexOf(node, i + 1)) list[i] = r.target;
      this.merges.push([node, r.target]);
      merged++;
    }
    return merged;
  }

  /** The node key a reference names: a key, or citation text ("Nghị quyết số 18-NQ/TW", "18-NQ/TW"). */
  lookup(ref: string, extract: (text: string) => Array<{ id: string }>): { key: string | null; candidates: string[] } {
    if (this.graph.hasNode(ref)) return { key: ref, candidates: [ref] };
    const found = extract(ref)[0];
    if (!found) return { key: null, candidates: [] };
    if (this.graph.hasNode(found.id)) return { key: found.id, candidates: [found.id] };
    const r = resolveId(found.id, this.index, (k) => this.graph.hasNode(k), null);
    if (this.graph.hasNode(r.target)) return { key: r.target, candidates: [r.target] };
    const sym = found.id.replace(/[@#].*$/, '');
    const candidates = this.graph.filterNodes((k) => k.replace(/[@#].*$/, '') === sym);
    return { key: candidates.length === 1 ? (candidates[0] as string) : null, candidates };
  }
}
