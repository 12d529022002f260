/**
 * Typing slips in operative phrases, read as the phrase they mistype. Each entry keeps the length of what it mends,
 * so that every offset into the text stays right; each pattern matches nothing but the slip (the words around it mean
 * nothing else in Vietnamese).
 */
export interface Typo {
  /** the slip, as a global pattern over the normalized text */
  readonly pattern: RegExp;
  /** what it stands for, the same length as what the pattern matches */
  readonly mend: (slip: string) => string;
  readonly gloss: string;
}

export const TYPOS: readonly Typo[] = [
  // "hết liệu lực thi hành" (h typed l; Luật Xây dựng 50/2014/QH13 Điều 167 as published): "liệu lực" is no phrase
  {
    pattern: /(?<![\p{L}])(hết[ \n]+)liệu([ \n]+lực)(?![\p{L}])/gu,
    mend: (slip) => slip.replace('liệu', 'hiệu'),
    gloss: 'hết hiệu lực: ceases to be in force',
  },
];

/** `text` with its typing slips mended, offsets unchanged. */
export function mendTypos(text: string): string {
  let out = text;
  for (const t of TYPOS) out = out.replace(t.pattern, (s) => t.mend(s));
  return out;
}
