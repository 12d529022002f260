import { z } from 'zod';
import { ActScopeSchema, RelationSchema } from '../cite/schema.js';
import { LevelSchema, ZoneSchema } from '../doc/schema.js';

/** Where an edge comes from: one mention in one document. */
export const EvidenceSchema = z.object({
  /** id of the citing document */
  document: z.string(),
  path: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** the sentence around the mention (at most 240 characters) */
  sentence: z.string(),
  zone: ZoneSchema,
  sectionPath: z.array(z.string()),
  /** for amends, repeals, replaces, suspends: the whole document or the part this mention acts on (absent in older snapshots) */
  scope: ActScopeSchema.nullable().optional(),
  /** the day the act takes effect as this text states it beside the act (a list of expired documents), when it does */
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * A node: a document of the corpus ("document") or a document known only from citations
 * ("cited"), with what the citations tell about it.
 */
export const NodeAttributesSchema = z.object({
  kind: z.enum(['document', 'cited']),
  path: z.string().nullable(),
  type: z.string().nullable(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  level: LevelSchema.nullable(),
  place: z.string().nullable(),
  family: z.string().nullable(),
  contextDependent: z.boolean(),
  /** mentions of it across the corpus */
  mentions: z.number().int().nonnegative(),
  /** surface forms seen, at most five ("Nghị quyết số 18-NQ/TW", "Nghị quyết 18") */
  names: z.array(z.string()),
  /** the day a corpus document takes effect, when its text says (absent in older snapshots) */
  effective: z.string().nullable().optional(),
  /** the last day a corpus document is in force, when its text sets a period ("… có hiệu lực … đến hết ngày 28 tháng 02 năm 2027"); absent otherwise */
  expires: z.string().nullable().optional(),
  /**
   * the clause by which a corpus document's own text ends it, or some of its provisions, on an event whose day no text gives
   * (identity.endsEarlierIf, whitespace made single spaces): until its last day its status is unknown; absent otherwise
   */
  endsEarlierIf: z.string().nullable().optional(),
  /** identity fields of a corpus document not read from its text ("number:manifest", "date:caller"); absent when none */
  supplied: z.array(z.string()).optional(),
  /** identity fields on which a manifest or the caller disagreed with the header, which was kept ("date:manifest"); absent when none */
  disagrees: z.array(z.string()).optional(),
});
export type NodeAttributes = z.infer<typeof NodeAttributesSchema>;

/** An edge: one relation from one document to another, with its count and evidence. */
export const EdgeAttributesSchema = z.object({
  relation: RelationSchema,
  count: z.number().int().positive(),
  /** true for a relation a third document states ("920-CTr/TU … về thực hiện Nghị quyết số 18-NQ/TW") */
  asserted: z.boolean(),
  /** the document that states an asserted relation */
  assertedBy: z.string().nullable(),
  evidence: z.array(EvidenceSchema),
  /** why the edge points where it points ("same id", "the only corpus document with this number…") */
  resolution: z.string(),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributesSchema>;

export const ConflictSchema = z.object({
  id: z.string(),
  /** the keys the documents were kept under: the first keeps the id, the others get "~2", "~3" */
  keys: z.array(z.string()),
  paths: z.array(z.string().nullable()),
  reason: z.string(),
});
export type Conflict = z.infer<typeof ConflictSchema>;
