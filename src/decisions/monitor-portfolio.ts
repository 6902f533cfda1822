import { addDays, type IsoDate } from '../model/dates.js';
import { addFen, Decimal, type FenSum, fenOf, formatMoney, yuanOfFen, ZERO } from '../model/money.js';
import type { Thresholds } from '../model/schemas.js';
import { checks } from '../model/checks.js';
import { Issues } from '../model/issues.js';
import { optionKeys, readLeadBanks, readOptions, readThresholds } from '../model/read-options.js';
import { readHousehold, readList, readLoan } from '../model/read-records.js';
import type { HouseholdRecord, LoanRecord } from '../model/records.js';
import { classifyPurpose } from '../rules/classify.js';
import { isHandedOver } from '../rules/household-use-purpose.js';
import { leadBankRule } from '../rules/lead-bank.js';
import { METRICS, type Metric } from '../rules/monitoring.js';
import type { Context, Finding } from '../rules/rule.js';
import type { Lexicon, UsagePurpose } from '../rules/usage-lexicon.js';
import type { CompiledLexicon } from '../rules/usage-matcher.js';
import { contextOf } from './context.js';
import { readLexicon } from './lexicon.js';
import type { CommonOptions, HouseholdInput, LoanInput } from './types.js';

export interface MonitorOptions extends CommonOptions {
  /** The date of the report; required. */
  asOf: IsoDate;
  /** Days ahead that count as maturing soon (集中到期); default 90. */
  maturityWindowDays?: number | null;
  /** Flag a region when a figure reaches (>=) one of these. No defaults: 28号 names no numbers. */
  thresholds?: Thresholds | null;
  /** Terms for classifying purposes as enterprise use (default `defaultLexicon`). */
  lexicon?: Lexicon | null;
  /**
   * The lead-bank register (主责任银行, 名单制管理; 28号 四, 47号 三): each region's lead bank. Only when it is given,
   * a region with active loans and no lead bank gets a failed finding, and each region its `leadBankShare`.
   */
  leadBanks?: Record<string, string> | null;
}

/** One region's figures over its active loans (28号 五's monitoring). */
export interface RegionReport {
  region: string;
  activeLoans: number;
  outstanding: string;
  /**
   * Due in [asOf, asOf + maturityWindowDays] (集中到期): due at the recorded `deferredTo` when later than
   * `maturityDate` (an unlawful excess is the deferral rule's finding), else at `maturityDate`.
   */
  maturingSoonOutstanding: string;
  /** overdueDays > 0 (贷款逾期). */
  overdueOutstanding: string;
  /** Purpose classifies as enterprise or platform use, or borrowedBy or usedBy is not the household (户贷企用). */
  enterpriseUseOutstanding: string;
  /**
   * Not used directly for the household's production (户贷企用等未直接用于贫困户发展生产): enterprise use as above, or
   * a purpose in any prohibited category.
   */
  notForProductionOutstanding: string;
  /** A purpose recorded but not recognised (`unknown`): a person must review it. */
  needsReviewOutstanding: string;
  /** substandard + doubtful + loss (不良贷款). */
  nplOutstanding: string;
  /** special_mention (关注类). */
  specialMentionOutstanding: string;
  /** Shares of outstanding, four decimals, half-up; '0.0000' for a region with nothing outstanding. */
  maturingSoonShare: string;
  overdueShare: string;
  nplRatio: string;
  specialMentionShare: string;
  /** The region's lead bank in the register; `null` when it has none, or no register was given. */
  leadBank: string | null;
  /**
   * The share of the region's active loans (by count) whose `lender` is its lead bank, four decimals, half-up (a
   * loan with no `lender` is not the lead bank's); `null` without a register or without a lead bank.
   */
  leadBankShare: string | null;
  /** One per threshold given and reached, citing 28号 五. */
  flags: Finding[];
}

export interface PortfolioReport {
  regions: RegionReport[];
  /**
   * One finding per watched figure, naming the regions flagged; then the lead-bank rule's: `not_applicable`
   * without a register, a pass when every region has a lead bank, else one failed finding per region without.
   */
  findings: Finding[];
}

/** A region's running totals, in whole fen (exact sums; see fenOf and FenSum). */
interface Totals {
  activeLoans: number;
  outstanding: FenSum;
  maturingSoon: FenSum;
  overdue: FenSum;
  enterpriseUse: FenSum;
  notForProduction: FenSum;
  needsReview: FenSum;
  npl: FenSum;
  specialMention: FenSum;
  /** Active loans whose lender is the region's lead bank. */
  leadBankLoans: number;
}

/** A monitor's totals as `RegionMonitor.part` hands them over. */
export type RegionTotalsPart = ReadonlyMap<string, Readonly<Totals>>;

const NPL = new Set(['substandard', 'doubtful', 'loss']);
/** The watched figures that are balances (shown as money), not shares. */
/** A recorded party (borrower, user) other than the household itself. */
const outsider = (party: string | null): boolean => party !== null && party !== 'household';

const MONEY_METRICS: ReadonlySet<Metric> = new Set<Metric>(['enterpriseUseOutstanding', 'notForProductionOutstanding']);
const DEFAULT_WINDOW = 90;

const share = (part: Decimal, whole: Decimal): Decimal => (whole.isZero() ? ZERO : part.dividedBy(whole));

/**
 * 28号 五's monitoring, region by region: balances maturing soon (集中到期, by the real due date: a recorded
 * deferral later than maturity), overdue, used by enterprises (户贷企用), not used directly for production
 * (户贷企用等, every prohibited purpose), needing review (an unrecognised purpose), non-performing (不良) and
 * special-mention (关注类), with their shares of the outstanding balance. A region is a loan's `region`, else its
 * household's, else `'unknown'`; only active loans count. A region is flagged for a figure only when the caller
 * passes a threshold for it and the figure reaches it — 28号 names no numbers, so there are no defaults. With a
 * lead-bank register (28号 四, 47号 三: 主责任银行, 名单制管理), each region without a lead bank gets a failed finding,
 * and each region the share of its active loans its lead bank made.
 *
 * @param households - the households (for regions); ids must be unique
 * @param loans - the loans; ids must be unique
 * @param options - `asOf` (required), `maturityWindowDays` (default 90), `thresholds`, `lexicon`, `leadBanks`, `jurisdiction`
 * @returns one report per region, sorted by region, one finding per watched figure, and the lead-bank findings
 * @throws {PolicyInputError} when any argument is bad; every bad field is listed in `issues`
 * @example
 * const r = monitorPortfolio(
 *   [{ id: 'h1', povertyStatus: 'registered_poor', onPovertyOfficeList: true, region: '230183' }],
 *   [{ id: 'l1', householdId: 'h1', kind: 'new', principal: '30000', outstanding: '30000',
 *      contractDate: '2020-03-01', maturityDate: '2021-02-01', overdueDays: 10 }],
 *   { asOf: '2021-01-01', thresholds: { overdueShare: '0.5' } },
 * );
 * [r.regions[0].overdueShare, r.regions[0].flags.length] // => ['1.0000', 1]
 * const banks = monitorPortfolio(
 *   [{ id: 'h1', povertyStatus: 'registered_poor', onPovertyOfficeList: true, region: '230183' }],
 *   [{ id: 'l1', householdId: 'h1', kind: 'new', principal: '30000', outstanding: '30000',
 *      contractDate: '2020-03-01', maturityDate: '2021-02-01', lender: '农业银行' }],
 *   { asOf: '2021-01-01', leadBanks: { '230184': '农业银行' } },
 * );
 * [banks.regions[0].leadBank, banks.findings.map((f) => f.outcome).at(-1)] // => [null, 'fail']
 */
export function monitorPortfolio(households: readonly HouseholdInput[], loans: readonly LoanInput[], options: MonitorOptions): PortfolioReport {
  const issues = new Issues();
  const householdRecords = readList(households, 'households', issues, readHousehold);
  const loanRecords = readList(loans, 'loans', issues, readLoan);
  const { options: opts, extra } = readOptions(options, issues, MONITOR_OPTIONS);
  if (options === undefined || options === null || (opts.asOf === null && !issues.list.some((i) => i.path === 'options.asOf'))) {
    issues.add('options.asOf', 'required', 'is required: the date of the report');
  }
  let window = DEFAULT_WINDOW;
  if (extra.maturityWindowDays !== undefined && extra.maturityWindowDays !== null) {
    const problem = checks.dayCount(extra.maturityWindowDays);
    if (problem) issues.add('options.maturityWindowDays', problem.code, problem.message);
    else window = extra.maturityWindowDays as number;
  }
  const thresholds = readThresholds(extra.thresholds, 'options.thresholds', issues);
  const lexicon = readLexicon(extra.lexicon, issues);
  const leadBanks = readLeadBanks(extra.leadBanks, 'options.leadBanks', issues);
  unique(householdRecords, 'households', issues);
  unique(loanRecords, 'loans', issues);
  issues.throwIfAny();

  const monitor = new RegionMonitor(opts.asOf!, window, lexicon, leadBanks);
  const regionOfHousehold = new Map(householdRecords.map(([h]) => [h.id, h.region]));
  for (const [loan] of loanRecords) {
    if (loan.active) monitor.add(loan, loan.region ?? regionOfHousehold.get(loan.householdId) ?? 'unknown');
  }
  const { regions, findings } = monitor.report(thresholds, contextOf(opts));
  return { regions, findings };
}

export type ThresholdValues = Partial<Record<Metric, Decimal>>;

/**
 * Adds active loans up by region, one at a time, and reports at the end: monitorPortfolio over arrays,
 * and the audit over a stream of millions of loans (memory grows with regions, not loans).
 */
export class RegionMonitor {
  private readonly totals = new Map<string, Totals>();
  private readonly windowEnd: IsoDate;

  /** `leadBanks`: the lead-bank register, `null` when none was given. */
  constructor(
    private readonly asOf: IsoDate,
    maturityWindowDays: number,
    private readonly lexicon: CompiledLexicon,
    private readonly leadBanks: ReadonlyMap<string, string> | null = null,
  ) {
    this.windowEnd = addDays(asOf, maturityWindowDays);
  }

  /**
   * Counts an active loan in its region; `category` (`null` for no purpose) may be given when the purpose is
   * already classified, and `fen` when the outstanding balance is already in fen.
   */
  add(loan: LoanRecord, region: string, category?: UsagePurpose | 'unknown' | null, fen: bigint = fenOf(loan.outstanding)): void {
    let t = this.totals.get(region);
    if (!t) {
      t = {
        activeLoans: 0,
        outstanding: 0,
        maturingSoon: 0,
        overdue: 0,
        enterpriseUse: 0,
        notForProduction: 0,
        needsReview: 0,
        npl: 0,
        specialMention: 0,
        leadBankLoans: 0,
      };
      this.totals.set(region, t);
    }
    t.activeLoans++;
    t.outstanding = addFen(t.outstanding, fen);
    // The loan falls due when its recorded deferral ends, if that is later than maturity (the schema keeps it not earlier).
    const due = loan.deferredTo !== null && loan.deferredTo > loan.maturityDate ? loan.deferredTo : loan.maturityDate;
    if (due >= this.asOf && due <= this.windowEnd) t.maturingSoon = addFen(t.maturingSoon, fen);
    if (loan.overdueDays > 0) t.overdue = addFen(t.overdue, fen);
    const purpose = category !== undefined ? category : loan.purpose === null ? null : classifyPurpose(loan.purpose, this.lexicon).category;
    // A loan borrowed in the household's name by someone else (冒名、顶名) is 户贷企用 as much as one handed over.
    const enterprise = outsider(loan.borrowedBy) || outsider(loan.usedBy) || (purpose !== null && isHandedOver(purpose));
    if (enterprise) t.enterpriseUse = addFen(t.enterpriseUse, fen);
    // 户贷企用等未直接用于贫困户发展生产: enterprise use, and every other purpose that is not production.
    if (enterprise || (purpose !== null && purpose !== 'production' && purpose !== 'unknown')) t.notForProduction = addFen(t.notForProduction, fen);
    if (purpose === 'unknown') t.needsReview = addFen(t.needsReview, fen);
    if (NPL.has(loan.classification)) t.npl = addFen(t.npl, fen);
    if (loan.classification === 'special_mention') t.specialMention = addFen(t.specialMention, fen);
    const leadBank = this.leadBanks?.get(region);
    if (leadBank !== undefined && loan.lender === leadBank) t.leadBankLoans++;
  }

  /** The running totals so far, region by region, to `merge` into a monitor elsewhere (a part of the loans read by another thread). */
  part(): RegionTotalsPart {
    return this.totals;
  }

  /** Adds another monitor's totals (`part`), region by region and figure by figure: exact sums in fen, in any order. */
  merge(part: RegionTotalsPart): void {
    for (const [region, theirs] of part) {
      const ours = this.totals.get(region);
      if (!ours) {
        this.totals.set(region, { ...theirs });
        continue;
      }
      // Counts and sums alike: addFen keeps a number while it is exact.
      const sums = ours as Record<keyof Totals, FenSum>;
      for (const key of Object.keys(ours) as (keyof Totals)[]) sums[key] = addFen(sums[key], BigInt(theirs[key]));
    }
  }

  /**
   * The report, and each region without a lead bank with its failed monitoring.lead_bank finding (empty without a
   * register): the audit reports that finding about its region.
   */
  report(thresholds: ThresholdValues, ctx: Context): PortfolioReport & { withoutLeadBank: ReadonlyMap<string, Finding> } {
    const figures = [...this.totals.keys()].sort().map((region) => {
      const f = this.totals.get(region)!;
      const t = {
        activeLoans: f.activeLoans,
        outstanding: yuanOfFen(f.outstanding),
        maturingSoon: yuanOfFen(f.maturingSoon),
        overdue: yuanOfFen(f.overdue),
        enterpriseUse: yuanOfFen(f.enterpriseUse),
        notForProduction: yuanOfFen(f.notForProduction),
        needsReview: yuanOfFen(f.needsReview),
        npl: yuanOfFen(f.npl),
        specialMention: yuanOfFen(f.specialMention),
      };
      const values: Record<Metric, Decimal> = {
        maturingSoonShare: share(t.maturingSoon, t.outstanding),
        overdueShare: share(t.overdue, t.outstanding),
        enterpriseUseOutstanding: t.enterpriseUse,
        notForProductionOutstanding: t.notForProduction,
        nplRatio: share(t.npl, t.outstanding),
        specialMentionShare: share(t.specialMention, t.outstanding),
      };
      const shown = (m: Metric) => (MONEY_METRICS.has(m) ? formatMoney(values[m]) : values[m].toFixed(4));
      const leadBank = this.leadBanks?.get(region) ?? null;
      const leadBankShare = leadBank === null ? null : new Decimal(f.leadBankLoans).dividedBy(f.activeLoans).toFixed(4);
      return { region, t, values, shown, leadBank, leadBankShare };
    });
    // Each watched figure's rule judges every region at once; a region's flags are listed in METRICS order.
    const judged = METRICS.map((m) =>
      m.rule.evaluate(
        figures.map((r) => ({ region: r.region, value: r.values[m.metric], shown: r.shown(m.metric) })),
        thresholds[m.metric] ?? null,
        ctx,
      ),
    );
    const leadBanks = leadBankRule.evaluate(
      figures.map((r) => ({ region: r.region, activeLoans: r.t.activeLoans, leadBank: r.leadBank })),
      this.leadBanks !== null,
      ctx,
    );
    // Each region without a lead bank is a finding of its own; otherwise the rule's one finding.
    const findings = [...judged.map((j) => j.finding), ...(leadBanks.missing.size > 0 ? leadBanks.missing.values() : [leadBanks.finding])];
    const regions = figures.map(({ region, t, shown, leadBank, leadBankShare }): RegionReport => ({
      region,
      activeLoans: t.activeLoans,
      outstanding: formatMoney(t.outstanding),
      maturingSoonOutstanding: formatMoney(t.maturingSoon),
      overdueOutstanding: formatMoney(t.overdue),
      enterpriseUseOutstanding: formatMoney(t.enterpriseUse),
      notForProductionOutstanding: formatMoney(t.notForProduction),
      needsReviewOutstanding: formatMoney(t.needsReview),
      nplOutstanding: formatMoney(t.npl),
      specialMentionOutstanding: formatMoney(t.specialMention),
      maturingSoonShare: shown('maturingSoonShare'),
      overdueShare: shown('overdueShare'),
      nplRatio: shown('nplRatio'),
      specialMentionShare: shown('specialMentionShare'),
      leadBank,
      leadBankShare,
      flags: judged.flatMap((j) => j.flags.get(region) ?? []),
    }));
    return { regions, findings, withoutLeadBank: leadBanks.missing };
  }
}

/** Two records with one id would be counted, or located, twice. */
function unique(records: readonly [HouseholdRecord | LoanRecord, number][], path: string, issues: Issues): void {
  const first = new Map<string, number>();
  for (const [r, i] of records) {
    const seen = first.get(r.id);
    if (seen === undefined) first.set(r.id, i);
    else issues.add(`${path}[${i}].id`, 'range', `duplicates ${path}[${seen}].id ('${r.id.slice(0, 40)}')`);
  }
}

const MONITOR_OPTIONS = optionKeys('maturityWindowDays', 'thresholds', 'lexicon', 'leadBanks');
