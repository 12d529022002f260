/** A mention as the stages pass it along, before it becomes a citation: its span, its parsed number or name, and what was read around it. */
import { slug } from '../ids.js';
import type { AmendedInTitle, NamedMention } from '../names.js';
import type { PinpointMatch } from '../phrases.js';
import type { Citation } from '../schema.js';
import type { ParsedSymbol } from '../symbol.js';

export type Form = Citation['form'];

export interface Mention {
  start: number;
  end: number;
  /** where the date and issuer are looked for (after a glued footnote marker too) */
  after: number;
  kind: 'numbered' | 'named';
  form: Form;
  typeWord: string | null;
  type: string | null;
  typeInherited: boolean;
  symbol: ParsedSymbol | null;
  named: NamedMention | null;
  partialNumber: string | null;
  pinpoint: PinpointMatch | null;
  date: string | null;
  issuer: string | null;
  tailEnd: number;
  term: string | null;
  aliasRange: [number, number] | null;
  inAlias: boolean;
  warnings: string[];
  /** for "Luật Đầu tư số 67/2014/QH13": the key of the name ("luat:dau-tu"), so that the document's bare "Luật Đầu tư" meets the number */
  lawKey?: string;
  /** for an amending law's title: the laws it names as amended */
  titleAmends?: AmendedInTitle[];
}

export interface ListScope {
  from: number;
  to: number;
  type: string | null;
  issuers: string[];
}

/** The key of a law, code, ordinance or charter cited by name: "luat:tiep-cong-dan", "bo-luat:lao-dong", "hien-phap". */
export function namedLawKey(n: NamedMention, type: string | null): string {
  const kind = n.type === 'Bộ luật' ? 'bo-luat' : n.type === 'Pháp lệnh' ? 'phap-lenh' : n.type === 'Hiến pháp' ? 'hien-phap' : type === 'Điều lệ' ? 'dieu-le' : 'luat';
  return kind === 'hien-phap' ? kind : `${kind}:${slug(n.name)}`;
}
