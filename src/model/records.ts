/**
 * The records the rules read: what the readers make of a record the schemas accepted. Each is derived
 * from its schema's type, so a field added to a schema reaches the rules' types too: every field is
 * present, an optional one is `null` when not given, money and shares are Decimals, and fields with a
 * default (the README's record tables) carry it. Types only: this module imports no validation, so rules may use it.
 */
import type * as z from 'zod';
import type { IsoDate } from './dates.js';
import type { Decimal } from './money.js';
import type { EligibilityRequest, Household, Interpretations, Jurisdiction, LendingApplicationSchema, Loan, RiskCompensationPolicy } from './schemas.js';
import type { ShareParts } from './shares.js';

/** Every field present; an optional one `null` when not given. */
type Given<T> = { readonly [K in keyof T]-?: Exclude<T[K], undefined> };
/** Fields with a default: always given. */
type Defaulted<T> = { readonly [K in keyof T]-?: NonNullable<T[K]> };
/** Money and ratio fields, converted (absent ones as zero where the reader says so). */
type AsDecimal<T> = { readonly [K in keyof T]-?: Decimal };
/** One object type out of an intersection, for readable hovers and messages. */
type Flat<T> = { readonly [K in keyof T]: T[K] };

export type HouseholdRecord = Given<Household>;

/** A loan as the rules read it; `status` becomes `active`, and defaults are filled in. */
export type LoanRecord = Flat<
  Given<Omit<Loan, 'principal' | 'outstanding' | 'status' | 'covidRepaymentDifficulty' | 'overdueDays' | 'classification' | 'collectionAttempted'>> &
    AsDecimal<Pick<Loan, 'principal' | 'outstanding'>> &
    Defaulted<Pick<Loan, 'covidRepaymentDifficulty' | 'overdueDays' | 'classification' | 'collectionAttempted'>> & {
      /** `status` is not `'closed'`. */
      readonly active: boolean;
    }
>;

export type RequestRecord = Flat<Given<Omit<EligibilityRequest, 'amount'>> & AsDecimal<Pick<EligibilityRequest, 'amount'>>>;

/** A region's policy as the rules read it: shares as Decimals (absent ones zero), and split into parts. */
export type PolicyRecord = Flat<
  Given<Pick<RiskCompensationPolicy, 'fundEstablished' | 'minOverdueDays'>> &
    AsDecimal<Pick<RiskCompensationPolicy, 'fundShare' | 'insurerShare' | 'guarantorShare'>> &
    Defaulted<Pick<RiskCompensationPolicy, 'requireCollectionAttempted'>> & {
      /** The four shares (the bank's last) as integers over one power of ten. */
      readonly split: ShareParts;
    }
>;

/** The common options with their defaults filled in; every interpretation pinned or defaulted. */
export type Options = Flat<
  {
    readonly asOf: IsoDate | null;
    readonly jurisdiction: Jurisdiction;
  } & Defaulted<Interpretations>
>;

/** The shell of a lending application; the records inside are still to be read by their own readers. */
export type ApplicationRecord = Given<z.output<typeof LendingApplicationSchema>>;
