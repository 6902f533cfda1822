/**
 * Reads the sample county portfolio (examples/data/county) into records, the way the audit CLI reads
 * CSV: header names are the field names, booleans true/false, 1/0 or 是/否, empty cells absent.
 * Rows the library rejects are skipped here with a note; the CLI reports them in full.
 */
import { checkEligibility, computeDeferralDeadline, type Household, type Loan, PolicyInputError } from 'fupin-xindai';
import { HOUSEHOLD_COLUMNS, LOAN_COLUMNS } from '../../src/audit/rows.js';
import { readCsv } from '../../src/app/csv.js';
import { fileSource } from '../../src/cli/node-platform.js';

export const county = (file: string) => new URL(`../data/county/${file}`, import.meta.url).pathname;

export async function readPortfolio(): Promise<{ households: Household[]; loans: Loan[]; skipped: number }> {
  const households: Household[] = [];
  const loans: Loan[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  await readCsv(fileSource(county('households.csv')), HOUSEHOLD_COLUMNS, { encoding: 'utf-8' }, ({ record }) => {
    try {
      if (!record) throw new Error('unreadable row');
      checkEligibility(record as Household); // validates the row
      if (seen.has(record.id as string)) throw new PolicyInputError([{ path: 'household.id', code: 'range', message: 'repeated' }]);
      seen.add(record.id as string);
      households.push(record as Household);
    } catch {
      skipped++;
    }
  });
  const byId = new Map(households.map((h) => [h.id, h]));
  const loanIds = new Set<string>();
  await readCsv(fileSource(county('loans.csv')), LOAN_COLUMNS, { encoding: 'utf-8' }, ({ record }) => {
    const household = record && byId.get(record.householdId as string);
    try {
      if (!record || !household) throw new Error('unreadable row or no household');
      computeDeferralDeadline(record as Loan, household); // validates the row
      // As the CLI does: a repeated id, and a closed loan with money outstanding, are rejected rows.
      if (loanIds.has(record.id as string)) throw new Error('repeated loan id');
      if (record.status === 'closed' && !/^0+(\.0+)?$/.test(String(record.outstanding))) throw new Error('closed with money outstanding');
      loanIds.add(record.id as string);
      loans.push(record as Loan);
    } catch {
      skipped++;
    }
  });
  return { households, loans, skipped };
}
