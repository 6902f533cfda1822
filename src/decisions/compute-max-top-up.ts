import { formatMoney, ZERO } from '../model/money.js';
import { Issues } from '../model/issues.js';
import { readOptions } from '../model/read-options.js';
import { readHousehold, readLoans } from '../model/read-records.js';
import { evaluateEdgeConditions } from '../rules/edge-conditions.js';
import { HOUSEHOLD_CAP, householdTotal } from '../rules/household-total.js';
import { evaluatePovertyOfficeList } from '../rules/poverty-office-list.js';
import { evaluatePovertyStatus } from '../rules/poverty-status.js';
import type { Finding } from '../rules/rule.js';
import { evaluateTopUpCap } from '../rules/top-up-cap.js';
import { evaluateTotalCap } from '../rules/total-cap.js';
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
  const ctx = contextOf(opts);
  const current = householdTotal(records, h!.id, opts.capBasis);
  const under = HOUSEHOLD_CAP.minus(current);
  const room = under.isNegative() ? ZERO : under;
  const status = [evaluatePovertyStatus(h!, ctx), evaluateEdgeConditions(h!, ctx), evaluatePovertyOfficeList(h!, ctx)];
  const topUp = evaluateTopUpCap(current, room, opts, ctx);
  // The existing total's own verdict is reported, but the room under the cap decides a top-up.
  const total = evaluateTotalCap(current, opts, ctx);
  const allowed = status.every((e) => e.holds) && topUp.holds;
  const evaluations = [...status, topUp, total];
  return {
    allowed,
    maxTopUp: formatMoney(room),
    cap: parameters.householdCap.value as '50000.00',
    currentTotal: formatMoney(current),
    findings: evaluations.map((e) => e.finding),
  };
}
