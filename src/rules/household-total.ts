/**
 * 单户扶贫小额信贷总额 — what a household's microcredit total sums (docs/interpretations.md, `capBasis`):
 * by default the outstanding balance of its active loans; `'principal'` sums their contracted amounts.
 * Closed loans and loans of other households never count.
 */
import { addFen, Decimal, type FenSum, ZERO } from '../model/money.js';
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

/** A household's total as `HouseholdTotals` keeps it: its active loans counted and summed (capAmount's amounts, in whole fen). */
export interface HouseholdSum {
  readonly fen: FenSum;
  readonly activeLoans: number;
}

/** What `HouseholdTotals.part` hands over: plain arrays, so a part can cross to another thread. */
export interface HouseholdTotalsPart {
  readonly fen: readonly FenSum[];
  readonly activeLoans: readonly number[];
}

/**
 * Every household's running total as the audit reads its loans one at a time, by the household's index (the order
 * the households were read in): the loans each active loan adds (`capAmount`), in whole fen. When the loans file is
 * read in parts (one byte range a thread), each part sums its own loans and `merge` adds the parts: a sum of partial
 * sums, exact in fen, is the total the whole file gives, whatever the order of the loans or the split.
 */
export class HouseholdTotals {
  private readonly fen: FenSum[] = [];
  private readonly loans: number[] = [];

  /** Makes room for the next household; returns its index. */
  register(): number {
    this.fen.push(0);
    this.loans.push(0);
    return this.fen.length - 1;
  }

  /** Counts one loan of household `index`, adding what `capAmount` says it adds (`counted`, in fen; `null` adds nothing). */
  add(index: number, counted: bigint | null): void {
    this.loans[index] = this.loans[index]! + 1;
    if (counted !== null) this.fen[index] = addFen(this.fen[index]!, counted);
  }

  /** Household `index`'s total. */
  sum(index: number): HouseholdSum {
    return { fen: this.fen[index]!, activeLoans: this.loans[index]! };
  }

  /** The partial sums of this part of the loans, to `merge` elsewhere. */
  part(): HouseholdTotalsPart {
    return { fen: this.fen, activeLoans: this.loans };
  }

  /**
   * Adds another part's sums, household by household: the total of each is the sum of its parts'.
   *
   * @throws {RangeError} when the part counts a different number of households (it read another households file)
   */
  merge(part: HouseholdTotalsPart): void {
    if (part.fen.length !== this.fen.length || part.activeLoans.length !== this.loans.length)
      throw new RangeError(`a part of ${part.fen.length} households cannot merge into ${this.fen.length}`);
    for (let i = 0; i < this.fen.length; i++) {
      const fen = part.fen[i]!;
      if (fen !== 0) this.fen[i] = addFen(this.fen[i]!, BigInt(fen));
      this.loans[i] = this.loans[i]! + part.activeLoans[i]!;
    }
  }
}
