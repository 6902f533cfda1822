/**
 * Checking a record against its schema, and saying precisely what is wrong. The usual case takes the
 * schema's fast form (plain types — tested directly where zod's definitions are that simple, else by zod's
 * compiled object parser — then the field checks); anything it rejects, and anything unusual, is copied
 * carefully and read through the schema itself, whose issues become `PolicyInputIssue`s with the library's
 * codes and messages.
 */
import * as z from 'zod';
import { checks, type CheckName } from './checks.js';
import type { PolicyInputIssue } from './errors.js';
import type { Issues } from './issues.js';
import { isPlainObject, prototypePolluted, type Raw, readRecord } from './plain-objects.js';
import { type AcrossFields, type AcrossFieldsParams, checkAcrossFieldsOf } from './schemas.js';

/** A record read by `check`: its fields, and whether the whole record passed its schema. */
export interface Checked {
  readonly raw: Raw;
  readonly valid: boolean;
}

/** A schema's keys, and whether it refuses keys it does not know (a strict object). */
interface Keys {
  readonly keys: readonly string[];
  readonly strict: boolean;
}
const keysOf = new WeakMap<z.ZodObject, Keys>();

/**
 * A schema's fast form: the same object with each checked field (a `z.custom` naming its check in
 * `checks`) replaced by its plain type, which zod's compiled object parser tests inline, then the
 * checks to run on those fields, then the schema's own check across fields, called directly (not
 * through zod's refinement machinery). It accepts exactly what the schema accepts (the checks are the
 * ones the schema runs, and each also tests the type); anything it rejects is read again through the
 * schema itself, which says what is wrong.
 */
interface FastForm {
  readonly fast: z.ZodObject;
  /** The same fast form as plain tests, when every field is of a type `plainOf` knows (see `plainRead`). */
  readonly plain: PlainForm | null;
  readonly formats: readonly (readonly [string, CheckName])[];
  readonly across: AcrossFields | undefined;
}

/**
 * A field's type as a plain test, read from its zod definition: what zod's own parser of that type tests
 * (v4/core/schemas.js), written out, so that a million rows need none of zod's payload objects. Only types
 * with no checks, coercion or transforms of their own qualify; `null` for anything else.
 */
type Plain =
  | { readonly type: 'string' | 'boolean' | 'number' }
  | { readonly type: 'enum'; readonly values: ReadonlySet<unknown> }
  | { readonly type: 'union'; readonly options: readonly Plain[] };

interface PlainField {
  readonly key: string;
  readonly plain: Plain;
  /** Wrapped in `.optional()`: absent or undefined is accepted. */
  readonly optional: boolean;
  /** Wrapped in `.nullable()`: null is accepted. */
  readonly nullable: boolean;
}

interface PlainDef {
  readonly type: string;
  readonly checks?: readonly unknown[];
  readonly coerce?: boolean;
  readonly innerType?: z.ZodType;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly options?: readonly z.ZodType[];
}

function plainOf(field: z.ZodType): Plain | null {
  const def = field._zod.def as PlainDef;
  if ((def.checks?.length ?? 0) > 0 || def.coerce) return null;
  if (def.type === 'string' || def.type === 'boolean' || def.type === 'number') return { type: def.type };
  if (def.type === 'enum' && def.entries) {
    const values = Object.values(def.entries);
    // A string enum's values are its entries' (a numeric TypeScript enum maps back and forth: left to zod).
    return values.every((v) => typeof v === 'string') ? { type: 'enum', values: new Set(values) } : null;
  }
  if (def.type === 'union' && def.options) {
    const options = def.options.map(plainOf);
    return options.every((o) => o !== null) ? { type: 'union', options } : null;
  }
  return null;
}

function plainFieldOf(key: string, field: z.ZodType): PlainField | null {
  let optional = false;
  let nullable = false;
  let def = field._zod.def as PlainDef;
  while ((def.type === 'optional' || def.type === 'nullable') && def.innerType) {
    if ((def.checks?.length ?? 0) > 0) return null;
    if (def.type === 'optional') optional = true;
    else nullable = true;
    field = def.innerType;
    def = field._zod.def;
  }
  const plain = plainOf(field);
  return plain && { key, plain, optional, nullable };
}

function accepts(plain: Plain, v: unknown): boolean {
  switch (plain.type) {
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'enum':
      return plain.values.has(v);
    case 'union':
      // A loop, not some(): a closure per call would be an object per field of a million rows.
      for (const option of plain.options) if (accepts(option, v)) return true;
      return false;
  }
}

/** A schema's plain form: its fields' tests, and a record with every field, each undefined, to copy. */
interface PlainForm {
  readonly fields: readonly PlainField[];
  readonly blank: Readonly<Raw>;
}

/**
 * What zod's compiled parser of the fast form returns for `value`, or `undefined` where it would find an
 * issue: each field read once and tested, copied when present (as zod copies it). The copy starts from
 * `blank`, which has every field already (so a million copies are made in one step each, not grown a field
 * at a time); a field absent from `value` is then left out, as zod leaves it out. A schema that refuses or
 * keeps unknown keys (a catchall) has no plain form.
 */
function plainRead({ fields, blank }: PlainForm, value: object): Raw | undefined {
  const raw: Raw = { ...blank };
  let absent: string[] | undefined;
  for (const { key, plain, optional, nullable } of fields) {
    const v = (value as Raw)[key];
    if (v === undefined) {
      if (!optional) return undefined;
      if (!(key in value)) (absent ??= []).push(key);
    } else if ((v === null && nullable) || accepts(plain, v)) raw[key] = v;
    else return undefined;
  }
  if (absent === undefined) return raw;
  const present: Raw = {};
  for (const { key } of fields) if (!absent.includes(key)) present[key] = raw[key];
  return present;
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
  const fields: Readonly<Record<string, z.ZodType>> = schema.shape;
  for (const [key, field] of Object.entries(fields)) {
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
  // A strict schema's fast form is strict too: unknown keys are refused the same way.
  const catchall = (schema._zod.def as { catchall?: z.ZodType }).catchall;
  const fast = catchall ? z.object(shape).catchall(catchall) : z.object(shape);
  const plain = Object.entries(fast.shape as Record<string, z.ZodType>).map(([key, field]) => plainFieldOf(key, field));
  const plainForm = !catchall && plain.every((f) => f !== null) ? { fields: plain, blank: Object.fromEntries(plain.map((f) => [f.key, undefined])) } : null;
  fastForms.set(schema, (form = { fast, plain: plainForm, formats, across: checkAcrossFieldsOf(schema) }));
  return form;
}

/** Whether a schema's fast form is read by plain tests rather than by zod (exported for its test). */
export function hasPlainForm(schema: z.ZodObject): boolean {
  return fastFormOf(schema).plain !== null;
}

// The fast form only asks whether a check across fields found anything; one reporter serves every call.
let acrossFound = false;
const noteAcross = (): void => {
  acrossFound = true;
};

/** The schema's fields of `value` when its fast form accepts it, else `undefined` (exported for its test). */
export function fastRead(schema: z.ZodObject, value: unknown): Raw | undefined {
  const { fast, plain, formats, across } = fastFormOf(schema);
  let raw: Raw | undefined;
  if (plain && isPlainObject(value)) raw = plainRead(plain, value);
  else {
    const parsed = fast.safeParse(value);
    raw = parsed.success ? parsed.data : undefined;
  }
  if (raw === undefined) return undefined;
  for (const [key, check] of formats) {
    const v = raw[key];
    if (v !== undefined && v !== null && checks[check](v) !== null) return undefined;
  }
  if (across) {
    acrossFound = false;
    across(raw, ALL_OK, noteAcross);
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- noteAcross sets it
    if (acrossFound) return undefined;
  }
  return raw;
}

/**
 * Reads a record through its schema and reports each failing field with a precise code; a check
 * across fields reports the code and message its schema gives.
 */
export function check(schema: z.ZodObject, value: unknown, path: string, issues: Issues): Checked | undefined {
  const before = issues.list.length;
  // The usual case: the fast form reads the plain object itself and returns a copy of its fields.
  // Anything unusual (a getter or proxy trap that throws, a polluted Object.prototype whose
  // fields a plain object would inherit, a failure to report) goes to the careful reading below.
  try {
    if (isPlainObject(value) && !prototypePolluted()) {
      const raw = fastRead(schema, value);
      if (raw) return { raw, valid: true };
    }
  } catch {
    // read again field by field, which says which getter threw
  }
  let known = keysOf.get(schema);
  if (!known) {
    const catchall = (schema._zod.def as { catchall?: z.ZodType }).catchall;
    keysOf.set(schema, (known = { keys: Object.keys(schema.shape), strict: catchall?._zod.def.type === 'never' }));
  }
  const raw = readRecord(value, path, known.keys, issues, known.strict);
  if (!raw) return undefined;
  const result = schema.safeParse(raw);
  if (!result.success) {
    const reported = new Set(issues.list.slice(before).map((i) => i.path));
    const unknownKeys: PolicyInputIssue[] = [];
    for (const iss of result.error.issues) {
      const key = String(iss.path[0]);
      const at = iss.path.length === 0 ? path : `${path}.${iss.path.map(String).join('.')}`;
      if (reported.has(at)) continue; // its getter threw; already said
      const v = raw[key];
      const across = iss.code === 'custom' ? (iss.params as Partial<AcrossFieldsParams> | undefined)?.code : undefined;
      if (across !== undefined) {
        // A record judged as a whole is judged only when nothing else is wrong with it: a field whose
        // getter threw looked absent to the schema, so the whole it saw is not the record given.
        if (iss.path.length === 0 && issues.list.length > before) continue;
        issues.add(at, across, iss.message);
      } else if (iss.code === 'unrecognized_keys') {
        // Said first, as a key the record should not have, before what is wrong with the rest.
        for (const k of iss.keys) unknownKeys.push({ path: `${at}.${k}`, code: 'enum', message: iss.message });
      } else if (v === undefined || v === null) issues.add(at, 'required', 'is required');
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
    issues.list.splice(before, 0, ...unknownKeys);
  }
  return { raw, valid: issues.list.length === before }; // valid after all when read carefully (e.g. a getter that threw once)
}

const ALL_OK = (): boolean => true;
