import type { z } from 'zod';

/**
 * A check of a value against a zod schema that copies nothing: true only when the schema's parse
 * would accept the value and return an equal one (no key stripped, no default filled, no transform);
 * false when it would refuse it, and whenever this cannot tell (a schema construct it does not know):
 * the caller then asks the schema itself, for its output and its message.
 *
 * Why: a snapshot's graph part is tens of thousands of records whose zod parse builds a copy of every
 * object, a third of a cold `vanban trace` with the garbage collection it causes. The schemas stay the
 * definition: the check is read off them (`_zod.def`), so a field added to a schema is checked, and a
 * construct this does not know sends every record to zod (slower, never wrong).
 */
export type ShapeCheck = (value: unknown) => boolean;

const never: ShapeCheck = () => false;

interface Def {
  type: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  entries?: Record<string, unknown>;
  values?: unknown[];
}

interface CheckDef {
  check: string;
  format?: string;
  value?: unknown;
  inclusive?: boolean;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The checks of a string or a number (int, bounds, a pattern, lengths), or null for one not known here. */
function primitiveChecks(checks: Def['checks']): ShapeCheck | null {
  const tests: ShapeCheck[] = [];
  for (const c of checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'number_format' && d.format === 'safeint') tests.push((v) => Number.isSafeInteger(v));
    else if ((d.check === 'greater_than' || d.check === 'less_than') && typeof d.value === 'number') {
      const bound = d.value;
      const above = d.check === 'greater_than';
      tests.push(d.inclusive ? (v) => (above ? (v as number) >= bound : (v as number) <= bound) : (v) => (above ? (v as number) > bound : (v as number) < bound));
    } else if (d.check === 'string_format' && d.format === 'regex' && d.pattern instanceof RegExp && !d.pattern.global && !d.pattern.sticky) {
      const pattern = d.pattern;
      tests.push((v) => pattern.test(v as string));
    } else if (d.check === 'min_length' && typeof d.minimum === 'number') {
      const min = d.minimum;
      tests.push((v) => (v as { length: number }).length >= min);
    } else if (d.check === 'max_length' && typeof d.maximum === 'number') {
      const max = d.maximum;
      tests.push((v) => (v as { length: number }).length <= max);
    } else return null; // a check that may change the value (trim, lower case) or that this does not know
  }
  if (tests.length === 0) return () => true;
  return (v) => tests.every((t) => t(v));
}

/** The copy-free check of `schema` (see above). */
export function shapeCheck(schema: z.ZodType): ShapeCheck {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'number': {
      const checks = primitiveChecks(def.checks);
      if (!checks) return never;
      return def.type === 'string' ? (v) => typeof v === 'string' && checks(v) : (v) => typeof v === 'number' && Number.isFinite(v) && checks(v);
    }
    case 'boolean':
      return def.checks?.length ? never : (v) => typeof v === 'boolean';
    case 'literal': {
      const values = def.values ?? [];
      return (v) => values.includes(v);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => values.has(v);
    }
    case 'nullable': {
      const inner = shapeCheck(def.innerType as z.ZodType);
      return (v) => v === null || inner(v);
    }
    case 'array': {
      if (def.checks?.length) return never;
      const element = shapeCheck(def.element as z.ZodType);
      return (v) => Array.isArray(v) && v.every(element);
    }
    case 'object': {
      // a catchall (strict, passthrough) or a refinement of the whole object: zod's to say
      if (def.catchall !== undefined || def.checks?.length) return never;
      const fields = Object.entries(def.shape ?? {}).map(([key, s]) => {
        const d = defOf(s);
        // an optional field is checked by its inner schema when present; absent, it stays absent
        return { key, optional: d.type === 'optional', check: shapeCheck(d.type === 'optional' ? (d.innerType as z.ZodType) : s) };
      });
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
        const o = v as Record<string, unknown>;
        let present = 0;
        for (const f of fields) {
          const x = o[f.key];
          if (x === undefined) {
            if (!f.optional || Object.hasOwn(o, f.key)) return false;
            continue;
          }
          present++;
          if (!f.check(x)) return false;
        }
        // a key the schema does not name would be stripped by zod: the record is not returned as it is
        let keys = 0;
        for (const k in o) if (Object.hasOwn(o, k)) keys++;
        return keys === present;
      };
    }
    default:
      // optional outside an object, defaults, transforms, pipes, unions, records…: zod's to say
      return never;
  }
}
