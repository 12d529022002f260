import type { Line } from './header.js';
import type { Section } from './schema.js';
import { rangeSet } from '../text/ranges.js';

/**
 * Sections (spec §7): Phần, Chương, Mục, Điều, khoản, điểm, Roman headings of plans
 * (I., II.), "1.", "a)", and "Phụ lục". A heading closes every open section of the same
 * or a lower rank; each section spans to the start of the next heading that closes it.
 */

type Kind = Section['kind'];

interface Pattern {
  kind: Kind;
  rank: number;
  re: RegExp;
  label: (m: RegExpExecArray, inArticle: boolean) => string;
}

const PATTERNS: Pattern[] = [
  { kind: 'annex', rank: 0, re: /^[ ]*(?:PHỤ LỤC|Phụ lục)(?:[ ]+(?:số[ ]+)?([IVXLC]+|\d+[a-z]?))?\b/u, label: (m) => `Phụ lục${m[1] ? ' ' + m[1] : ''}` },
  { kind: 'part', rank: 0, re: /^[ ]*(?:PHẦN|Phần)[ ]+(THỨ[ ]+\p{L}+|thứ[ ]+\p{L}+|[IVXLC]+|\d+)\b/u, label: (m) => `Phần ${m[1]}` },
  { kind: 'chapter', rank: 1, re: /^[ ]*(?:CHƯƠNG|Chương)[ ]+([IVXLC]+|\d+)\b/u, label: (m) => `Chương ${m[1]}` },
  { kind: 'section', rank: 2, re: /^[ ]*(?:MỤC|Mục)[ ]+(\d+|[IVXLC]+)\b/u, label: (m) => `Mục ${m[1]}` },
  { kind: 'article', rank: 3, re: /^[ ]*Điều[ ]+(\d{1,3}[a-zđ]?)(?:[.:]|[ ]*$|[ ]+\p{Lu})/u, label: (m) => `Điều ${m[1]}` },
  { kind: 'roman', rank: 3, re: /^[ ]*([IVXL]{1,6})[.\-–][ ]*\S/u, label: (m) => m[1] as string },
  { kind: 'clause', rank: 4, re: /^[ ]*(\d{1,3})[.)][ ]+\S/u, label: (m, inArticle) => (inArticle ? `khoản ${m[1]}` : (m[1] as string)) },
  { kind: 'point', rank: 5, re: /^[ ]*([a-zđ])\)[ ]+\S/u, label: (m, inArticle) => (inArticle ? `điểm ${m[1]}` : `${m[1]})`) },
];

export function readSections(lines: Line[], from: number, excluded: Array<[number, number]>, textLength: number): Section[] {
  const out: Array<Section & { rank: number }> = [];
  const open: Array<Section & { rank: number }> = [];
  const isExcluded = rangeSet(excluded);
  for (const line of lines) {
    if (line.start < from && !/^[ ]*(?:PHỤ LỤC|Phụ lục)/u.test(line.text)) continue;
    if (isExcluded(line.start)) continue;
    for (const p of PATTERNS) {
      const m = p.re.exec(line.text);
      if (!m) continue;
      while (open.length > 0 && (open[open.length - 1] as { rank: number }).rank >= p.rank) {
        const closed = open.pop() as Section & { rank: number };
        closed.end = line.start;
      }
      const inArticle = open.some((s) => s.kind === 'article');
      const label = p.label(m, inArticle);
      const section = {
        kind: p.kind,
        label,
        heading: line.text.trim().slice(0, 200),
        start: line.start,
        end: textLength,
        path: [...open.map((s) => s.label), label],
        rank: p.rank,
      };
      out.push(section);
      open.push(section);
      break;
    }
  }
  return out.map(({ rank, ...s }) => s);
}

/**
 * The sections of `readSections` as a tree: sorted by start, each with its parent (the nearest earlier
 * section that contains it). Sections nest (a heading closes every open section of its rank or a
 * lower one), so the innermost section holding a position is the last one starting at or before it,
 * or one of that section's ancestors.
 */
interface SectionTree {
  sections: Section[];
  starts: number[];
  parent: number[];
}

const trees = new WeakMap<readonly Section[], SectionTree>();

function treeOf(list: readonly Section[]): SectionTree {
  const known = trees.get(list);
  if (known) return known;
  const sections = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const parent: number[] = [];
  const open: number[] = [];
  sections.forEach((s, i) => {
    while (open.length > 0 && !((sections[open[open.length - 1] as number] as Section).end > s.start)) open.pop();
    parent.push(open.length > 0 ? (open[open.length - 1] as number) : -1);
    open.push(i);
  });
  const tree = { sections, starts: sections.map((s) => s.start), parent };
  trees.set(list, tree);
  return tree;
}

/**
 * Path of the innermost section containing `pos` (empty outside every section). A binary search over
 * the sections (the tree is built once per list), not a scan: it runs once per citation.
 */
export function sectionPathAt(sections: readonly Section[], pos: number): string[] {
  const { sections: sorted, starts, parent } = treeOf(sections);
  let lo = 0;
  let hi = starts.length - 1;
  let i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= pos) {
      i = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let best: Section | null = null;
  for (; i >= 0; i = parent[i] as number) {
    const s = sorted[i] as Section;
    // the deepest of the enclosing sections: with well-nested sections it is the first one met
    if (pos < s.end && (!best || s.path.length > best.path.length)) best = s;
  }
  return best ? [...best.path] : [];
}
