/** Stage 5: the date, issuer and alias after each mention, list heads that give a type to the numbers under them, coordination. */
import { toOldStyleTone } from '../../text/tone.js';
import { readDate, readIssuer, typeNameOf, TYPE_WORD_SOURCE } from '../phrases.js';
import type { ParsedSymbol } from '../symbol.js';
import type { ListScope, Mention } from './mention.js';
import { wordBefore } from './patterns.js';
import { typeFromCode } from './scan-numbered.js';

// one regex pass finds the three spellings in order (cheaper than three indexOf passes and a sort)
const LIST_HEAD_CORE = /các|Các|CÁC/g;
const LIST_HEAD = new RegExp(`các(?:[ ]+|\\n[ ]*)(${TYPE_WORD_SOURCE})(?:(?:[ ]+|\\n[ ]*)(?:của|do)(?:[ ]+|\\n[ ]*)([^:;\\n]{1,160}?))?[ ]*:`, 'iuy');
// (the introducer and the name may wrap: "(sau đây gọi\nlà Luật Chuyển giao …)", "(sau đây gọi là Luật Tương\ntrợ tư pháp …)")
const ALIAS = /[ \n]*\((?:[Ss]au[ \n]+đây[ \n]+|[Dd]ưới[ \n]+đây[ \n]+)?(?:gọi[ \n]+tắt[ \n]+là|gọi[ \n]+chung[ \n]+là|gọi[ \n]+là|viết[ \n]+tắt[ \n]+là)[ \n]*((?:[^()\n]|\n(?![ ]*\n)){1,120})\)/uy;
const COORDINATION = /^[ \n]*(?:,|;|và|hoặc|,[ ]*và)[ \n]*$/;
const TERM_IN_PHRASE = /[Kk]h(?:óa|oá)[ ]+([IVXLC]{1,6})(?![\p{L}])/u;

/** Keep the earliest-starting, then longest, mention of any overlapping group. */
export function dropOverlaps(mentions: Mention[]): Mention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  let lastEnd = -1;
  for (const m of mentions) {
    if (m.start < lastEnd) continue;
    kept.push(m);
    lastEnd = m.end;
  }
  return kept;
}

export function readTails(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    let p = m.after;
    if (m.kind === 'numbered' || m.form === 'named-law') {
      const d = readDate(text, p);
      if (d) {
        if (d.valid) m.date = d.iso;
        else m.warnings.push('invalid-date');
        p = d.end;
      }
    }
    if (m.form !== 'meeting') {
      const iss = readIssuer(text, p);
      if (iss) {
        m.issuer = m.issuer ?? toOldStyleTone(iss.text);
        p = iss.end;
      }
    }
    m.tailEnd = Math.max(m.end, p === m.after ? m.end : p);
    const term = m.issuer ? TERM_IN_PHRASE.exec(m.issuer) : null;
    if (term && !m.term) m.term = term[1] as string;
    ALIAS.lastIndex = m.tailEnd;
    const al = ALIAS.exec(text);
    if (al) m.aliasRange = [ALIAS.lastIndex - (al[1] as string).length - 1, ALIAS.lastIndex - 1];
  }
  for (let i = 1; i < mentions.length; i++) {
    const prev = mentions[i - 1] as Mention;
    const m = mentions[i] as Mention;
    if (prev.aliasRange && m.start >= prev.aliasRange[0] && m.end <= prev.aliasRange[1]) m.inAlias = true;
    // "Nghị định số 131/2021/NĐ-CP ngày … quy định chi tiết … (Nghị định số 131/2021/NĐ-CP); …": the number alone in
    // parentheses after a document's long title is the short name it is given, as "(sau đây gọi là …)" would give it
    else if (m.symbol !== null && text[m.start - 1] === '(' && text[m.end] === ')') {
      for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
        const d = mentions[k] as Mention;
        if (m.start - d.end > 600 || /[.;:][ \n]/u.test(text.slice(d.end, m.start))) break;
        if (d.symbol !== null && d.symbol.canonical === m.symbol.canonical) {
          m.inAlias = true;
          break;
        }
      }
    }
  }
}

function readListHeads(text: string): ListScope[] {
  const scopes: ListScope[] = [];
  LIST_HEAD_CORE.lastIndex = 0;
  for (let h = LIST_HEAD_CORE.exec(text); h; h = LIST_HEAD_CORE.exec(text)) {
    const at = h.index;
    if (wordBefore(text, at)) continue;
    LIST_HEAD.lastIndex = at;
    const m = LIST_HEAD.exec(text);
    if (!m) continue;
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 1500);
    const stop = /\.(?:[ ]*\n|[ ]+\p{Lu})|\n[ ]*\n|\n[ ]*(?:[-+•]|\d+\.|[a-zđ]\))/u.exec(rest);
    const type = typeNameOf(m[1] as string) ?? null;
    const issuers = m[2] ? toOldStyleTone(m[2] as string).split(/,[ ]*|[ ]+và[ ]+/u).map((s) => s.trim()).filter(Boolean) : [];
    scopes.push({ from, to: from + (stop ? stop.index : rest.length), type, issuers });
  }
  // a new list head closes the previous list
  for (let i = 0; i + 1 < scopes.length; i++) {
    const a = scopes[i] as ListScope;
    const b = scopes[i + 1] as ListScope;
    if (b.from < a.to) a.to = Math.max(a.from, text.lastIndexOf('các', b.from));
  }
  return scopes;
}

function pickIssuer(issuers: string[], sym: ParsedSymbol | null): string | null {
  if (issuers.length === 0) return null;
  if (issuers.length === 1 || !sym) return issuers[0] as string;
  const party = sym.family === 'party';
  const hit = issuers.find((s) => (party ? /ủy|Đảng|Bộ Chính trị|Ban Bí thư/u.test(s) : /Ủy ban|UBND|Chính phủ|Hội đồng|HĐND/u.test(s)));
  return hit ?? (issuers[0] as string);
}

export function resolveTypes(text: string, mentions: Mention[]): void {
  const scopes = readListHeads(text);
  let si = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type || m.kind !== 'numbered' || !m.symbol) continue;
    while (si < scopes.length && (scopes[si] as ListScope).to <= m.start) si++;
    const scope = scopes[si];
    if (scope && m.start >= scope.from && m.start < scope.to && scope.type && scope.type !== 'Văn bản') {
      m.type = scope.type;
      m.typeInherited = true;
      if (!m.issuer) m.issuer = pickIssuer(scope.issuers, m.symbol);
      continue;
    }
    if (scope && m.start >= scope.from && m.start < scope.to && !m.issuer) m.issuer = pickIssuer(scope.issuers, m.symbol);
    const prev = i > 0 ? (mentions[i - 1] as Mention) : null;
    if (prev && prev.kind === 'numbered' && prev.type && m.form === 'list-item' && COORDINATION.test(text.slice(prev.tailEnd, m.start))) {
      m.type = prev.type;
      m.typeInherited = true;
      continue;
    }
    m.type = typeFromCode(m.symbol);
  }
  for (const m of mentions) if (!m.type) m.type = m.symbol ? typeFromCode(m.symbol) : 'Công văn';
}

/** R2: "A và B ngày D của I" gives D and I to A when A has neither. */
export function shareCoordinatedDates(text: string, mentions: Mention[]): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i] as Mention;
    const b = mentions[i + 1] as Mention;
    if (a.kind !== 'numbered' || b.kind !== 'numbered') continue;
    if (a.tailEnd !== a.end || a.type !== b.type) continue;
    if (!/^[ \n]*(?:,|và|,[ ]*và)[ \n]*$/u.test(text.slice(a.end, b.start))) continue;
    if (!a.date && b.date) {
      const y = Number(b.date.slice(0, 4));
      if (a.symbol?.year == null || a.symbol.year === y) {
        a.date = b.date;
        a.warnings.push('date-shared');
      }
    }
    if (!a.issuer && b.issuer) a.issuer = b.issuer;
    if (!a.term && b.term) a.term = b.term;
  }
}
