import type { DocIdentity } from './schema.js';

/**
 * The fields of an identity that came from outside its text, read back from its warnings. Apart from
 * src/doc/manifest.ts (which re-exports them) because the graph calls them for every document it adds or
 * restores: the manifest module builds its zod schemas and imports the symbol and type-name readers (and the
 * normalization tables behind them), which a process that only loads a snapshot and asks it does not need.
 */

/** Fields of an identity that came from outside the text ("number:manifest", "date:caller"), from its warnings. */
export function suppliedFields(identity: DocIdentity): string[] {
  const out: string[] = [];
  for (const w of identity.warnings) {
    const m = /^(number|date|place|type|title)-from-(manifest|caller)$/.exec(w);
    if (m) out.push(`${m[1]}:${m[2]}`);
  }
  return out;
}

/** Fields on which a manifest or the caller disagreed with the header ("date:manifest"), from its warnings. */
export function disagreeingFields(identity: DocIdentity): string[] {
  const out: string[] = [];
  for (const w of identity.warnings) {
    const m = /^(manifest|caller)-disagrees:(number|date|place|type|title)$/.exec(w);
    if (m) out.push(`${m[2]}:${m[1]}`);
  }
  return out;
}
