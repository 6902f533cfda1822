/**
 * The audit's library options, read exactly as every decision reads them: `asOf`, `jurisdiction` and
 * `interpretations` (the CLI's `--as-of`, `--jurisdiction` and `--interpretations FILE`), monitoring
 * thresholds (`--thresholds FILE`) and the lead-bank register (`--lead-banks FILE`). Each throws
 * PolicyInputError naming every bad field.
 */
import type { ThresholdValues } from '../decisions/monitor-portfolio.js';
import { type Interpretations, InterpretationsSchema, Issues, type Options, readLeadBanks, readOptions, readThresholds } from '../decisions/records.js';
import { POLICY_FILE_KEYS, refuseUnknownKeys, THRESHOLD_KEYS } from './keys.js';

/**
 * Reads the common options of an audit.
 *
 * @example
 * readAuditOptions({ asOf: '2020-12-31', jurisdiction: 'national', interpretations: { capBasis: 'principal' } }).capBasis // => 'principal'
 */
export function readAuditOptions(value: { asOf: string; jurisdiction?: string; interpretations?: unknown }): Options {
  const issues = new Issues();
  const { options } = readOptions(value, issues);
  issues.throwIfAny();
  return options;
}

/** Every reading the options apply, by its id (docs/interpretations.md), defaults included: what a report echoes. */
export function interpretationsOf(options: Options): Required<{ [K in keyof Interpretations]: NonNullable<Interpretations[K]> }> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(InterpretationsSchema.shape)) out[key] = options[key as keyof Options];
  return out as ReturnType<typeof interpretationsOf>;
}

/**
 * Reads monitoring thresholds (28号 五 names no numbers, so each is the caller's). A key that is not a threshold
 * is refused, not passed over: a misspelt one would leave its figure unwatched without a word.
 *
 * @example
 * readAuditThresholds({ nplRatio: '0.05' }).nplRatio?.toString() // => '0.05'
 */
export function readAuditThresholds(value: unknown): ThresholdValues {
  const issues = new Issues();
  refuseUnknownKeys(value, 'thresholds', THRESHOLD_KEYS, [POLICY_FILE_KEYS], issues);
  const thresholds = readThresholds(value, 'thresholds', issues);
  issues.throwIfAny();
  return thresholds;
}

/**
 * Reads a lead-bank register (`{ [region]: bank }`, 28号 四 and 47号 三: 主责任银行, 名单制管理) as monitorPortfolio's
 * `leadBanks` option is read.
 *
 * @example
 * readAuditLeadBanks({ '230183': '农业银行' }).get('230183') // => '农业银行'
 */
export function readAuditLeadBanks(value: unknown): ReadonlyMap<string, string> {
  const issues = new Issues();
  const register = readLeadBanks(value, 'leadBanks', issues);
  if (register === null && issues.list.length === 0) issues.add('leadBanks', 'required', 'is required');
  issues.throwIfAny();
  return register!;
}
