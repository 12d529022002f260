import { z } from 'zod';
import { CitationSchema, SelfReferenceSchema } from '../cite/schema.js';

/** A half-open range of the document's text (UTF-16 offsets). */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

export const LevelSchema = z.enum(['central', 'province', 'district', 'commune']);
export type Level = z.infer<typeof LevelSchema>;

export const DocDateSchema = z.object({
  /** full ISO date, or null when the day is blank (drafts: "ngày   tháng 02 năm 2023") */
  iso: z.string().nullable(),
  year: z.number().int(),
  month: z.number().int().nullable(),
  day: z.number().int().nullable(),
});

export const IssuerSchema = z.object({
  /** the issuing body as written (split letters and line wraps repaired): "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH" */
  name: z.string(),
  /** the superior body written above it ("BỘ TÀI CHÍNH" above "TỔNG CỤC THUẾ"), if any */
  parent: z.string().nullable(),
  /** where it was read: the header lines, the signature ("TM. ỦY BAN NHÂN DÂN"), the body ("Ủy ban nhân dân tỉnh xây dựng Kế hoạch"), the symbol */
  source: z.enum(['header', 'signature', 'body', 'symbol']),
  /** true when it was not read from the header but inferred */
  inferred: z.boolean(),
});

export const PlaceSchema = z.object({
  /** as written on the place line or in the issuer ("Hà Tĩnh", "An Nhơn") */
  written: z.string(),
  /** the place part of ids ("tinh-ha-tinh", "tinh-ha-tinh.tx-hong-linh"); null when the level is unknown */
  slug: z.string().nullable(),
  level: LevelSchema.nullable(),
  inferred: z.boolean(),
  /** the unit's code in the official lists ("42", "437"; "N42" from 1 July 2025), null when they do not settle it */
  code: z.string().nullable(),
  /** code of the province the unit lies in */
  province: z.string().nullable(),
  /** the unit for people: "Hà Tĩnh", "thị xã Hồng Lĩnh (Hà Tĩnh)" */
  display: z.string().nullable(),
});

export const SignerSchema = z.object({
  /** TM. (on behalf of a collective), KT. (deputy), TL., TUQ., Q.; Party T/M, K/T, T/L */
  authority: z.string().nullable(),
  title: z.string().nullable(),
  name: z.string().nullable(),
});

export const DocIdentitySchema = z.object({
  /** canonical id in the citation id scheme, so that citations of this document meet it; "draft:…" for unnumbered drafts */
  id: z.string().nullable(),
  contextDependent: z.boolean(),
  family: z.enum(['party', 'state-normative', 'state-admin']).nullable(),
  /** canonical type name ("Kế hoạch"), from the type line, else the symbol, else "Công văn" for a V/v letter */
  type: z.string().nullable(),
  /** the type line as written ("KẾ HOẠCH") */
  typeLine: z.string().nullable(),
  /** canonical symbol ("96/KH-UBND"), null for drafts */
  number: z.string().nullable(),
  /** the Số line as written after "Số:" */
  numberWritten: z.string().nullable(),
  status: z.enum(['issued', 'draft']),
  date: DocDateSchema.nullable(),
  /** the day it takes effect, from its own "… này có hiệu lực (thi hành) (kể) từ ngày …" article (or its date, "kể từ ngày ký") */
  effective: z.string().nullable(),
  /** the last day it is in force, when its own article on effect states a period ("… từ ngày … đến hết ngày 28 tháng 02 năm 2027"); absent in identities read before it was */
  expires: z.string().nullable().optional(),
  /**
   * the clause by which its own text ends it, or some of its provisions, on an event whose day no text gives ("Trường hợp luật …
   * được thông qua … thì các quy định tương ứng trong Nghị quyết này hết hiệu lực kể từ thời điểm …"), with its offsets in the
   * text (the text with whitespace runs made one space); absent in identities read before it was
   */
  endsEarlierIf: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() }).nullable().optional(),
  place: PlaceSchema.nullable(),
  issuer: IssuerSchema.nullable(),
  level: LevelSchema.nullable(),
  /** trích yếu, or the "V/v …" of a letter */
  title: z.string().nullable(),
  signer: SignerSchema.nullable(),
  recipients: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type DocIdentity = z.infer<typeof DocIdentitySchema>;

export const HeaderPartsSchema = z.object({
  issuer: SpanSchema.nullable(),
  number: SpanSchema.nullable(),
  placeDate: SpanSchema.nullable(),
  typeLine: SpanSchema.nullable(),
  title: SpanSchema.nullable(),
  signature: SpanSchema.nullable(),
  recipients: SpanSchema.nullable(),
});
export type HeaderParts = z.infer<typeof HeaderPartsSchema>;

export const SectionKindSchema = z.enum(['part', 'chapter', 'section', 'article', 'roman', 'clause', 'point', 'annex']);
export const SectionSchema = z.object({
  kind: SectionKindSchema,
  /** "Chương II", "Điều 5", "khoản 2", "điểm a", "I", "Phụ lục I" */
  label: z.string(),
  /** the heading line as written (trimmed) */
  heading: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** labels of the enclosing sections, outermost first, this one last */
  path: z.array(z.string()),
});
export type Section = z.infer<typeof SectionSchema>;

export const ZoneSchema = z.enum(['header', 'title', 'preamble', 'body', 'recipients']);

export const DocumentCitationSchema = CitationSchema.extend({
  zone: ZoneSchema,
  /** section path of the mention ("Chương II", "Điều 5", "khoản 2"), empty in the header and preamble */
  sectionPath: z.array(z.string()),
  /** the span in the source file's text (Markdown/HTML source); equal to start/end for plain text */
  source: SpanSchema,
});
export type DocumentCitation = z.infer<typeof DocumentCitationSchema>;

export const DocumentSchema = z.object({
  path: z.string().nullable(),
  format: z.enum(['txt', 'md', 'html', 'docx']),
  encoding: z.string(),
  bytes: z.number().int().nonnegative(),
  /** the plain text every offset refers to */
  text: z.string(),
  identity: DocIdentitySchema,
  parts: HeaderPartsSchema,
  sections: z.array(SectionSchema),
  citations: z.array(DocumentCitationSchema),
  selfReferences: z.array(SelfReferenceSchema),
  warnings: z.array(z.string()),
});
export type Document = z.infer<typeof DocumentSchema>;
