/**
 * 单户扶贫小额信贷总额 — what a household's microcredit total sums (docs/interpretations.md, `capBasis`):
 * by default the outstanding balance of its active loans; `'principal'` sums their contracted amounts.
 * Closed loans and loans of other households never count.
 */
import { Decimal, ZERO } from '../model/money.js';
import type { LoanRecord, Options } from '../model/records.js';
import { parameters } from '../sources/parameters.js';

export function householdTotal(loans: readonly LoanRecord[], householdId: string, basis: Options['capBasis'], leaveOutLoanId: string | null = null): Decimal {
  let total: Decimal = ZERO;
  for (const loan of loans) {
    if (loan.householdId !== householdId || loan.id === leaveOutLoanId) continue;
    const amount = capAmount(loan, basis);
    if (amount !== null) total = total === ZERO ? amount : total.plus(amount);
  }
  return total;
}

/**
 * What one loan adds to its household's total under `basis`, or `null` when it adds nothing (a closed
 * loan). The audit keeps running totals with it, so both sum alike.
 */
export function capAmount(loan: LoanRecord, basis: Options['capBasis']): Decimal | null {
  if (!loan.active) return null;
  return basis === 'principal' ? loan.principal : loan.outstanding;
}

/** 5万元, from the cited parameter. */
export const HOUSEHOLD_CAP = new Decimal(parameters.householdCap.value);
