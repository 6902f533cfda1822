/**
 * A generated county portfolio of any size, for tests that need a run long enough to watch (the audit page's
 * progress bar and cancel button): households and loans CSVs in the sample county's columns, from a seeded
 * generator, so the same size always gives the same bytes. The rows follow bench/audit-scale.ts's: mostly
 * productive purposes with some breaches, codes and blanks (texts from the labelled purpose corpora), a fifth of
 * the households on the edge, one loan in twenty overdue 120 days.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { CORPORA, readCorpus } from './usage-corpus.js';

export interface PortfolioSize {
  readonly households: number;
  readonly loans: number;
}

export interface PortfolioFiles {
  readonly households: string;
  readonly loans: string;
}

export const HOUSEHOLD_HEADER = 'id,povertyStatus,onPovertyOfficeList,hasIndustrialDevelopmentConditions,hasLaborCapacity,region';
export const LOAN_HEADER =
  'id,householdId,kind,principal,outstanding,contractDate,maturityDate,purpose,covidRepaymentDifficulty,overdueDays,classification,collectionAttempted';

const TOWNSHIPS = Array.from({ length: 40 }, (_, i) => `2302${String(31 + (i % 9)).padStart(2, '0')}${String(100 + i).padStart(3, '0')}`);
const csvText = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Writes a header and `rows` lines to `path`, a megabyte at a time. */
async function writeCsv(path: string, header: string, rows: number, row: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk += `${row(i)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/**
 * Writes `households.csv` and `loans.csv` of the given size into `dir` (or the names given) and returns their paths.
 * Every loan's household exists; the rows are valid, so every row is audited.
 */
export async function writePortfolio(
  dir: string,
  size: PortfolioSize,
  names: PortfolioFiles = { households: 'households.csv', loans: 'loans.csv' },
): Promise<PortfolioFiles> {
  const corpus = CORPORA.flatMap((name) => readCorpus(name));
  const productive = corpus.filter((r) => r.expected === 'production').map((r) => r.text);
  const other = corpus.filter((r) => r.expected !== 'production').map((r) => r.text);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const purpose = () => (random() < 0.9 ? pick(productive) : random() < 0.8 ? pick(other) : pick(['production', '']));

  const files = { households: join(dir, names.households), loans: join(dir, names.loans) };
  await writeCsv(files.households, HOUSEHOLD_HEADER, size.households, (i) => {
    const edge = random() < 0.2;
    return `H${i},${edge ? 'monitored_edge' : 'registered_poor'},${random() < 0.95 ? 'true' : 'false'},${edge ? 'true' : ''},${edge ? 'true' : ''},${pick(TOWNSHIPS)}`;
  });
  await writeCsv(files.loans, LOAN_HEADER, size.loans, (i) => {
    const overdue = random() < 0.05 ? 120 : 0;
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    // The household before the amount, as bench/audit-scale.ts draws them: the same seed gives the same rows.
    const household = `H${Math.floor(random() * size.households)}`;
    const outstanding = (5000 + Math.floor(random() * 15000)).toFixed(2);
    return `L${i},${household},new,20000,${outstanding},2019-${month}-15,2020-${month}-15,${csvText(purpose())},${random() < 0.3},${overdue},${overdue ? 'substandard' : 'normal'},${overdue ? 'true' : 'false'}`;
  });
  return files;
}
