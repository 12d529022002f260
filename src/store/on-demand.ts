// The query modules that only some commands use (rank, check, the coverage page), loaded when first asked rather than
// by every command that opens a store: graphology-metrics and graphology-components cost a cold `vanban trace` their
// compile time. Both stores read them from here.
export const mostCitedModule = () => import('../graph/queries/most-cited.js');
export const qualityModule = () => import('../graph/queries/quality.js');
export const coveragePageModule = () => import('../graph/coverage-page.js');
