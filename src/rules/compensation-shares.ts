/**
 * CBIRC-2020-28/5.3 — ……持续完善扶贫小额信贷风险补偿机制，明确风险补偿启动条件及流程，鼓励引入保险、担保机构分担风险。
 *
 * The compensable amount (the outstanding balance) is split among the fund, insurer, guarantor and
 * bank in whole fen: each first gets floor(amount × share); the fen left over go one each to the
 * largest remainders, ties in the order fund, insurer, guarantor, bank. So each share is within one
 * fen of amount × share and the four sum exactly to the amount.
 */
import { type Decimal, fenOf, formatFen, formatMoney } from '../model/money.js';
import type { PolicyRecord } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, finding } from './rule.js';

export const PARTIES = ['fund', 'insurer', 'guarantor', 'bank'] as const;
/** Each party's share in yuan, with two decimals. */
export type Shares = Record<(typeof PARTIES)[number], string>;

export const NO_SHARES: Shares = Object.freeze({ fund: '0.00', insurer: '0.00', guarantor: '0.00', bank: '0.00' });

export const compensationSharesRule = defineRule({
  id: 'compensation.shares',
  severity: 'information',
  description: {
    zh: '风险补偿按当地规定的比例在风险补偿金、保险机构、担保机构和银行之间分担，以分为单位且合计等于补偿金额。',
    en: 'Compensation is shared among the fund, insurer, guarantor and bank by the regional shares, in whole fen summing exactly to the amount.',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/5.3', '鼓励引入保险、担保机构分担风险')],
  evaluate: evaluateCompensationShares,
  outside: { shares: NO_SHARES },
});

/**
 * Splits `amount` (yuan, whole fen) by the policy's shares; the bank takes 1 − the others. Exact integer
 * arithmetic over the policy's share parts (src/model/shares.ts).
 */
export function splitInFen(amount: Decimal, policy: PolicyRecord): Shares {
  const fen = fenOf(amount);
  const { parts, scale } = policy.split;
  const whole: bigint[] = [0n, 0n, 0n, 0n];
  const remainder: bigint[] = [0n, 0n, 0n, 0n];
  let left = fen;
  for (let i = 0; i < 4; i++) {
    const exact = fen * parts[i]!;
    whole[i] = exact / scale;
    remainder[i] = exact - whole[i]! * scale;
    left -= whole[i]!;
  }
  // The parts sum to the scale, so at most three fen are left: one each to the largest remainders,
  // ties in the fund–insurer–guarantor–bank order.
  const given = [false, false, false, false];
  for (; left > 0n; left--) {
    let best = -1;
    for (let i = 0; i < 4; i++) if (!given[i] && (best === -1 || remainder[i]! > remainder[best]!)) best = i;
    given[best] = true;
    whole[best]! += 1n;
  }
  return { fund: formatFen(whole[0]!), insurer: formatFen(whole[1]!), guarantor: formatFen(whole[2]!), bank: formatFen(whole[3]!) };
}

const NOT_TRIGGERED = { zh: '未启动风险补偿，不分担。', en: 'Compensation is not triggered, so nothing is shared.' };

function evaluateCompensationShares(triggered: boolean, amount: Decimal, policy: PolicyRecord, ctx: Context): Evaluation & { shares: Shares } {
  if (!triggered) {
    return {
      holds: false,
      shares: NO_SHARES,
      finding: finding(compensationSharesRule, ctx, 'not_applicable', NOT_TRIGGERED),
    };
  }
  const shares = splitInFen(amount, policy);
  const facts = {
    compensableAmount: formatMoney(amount),
    fundShare: policy.fundShare.toString(),
    insurerShare: policy.insurerShare.toString(),
    guarantorShare: policy.guarantorShare.toString(),
    fund: shares.fund,
    insurer: shares.insurer,
    guarantor: shares.guarantor,
    bank: shares.bank,
  };
  return {
    holds: true,
    shares,
    finding: finding(
      compensationSharesRule,
      ctx,
      'pass',
      {
        zh: `补偿金额${facts.compensableAmount}元：风险补偿金${facts.fund}元，保险机构${facts.insurer}元，担保机构${facts.guarantor}元，银行${facts.bank}元。`,
        en: `Compensable ${facts.compensableAmount} yuan: fund ${facts.fund}, insurer ${facts.insurer}, guarantor ${facts.guarantor}, bank ${facts.bank}.`,
      },
      facts,
    ),
  };
}
