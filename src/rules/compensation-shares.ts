/**
 * CBIRC-2020-28/5.3 — ……持续完善扶贫小额信贷风险补偿机制，明确风险补偿启动条件及流程，鼓励引入保险、担保机构分担风险。
 *
 * The compensable amount (the outstanding balance) is split among the fund, insurer, guarantor and
 * bank in whole fen: each first gets floor(amount × share); the fen left over go one each to the
 * largest remainders, ties in the order fund, insurer, guarantor, bank. So each share is within one
 * fen of amount × share and the four sum exactly to the amount.
 */
import { type Decimal, formatMoney, ZERO } from '../model/money.js';
import type { PolicyRecord } from '../model/validate.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, finding, outsidePeriod } from './rule.js';

export const compensationSharesRule = defineRule({
  id: 'compensation.shares',
  description: {
    zh: '风险补偿按当地规定的比例在风险补偿金、保险机构、担保机构和银行之间分担，以分为单位且合计等于补偿金额。',
    en: 'Compensation is shared among the fund, insurer, guarantor and bank by the regional shares, in whole fen summing exactly to the amount.',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/5.3', '鼓励引入保险、担保机构分担风险')],
});

export const PARTIES = ['fund', 'insurer', 'guarantor', 'bank'] as const;
export type Shares = Record<(typeof PARTIES)[number], Decimal>;

/** Splits `amount` (yuan, whole fen) by the policy's shares; the bank takes 1 − the others. */
export function splitInFen(amount: Decimal, policy: PolicyRecord): Shares {
  const fen = amount.times(100);
  const bankShare = policy.fundShare.plus(policy.insurerShare).plus(policy.guarantorShare).negated().plus(1);
  const ratios = [policy.fundShare, policy.insurerShare, policy.guarantorShare, bankShare];
  const exact = ratios.map((r) => fen.times(r));
  const whole = exact.map((e) => e.floor());
  let left = whole.reduce((sum, w) => sum.minus(w), fen).toNumber();
  // Largest remainder first; the stable sort keeps the fund–insurer–guarantor–bank order on ties.
  const order = [0, 1, 2, 3].sort((a, b) => exact[b]!.minus(whole[b]!).comparedTo(exact[a]!.minus(whole[a]!)));
  for (const i of order) {
    if (left <= 0) break;
    whole[i] = whole[i]!.plus(1);
    left -= 1;
  }
  const [fund, insurer, guarantor, bank] = whole.map((w) => w.dividedBy(100)) as [Decimal, Decimal, Decimal, Decimal];
  return { fund, insurer, guarantor, bank };
}

export const NO_SHARES: Shares = { fund: ZERO, insurer: ZERO, guarantor: ZERO, bank: ZERO };

export function evaluateCompensationShares(triggered: boolean, amount: Decimal, policy: PolicyRecord, ctx: Context): Evaluation & { shares: Shares } {
  if (!triggered) {
    return {
      holds: false,
      shares: NO_SHARES,
      finding: finding(compensationSharesRule, ctx, 'not_applicable', { zh: '未启动风险补偿，不分担。', en: 'Compensation is not triggered, so nothing is shared.' }),
    };
  }
  const off = outsidePeriod(compensationSharesRule, ctx);
  if (off) return { finding: off, holds: false, shares: NO_SHARES };
  const shares = splitInFen(amount, policy);
  const facts = {
    compensableAmount: formatMoney(amount),
    fundShare: policy.fundShare.toString(),
    insurerShare: policy.insurerShare.toString(),
    guarantorShare: policy.guarantorShare.toString(),
    fund: formatMoney(shares.fund),
    insurer: formatMoney(shares.insurer),
    guarantor: formatMoney(shares.guarantor),
    bank: formatMoney(shares.bank),
  };
  return {
    holds: true,
    shares,
    finding: finding(compensationSharesRule, ctx, 'pass', {
      zh: `补偿金额${facts.compensableAmount}元：风险补偿金${facts.fund}元，保险机构${facts.insurer}元，担保机构${facts.guarantor}元，银行${facts.bank}元。`,
      en: `Compensable ${facts.compensableAmount} yuan: fund ${facts.fund}, insurer ${facts.insurer}, guarantor ${facts.guarantor}, bank ${facts.bank}.`,
    }, facts),
  };
}
