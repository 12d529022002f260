/**
 * vanban: Vietnamese legal and administrative documents into a citation graph.
 * Data flows one way: text (and the map of places) → document → citations → graph and search index.
 *
 * @module vanban
 */
export * from './text/index.js';
export * from './place/index.js';
export * from './cite/index.js';
export * from './doc/index.js';
export * from './graph/index.js';
export * from './search/index.js';
