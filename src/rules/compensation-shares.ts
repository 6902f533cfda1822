/**
 * CBIRC-2020-28/5.3 — ……持续完善扶贫小额信贷风险补偿机制，明确风险补偿启动条件及流程，鼓励引入保险、担保机构分担风险。
 *
 * The compensable amount (the outstanding balance) is split among the fund, insurer, guarantor and
 * bank in whole fen: each first gets floor(amount × share); the fen left over go one each to the
 * largest remainders, ties in the order fund, insurer, guarantor, bank. So each share is within one
 * fen of amount × share and the four sum exactly to the amount.
 */
import { Decimal, fenOf, formatMoney, yuanOfFen, ZERO } from '../model/money.js';
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

/**
 * Splits `amount` (yuan, whole fen) by the policy's shares; the bank takes 1 − the others. Exact integer
 * arithmetic: each share is n / 10^k, so amount-in-fen × n divides by 10^k into a whole part and a
 * remainder with no rounding anywhere.
 */
export function splitInFen(amount: Decimal, policy: PolicyRecord): Shares {
  const fen = fenOf(amount);
  const { parts, scale } = integerShares(policy);
  const exact = parts.map((n) => fen * n);
  const whole = exact.map((e) => e / scale);
  const remainder = exact.map((e) => e % scale);
  let left = whole.reduce((sum, w) => sum - w, fen);
  // Largest remainder first; the stable sort keeps the fund–insurer–guarantor–bank order on ties.
  const order = [0, 1, 2, 3].sort((a, b) => (remainder[b]! > remainder[a]! ? 1 : remainder[b]! < remainder[a]! ? -1 : 0));
  for (const i of order) {
    if (left <= 0n) break;
    whole[i] = whole[i]! + 1n;
    left -= 1n;
  }
  const [fund, insurer, guarantor, bank] = whole.map(yuanOfFen) as [Decimal, Decimal, Decimal, Decimal];
  return { fund, insurer, guarantor, bank };
}

// A policy's shares as integers over one power of ten, worked out once per policy (a region's policy
// serves every loan in it).
const sharesCache = new WeakMap<PolicyRecord, { parts: bigint[]; scale: bigint }>();

function integerShares(policy: PolicyRecord): { parts: bigint[]; scale: bigint } {
  const cached = sharesCache.get(policy);
  if (cached) return cached;
  const given = [policy.fundShare, policy.insurerShare, policy.guarantorShare];
  const k = Math.max(...given.map((r) => r.decimalPlaces()));
  const scale = 10n ** BigInt(k);
  const parts = given.map((r) => BigInt(r.times(new Decimal(10).pow(k)).toFixed(0)));
  parts.push(scale - parts.reduce((a, b) => a + b, 0n)); // the bank's share
  const result = { parts, scale };
  sharesCache.set(policy, result);
  return result;
}

export const NO_SHARES: Shares = { fund: ZERO, insurer: ZERO, guarantor: ZERO, bank: ZERO };

const NOT_TRIGGERED = { zh: '未启动风险补偿，不分担。', en: 'Compensation is not triggered, so nothing is shared.' };

export function evaluateCompensationShares(triggered: boolean, amount: Decimal, policy: PolicyRecord, ctx: Context): Evaluation & { shares: Shares } {
  if (!triggered) {
    return {
      holds: false,
      shares: NO_SHARES,
      finding: finding(compensationSharesRule, ctx, 'not_applicable', NOT_TRIGGERED),
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
