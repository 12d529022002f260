/** Text to put into a source at an offset (an anchor's opening or closing tag, a Markdown link's brackets). */
export interface Insertion {
  at: number;
  text: string;
}

/** The source with each insertion placed at its offset; `insertions` are in source order, the source is otherwise unchanged. */
export function applyInsertions(source: string, insertions: readonly Insertion[]): string {
  let out = '';
  let at = 0;
  for (const ins of insertions) {
    out += source.slice(at, ins.at) + ins.text;
    at = ins.at;
  }
  return out + source.slice(at);
}
