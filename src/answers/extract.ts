import type { CitationContext } from '../cite/schema.js';
import type { KnownIdentity } from '../doc/manifest.js';
import { readDocument } from '../doc/read.js';
import { ReadError } from '../doc/readers/types.js';
import type { DocumentCitation } from '../doc/schema.js';
import { findPlaces, type PlaceUnit, type ResolvePlaceOptions } from '../place/index.js';
import { ParameterError } from './errors.js';
import type { ExtractContextParams } from './params.js';

/** The one unit of the official lists a name gives, or a ParameterError: it names none, or several. */
export function placeUnit(param: string, value: string, options: ResolvePlaceOptions): PlaceUnit {
  const found = findPlaces(value, options);
  if (found.length === 1) return found[0] as PlaceUnit;
  const what = found.length === 0 ? `names no ${options.level ?? 'unit'} in the official lists` : `names ${found.length} units (${found.slice(0, 4).map((u) => u.display).join('; ')}${found.length > 4 ? '; …' : ''})${param === 'district' ? ': give the province too' : ''}`;
  throw new ParameterError(param, value, what);
}

/**
 * The context of `extract` (province, district, date of the citing documents) read on the
 * official lists: a name that is no unit, or names several ("huyện Châu Thành" without its
 * province), is refused before any text is read. Places are given as codes, so that every document
 * of a run uses the same units.
 */
export function extractContext(params: ExtractContextParams): CitationContext {
  const day = params.date && /^\d{4}-\d{2}-\d{2}$/.test(params.date) ? params.date : undefined;
  const one = placeUnit;
  const place: { province?: string; district?: string } = {};
  let province: PlaceUnit | null = null;
  if (params.province) {
    province = one('province', params.province, { level: 'province', ...(day ? { date: day } : {}) });
    place.province = province.code;
  }
  if (params.district) {
    const district = one('district', params.district, { level: 'district', ...(province ? { within: province.code } : {}), ...(day ? { date: day } : {}) });
    place.district = district.code;
    place.province = district.province;
  }
  const context: CitationContext = {};
  if (Object.keys(place).length) context.place = place;
  if (params.date) context.date = params.date;
  return context;
}

/** One element of `extract --json`: the file as named and the citations read from it. */
export interface ExtractFileAnswer {
  file: string;
  citations: DocumentCitation[];
}

/**
 * The citations of one document given as bytes (any format the readers take, chosen by `name`'s
 * extension) or as a string of plain text: what `vanban extract <file> --json` prints for it.
 */
export async function extractAnswer(input: Uint8Array | string, name: string, context: CitationContext, known: KnownIdentity = {}): Promise<ExtractFileAnswer> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  let doc;
  try {
    doc = await readDocument(bytes, { path: name, context, known, ...(typeof input === 'string' ? { format: 'txt' as const } : {}) });
  } catch (e) {
    // a file that is no readable document is the caller's to fix, as a bad file is in `extract`
    if (e instanceof ReadError) throw new ParameterError('file', name, e.message);
    throw e;
  }
  return { file: name, citations: doc.citations };
}
