/**
 * CBIRC-2020-28/4.3 — 对符合扶贫小额信贷及续贷、展期条件的，银行机构要确保应贷尽贷、应续尽续、应展尽展；
 * 符合追加贷款条件的，可予以追加贷款支持，但单户扶贫小额信贷总额不得超过5万元。
 *
 * A renewal or extension replaces a loan the household holds, and that loan leaves the household's total
 * (`replacesLoanId`). A renewal or extension request that names no loan while the household has an
 * active one may count the old loan and the new one both: the cap would be judged on a total counted
 * twice. An advisory says so; it does not decide eligibility.
 */
import type { LoanRecord, RequestRecord } from '../model/records.js';
import { CBIRC_2020_28_ISSUED, parameters } from '../sources/parameters.js';
import { cite } from '../sources/clauses.js';
import { type Context, defineRule, type Evaluation, finding, inapplicable } from './rule.js';

const CAP = parameters.householdCap.shown;

export const requestReplacedLoanRule = defineRule({
  id: 'request.replaced_loan',
  severity: 'review',
  description: {
    zh: `续贷、展期申请应指明所替换的贷款；未指明而该户有在贷贷款的，该贷款可能被重复计入${CAP.zh}单户总额，提示核对。`,
    en: `A renewal or extension request should name the loan it replaces; without it, while the household has an active loan, that loan may be counted twice toward the ${CAP.en} cap.`,
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/4.3', '对符合扶贫小额信贷及续贷、展期条件的'), parameters.householdCap.citation],
  evaluate: evaluateReplacedLoan,
});

const NO_REQUEST = { zh: '未提供贷款申请，未核对所替换的贷款。', en: 'No request was given, so no replaced loan was checked.' };
const NOT_REPLACING = {
  zh: '申请不是续贷或展期，不替换原有贷款。',
  en: 'The request is not a renewal or an extension, so it replaces no loan.',
};
const NAMED = {
  zh: '续贷、展期申请已指明所替换的贷款，该贷款不计入单户总额。',
  en: 'The renewal or extension names the loan it replaces, which leaves the total.',
};
const NOTHING_TO_REPLACE = {
  zh: '该户没有在贷贷款，不存在重复计算。',
  en: 'The household has no active loan, so nothing can be counted twice.',
};

function evaluateReplacedLoan(householdId: string, request: RequestRecord | undefined, loans: readonly LoanRecord[], ctx: Context): Evaluation {
  if (!request) return inapplicable(requestReplacedLoanRule, ctx, NO_REQUEST);
  const { kind, replacesLoanId } = request;
  if (kind !== 'renewal' && kind !== 'extension') return inapplicable(requestReplacedLoanRule, ctx, NOT_REPLACING, { kind });
  let activeLoans = 0;
  for (const l of loans) if (l.householdId === householdId && l.active) activeLoans++;
  const facts = { kind, replacesLoanId, activeLoans };
  // An advisory never decides eligibility: the condition holds either way.
  if (replacesLoanId !== null) return { holds: true, finding: finding(requestReplacedLoanRule, ctx, 'pass', NAMED, facts) };
  if (activeLoans === 0) return { holds: true, finding: finding(requestReplacedLoanRule, ctx, 'pass', NOTHING_TO_REPLACE, facts) };
  return {
    holds: true,
    finding: finding(
      requestReplacedLoanRule,
      ctx,
      'advisory',
      {
        zh: `${kind === 'renewal' ? '续贷' : '展期'}申请未指明所替换的贷款（replacesLoanId），而该户有${activeLoans}笔在贷贷款；所替换的贷款可能与新贷款重复计入单户总额，需核对。`,
        en: `The ${kind} request names no loan it replaces (replacesLoanId) while the household has ${activeLoans} active loan(s); the loan it replaces may be counted twice with the new one, so it needs checking.`,
      },
      facts,
    ),
  };
}
