/**
 * Answers: the JSON answer of each question a corpus is asked (trace, coverage, search, cites, path,
 * missing, rank, check, a document, its text, the citations of a text), from a corpus and validated
 * parameters. The CLI's `--json` prints them and `vanban serve` sends them: one code path, so the two
 * cannot drift. The parameter schemas take strings (a flag, a query-string value) and give the
 * library's values; a refused question is an AnswerError.
 *
 * @module vanban/answers
 */
export { AnswerError, ParameterError, parseParams, type AnswerErrorKind } from './errors.js';
export {
  refSchema,
  switchSchema,
  SEARCH_MAX,
  COVERAGE_LEVELS,
  SearchParamsSchema,
  TraceParamsSchema,
  CoverageParamsSchema,
  CitesParamsSchema,
  PathParamsSchema,
  MissingParamsSchema,
  RankParamsSchema,
  CheckParamsSchema,
  DocumentParamsSchema,
  ExtractContextSchema,
  type SearchParams,
  type TraceParams,
  type CoverageParams,
  type ExtractContextParams,
} from './params.js';
export {
  resolveRef,
  pathOf,
  traceAnswer,
  coverageAnswer,
  coveragePageAnswer,
  coverageOptions,
  searchAnswer,
  citesAnswer,
  pathAnswer,
  missingAnswer,
  rankAnswer,
  checkAnswer,
  documentAnswer,
  documentText,
  readCorpusDocument,
  type ImplementerOut,
  type TraceAnswer,
  type CoverageAnswer,
  type SearchAnswer,
  type CitesAnswer,
  type PathAnswer,
  type MissingAnswer,
  type RankAnswer,
  type CheckAnswer,
  type DocumentAnswer,
} from './graph.js';
export { extractContext, extractAnswer, placeUnit, type ExtractFileAnswer } from './extract.js';
export { DocumentOutputSchema } from './schemas.js';
