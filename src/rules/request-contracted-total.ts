/**
 * CBIRC-2020-28/4.3 — ……符合追加贷款条件的，可予以追加贷款支持，但单户扶贫小额信贷总额不得超过5万元。
 *
 * 总额 is read by default as the outstanding balance (`capBasis: 'outstanding'`), so a household that has
 * repaid part of its loans may borrow again until its balance reaches the cap, and the amounts it has
 * contracted can sum above it. That reading is a bank's risk, not a breach: when the contracted total
 * (the principal of the household's active loans, the replaced loan left out) with the request exceeds the
 * cap, an advisory says so. Under `capBasis: 'principal'` the cap itself already sums the contracted amounts.
 */
import { formatMoney } from '../model/money.js';
import type { LoanRecord, Options, RequestRecord } from '../model/records.js';
import { CBIRC_2020_28_ISSUED, parameters } from '../sources/parameters.js';
import { HOUSEHOLD_CAP, householdTotal } from './household-total.js';
import { type Context, defineRule, type Evaluation, finding, inapplicable } from './rule.js';

const CAP = parameters.householdCap.shown;

export const requestContractedTotalRule = defineRule({
  id: 'request.contracted_total',
  severity: 'review',
  description: {
    zh: `按贷款余额计算单户总额时，申请金额与该户在贷贷款合同金额之和超过${CAP.zh}的，提示风险。`,
    en: `Where the cap is read on outstanding balances, an advisory when the contracted amounts with the request exceed ${CAP.en}.`,
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [parameters.householdCap.citation],
  evaluate: evaluateContractedTotal,
});

const NO_REQUEST = { zh: '未提供贷款申请，未核对合同金额总额。', en: 'No request was given, so the contracted total was not checked.' };
const ON_PRINCIPAL = {
  zh: '单户总额按合同金额计算，上限核对已包含合同金额。',
  en: 'The cap is read on contracted amounts, so the cap check already sums them.',
};

function evaluateContractedTotal(
  householdId: string,
  request: RequestRecord | undefined,
  loans: readonly LoanRecord[],
  options: Options,
  ctx: Context,
): Evaluation {
  if (!request) return inapplicable(requestContractedTotalRule, ctx, NO_REQUEST);
  if (options.capBasis === 'principal') return inapplicable(requestContractedTotalRule, ctx, ON_PRINCIPAL, { capBasis: options.capBasis });
  const contracted = householdTotal(loans, householdId, 'principal', request.replacesLoanId);
  const after = contracted.plus(request.amount);
  const facts = {
    amount: formatMoney(request.amount),
    contractedTotal: formatMoney(contracted),
    contractedTotalAfter: formatMoney(after),
    cap: parameters.householdCap.value,
    capBasis: options.capBasis,
  };
  // An advisory never decides eligibility: the condition holds either way.
  if (after.lessThanOrEqualTo(HOUSEHOLD_CAP)) {
    return {
      holds: true,
      finding: finding(
        requestContractedTotalRule,
        ctx,
        'pass',
        {
          zh: `申请后该户在贷贷款合同金额合计${facts.contractedTotalAfter}元，未超过${CAP.zh}。`,
          en: `With the request the household's contracted amounts total ${facts.contractedTotalAfter} yuan, within ${CAP.en}.`,
        },
        facts,
      ),
    };
  }
  return {
    holds: true,
    finding: finding(
      requestContractedTotalRule,
      ctx,
      'advisory',
      {
        zh: `申请后该户在贷贷款合同金额合计${facts.contractedTotalAfter}元，超过${CAP.zh}；单户总额按贷款余额计算，若按合同金额认定则超过上限，需人工审核。`,
        en: `With the request the household's contracted amounts would total ${facts.contractedTotalAfter} yuan, above ${CAP.en}: the cap is read on outstanding balances, and read on contracted amounts it would be exceeded, so it needs review.`,
      },
      facts,
    ),
  };
}
