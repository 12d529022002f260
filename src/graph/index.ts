/**
 * The citation graph: a corpus of documents and the typed relations between them, on
 * graphology; queries are separate functions over the graph (as graphology's own library is).
 *
 * @module vanban/graph
 */
export { Corpus, type CitationGraph, type IngestProgress, type BadFile, type DocumentIndex, type FromFolderOptions, type SearchLoader, type UpdateReport } from './corpus.js';
export { nodesWhere, compareKeys, inEdgesInOrder, outEdgesInOrder, type GraphStore, type StoredEdge } from './store.js';
export { resolveId, type Resolution } from './resolve.js';
export { implementers, groupByLevelAndPlace, countByLevelAndPlace, pageOfImplementers, type Implementer, type ImplementersPage } from './queries/implementers.js';
export { restsOn, type RestsOn, type Support } from './queries/rests-on.js';
export { amendmentHistory, AmendmentEventSchema, AmendmentHistorySchema, LegalStatusSchema, type AmendmentEvent, type AmendmentHistory, type LegalStatus } from './queries/amendments.js';
export { pathBetween, shortestPathWalk, comparePathEdges, type PathStep, type PathEdge, type PathRing } from './queries/path.js';
export { missing, rankMissing, citingDocuments, type MissingDocument } from './queries/ranking.js';
export { mostCited, type Ranked } from './queries/most-cited.js';
export { dataQuality, type Finding } from './queries/quality.js';
export { coverage, coverageGroups, planCoverage, finishCoverage, groupKey, CoverageOptionsSchema, type Coverage, type CoverageOptions, type CoverageRow, type CoverageGroup, type CoveragePlan } from './queries/coverage.js';
export { placeOfId, unitOfSlug, unitInEra, ancestorAt } from './places.js';
export { toJSON, toGEXF, toGraphML, toNeo4jCSV, type ExportFormat } from './export.js';
export { saveSnapshot, loadSnapshot, SnapshotError, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type LoadSnapshotOptions, type SaveSnapshotOptions } from './snapshot.js';
export { NodeAttributesSchema, EdgeAttributesSchema, EvidenceSchema, ConflictSchema, type NodeAttributes, type EdgeAttributes, type Evidence, type Conflict } from './schema.js';
export { coveragePage, CoveragePageOptionsSchema, type CoveragePageOptions } from './coverage-page.js';
