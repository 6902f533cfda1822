import type { IsoDate } from '../model/dates.js';
import { Issues } from '../model/issues.js';
import { readDecisionDate, readOptions } from '../model/read-options.js';
import { readHousehold, readLoan } from '../model/read-records.js';
import type { Finding } from '../rules/rule.js';
import { subsidyContinuityRule } from '../rules/subsidy-continuity.js';
import { subsidyHouseholdRule } from '../rules/subsidy-household.js';
import { decideContinuity } from './check-policy-continuity.js';
import { checkBelongs } from './context.js';
import type { CommonOptions, HouseholdInput, LoanInput } from './types.js';

export interface InterestSubsidyResult {
  subsidized: boolean;
  findings: Finding[];
}

/**
 * Whether the fiscal interest subsidy (财政贴息) applies to a loan on a date: the borrower is a
 * registered poor or edge household (28号 二: 支持政策…与建档立卡贫困户一致; 财政部门和扶贫部门要共同落实好
 * 财政贴息), and the contract's policies are guaranteed unchanged on `asOf` (`checkPolicyContinuity`).
 *
 * @param loan - the loan; it must belong to `household`
 * @param household - the borrower
 * @param asOf - the date asked about
 * @param options - `jurisdiction` and `interpretations`
 * @returns `subsidized` and one finding per rule
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
  const ctx = { asOf, jurisdiction: opts.jurisdiction };
  const continuity = decideContinuity(l!, asOf, ctx);
  const evaluations = [subsidyHouseholdRule.evaluate(h!, ctx), subsidyContinuityRule.evaluate(continuity.guaranteed, continuity.until, asOf, ctx)];
  return { subsidized: evaluations.every((e) => e.holds), findings: evaluations.map((e) => e.finding) };
}
