import type { IsoDate } from '../model/dates.js';
import { Issues } from '../model/issues.js';
import { readDecisionDate, readOptions } from '../model/read-options.js';
import { readHousehold, readLoan } from '../model/read-records.js';
import { deferralGrantedRule } from '../rules/deferral-granted.js';
import type { Finding } from '../rules/rule.js';
import { subsidyContinuityRule } from '../rules/subsidy-continuity.js';
import { subsidyHouseholdRule } from '../rules/subsidy-household.js';
import { subsidyInForceRule } from '../rules/subsidy-in-force.js';
import { decideContinuity } from './check-policy-continuity.js';
import { checkBelongs, contextOf } from './context.js';
import { evaluateHousehold } from './eligibility.js';
import type { CommonOptions, HouseholdInput, LoanInput } from './types.js';

export interface InterestSubsidyResult {
  /** `null` when 28号 does not decide it: a qualifying household's loan in force, signed after 2020-12-31. */
  subsidized: boolean | null;
  findings: Finding[];
}

/**
 * Whether the fiscal interest subsidy (财政贴息) applies to a loan on a date: the borrower qualifies as
 * `checkEligibility` requires of a household (registered poor or an edge household with both conditions,
 * on the poverty office's list as the jurisdiction requires — 28号 二: 支持政策…与建档立卡贫困户一致; 财政部门和
 * 扶贫部门要共同落实好财政贴息), read as the household was when the loan was made; the loan is in force on
 * `asOf` (not closed, signed by then); and the contract's policies are guaranteed unchanged on `asOf`
 * (`checkPolicyContinuity`, through a lawful deferral only — with this household). For a contract signed
 * after 2020-12-31 that otherwise qualifies, `subsidized` is `null`: 28号 neither grants nor denies it.
 *
 * @param loan - the loan; it must belong to `household`
 * @param household - the borrower
 * @param asOf - the date asked about
 * @param options - `jurisdiction` and `interpretations`
 * @returns `subsidized` (`true`, `false` or `null`) and the findings: the household conditions, the subsidy's own
 *   rules and, for a recorded deferral, whether it is within the limit
 * @throws {PolicyInputError} when any argument is bad; every bad field is listed in `issues`
 * @example
 * const r = checkInterestSubsidy(
 *   { id: 'l1', householdId: 'h1', kind: 'new', principal: '30000', outstanding: '30000',
 *     contractDate: '2020-10-01', maturityDate: '2023-10-01' },
 *   { id: 'h1', povertyStatus: 'monitored_edge', onPovertyOfficeList: true,
 *     hasIndustrialDevelopmentConditions: true, hasLaborCapacity: true },
 *   '2022-01-01',
 * );
 * r.subsidized // => true
 */
export function checkInterestSubsidy(loan: LoanInput, household: HouseholdInput, asOf: IsoDate, options?: CommonOptions | null): InterestSubsidyResult {
  const issues = new Issues();
  const l = readLoan(loan, 'loan', issues);
  const h = readHousehold(household, 'household', issues);
  checkBelongs(l, h, 'loan', issues);
  readDecisionDate(asOf, 'asOf', issues);
  const { options: opts } = readOptions(options, issues);
  issues.throwIfAny();
  const at = { ...opts, asOf };
  const ctx = contextOf(at);
  const conditions = evaluateHousehold(h!, ctx);
  const qualifies = subsidyHouseholdRule.evaluate(
    h!,
    conditions.every((e) => e.holds),
    ctx,
  );
  const inForce = subsidyInForceRule.evaluate(l!, asOf, ctx);
  const continuity = decideContinuity(l!, h!, at, ctx);
  const guaranteed = subsidyContinuityRule.evaluate(continuity.guaranteed, continuity.until, asOf, ctx);
  const findings = [...conditions.map((e) => e.finding), qualifies.finding, inForce.finding, guaranteed.finding];
  // The recorded deferral's own finding: an excess over the limit extends no subsidy.
  const granted = continuity.findings.find((f) => f.ruleId === deferralGrantedRule.id);
  if (granted) findings.push(granted);
  const undecided = continuity.until === null;
  return { subsidized: qualifies.holds && inForce.holds ? (undecided ? null : guaranteed.holds) : false, findings };
}
