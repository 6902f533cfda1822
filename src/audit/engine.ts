/**
 * The portfolio audit, without I/O: rows in (as plain objects, one at a time), findings and invalid
 * rows out through a callback, and a summary at the end. Households are kept (the audit needs them for
 * every loan); loans are judged and forgotten, so memory grows with households and regions, never with
 * loans. The CLI (src/cli) does the reading and writing around it.
 */
import { compensationCanTrigger, decideCompensation, sharesFindingOf } from '../decisions/risk-compensation-trigger.js';
import { decideDeferral, deferralCanFind, extensionWithheld, grantedBeyondLimit } from '../decisions/compute-deferral-deadline.js';
import { decideHouseholdUse, householdUseCanFail } from '../decisions/check-household-use.js';
import { capAmount, decideMaxTopUp, HouseholdTotals, type HouseholdTotalsPart, overCap } from '../decisions/compute-max-top-up.js';
import { decideUsage } from '../decisions/classify-usage.js';
import { evaluateEligibility } from '../decisions/eligibility.js';
import { RegionMonitor, type RegionTotalsPart, type ThresholdValues } from '../decisions/monitor-portfolio.js';
import type { IsoDate } from '../model/dates.js';
import { Decimal, fenOf, formatMoney, yuanOfFen } from '../model/money.js';
import {
  type CompiledLexicon,
  DEFAULT_COMPILED,
  Issues,
  type Jurisdiction,
  type Options,
  type PolicyRecord,
  readHousehold,
  readLoan,
} from '../decisions/records.js';
import { severityOf } from '../rules/index.js';
import type { Context, Facts, Finding, Outcome, Severity } from '../rules/rule.js';
import type { Citation } from '../sources/types.js';
import type { RegionReport } from '../decisions/monitor-portfolio.js';
import { HouseholdMap, type HouseholdStore } from './households.js';
import { type IdHash, IdHashSet, idOf } from './id-hashes.js';
import { describeRowFault, type RowFault } from './rows.js';

export type Lang = 'zh' | 'en';

/** One finding about one household, loan or region, flattened for reports. */
export interface AuditFinding {
  readonly type: 'finding';
  readonly subjectType: 'household' | 'loan' | 'region';
  readonly subject: string;
  /** The public function whose rule this is. */
  readonly function: string;
  readonly ruleId: string;
  readonly outcome: Outcome;
  /**
   * What a failure of its rule means (the rule's `severity` in `rules`): a report renders a failed finding as a
   * breach, as needing review, or as information — a condition merely not met — by it, never by `outcome` alone.
   */
  readonly severity: Severity;
  readonly message: string;
  /** The first citation's clause and quote (the full list is in `citations`). */
  readonly clauseId: string;
  readonly quote: string;
  readonly citations: readonly Citation[];
  readonly facts?: Facts;
  /** The loan's purpose as written, on a finding that reads it (its facts give the `matchedTerms`). */
  readonly purpose?: string;
}

/** One bad field of a rejected row. */
export interface InvalidRow {
  readonly type: 'invalid';
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export interface AuditSummary {
  households: number;
  loans: number;
  invalidRows: number;
  activeLoans: number;
  eligibleHouseholds: number;
  usageViolations: number;
  usageNeedsReview: number;
  overCapHouseholds: number;
  deferralEligibleLoans: number;
  compensationTriggeredLoans: number;
  compensationFundTotal: string;
  householdUseViolations: number;
  deferralsBeyondLimit: number;
  /** Loans that qualified for the deferral and fell overdue by its deadline with none recorded (应展尽展). */
  deferralNotGranted: number;
  regionsFlagged: number;
  /** Regions with active loans and no lead bank in the register; only with a register (`leadBanks`). */
  regionsWithoutLeadBank?: number;
  findings: number;
}

export interface PolicySet {
  readonly default: PolicyRecord | null;
  readonly byRegion: ReadonlyMap<string, PolicyRecord>;
}

export interface AuditSettings {
  readonly asOf: IsoDate;
  readonly jurisdiction: Jurisdiction;
  readonly lang: Lang;
  readonly options: Options;
  /** Risk-compensation policies; without them no compensation is computed. */
  readonly policies: PolicySet | null;
  /** Report every finding, not only breaches and those needing review. */
  readonly all: boolean;
  readonly thresholds: ThresholdValues;
  readonly maturityWindowDays: number;
  readonly householdsFile: string;
  readonly loansFile: string;
  readonly lexicon?: CompiledLexicon;
  /** The lead-bank register (region → bank), read by `readAuditLeadBanks`; without it no region is judged for one. */
  readonly leadBanks?: ReadonlyMap<string, string> | null;
  /** About how many loan rows to expect (a file's line count will do): sizes the table of loan-id hashes once. */
  readonly expectedLoans?: number;
  /** The loan-id hash (src/audit/id-hashes.ts); tests give a poor one to make ids collide. */
  readonly loanIdHash?: IdHash;
  /**
   * Where the households are kept (src/audit/households.ts): a Map of the records by default; a store in shared
   * memory when threads judge parts of the loans — the audit's own, filled as it reads the households, or, in a
   * thread, the audit's, already filled (the thread reads no households).
   */
  readonly households?: HouseholdStore;
}

export type Emit = (item: AuditFinding | InvalidRow) => void;

/** The summary's figures that loans add to (the others come from the households, or are made at the end). */
const LOAN_FIGURES = [
  'loans',
  'invalidRows',
  'activeLoans',
  'usageViolations',
  'usageNeedsReview',
  'deferralEligibleLoans',
  'compensationTriggeredLoans',
  'householdUseViolations',
  'deferralsBeyondLimit',
  'deferralNotGranted',
  'findings',
] as const satisfies readonly (keyof AuditSummary)[];

/**
 * What judging one part of the loans file (a byte range, read by another thread) added up to, from `part`: the
 * audit of the whole file adds it in with `absorb`. Plain data, so it can cross between threads.
 */
export interface LoanPart {
  readonly figures: Readonly<Record<(typeof LOAN_FIGURES)[number], number>>;
  readonly fundTotalFen: bigint;
  readonly households: HouseholdTotalsPart;
  readonly regions: RegionTotalsPart;
  /** The lines of rows held back (`holdBack`), and how many of them each id hash holds back. */
  readonly heldBack: { readonly lines: readonly number[]; readonly hashes: ReadonlyMap<string, number> };
}

const USAGE_CACHE_LIMIT = 20_000;

export class PortfolioAudit {
  private readonly households: HouseholdStore;
  private readonly totals = new HouseholdTotals();
  /** The loan figures when `beginPart` was called: a part reports only what its loans added. */
  private partStart: Readonly<Record<(typeof LOAN_FIGURES)[number], number>> | null = null;
  private readonly monitor: RegionMonitor;
  private readonly ctx: Context;
  private readonly lexicon: CompiledLexicon;
  private readonly summary: AuditSummary = {
    households: 0,
    loans: 0,
    invalidRows: 0,
    activeLoans: 0,
    eligibleHouseholds: 0,
    usageViolations: 0,
    usageNeedsReview: 0,
    overCapHouseholds: 0,
    deferralEligibleLoans: 0,
    compensationTriggeredLoans: 0,
    compensationFundTotal: '0.00',
    householdUseViolations: 0,
    deferralsBeyondLimit: 0,
    deferralNotGranted: 0,
    regionsFlagged: 0,
    findings: 0,
  };
  private fundTotalFen = 0n;
  /**
   * Loan officers write the same purposes again and again; each distinct text is classified once.
   * Bounded, so memory never grows with loans: past the limit the cache starts afresh.
   */
  private readonly usageCache = new Map<string, ReturnType<typeof decideUsage>>();
  /** The ids of household rows rejected for other faults, with their lines: the first row with an id claims it. */
  private readonly rejectedHouseholdIds = new Map<string, number>();
  /** The hashes of every loan id read (see id-hashes.ts). */
  private readonly loanIds: IdHashSet;
  /** Loan rows whose id hash was seen before, by line, waiting for `recheckLoan` to confirm them against the ids. */
  private readonly suspectLines = new Set<number>();
  /** For each hash of a suspect: suspects still to confirm, and the distinct ids with it met so far while rechecking (with their first lines). */
  private readonly suspectHashes = new Map<string, { pending: number; ids: { id: string; line: number }[] }>();

  constructor(private readonly settings: AuditSettings) {
    this.ctx = { asOf: settings.asOf, jurisdiction: settings.jurisdiction };
    this.lexicon = settings.lexicon ?? DEFAULT_COMPILED;
    this.monitor = new RegionMonitor(settings.asOf, settings.maturityWindowDays, this.lexicon, settings.leadBanks ?? null);
    this.loanIds = new IdHashSet(settings.expectedLoans, settings.loanIdHash);
    this.households = settings.households ?? new HouseholdMap();
    // A store already filled (a thread's): its households have their places in the totals.
    for (let i = 0; i < this.households.size; i++) this.totals.register();
  }

  /** The message of the report's language. */
  private say(message: { zh: string; en: string }): string {
    return message[this.settings.lang];
  }

  /**
   * Reads one household row; a bad one, or one repeating an earlier row's id (valid or not: the first row
   * with an id claims it), is reported and left out of every count.
   */
  household(row: unknown, line: number, emit: Emit): void {
    const issues = new Issues();
    const record = readHousehold(row, 'household', issues);
    const id = idOf(row);
    const known = id === undefined ? -1 : this.households.find(id);
    const first = id === undefined ? undefined : known >= 0 ? this.households.line(known) : this.rejectedHouseholdIds.get(id);
    if (first !== undefined) issues.add('household.id', 'range', this.repeats(id!, first));
    if (this.reject(issues, this.settings.householdsFile, line, emit) || !record) {
      if (id !== undefined && first === undefined) this.rejectedHouseholdIds.set(id, line);
      return;
    }
    const eligible = evaluateEligibility(record, undefined, [], this.settings.options, this.ctx).every((e) => e.holds);
    this.households.add(record, line, eligible);
    this.totals.register();
    this.summary.households++;
    if (eligible) this.summary.eligibleHouseholds++;
  }

  /**
   * Reads and judges one loan row; a bad one, one whose household is not among the valid ones, or a closed one
   * with money outstanding is reported. A row whose id's hash was seen before is held back (by its line only)
   * until `recheckLoan` has compared the ids: see `loansToRecheck`.
   */
  loan(row: unknown, line: number, emit: Emit): void {
    const id = idOf(row);
    if (id !== undefined && this.loanIds.seenOrAdd(id)) this.holdBack(row, line);
    else this.judgeLoan(row, line, emit, undefined);
  }

  /**
   * Holds a loan row back, unjudged, by its line: its id's hash was seen at an earlier row (by `loan`, or by whoever
   * reads the loans in parts, src/app/loan-ranges.ts); `recheckLoan` decides it.
   */
  holdBack(row: unknown, line: number): void {
    this.suspectLines.add(line);
    const key = this.loanIds.key(idOf(row)!);
    const suspect = this.suspectHashes.get(key);
    if (suspect) suspect.pending++;
    else this.suspectHashes.set(key, { pending: 1, ids: [] });
  }

  /** Reads and judges one loan row whose id no earlier row has (its reader checked): `loan` without the check. */
  judge(row: unknown, line: number, emit: Emit): void {
    this.judgeLoan(row, line, emit, undefined);
  }

  /** Starts counting a part: what `part` reports is what the loans read from now on added. */
  beginPart(): void {
    this.partStart = this.figures();
  }

  /** What the loans read since `beginPart` added up to, for the audit of the whole file to `absorb`. */
  part(): LoanPart {
    const now = this.figures();
    const start = this.partStart;
    const figures = Object.fromEntries(LOAN_FIGURES.map((k) => [k, now[k] - (start ? start[k] : 0)])) as LoanPart['figures'];
    const hashes = new Map([...this.suspectHashes].map(([key, s]) => [key, s.pending]));
    return {
      figures,
      fundTotalFen: this.fundTotalFen,
      households: this.totals.part(),
      regions: this.monitor.part(),
      heldBack: { lines: [...this.suspectLines], hashes },
    };
  }

  /**
   * Adds in a part of the loans judged elsewhere (`part` of an audit that read the same households): its figures,
   * fund total, households' and regions' totals, and the rows it held back, for `recheckLoan`.
   */
  absorb(part: LoanPart): void {
    for (const k of LOAN_FIGURES) this.summary[k] += part.figures[k];
    this.fundTotalFen += part.fundTotalFen;
    this.totals.merge(part.households);
    this.monitor.merge(part.regions);
    for (const line of part.heldBack.lines) this.suspectLines.add(line);
    for (const [key, pending] of part.heldBack.hashes) {
      const suspect = this.suspectHashes.get(key);
      if (suspect) suspect.pending += pending;
      else this.suspectHashes.set(key, { pending, ids: [] });
    }
  }

  private figures(): Record<(typeof LOAN_FIGURES)[number], number> {
    return Object.fromEntries(LOAN_FIGURES.map((k) => [k, this.summary[k]])) as Record<(typeof LOAN_FIGURES)[number], number>;
  }

  /**
   * Whether some loan rows are held back because their id's hash was seen before. If so, the caller reads
   * the loans again from the start, giving every row (as to `loan`) to `recheckLoan`, before `finish`.
   */
  loansToRecheck(): boolean {
    return this.suspectLines.size > 0;
  }

  /**
   * The second reading of the loans, when `loansToRecheck()`: the first row with each suspect hash is
   * remembered by its id; each held-back row is compared with the ids before it of the same hash — one equal
   * makes it a repeat, rejected naming that id's first line; none equal (two ids sharing a hash) and it is
   * judged now, as `loan` would have. Ids are kept only for hashes that repeat, and dropped once their last
   * held-back row is judged. Rows not involved are passed over.
   */
  recheckLoan(row: unknown, line: number, emit: Emit): void {
    const id = idOf(row);
    if (id === undefined) return;
    const key = this.loanIds.key(id);
    const suspect = this.suspectHashes.get(key);
    if (!suspect) return;
    if (!this.suspectLines.has(line)) {
      // The first row with this hash (each later one is held back).
      if (suspect.ids.length === 0) suspect.ids.push({ id, line });
      return;
    }
    this.suspectLines.delete(line);
    const earlier = suspect.ids.find((s) => s.id === id);
    if (!earlier) suspect.ids.push({ id, line });
    if (--suspect.pending === 0) this.suspectHashes.delete(key);
    this.judgeLoan(row, line, emit, earlier?.line);
  }

  private judgeLoan(row: unknown, line: number, emit: Emit, repeatsLine: number | undefined): void {
    const issues = new Issues();
    const loan = readLoan(row, 'loan', issues);
    if (repeatsLine !== undefined) issues.add('loan.id', 'range', this.repeats(idOf(row)!, repeatsLine));
    const household = loan ? this.households.find(loan.householdId) : -1;
    if (loan && household < 0)
      issues.add('loan.householdId', 'range', `no valid household '${loan.householdId.slice(0, 40)}' in ${this.settings.householdsFile}`);
    // A data check of the audit's, not a rule: the library ignores closed loans, but one that still owes is a contradiction in the file.
    if (loan && !loan.active && !loan.outstanding.isZero())
      issues.add(
        'loan.outstanding',
        'range',
        this.say({
          zh: `贷款状态为结清，但贷款余额为${formatMoney(loan.outstanding)}元：结清的贷款不应有余额`,
          en: `is ${formatMoney(loan.outstanding)} on a closed loan: a closed loan owes nothing`,
        }),
      );
    if (this.reject(issues, this.settings.loansFile, line, emit) || !loan || household < 0) return;
    this.summary.loans++;
    if (!loan.active) return;
    this.summary.activeLoans++;
    const fen = fenOf(loan.outstanding);
    const counted = capAmount(loan, this.settings.options.capBasis);
    this.totals.add(household, counted === null ? null : counted === loan.outstanding ? fen : fenOf(counted));
    const region = loan.region ?? this.households.region(household) ?? 'unknown';

    let match = null;
    if (loan.purpose !== null) {
      const usage = this.usage(loan.purpose);
      if (usage.permitted === false) this.summary.usageViolations++;
      if (usage.permitted === null) this.summary.usageNeedsReview++;
      match = usage.match;
      this.report('loan', loan.id, 'classifyUsage', usage.findings, emit, { purpose: loan.purpose });
    }
    const category = match === null ? null : match.category;
    // Most loans have nothing for a rule to find: a decision is made only where its module says it can
    // find something (each such test is held against its decision), or when every finding is asked for.
    // test/audit/reconciliation.test.ts reconciles every figure with the public functions record by record.
    const all = this.settings.all;
    if (all || householdUseCanFail(loan, match)) {
      const use = decideHouseholdUse(loan, this.lexicon, this.ctx, match);
      if (use.compliant === false) this.summary.householdUseViolations++;
      this.report('loan', loan.id, 'checkHouseholdUse', use.findings, emit, { purpose: loan.purpose });
    }

    if (all || deferralCanFind(loan)) {
      const deferral = decideDeferral(loan, this.households.record(household), this.settings.options, this.ctx);
      if (deferral.eligible) this.summary.deferralEligibleLoans++;
      if (grantedBeyondLimit(deferral)) this.summary.deferralsBeyondLimit++;
      if (extensionWithheld(deferral)) this.summary.deferralNotGranted++;
      this.report('loan', loan.id, 'computeDeferralDeadline', deferral.findings, emit);
    }

    const policy = this.settings.policies ? (this.settings.policies.byRegion.get(region) ?? this.settings.policies.default) : null;
    if (policy && (all || compensationCanTrigger(loan, policy, this.settings.options, this.ctx))) {
      const compensation = decideCompensation(loan, policy, this.settings.options, this.ctx);
      if (compensation.triggered) {
        this.summary.compensationTriggeredLoans++;
        this.fundTotalFen += fenOf(new Decimal(compensation.shares.fund));
      }
      // A triggered loan is listed with its shares (the shares finding passes), so the fund total can be summed by hand.
      const listed = compensation.triggered ? sharesFindingOf(compensation) : undefined;
      this.report('loan', loan.id, 'riskCompensationTrigger', compensation.findings, emit, { listed });
    }
    this.monitor.add(loan, region, category, fen);
  }

  private usage(purpose: string): ReturnType<typeof decideUsage> {
    let usage = this.usageCache.get(purpose);
    if (!usage) {
      if (this.usageCache.size >= USAGE_CACHE_LIMIT) this.usageCache.clear();
      usage = decideUsage(purpose, this.lexicon, this.ctx);
      this.usageCache.set(purpose, usage);
    }
    return usage;
  }

  /** Reports a row that cannot be read as fields at all (src/audit/rows.ts, RowFault): too many cells, or a quote never closed. */
  malformed(file: string, line: number, fault: RowFault, emit: Emit): void {
    this.summary.invalidRows++;
    emit({ type: 'invalid', file, line, field: '(row)', code: 'type', message: describeRowFault(fault, this.settings.lang) });
  }

  /** A rejected row's message for an id an earlier row has. */
  private repeats(id: string, firstLine: number): string {
    return this.say({ zh: `编号'${id.slice(0, 40)}'与第${firstLine}行重复`, en: `repeats the id '${id.slice(0, 40)}' of line ${firstLine}` });
  }

  /** Judges what needs every loan first (totals, lending to ineligible households, regions) and sums up. */
  finish(emit: Emit): { summary: AuditSummary; regions: RegionReport[]; regionFindings: Finding[] } {
    if (this.suspectLines.size > 0) throw new Error(`${this.suspectLines.size} loan rows wait for recheckLoan: read the loans again first (loansToRecheck)`);
    for (let index = 0; index < this.households.size; index++) {
      const total = this.totals.sum(index);
      if (total.activeLoans === 0) continue;
      const record = this.households.record(index);
      const id = record.id;
      // A household that holds loans but is not eligible was lent to against 28号 二 / 47号 三.
      const reported = this.households.eligible(index)
        ? []
        : this.report(
            'household',
            id,
            'checkEligibility',
            evaluateEligibility(record, undefined, [], this.settings.options, this.ctx).map((e) => e.finding),
            emit,
          );
      // The same status rules are computeMaxTopUp's too: each finding about the household is reported once.
      const topUp = decideMaxTopUp(record, yuanOfFen(total.fen), this.settings.options, this.ctx);
      if (overCap(topUp)) this.summary.overCapHouseholds++;
      this.report(
        'household',
        id,
        'computeMaxTopUp',
        topUp.findings.filter((f) => !reported.includes(f.ruleId)),
        emit,
      );
    }
    const monitored = this.monitor.report(this.settings.thresholds, this.ctx);
    // A region's findings: its flags, and, with a register, the failure of having no lead bank (28号 四, 47号 三).
    const { withoutLeadBank } = monitored;
    for (const r of monitored.regions) {
      if (r.flags.length > 0) this.summary.regionsFlagged++;
      const missing = withoutLeadBank.get(r.region);
      this.report('region', r.region, 'monitorPortfolio', missing ? [...r.flags, missing] : r.flags, emit);
    }
    this.summary.compensationFundTotal = formatMoney(yuanOfFen(this.fundTotalFen));
    // regionsWithoutLeadBank (only with a register) comes before the count of findings, as the other figures do.
    const { findings, ...figures } = this.summary;
    const summary: AuditSummary = { ...figures, ...(this.settings.leadBanks ? { regionsWithoutLeadBank: withoutLeadBank.size } : {}), findings };
    return { summary, regions: monitored.regions, regionFindings: monitored.findings };
  }

  private reject(issues: Issues, file: string, line: number, emit: Emit): boolean {
    if (issues.list.length === 0) return false;
    this.summary.invalidRows++;
    for (const i of issues.list) {
      const field = i.path.replace(/^(household|loan)\.?/, '') || '(row)';
      emit({ type: 'invalid', file, line, field, code: i.code, message: i.message });
    }
    return true;
  }

  /**
   * Reports the findings a portfolio needs to see — a failed or advisory finding of a rule whose failure is
   * a breach or needs review (the rule's `severity`), and the finding `listed` (a triggered loan's shares) —
   * or every finding under `all`. A finding that reads the loan's purpose carries `purpose`. Returns their rule ids.
   */
  private report(
    subjectType: AuditFinding['subjectType'],
    subject: string,
    fn: string,
    findings: readonly Finding[],
    emit: Emit,
    extra: { readonly listed?: Finding | undefined; readonly purpose?: string | null } = {},
  ): string[] {
    const ids: string[] = [];
    for (const f of findings) {
      const severity = severityOf(f.ruleId);
      const keep = this.settings.all || f === extra.listed || ((f.outcome === 'fail' || f.outcome === 'advisory') && severity !== 'information');
      if (!keep) continue;
      ids.push(f.ruleId);
      this.summary.findings++;
      const first = f.citations[0]!;
      emit({
        type: 'finding',
        subjectType,
        subject,
        function: fn,
        ruleId: f.ruleId,
        outcome: f.outcome,
        severity,
        message: f.message[this.settings.lang],
        clauseId: first.clauseId,
        quote: first.quote,
        citations: f.citations,
        ...(f.facts ? { facts: f.facts } : {}),
        ...(extra.purpose != null && f.facts && 'matchedTerms' in f.facts ? { purpose: extra.purpose } : {}),
      });
    }
    return ids;
  }
}
