import type pg from 'pg';
import { StoreError } from '../errors.js';

/**
 * The database schema, as numbered migrations applied in order by `vanban db migrate` (or
 * `migrate()`), each in one transaction, recorded in `vanban_schema`. A store opened on a database
 * refuses one whose version this vanban does not know (a newer vanban migrated it) or that has not
 * been migrated: reading rows of an unknown shape would give wrong answers, not errors.
 *
 * Keys are compared in the "C" collation (code-unit order), the order the in-memory queries sort in.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, citations, graph nodes and edges',
    sql: `
CREATE SEQUENCE vanban_graph_seq;
-- one row per file read: what it says (without its text), its text, and the hash that tells a changed file
CREATE TABLE vanban_documents (
  key text COLLATE "C" PRIMARY KEY,
  path text COLLATE "C" UNIQUE,
  content_hash text NOT NULL,
  seq bigint NOT NULL,
  document jsonb NOT NULL,
  text text NOT NULL
);
-- every mention, with its offsets into the text: queries by cited id need no JSON
CREATE TABLE vanban_citations (
  document text COLLATE "C" NOT NULL REFERENCES vanban_documents(key) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  id text COLLATE "C" NOT NULL,
  relation text NOT NULL,
  zone text NOT NULL,
  PRIMARY KEY (document, ordinal)
);
CREATE INDEX vanban_citations_id ON vanban_citations (id);
-- the graph: a node per document read or cited, an edge per relation and asserting document (as in memory)
CREATE TABLE vanban_nodes (
  key text COLLATE "C" PRIMARY KEY,
  seq bigint NOT NULL,
  kind text NOT NULL,
  type text,
  level text,
  place text,
  date text,
  -- the id without place and scope ("vn:44/KH-UBND"): the candidates of an incomplete id
  symbol text COLLATE "C",
  -- the key without its @place and #scope: the candidates of a reference
  stem text COLLATE "C" NOT NULL,
  -- a law, code or ordinance of the corpus under its name ("luat:tiep-cong-dan")
  law_name text COLLATE "C",
  attributes jsonb NOT NULL
);
CREATE INDEX vanban_nodes_seq ON vanban_nodes (seq);
CREATE INDEX vanban_nodes_symbol ON vanban_nodes (symbol);
CREATE INDEX vanban_nodes_stem ON vanban_nodes (stem);
CREATE INDEX vanban_nodes_law_name ON vanban_nodes (law_name) WHERE law_name IS NOT NULL;
CREATE INDEX vanban_nodes_level_place ON vanban_nodes (level, place);
CREATE INDEX vanban_nodes_cited ON vanban_nodes (seq) WHERE kind = 'cited';
CREATE TABLE vanban_edges (
  key text COLLATE "C" PRIMARY KEY,
  seq bigint NOT NULL,
  source text COLLATE "C" NOT NULL,
  target text COLLATE "C" NOT NULL,
  relation text NOT NULL,
  asserted_by text COLLATE "C",
  attributes jsonb NOT NULL
);
CREATE INDEX vanban_edges_seq ON vanban_edges (seq);
CREATE INDEX vanban_edges_target ON vanban_edges (target, relation);
CREATE INDEX vanban_edges_source ON vanban_edges (source, relation);
CREATE INDEX vanban_edges_asserted_by ON vanban_edges (asserted_by) WHERE asserted_by IS NOT NULL;
CREATE TABLE vanban_conflicts (
  id text COLLATE "C" PRIMARY KEY,
  seq bigint NOT NULL,
  conflict jsonb NOT NULL
);
CREATE TABLE vanban_bad_files (
  path text COLLATE "C" PRIMARY KEY,
  seq bigint NOT NULL,
  error text NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'full-text search: vanban_search, vanban_search_cites, unaccent',
    sql: `
-- needs the right to create an extension (or an operator creates it once: docs/postgres.md). The folded key is
-- to_tsvector('simple', unaccent(exact key)): unaccent folds đ/Đ (and the look-alike Ð) to d and drops combining
-- marks. (A configuration with unaccent as a dictionary in front of simple gives the same words, five times slower:
-- the dictionary is called once a token.)
CREATE EXTENSION IF NOT EXISTS unaccent;
-- one row per document: what filters, facets and hits read, and its words. Title (type and trích yếu)
-- at weight A, body (its first 60 000 characters, as in memory) at weight D; a document replaced or
-- pruned takes its rows with it, in the transaction that removes it
CREATE TABLE vanban_search (
  document text COLLATE "C" PRIMARY KEY REFERENCES vanban_documents(key) ON DELETE CASCADE,
  -- the order documents were added in: ties are broken by it, as memory breaks them by its ids
  seq bigint NOT NULL,
  path text,
  type text,
  number text,
  date text,
  year integer,
  title text,
  level text,
  family text,
  place text,
  issuer_folded text NOT NULL,
  -- the symbols it goes by: its id's ("dang:18-NQ/TW") and a law's names ("vn:luat:tiep-cong-dan", "name:luat tiep cong dan")
  symbols text[] COLLATE "C" NOT NULL,
  -- the numbers of those symbols ("18"): a query with a number looks its symbols up here
  numerals text[] COLLATE "C" NOT NULL,
  -- the title's tokens: the body's positions start after them
  title_length integer NOT NULL,
  folded tsvector NOT NULL,
  exact tsvector NOT NULL
);
CREATE INDEX vanban_search_folded ON vanban_search USING gin (folded);
CREATE INDEX vanban_search_exact ON vanban_search USING gin (exact);
CREATE INDEX vanban_search_symbols ON vanban_search USING gin (symbols);
CREATE INDEX vanban_search_numerals ON vanban_search USING gin (numerals);
CREATE INDEX vanban_search_seq ON vanban_search (seq);
CREATE INDEX vanban_search_type_year ON vanban_search (type, year);
CREATE INDEX vanban_search_level_place ON vanban_search (level, place);
-- what each document cites, by symbol and relation (quotations of other documents' text left out):
-- the citing documents of a reference, and the related filter. strongest: the relation the document's
-- hit shows (a relation other than a plain mention wins)
CREATE TABLE vanban_search_cites (
  document text COLLATE "C" NOT NULL REFERENCES vanban_search(document) ON DELETE CASCADE,
  symbol text COLLATE "C" NOT NULL,
  relation text NOT NULL,
  strongest boolean NOT NULL,
  numeral text COLLATE "C",
  PRIMARY KEY (document, symbol, relation)
);
CREATE INDEX vanban_search_cites_symbol ON vanban_search_cites (symbol, relation);
CREATE INDEX vanban_search_cites_numeral ON vanban_search_cites (numeral) WHERE numeral IS NOT NULL;
-- documents ingested before this migration have no search rows: the next ingest reads their files again
UPDATE vanban_documents SET content_hash = 'before-search:' || content_hash;
`,
  },
  {
    version: 3,
    name: 'the nodes a document’s mentions counted on, taken back when it is removed',
    sql: `
-- one entry per mention (as Corpus.mentioned); NULL for a document ingested before: its mentions are not taken back
ALTER TABLE vanban_documents ADD COLUMN mentioned text[];
-- a merge moves the mentions of a node to another: the documents that counted on the merged node are found by it
CREATE INDEX vanban_documents_mentioned ON vanban_documents USING gin (mentioned);
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** A lock id of vanban's own (pg_advisory_xact_lock): one migration at a time, and one graph writer at a time. */
export const MIGRATION_LOCK = 0x76616e01;
export const GRAPH_LOCK = 0x76616e02;

const SCHEMA_TABLE = `CREATE TABLE IF NOT EXISTS vanban_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`;

/** The version the database is at: 0 when vanban never migrated it. */
export async function schemaVersion(client: pg.ClientBase): Promise<number> {
  const exists = await client.query<{ t: string | null }>(`SELECT to_regclass('vanban_schema')::text AS t`);
  if (!exists.rows[0]?.t) return 0;
  const r = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM vanban_schema');
  return r.rows[0]?.v ?? 0;
}

/**
 * Apply the migrations the database lacks, each in its own transaction, under an advisory lock (two
 * processes migrating at once wait for each other; the second finds nothing to do). Returns the
 * versions applied. A database at a version this vanban does not know is refused.
 */
export async function migrate(pool: pg.Pool): Promise<number[]> {
  const applied: number[] = [];
  const client = await pool.connect();
  // one lock for the whole run, not one per migration: two runs at once would otherwise take turns migration by
  // migration, each applying some (the lock goes with the session if the process dies)
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    for (const m of MIGRATIONS) {
      await client.query('BEGIN');
      try {
        await client.query(SCHEMA_TABLE);
        const at = await schemaVersion(client);
        if (at > SCHEMA_VERSION) throw newerSchema(at);
        if (at >= m.version) {
          await client.query('COMMIT');
          continue;
        }
        await client.query(m.sql);
        await client.query('INSERT INTO vanban_schema (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
        applied.push(m.version);
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
  return applied;
}

const newerSchema = (at: number): StoreError =>
  new StoreError('schema-version', `the database is at schema version ${at}, newer than this vanban knows (${SCHEMA_VERSION}): use a newer vanban`, { version: at, known: SCHEMA_VERSION });

/** Refuse a database this vanban cannot read: not migrated, migrated by an older vanban (migrate it), or by a newer one. */
export async function checkSchema(client: pg.ClientBase): Promise<void> {
  const at = await schemaVersion(client);
  if (at === SCHEMA_VERSION) return;
  if (at === 0) throw new StoreError('not-migrated', 'the database has no vanban schema: run `vanban db migrate --db <url>` first', { version: 0, known: SCHEMA_VERSION });
  if (at < SCHEMA_VERSION) throw new StoreError('not-migrated', `the database is at schema version ${at}, this vanban needs ${SCHEMA_VERSION}: run \`vanban db migrate --db <url>\``, { version: at, known: SCHEMA_VERSION });
  throw newerSchema(at);
}
