/**
 * CBIRC-2020-28/5.3 — ……明确风险补偿启动条件及流程……
 * HLJ-2020-47/2.5 — ……明确风险补偿启动条件及流程。
 *
 * Where the region's procedure requires it, the bank must have tried to collect (清收) first.
 */
import type { LoanRecord, PolicyRecord } from '../model/records.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { HLJ_TRIGGER_CONDITIONS, TRIGGER_CONDITIONS } from './compensation-overdue.js';
import { type Context, defineRule, type Evaluation, inapplicable, verdict } from './rule.js';

export const compensationCollectionRule = defineRule({
  id: 'compensation.collection_attempted',
  severity: 'information',
  description: {
    zh: '当地流程要求先行清收的，银行须已开展清收。',
    en: "Where the region's procedure requires it, the bank must have attempted collection.",
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [TRIGGER_CONDITIONS],
  heilongjiang: [HLJ_TRIGGER_CONDITIONS],
  evaluate: evaluateCompensationCollection,
});

const NOT_REQUIRED = { zh: '当地流程未要求先行清收。', en: "The region's procedure does not require collection first." };
const MESSAGES = {
  pass: { zh: '银行已开展清收。', en: 'The bank has attempted collection.' },
  fail: { zh: '当地流程要求先行清收，但银行尚未开展清收。', en: "The region's procedure requires collection first, and none is recorded." },
};

function evaluateCompensationCollection(loan: LoanRecord, policy: PolicyRecord, ctx: Context): Evaluation {
  const facts = { requireCollectionAttempted: policy.requireCollectionAttempted, collectionAttempted: loan.collectionAttempted };
  if (!policy.requireCollectionAttempted) {
    return inapplicable(compensationCollectionRule, ctx, NOT_REQUIRED, facts);
  }
  return verdict(compensationCollectionRule, ctx, loan.collectionAttempted, MESSAGES, facts);
}
