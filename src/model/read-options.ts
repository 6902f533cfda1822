/**
 * The options every decision takes as its last argument (with a decision's own keys read in the same
 * pass), a date given as a positional argument, and monitorPortfolio's thresholds.
 */
import * as z from 'zod';
import { checks } from './checks.js';
import type { IsoDate } from './dates.js';
import type { Issues } from './issues.js';
import { type Decimal, toDecimal } from './money.js';
import { isPlainObject, type Raw, readRecord } from './plain-objects.js';
import { given } from './read-records.js';
import type { Options } from './records.js';
import { CommonOptionsSchema, InterpretationsSchema, type Jurisdiction, LeadBanksSchema, ThresholdsSchema } from './schemas.js';
import { check } from './schema-check.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';

/**
 * The default reading of a refused qualifying top-up (docs/interpretations.md, `topUpRefusal`), which
 * depends on the jurisdiction: 28号 四 says only 可予以 (may) of a top-up, but 47号 三 requires banks to
 * meet (给予满足) the microcredit needs of qualifying households, so in Heilongjiang a qualifying top-up
 * is owed like a new loan. A reading, not settled law: pinnable either way.
 */
const TOP_UP_REFUSAL: Readonly<Record<Jurisdiction, Options['topUpRefusal']>> = Object.freeze({ HLJ: 'same_as_new', national: 'discretionary' });

export const DEFAULT_OPTIONS: Options = Object.freeze({
  asOf: null,
  jurisdiction: 'HLJ',
  capBasis: 'outstanding',
  deferralDeadline: 'later_of_six_months_and_march_2021',
  edgeHouseholdDeferral: 'included',
  topUpRefusal: TOP_UP_REFUSAL.HLJ,
});

/**
 * Reads the common options. `extraKeys` (from `optionKeys`) are the decision's own options (such as
 * `existingLoans`), returned raw for the decision to read.
 */
export function readOptions(value: unknown, issues: Issues, extraKeys: readonly string[] = []): { options: Options; extra: Raw } {
  if (value === undefined || value === null) return { options: DEFAULT_OPTIONS, extra: {} };
  const checked = check(optionsSchema(extraKeys), value, 'options', issues);
  if (!checked) return { options: DEFAULT_OPTIONS, extra: {} };
  const common = checked.raw;
  const extra = extraKeys.length === 0 ? NO_EXTRA : common;
  // Most calls pin nothing: they share the default options (and so the default context).
  if (common.asOf == null && common.jurisdiction == null && common.interpretations == null) return { options: DEFAULT_OPTIONS, extra };
  let interp: Raw = {};
  if (common.interpretations !== undefined && common.interpretations !== null) {
    // The schema is strict: a key that is not an interpretation is an issue, not a silent default.
    interp = check(InterpretationsSchema, common.interpretations, 'options.interpretations', issues)?.raw ?? {};
  }
  if (common.asOf != null && checks.date(common.asOf) === null) checkDecisionDate(common.asOf as IsoDate, 'options.asOf', issues);
  const jurisdiction = given<Jurisdiction>(common.jurisdiction) ?? DEFAULT_OPTIONS.jurisdiction;
  const options: Options = {
    asOf: given(common.asOf) ?? null,
    jurisdiction,
    capBasis: given<Options['capBasis']>(interp.capBasis) ?? DEFAULT_OPTIONS.capBasis,
    deferralDeadline: given<Options['deferralDeadline']>(interp.deferralDeadline) ?? DEFAULT_OPTIONS.deferralDeadline,
    edgeHouseholdDeferral: given<Options['edgeHouseholdDeferral']>(interp.edgeHouseholdDeferral) ?? DEFAULT_OPTIONS.edgeHouseholdDeferral,
    topUpRefusal: given<Options['topUpRefusal']>(interp.topUpRefusal) ?? TOP_UP_REFUSAL[jurisdiction],
  };
  return { options, extra };
}

const NO_EXTRA: Raw = Object.freeze({});

/**
 * The common options plus a decision's own (read here, checked by the decision), as one schema so
 * zod reads them all in one compiled pass; one schema per set of keys, made on first use.
 */
const optionsSchemas = new WeakMap<readonly string[], z.ZodObject>();
export function optionsSchema(extraKeys: readonly string[]): z.ZodObject {
  if (extraKeys.length === 0) return CommonOptionsSchema;
  let schema = optionsSchemas.get(extraKeys);
  if (!schema) optionsSchemas.set(extraKeys, (schema = CommonOptionsSchema.extend(Object.fromEntries(extraKeys.map((k) => [k, z.unknown().optional()])))));
  return schema;
}

/** A decision's own option keys, declared once at module level so their schema is made once. */
export function optionKeys(...keys: string[]): readonly string[] {
  return Object.freeze(keys);
}

/** Reads a required decision date argument (a positional `asOf`). */
export function readDecisionDate(value: unknown, path: string, issues: Issues): IsoDate | undefined {
  if (value === undefined || value === null) {
    issues.add(path, 'required', 'is required');
    return undefined;
  }
  const problem = checks.date(value);
  if (problem) {
    issues.add(path, problem.code, problem.message);
    return undefined;
  }
  return checkDecisionDate(value as IsoDate, path, issues) ? (value as IsoDate) : undefined;
}

/**
 * A decision date before 28号 was issued is bad input: the notices cannot decide it, and a "no" there
 * would read as if they had taken away what existed before them (docs/interpretations.md, "When the rules apply"). The same holds for
 * the date of a lending decision (`application.decisionDate`). Takes a date already checked as a date.
 */
export function checkDecisionDate(date: IsoDate, path: string, issues: Issues): boolean {
  if (date >= CBIRC_2020_28_ISSUED) return true;
  issues.add(path, 'range', `must be on or after ${CBIRC_2020_28_ISSUED}, the date 银保监发〔2020〕28号 was issued: the notices cannot decide an earlier date`);
  return false;
}

/** Reads monitorPortfolio's thresholds: each given one as a Decimal. */
export function readThresholds(value: unknown, path: string, issues: Issues): Partial<Record<keyof typeof ThresholdsSchema.shape, Decimal>> {
  if (value === undefined || value === null) return {};
  const checked = check(ThresholdsSchema, value, path, issues);
  if (!checked?.valid) return {};
  const out: Partial<Record<keyof typeof ThresholdsSchema.shape, Decimal>> = {};
  for (const key of Object.keys(ThresholdsSchema.shape) as (keyof typeof ThresholdsSchema.shape)[]) {
    const v = given<string | number>(checked.raw[key]);
    if (v !== null) out[key] = toDecimal(v);
  }
  return out;
}

/**
 * Reads monitorPortfolio's lead-bank register (`{ [region]: bank }`), `null` when not given. Each entry is
 * checked by `LeadBanksSchema`: a blank region or a bank that is not a non-blank string is named by its path.
 */
export function readLeadBanks(value: unknown, path: string, issues: Issues): ReadonlyMap<string, string> | null {
  if (value === undefined || value === null) return null;
  let regions: string[];
  try {
    if (!isPlainObject(value)) {
      issues.add(path, 'type', 'must be an object of region: bank');
      return null;
    }
    regions = Object.keys(value);
  } catch {
    issues.add(path, 'type', 'could not be inspected');
    return null;
  }
  const before = issues.list.length;
  const raw = readRecord(value, path, regions, issues);
  if (!raw) return null;
  const result = LeadBanksSchema.safeParse(raw);
  if (!result.success) {
    for (const iss of result.error.issues) {
      const region = String(iss.path[0]);
      const at = `${path}.${region}`;
      if (issues.list.some((i) => i.path === at)) continue; // its getter threw; already said
      if (iss.code === 'invalid_key') issues.add(at, 'required', 'a region must not be blank');
      else {
        const problem = checks.id(raw[region]);
        issues.add(at, problem?.code ?? 'type', problem ? `the bank ${problem.message}` : iss.message);
      }
    }
  }
  return issues.list.length === before ? new Map(Object.entries(raw) as [string, string][]) : null;
}
