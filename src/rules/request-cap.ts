/**
 * CBIRC-2020-28/4.3 — 对符合扶贫小额信贷及续贷、展期条件的，银行机构要确保应贷尽贷、应续尽续、应展尽展；
 * 符合追加贷款条件的，可予以追加贷款支持，但单户扶贫小额信贷总额不得超过5万元。
 *
 * A request is within the cap when its amount plus the household's current total does not exceed
 * 50,000 yuan. A renewal or extension replaces a loan, so that loan leaves the total.
 */
import { formatMoney } from '../model/money.js';
import type { LoanRecord, Options, RequestRecord } from '../model/records.js';
import { CBIRC_2020_28_ISSUED, parameters } from '../sources/parameters.js';
import { HOUSEHOLD_CAP, householdTotal } from './household-total.js';
import { type Context, defineRule, type Evaluation, inapplicable, verdict, type VerdictMessages } from './rule.js';

const CAP = parameters.householdCap.shown;
const NO_REQUEST = { zh: `未提供贷款申请，未核对${CAP.zh}上限。`, en: `No request was given, so the ${CAP.en} cap was not checked.` };

export const requestCapRule = defineRule({
  id: 'request.household_cap',
  severity: 'information',
  description: {
    zh: `申请金额与该户现有扶贫小额信贷总额之和不得超过${CAP.zh}。`,
    en: `The amount requested plus the household's current microcredit total must not exceed ${CAP.en}.`,
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [parameters.householdCap.citation],
  evaluate: evaluateRequestCap,
});

function evaluateRequestCap(householdId: string, request: RequestRecord | undefined, loans: readonly LoanRecord[], options: Options, ctx: Context): Evaluation {
  if (!request) {
    return inapplicable(requestCapRule, ctx, NO_REQUEST);
  }
  const current = householdTotal(loans, householdId, options.capBasis, request.replacesLoanId);
  const total = current.plus(request.amount);
  const facts = {
    amount: formatMoney(request.amount),
    currentTotal: formatMoney(current),
    totalAfter: formatMoney(total),
    cap: parameters.householdCap.value,
    capBasis: options.capBasis,
    replacesLoanId: request.replacesLoanId,
  };
  return verdict(requestCapRule, ctx, total.lessThanOrEqualTo(HOUSEHOLD_CAP), MESSAGES, facts);
}

const MESSAGES: VerdictMessages<{ totalAfter: string }> = {
  pass: (f) => ({
    zh: `申请后该户总额为${f.totalAfter}元，未超过${CAP.zh}。`,
    en: `With the request the household's total is ${f.totalAfter} yuan, within ${CAP.en}.`,
  }),
  fail: (f) => ({
    zh: `申请后该户总额为${f.totalAfter}元，超过${CAP.zh}上限。`,
    en: `With the request the household's total would be ${f.totalAfter} yuan, above the ${CAP.en} cap.`,
  }),
};
