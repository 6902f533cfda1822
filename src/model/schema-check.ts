/**
 * Checking a record against its schema, and saying precisely what is wrong. The usual case takes the
 * schema's fast form (zod's compiled object parser over plain types, then the field checks); anything
 * it rejects, and anything unusual, is copied carefully and read through the schema itself, whose
 * issues become `PolicyInputIssue`s with the library's codes and messages.
 */
import * as z from 'zod';
import { checks, type CheckName } from './checks.js';
import type { Issues } from './issues.js';
import { isPlainObject, prototypePolluted, type Raw, readRecord } from './plain-objects.js';

/** A record read by `check`: its fields, and which of them passed. */
export interface Checked {
  readonly raw: Raw;
  /** Whether a field passed its own check, so checks across fields may use it. */
  readonly ok: (key: string) => boolean;
  /** Whether the whole record passed. */
  readonly valid: boolean;
}

const keysOf = new WeakMap<z.ZodObject, readonly string[]>();

/**
 * A schema's fast form: the same object with each checked field (a `z.custom` naming its check in
 * `checks`) replaced by its plain type, which zod's compiled object parser tests inline, and the
 * checks to run on those fields afterwards. It accepts exactly what the schema accepts (the checks
 * are the ones the schema runs, and each also tests the type); anything it rejects is read again
 * through the schema itself, which says what is wrong.
 */
interface FastForm {
  readonly fast: z.ZodObject;
  readonly formats: readonly (readonly [string, CheckName])[];
}

const PLAIN_TYPES: Record<CheckName, () => z.ZodType> = {
  id: () => z.string(),
  date: () => z.string(),
  purpose: () => z.string(),
  money: () => z.union([z.string(), z.number()]),
  ratio: () => z.union([z.string(), z.number()]),
  dayCount: () => z.number(),
};

const fastForms = new WeakMap<z.ZodObject, FastForm>();

function fastFormOf(schema: z.ZodObject): FastForm {
  let form = fastForms.get(schema);
  if (form) return form;
  const shape: Record<string, z.ZodType> = {};
  const formats: [string, CheckName][] = [];
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    // `.nullish()` wraps its field as optional(nullable(field)).
    const def = field._zod.def as { type: string; innerType?: z.ZodType; params?: { check?: CheckName } };
    const inner = def.type === 'optional' ? (def.innerType!._zod.def as typeof def) : undefined;
    const nullish = inner?.type === 'nullable';
    const core = nullish ? (inner.innerType!._zod.def as typeof def) : def;
    const check = core.type === 'custom' ? core.params?.check : undefined;
    if (check === undefined) {
      shape[key] = field;
    } else {
      formats.push([key, check]);
      shape[key] = nullish ? PLAIN_TYPES[check]().nullish() : PLAIN_TYPES[check]();
    }
  }
  fastForms.set(schema, (form = { fast: z.object(shape), formats }));
  return form;
}

/** The schema's fields of `value` when its fast form accepts it, else `undefined` (exported for its test). */
export function fastRead(schema: z.ZodObject, value: unknown): Raw | undefined {
  const { fast, formats } = fastFormOf(schema);
  const parsed = fast.safeParse(value);
  if (!parsed.success) return undefined;
  const raw = parsed.data as Raw;
  for (const [key, check] of formats) {
    const v = raw[key];
    if (v !== undefined && v !== null && checks[check](v) !== null) return undefined;
  }
  return raw;
}

/** Reads a record through its schema and reports each failing field with a precise code. */
export function check<S extends z.ZodObject>(schema: S, value: unknown, path: string, issues: Issues): Checked | undefined {
  const before = issues.list.length;
  // The usual case: zod's compiled parser reads the plain object itself and returns a copy of its
  // fields. Anything unusual (a getter or proxy trap that throws, a polluted Object.prototype whose
  // fields a plain object would inherit, a failure to report) goes to the careful reading below.
  try {
    if (isPlainObject(value) && !prototypePolluted()) {
      const raw = fastRead(schema, value);
      if (raw) return { raw, ok: ALL_OK, valid: true };
    }
  } catch {
    // read again field by field, which says which getter threw
  }
  let keys = keysOf.get(schema);
  if (!keys) keysOf.set(schema, (keys = Object.keys(schema.shape)));
  const raw = readRecord(value, path, keys, issues);
  if (!raw) return undefined;
  const result = schema.safeParse(raw);
  if (!result.success) {
    const reported = new Set(issues.list.slice(before).map((i) => i.path));
    for (const iss of result.error.issues) {
      const key = String(iss.path[0]);
      const at = `${path}.${iss.path.map(String).join('.')}`;
      if (reported.has(at)) continue; // its getter threw; already said
      const v = raw[key];
      if (v === undefined || v === null) issues.add(at, 'required', 'is required');
      else if (iss.code === 'custom') {
        const problem = checks[(iss.params as { check: CheckName }).check](v);
        issues.add(at, problem?.code ?? 'type', problem?.message ?? iss.message);
      } else if (iss.code === 'invalid_value') {
        issues.add(at, 'enum', `must be one of ${iss.values.map((x) => `'${String(x)}'`).join(', ')}`);
      } else if (iss.code === 'invalid_type') {
        issues.add(at, 'type', `must be ${iss.expected === 'boolean' ? 'true or false' : `a ${iss.expected}`}`);
      } else {
        issues.add(at, 'type', iss.message);
      }
    }
  }
  if (issues.list.length === before) return { raw, ok: ALL_OK, valid: true }; // valid after all (e.g. read carefully)
  const bad = new Set(issues.list.slice(before).map((i) => i.path.slice(path.length + 1).split(/[.[]/)[0]));
  return { raw, ok: (key) => !bad.has(key), valid: bad.size === 0 };
}

const ALL_OK = (): boolean => true;
