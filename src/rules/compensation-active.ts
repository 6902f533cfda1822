/**
 * CBIRC-2020-28/5.3 — ……持续完善扶贫小额信贷风险补偿机制，明确风险补偿启动条件及流程……
 * HLJ-2020-47/2.5 — ……持续完善风险补偿机制，明确风险补偿启动条件及流程。
 *
 * Risk compensation makes good a loan in default. A loan the bank has closed (`status: 'closed'`) owes
 * nothing, whatever overdue days its record still carries, so it never triggers compensation.
 */
import type { LoanRecord } from '../model/records.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { HLJ_TRIGGER_CONDITIONS, TRIGGER_CONDITIONS } from './compensation-overdue.js';
import { type Context, defineRule, type Evaluation, verdict } from './rule.js';

export const compensationActiveRule = defineRule({
  id: 'compensation.loan_active',
  severity: 'information',
  description: {
    zh: '风险补偿只针对未结清的违约贷款；已结清的贷款不启动风险补偿。',
    en: 'Compensation is for a loan in default that is not closed; a closed loan never triggers it.',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [TRIGGER_CONDITIONS],
  heilongjiang: [HLJ_TRIGGER_CONDITIONS],
  evaluate: evaluateCompensationActive,
});

const MESSAGES = {
  pass: { zh: '贷款未结清。', en: 'The loan is not closed.' },
  fail: { zh: '贷款已结清，不存在违约，不启动风险补偿。', en: 'The loan is closed: nothing is in default, so no compensation is triggered.' },
};

function evaluateCompensationActive(loan: LoanRecord, ctx: Context): Evaluation {
  return verdict(compensationActiveRule, ctx, loan.active, MESSAGES, { active: loan.active });
}
