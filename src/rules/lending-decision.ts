/**
 * CBIRC-2020-28/4.3 — 对符合扶贫小额信贷及续贷、展期条件的，银行机构要确保应贷尽贷、应续尽续、应展尽展；
 * 符合追加贷款条件的，可予以追加贷款支持，但单户扶贫小额信贷总额不得超过5万元。
 * HLJ-2020-47/2.4 — 进一步满足扶贫小额信贷需求，对符合扶贫小额信贷及续贷、展期条件的，银行机构要确保应贷尽贷、
 * 应续尽续、应展尽展。
 * HLJ-2020-47/3.8 — 各银行机构要对符合条件的贫困户和边缘户扶贫小额信贷需求给予满足……
 *
 * A bank lends, renews and extends for everyone who qualifies, and only for them. Refusing a qualifying
 * applicant for the bank's own credit reasons (which the notices do not list) needs review, not a
 * verdict. A top-up is 可 (may) in 28号: nationally, refusing one is the bank's discretion; in Heilongjiang
 * 47号 三 requires banks to meet (给予满足) the needs of qualifying households, so a qualifying top-up is
 * owed like a new loan and refusing it needs a reason (interpretation `topUpRefusal`, whose default depends
 * on the jurisdiction: a documented reading, pinnable either way).
 */
import type { ApplicationRecord, Options } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, finding, type Finding, type Message } from './rule.js';

const MUST_LEND = cite('CBIRC-2020-28/4.3', '对符合扶贫小额信贷及续贷、展期条件的，银行机构要确保应贷尽贷、应续尽续、应展尽展');
const MEET_NEEDS = cite('HLJ-2020-47/3.8', '各银行机构要对符合条件的贫困户和边缘户扶贫小额信贷需求给予满足');
const MAY_TOP_UP = cite('CBIRC-2020-28/4.3', '符合追加贷款条件的，可予以追加贷款支持，但单户扶贫小额信贷总额不得超过5万元');

/** What a finding cites: 28号's duty, with 47号's restatement in Heilongjiang; a top-up owed under 47号 三 cites 给予满足. */
const CITED = Object.freeze({
  national: Object.freeze([MUST_LEND]),
  heilongjiang: Object.freeze([MUST_LEND, cite('HLJ-2020-47/2.4'), MEET_NEEDS]),
  topUp: Object.freeze([MAY_TOP_UP]),
  topUpOwedInHeilongjiang: Object.freeze([MAY_TOP_UP, MEET_NEEDS]),
});

export const lendingDecisionRule = defineRule({
  id: 'lending.bank_decision',
  severity: 'breach',
  // A lending decision is an act: judged on the day the bank decided (application.decisionDate), whatever asOf is.
  governedBy: 'act',
  description: {
    zh: '符合条件的应贷尽贷、应续尽续、应展尽展；不符合条件的不得发放。',
    en: 'Lend, renew and extend for every qualifying applicant, and not for others.',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/4.3')],
  heilongjiang: [cite('HLJ-2020-47/2.4'), MEET_NEEDS],
  evaluate: evaluateLendingDecision,
  outside: { compliant: null },
});

const DUTY: Record<ApplicationRecord['kind'], Message> = {
  new: { zh: '应贷尽贷', en: 'lend to everyone who qualifies' },
  renewal: { zh: '应续尽续', en: 'renew for everyone who qualifies' },
  extension: { zh: '应展尽展', en: 'extend for everyone who qualifies' },
  top_up: { zh: '可予以追加贷款支持', en: 'top-ups may be granted' },
};
/** 47号 三's duty, which a qualifying top-up in Heilongjiang is owed under (`topUpRefusal: 'same_as_new'`). */
const MEET_NEEDS_DUTY: Message = { zh: '对符合条件的贫困户和边缘户扶贫小额信贷需求给予满足', en: "meet qualifying households' microcredit needs" };

/**
 * `eligible` is what checkEligibility decided; `needsReview` is set when it is not eligible only because a person must
 * first read the purpose (classifyUsage: unknown), so no verdict on the bank's decision can be given yet.
 */
function evaluateLendingDecision(
  app: ApplicationRecord,
  eligible: boolean,
  options: Options,
  needsReview: boolean,
  ctx: Context,
): Evaluation & { compliant: boolean | null } {
  const topUp = app.kind === 'top_up';
  const hlj = ctx.jurisdiction === 'HLJ';
  // A top-up is owed in Heilongjiang only under 47号 三's reading; pinned 'discretionary', 28号's 可予以 alone decides.
  const owedInHeilongjiang = topUp && hlj && options.topUpRefusal === 'same_as_new';
  const cited = topUp ? (owedInHeilongjiang ? CITED.topUpOwedInHeilongjiang : CITED.topUp) : hlj ? CITED.heilongjiang : CITED.national;
  const facts = {
    kind: app.kind,
    bankDecision: app.bankDecision,
    eligible,
    refusalReason: app.refusalReason,
    decisionDate: ctx.asOf,
    ...(topUp ? { topUpRefusal: options.topUpRefusal } : {}),
    ...(needsReview ? { purposeNeedsReview: true } : {}),
  };
  const duty = owedInHeilongjiang ? MEET_NEEDS_DUTY : DUTY[app.kind];
  const say = (outcome: Finding['outcome'], message: Message, compliant: boolean | null) => ({
    finding: finding(lendingDecisionRule, ctx, outcome, message, facts, cited),
    holds: compliant === true,
    compliant,
  });
  if (needsReview) {
    return app.bankDecision === 'approved'
      ? say(
          'advisory',
          {
            zh: '申请用途无法识别，银行予以发放；需人工审核用途是否为发展生产后方可认定是否合规。',
            en: 'The bank approved an application whose purpose was not recognised; whether it complies depends on a review of the purpose.',
          },
          null,
        )
      : say(
          'advisory',
          {
            zh: '申请用途无法识别，银行未予发放；需人工审核用途后方可认定是否应贷。',
            en: 'The bank refused an application whose purpose was not recognised; whether it should have lent depends on a review of the purpose.',
          },
          null,
        );
  }
  if (app.bankDecision === 'approved') {
    return eligible
      ? say('pass', { zh: '申请符合条件，银行予以发放。', en: 'The application qualifies and the bank approved it.' }, true)
      : say('fail', { zh: '申请不符合扶贫小额信贷条件，银行仍予发放。', en: 'The bank approved an application that does not qualify.' }, false);
  }
  if (!eligible) return say('pass', { zh: '申请不符合条件，银行未予发放。', en: 'The application does not qualify and the bank refused it.' }, true);
  if (topUp && options.topUpRefusal === 'discretionary') {
    return say(
      'pass',
      { zh: '追加贷款为"可予以"支持，银行拒绝属其自主决定。', en: 'A top-up is one the bank "may" grant, so refusing it is within its discretion.' },
      true,
    );
  }
  if (app.refusalReason !== null) {
    return say(
      'advisory',
      {
        zh: `申请符合条件，银行以自身原因（${app.refusalReason.slice(0, 100)}）拒绝，需人工审核是否符合${duty.zh}。`,
        en: `The application qualifies; the bank refused for its own reason (${app.refusalReason.slice(0, 100)}), which needs review against "${duty.en}".`,
      },
      null,
    );
  }
  return say(
    'fail',
    {
      zh: `申请符合条件，银行未说明理由即拒绝，不符合${duty.zh}。`,
      en: `The application qualifies and the bank refused it without a reason, against "${duty.en}".`,
    },
    false,
  );
}
