import { z } from 'zod';
import { RelationSchema } from '../cite/schema.js';
import { DocumentSchema } from '../doc/schema.js';
import { NodeAttributesSchema } from '../graph/schema.js';

/**
 * The answers that have no CLI command of their own (a document of the graph with its edges). The
 * others are the CLI's output schemas (src/cli/output-schemas.ts), which the server's OpenAPI
 * document names as they are.
 */

const EdgeOutputSchema = z.object({
  id: z.string().describe('the other document'),
  relation: RelationSchema,
  count: z.number().int().positive(),
  asserted: z.boolean().describe('stated by a third document, not by the citing one'),
  assertedBy: z.string().nullable(),
  path: z.string().nullable(),
  type: z.string().nullable(),
  date: z.string().nullable(),
  inCorpus: z.boolean(),
});

export const DocumentOutputSchema = z.object({
  id: z.string(),
  path: z.string().nullable(),
  node: NodeAttributesSchema,
  document: DocumentSchema.omit({ text: true }).nullable().describe('the file as `vanban read --json` reads it, without its text; null for a document known only from citations'),
  outgoing: z.array(EdgeOutputSchema).describe('the documents it cites, with the relation'),
  incoming: z.array(EdgeOutputSchema).describe('the documents citing it, with the relation'),
});
