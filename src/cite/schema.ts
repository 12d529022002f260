import { z } from 'zod';

/**
 * The citation model. These schemas are the source of truth: the public types
 * are inferred from them, and `validateCitation` checks data from outside.
 */

/** How the citing document relates to the cited one (spec §6.3, coarse set of the gold guideline plus three rare operative relations). */
export const RelationSchema = z.enum([
  'implements', // Thực hiện / Triển khai: this document carries the cited one out
  'basis', // Căn cứ in the preamble: legal basis
  'cites', // any other mention
  'amends', // sửa đổi, bổ sung
  'replaces', // thay thế
  'repeals', // bãi bỏ, hết hiệu lực
  'guides', // quy định chi tiết, hướng dẫn (thi hành)
  'suspends', // đình chỉ, tạm ngưng hiệu lực
  'corrects', // đính chính
  'consolidates', // a consolidated text (văn bản hợp nhất) of its base document and the acts that amended it
]);
export type Relation = z.infer<typeof RelationSchema>;

export const CitationKindSchema = z.enum(['numbered', 'named']);

/** What shape the mention takes in the text (spec §3.1). */
export const CitationFormSchema = z.enum([
  'full', // type word + number (+ date/issuer)
  'list-item', // "số 920-CTr/TU" under a list head or in a coordination
  'bare', // a number with neither type word nor "số"
  'law-with-number', // "Luật Quản lý thuế số 38/2019/QH14"
  'named-law', // "Luật Tiếp công dân", "Bộ luật Lao động năm 2019", "Hiến pháp năm 2013"
  'meeting', // "Nghị quyết Trung ương 4 khóa XII", congress resolutions
  'titled', // a programme, project or plan cited by its title: 'Đề án "Văn hóa trong tuân thủ luật pháp"', "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"
  'partial', // "Chỉ thị 05", "Đề án 202"
  'malformed', // "Nghị quyết 02/TU"
]);

/** HEAD: the citing document refers to it; EMBEDDED: inside another cited document's description; ALIAS: an alias definition. */
export const CitationRoleSchema = z.enum(['head', 'embedded', 'alias']);

export const PinpointSchema = z.object({
  text: z.string(),
  article: z.string().nullable(), // Điều
  clause: z.string().nullable(), // khoản
  point: z.string().nullable(), // điểm
});

/** What an act touches: the whole document or a part, and what an act on the whole leaves in force. */
export const ActScopeSchema = z.object({
  whole: z.boolean(),
  /** the part acted on, as written ("khoản 4 Điều 18", "Phụ lục II"); null for the whole */
  part: z.string().nullable(),
  /**
   * for an act on the whole document: the provisions it leaves in force, as written after "trừ" ("Điều 75 của Luật
   * Đầu tư", "nội dung quy định tại khoản 3 Điều này"); while they are, the document is partly in force
   */
  kept: z.string().optional(),
});
export type ActScope = z.infer<typeof ActScopeSchema>;

export const AssertedRelationSchema = z.object({
  /** index (in the returned array) of the cited document whose description contains this mention */
  subject: z.number().int().nonnegative(),
  subjectId: z.string(),
  relation: RelationSchema,
  trigger: z.string(),
  /** the day the act takes effect, when the text gives it beside the act (the "Ngày hết hiệu lực" column of a list of expired documents) */
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export const CitationSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: CitationKindSchema,
  form: CitationFormSchema,
  /** the number as written, spaces removed, look-alikes folded: "218-QĐ/TW"; null for named citations */
  number: z.string().nullable(),
  /** canonical Vietnamese type name: "Nghị quyết" */
  type: z.string(),
  typeCode: z.string().nullable(),
  issuerCode: z.string().nullable(),
  /** the "của …" phrase as written (or inherited from a list head / coordination), without "của" */
  issuer: z.string().nullable(),
  family: z.enum(['party', 'state']),
  year: z.number().int().nullable(),
  /** ISO date given with this mention (or shared by its coordination) */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Party term (khóa) in Roman numerals or a local period "2015-2020", when known */
  term: z.string().nullable(),
  relation: RelationSchema,
  role: CitationRoleSchema,
  /** for EMBEDDED mentions: the relation the text asserts between another cited document and this one */
  asserted: AssertedRelationSchema.nullable(),
  /**
   * further acts the text reports on this document in the same phrase, one per actor ("… đã được sửa đổi, bổ sung một số
   * điều theo Luật số A và Luật số B": A's act is `asserted`, B's is here); absent when there is none
   */
  alsoAsserted: z.array(AssertedRelationSchema).optional(),
  pinpoint: PinpointSchema.nullable(),
  /**
   * for amends, repeals, replaces, suspends: what the act touches, the whole document or a part of it
   * ("khoản 4 Điều 18", "Phụ lục II"); null for other relations
   */
  scope: ActScopeSchema.nullable(),
  /**
   * a second act the same mention carries: "Sửa đổi, bổ sung, bãi bỏ một số điều của Nghị định số X" amends X and
   * repeals parts of it; "Sửa đổi, bổ sung Điều 4 của Nghị định số X như sau: … b) Bỏ khoản 2 Điều 4." likewise.
   * Absent when the mention carries one act only
   */
  alsoActs: z.array(z.object({ relation: RelationSchema, scope: ActScopeSchema })).optional(),
  /**
   * the day this act takes effect when the text gives it for this act and not for the whole document: a consolidated
   * text's header ("Thông tư số … ngày …, có hiệu lực kể từ ngày 05 tháng 5 năm 2026"), an ending with its own day ("Nghị
   * định số … hết hiệu lực từ ngày 01 tháng 7 năm 2026"). Absent when the act takes effect with the document
   */
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /**
   * for a citation of an amending law by its title ("Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, …, Luật Hải quan
   * số 90/2025/QH15"): the laws the title names as amended, each with its span and id ("vn:luat:hai-quan", or "vn:31/2024/QH15"
   * when its own number is written). What the cited law did, known from its name: no act of the citing document, and a
   * name is the law of that name in force on the amending law's date, not the citing document's. Absent for other citations
   */
  titleAmends: z.array(z.object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), id: z.string() })).optional(),
  /** canonical id (README "Canonical ids") */
  id: z.string(),
  /** true when the id needed place/year/term that neither the mention nor the context gave ("?" in the id) */
  contextDependent: z.boolean(),
  warnings: z.array(z.string()),
});
export type Citation = z.infer<typeof CitationSchema>;
export type Pinpoint = z.infer<typeof PinpointSchema>;

export const SelfReferenceSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  reason: z.enum(['demonstrative', 'own-number', 'own-title']),
});
export type SelfReference = z.infer<typeof SelfReferenceSchema>;

export const AliasSchema = z.object({
  /** the alias as written inside "(sau đây gọi tắt là …)" */
  alias: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** index of the citation the alias names */
  target: z.number().int().nonnegative(),
});
export type Alias = z.infer<typeof AliasSchema>;

/** Place of the citing document, by level, as written ("Hà Tĩnh", "thị xã Hồng Lĩnh"). */
export const PlaceContextSchema = z.object({
  province: z.string().optional(),
  district: z.string().optional(),
  commune: z.string().optional(),
});

/** What is known about the citing document; it completes ids that the mention alone leaves open. */
export const CitationContextSchema = z.object({
  place: PlaceContextSchema.optional(),
  /** ISO date of the citing document */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  /** the citing document's own number, to recognize mentions of itself */
  number: z.string().optional(),
  /** the citing document's own title, e.g. "Luật Khiếu nại", to recognize it by name */
  title: z.string().optional(),
  /** the citing document's type ("Thông tư"): a document it ends of its own type is one it replaces */
  type: z.string().optional(),
});
export type CitationContext = z.infer<typeof CitationContextSchema>;

export const ExtractOptionsSchema = z.object({
  context: CitationContextSchema.optional(),
  /** read the document's own number and title from its header to exclude self-mentions (default true) */
  detectSelf: z.boolean().optional(),
});
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;

export const ExtractResultSchema = z.object({
  citations: z.array(CitationSchema),
  selfReferences: z.array(SelfReferenceSchema),
  aliases: z.array(AliasSchema),
});
export type ExtractResult = z.infer<typeof ExtractResultSchema>;

/** Validate untrusted data as a Citation; throws a ZodError that says which field is wrong. */
export function validateCitation(data: unknown): Citation {
  return CitationSchema.parse(data);
}
