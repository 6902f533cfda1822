import { type Decimal, formatMoney, ZERO } from '../model/money.js';
import { Issues } from '../model/issues.js';
import { readOptions } from '../model/read-options.js';
import { readHousehold, readLoans } from '../model/read-records.js';
import type { HouseholdRecord, Options } from '../model/records.js';
import { edgeConditionsRule } from '../rules/edge-conditions.js';
import { HOUSEHOLD_CAP, householdTotal } from '../rules/household-total.js';
import { povertyOfficeListRule } from '../rules/poverty-office-list.js';
import { povertyStatusRule } from '../rules/poverty-status.js';
import { type Context, failedIn, type Finding } from '../rules/rule.js';
import { topUpCapRule } from '../rules/top-up-cap.js';
import { totalCapRule } from '../rules/total-cap.js';
import { parameters } from '../sources/parameters.js';
import { contextOf } from './context.js';
import type { CommonOptions, HouseholdInput, LoanInput } from './types.js';

export interface MaxTopUpResult {
  /** The household is eligible (28号 二; 47号 三) and there is room under the cap. */
  allowed: boolean;
  /** max(0, cap − currentTotal), two decimals. */
  maxTopUp: string;
  cap: '50000.00';
  /** The household's active loans summed per `capBasis`, two decimals. */
  currentTotal: string;
  findings: Finding[];
}

/**
 * How much more a household may borrow: 28号 四 allows a top-up (追加贷款) but 单户扶贫小额信贷总额不得
 * 超过5万元. `currentTotal` sums the household's active loans — their outstanding balance, or their
 * principal under `interpretations.capBasis: 'principal'`; loans of other households are ignored.
 *
 * @param household - the household
 * @param loans - loans to consider; only this household's active ones count
 * @param options - the common `asOf`, `jurisdiction`, `interpretations`
 * @returns `allowed`, `maxTopUp`, `cap`, `currentTotal` (yuan strings) and one finding per rule
 * @throws {PolicyInputError} when any argument is bad; every bad field is listed in `issues`
 * @example
 * const r = computeMaxTopUp(
 *   { id: 'h1', povertyStatus: 'registered_poor', onPovertyOfficeList: true },
 *   [{ id: 'l1', householdId: 'h1', kind: 'new', principal: '30000', outstanding: '12345.6',
 *      contractDate: '2020-03-01', maturityDate: '2023-03-01' }],
 * );
 * [r.allowed, r.currentTotal, r.maxTopUp] // => [true, '12345.60', '37654.40']
 */
export function computeMaxTopUp(household: HouseholdInput, loans: readonly LoanInput[], options?: CommonOptions | null): MaxTopUpResult {
  const issues = new Issues();
  const h = readHousehold(household, 'household', issues);
  const records = readLoans(loans, 'loans', issues);
  const { options: opts } = readOptions(options, issues);
  issues.throwIfAny();
  return decideMaxTopUp(h!, householdTotal(records, h!.id, opts.capBasis), opts, contextOf(opts));
}

export { capAmount, HouseholdTotals, type HouseholdTotalsPart } from '../rules/household-total.js';

/** Whether the household's total is above the cap (its total-cap finding failed). */
export function overCap(result: MaxTopUpResult): boolean {
  return failedIn(result.findings, totalCapRule);
}

/**
 * computeMaxTopUp on a household already read and its total already summed by `householdTotal` or
 * `capAmount` (the audit reads each row once and forgets its loans).
 */
export function decideMaxTopUp(h: HouseholdRecord, current: Decimal, opts: Options, ctx: Context): MaxTopUpResult {
  const under = HOUSEHOLD_CAP.minus(current);
  const room = under.isNegative() ? ZERO : under;
  const status = [povertyStatusRule.evaluate(h, ctx), edgeConditionsRule.evaluate(h, ctx), povertyOfficeListRule.evaluate(h, ctx)];
  const topUp = topUpCapRule.evaluate(current, room, opts, ctx);
  // The existing total's own verdict is reported, but the room under the cap decides a top-up.
  const total = totalCapRule.evaluate(current, opts, ctx);
  const allowed = status.every((e) => e.holds) && topUp.holds;
  const evaluations = [...status, topUp, total];
  return {
    allowed,
    maxTopUp: formatMoney(room),
    cap: parameters.householdCap.value,
    currentTotal: formatMoney(current),
    findings: evaluations.map((e) => e.finding),
  };
}
