import type pg from 'pg';
import { dayNumber } from '../../graph/implements-index.js';
import { finishCoverage, groupKey, planCoverage, type Coverage, type CoverageGroup, type CoverageOptions } from '../../graph/queries/coverage.js';
import { type Implementer } from '../../graph/queries/implementers.js';
import { REORGANIZATION_DATE, type Era } from '../../place/index.js';

/**
 * The transitive implementers of a document, counted, grouped and paged in SQL: a central resolution of a
 * national corpus has a hundred thousand of them, which no answer should carry from the database into the
 * process to read a page or a table of 63 provinces.
 *
 * The walk is the memory store's (src/graph/queries/implementers.ts), written as relations:
 * - `walk`: (document, depth, the document it was reached from, whether by an asserted edge) rows kept once
 *   by UNION, bounded by the depth limit, so a cycle ends; a document's depth is its least, the shortest
 *   chain of `implements` edges from it to the root;
 * - `impl`: its parent, the first document (in key order) it was reached from at that depth, and whether that
 *   link is only asserted (no direct edge between the two: memory takes a direct edge first).
 * Memory lists implementers ring by ring, each ring's parents in key order, each parent's implementers in
 * key order: the order (depth, parent, key), which is what ORDER BY gives here (keys are in the "C"
 * collation, code-unit order for the keys vanban writes, which are ASCII).
 */
function walk(includeAsserted: boolean): string {
  const direct = includeAsserted ? '' : 'AND e.asserted_by IS NULL';
  return `
  WITH RECURSIVE walk(key, depth, via, asserted) AS (
    SELECT $1::text COLLATE "C", 0, NULL::text COLLATE "C", false
    UNION
    SELECT e.source, w.depth + 1, e.target, e.asserted_by IS NOT NULL
    FROM walk w JOIN vanban_edges e ON e.target = w.key AND e.relation = 'implements' ${direct}
    WHERE w.depth < $2
  ),
  -- a document's rows at its least depth: those whose 'via' (the document it was reached from) is at the level
  -- above, its parents. No join of the walk with itself: a CTE has no statistics, and the planner, taking it for a
  -- few hundred rows, joined two copies of it on depth alone (a quadratic plan: hours at 100 000 implementers)
  link AS (
    SELECT key, depth, via AS parent, bool_and(asserted) AS asserted
    FROM (SELECT *, min(depth) OVER (PARTITION BY key) AS least FROM walk) w
    WHERE depth = least AND depth > 0
    GROUP BY key, depth, via
  ),
  impl AS (SELECT DISTINCT ON (key) key, depth, parent, asserted FROM link ORDER BY key, parent),
  member AS (
    SELECT i.key, i.depth, i.parent, i.asserted,
      n.attributes->>'path' AS path, n.attributes->>'type' AS type, n.attributes->>'level' AS level,
      n.attributes->>'place' AS place, n.attributes->>'date' COLLATE "C" AS date,
      row_number() OVER (ORDER BY i.depth, i.parent, i.key) - 1 AS ord
    FROM impl i JOIN vanban_nodes n ON n.key = i.key
  )`;
}

interface MemberRow {
  key: string;
  depth: number;
  parent: string;
  asserted: boolean;
  path: string | null;
  type: string | null;
  level: string | null;
  place: string | null;
  date: string | null;
  ord: string | number;
}

export interface WalkOptions {
  transitive?: boolean;
  maxDepth?: number;
  includeAsserted?: boolean;
}

const depthOf = (o: WalkOptions): number => (o.transitive === false ? 1 : (o.maxDepth ?? 12));

async function rootDateOf(client: pg.ClientBase, root: string): Promise<{ exists: boolean; date: string | null }> {
  const r = await client.query<{ date: string | null }>(`SELECT attributes->>'date' AS date FROM vanban_nodes WHERE key = $1`, [root]);
  return { exists: r.rows.length > 0, date: r.rows[0]?.date ?? null };
}

function implementerOf(row: MemberRow, rootDay: number): Implementer {
  const lag = dayNumber(row.date) - rootDay;
  return {
    key: row.key,
    path: row.path,
    type: row.type,
    level: row.level,
    place: row.place,
    date: row.date,
    depth: Number(row.depth),
    implements: row.parent,
    lagDays: Number.isNaN(lag) ? null : lag,
    asserted: row.asserted,
  };
}

/**
 * A page of the implementers of `root` in the memory store's order, how many there are, and how many at each
 * level and place (the keys `groupByLevelAndPlace` gives): one statement, the walk computed once.
 */
export async function implementersPageSql(
  client: pg.ClientBase,
  root: string,
  options: WalkOptions & { limit: number; offset: number },
): Promise<{ total: number; items: Implementer[]; byLevelAndPlace: Record<string, Record<string, number>> }> {
  const rootNode = await rootDateOf(client, root);
  if (!rootNode.exists) return { total: 0, items: [], byLevelAndPlace: {} };
  const r = await client.query<{ page: MemberRow[] | null; counts: { level: string; place: string; n: string }[] | null }>(
    `${walk(options.includeAsserted ?? true)},
    page AS (SELECT * FROM member ORDER BY ord LIMIT $3 OFFSET $4),
    counts AS (
      SELECT coalesce(level, 'unknown') AS level,
        coalesce(place, CASE WHEN level = 'central' THEN 'central' ELSE 'unknown' END) AS place,
        count(*) AS n, min(ord) AS first
      FROM member GROUP BY 1, 2
    )
    SELECT (SELECT json_agg(page ORDER BY ord) FROM page) AS page, (SELECT json_agg(counts ORDER BY first) FROM counts) AS counts`,
    [root, depthOf(options), options.limit, options.offset],
  );
  const rootDay = dayNumber(rootNode.date);
  // levels, then places, in the order the list first meets them, as memory counts them walking the list
  const byLevelAndPlace: Record<string, Record<string, number>> = {};
  let total = 0;
  for (const c of r.rows[0]?.counts ?? []) {
    (byLevelAndPlace[c.level] ??= {})[c.place] = Number(c.n);
    total += Number(c.n);
  }
  return { total, items: (r.rows[0]?.page ?? []).map((row) => implementerOf(row, rootDay)), byLevelAndPlace };
}

/**
 * Coverage of `root` from a grouped query: one row a place and era (how many implementers, the first in the
 * walk's order, the earliest), placed on the map by the same code as memory (`planCoverage`); the members of
 * only those groups that the answer lists apart (places not on the map) are read one by one.
 */
export async function coverageSql(client: pg.ClientBase, root: string, options: CoverageOptions = {}): Promise<Coverage> {
  const rootNode = await rootDateOf(client, root);
  const rootDay = dayNumber(rootNode.date);
  const era = `CASE WHEN date >= '${REORGANIZATION_DATE}' THEN 'from-2025-07' ELSE 'before-2025-07' END`;
  const r = rootNode.exists
    ? await client.query<{ groups: (MemberRow & { era: Era; n: string; min_ord: string })[] | null; first_date: string | null }>(
        `${walk(true)},
        grouped AS (
          SELECT DISTINCT ON (place, era) *, count(*) OVER (PARTITION BY place, era) AS n, min(ord) OVER (PARTITION BY place, era) AS min_ord
          FROM (SELECT *, ${era} AS era FROM member WHERE level IS DISTINCT FROM 'central') m
          ORDER BY place, era, coalesce(date, '9999'), ord
        )
        SELECT (SELECT json_agg(grouped) FROM grouped) AS groups, (SELECT min(date) FROM member) AS first_date`,
        [root, depthOf({})],
      )
    : { rows: [] };
  const groups: CoverageGroup[] = (r.rows[0]?.groups ?? []).map((g) => ({
    place: g.place,
    era: g.era,
    count: Number(g.n),
    earliest: implementerOf(g, rootDay),
    earliestOrder: Number(g.ord),
    minOrder: Number(g.min_ord),
  }));
  const plan = planCoverage({ root, rootDate: rootNode.date, firstDate: r.rows[0]?.first_date ?? null, groups }, options);
  let members: { implementer: Implementer; order: number }[] = [];
  const wanted = plan.outside.map((o) => groups.find((g) => groupKey(g.place, g.era) === o.key) as CoverageGroup);
  if (wanted.length > 0) {
    const m = await client.query<MemberRow>(
      `${walk(true)}
      SELECT * FROM member
      WHERE level IS DISTINCT FROM 'central' AND (coalesce(place, ''), ${era}) IN (SELECT * FROM unnest($3::text[], $4::text[]))
      ORDER BY ord`,
      [root, depthOf({}), wanted.map((g) => g.place ?? ''), wanted.map((g) => g.era)],
    );
    members = m.rows.map((row) => ({ implementer: implementerOf(row, rootDay), order: Number(row.ord) }));
  }
  return finishCoverage(plan, () => members);
}
