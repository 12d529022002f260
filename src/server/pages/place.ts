import { unitOfSlug } from '../../graph/places.js';

/** A place for people: the unit the slug names at the document's date ("Hà Tĩnh", "huyện Can Lộc (Hà Tĩnh)"). */
export function placeName(slug: string | null, date: string | null, level: string | null): string {
  const unit = unitOfSlug(slug, date);
  if (unit) return unit.display;
  if (level === 'central') return 'Trung ương';
  return slug ?? '';
}
