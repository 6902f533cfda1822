/**
 * What every rule shares: its registry entry (id, description, the clauses it rests on, the period
 * it applies in) and the finding it returns. Citations are built once, at load, and frozen; a
 * finding reuses them, so explaining a decision costs no copying of text.
 */
import type { Jurisdiction } from '../model/schemas.js';
import type { IsoDate } from '../model/dates.js';
import type { Citation } from '../sources/types.js';

export type Outcome = 'pass' | 'fail' | 'not_applicable' | 'advisory';
export type FactValue = string | number | boolean | null;
export type Facts = Record<string, FactValue>;

export interface Message {
  readonly zh: string;
  readonly en: string;
}

/** One rule's verdict on one input, with the sentences it rests on. */
export interface Finding {
  readonly ruleId: string;
  readonly outcome: Outcome;
  readonly message: Message;
  readonly citations: readonly Citation[];
  readonly facts?: Facts;
}

/**
 * What a failed (or advisory) finding of a rule means for a portfolio already lent: `'breach'` — someone
 * acted against the notices; `'review'` — a person must look (28号 五's 重点关注); `'information'` — the rule
 * only qualifies or explains (a loan that does not qualify for the deferral breaks nothing).
 */
export type Severity = 'breach' | 'review' | 'information';

/**
 * Which date governs a rule (docs/interpretations.md, "When the rules apply"): `'decision'` — the decision date (`asOf`), the date
 * of the position judged (what is outstanding, overdue, maturing, in force); `'act'` — the date of the act the rule
 * judges (a contract signed, a deferral granted, a lending decision made), whatever `asOf` is. An act rule's own
 * condition reads the act's date (a contract date, a maturity, a recorded deferral); its period is never compared
 * with `asOf`, so an audit years later says what one made at the time said.
 */
export type GovernedBy = 'decision' | 'act';

/** A rule as listed in the exported `rules` registry. */
export interface Rule {
  readonly id: string;
  readonly description: Message;
  readonly clauseIds: readonly string[];
  /** What its failure means in a portfolio audit; the audit reports and counts by it. */
  readonly severity: Severity;
  /** Which date its period is checked against. */
  readonly governedBy: GovernedBy;
  /**
   * Dates (inclusive) between which the rule applies; for a rule governed by the decision date, an `asOf` outside
   * it is `not_applicable`. An `asOf` before 2020-06-29 is bad input, so today no rule's period can exclude a decision.
   */
  readonly period?: { readonly from?: IsoDate; readonly to?: IsoDate };
}

/** A rule's definition: the registry entry plus its citations, national and Heilongjiang. */
export interface RuleDefinition extends Rule {
  /** Cited in every jurisdiction. */
  readonly national: readonly Citation[];
  /** 47号's restatement, cited in addition when the jurisdiction is `'HLJ'`. */
  readonly heilongjiang: readonly Citation[];
}

/** A rule's evaluation: what it reads, then the decision's context, and its verdict. */
export type Evaluate<A extends unknown[], R extends Evaluation> = (...args: [...A, Context]) => R;

/** What an evaluation gives besides its finding and `holds` (a deadline, shares…). */
type Extras<R extends Evaluation> = Omit<R, keyof Evaluation>;

/** A rule with its evaluation: the one way decisions apply it. */
export interface RuleOf<A extends unknown[], R extends Evaluation = Evaluation> extends RuleDefinition {
  /**
   * Applies the rule. Outside its period (with `asOf` given) it is `not_applicable`, says why and does not
   * hold, whatever the arguments; otherwise the rule's own evaluation decides.
   */
  readonly evaluate: Evaluate<A, R>;
}

interface RuleSpec {
  id: string;
  severity: Severity;
  /** Default `'decision'`. */
  governedBy?: GovernedBy;
  description: Message;
  period?: Rule['period'];
  national: Citation[];
  heilongjiang?: Citation[];
}

/** The registry entry of a rule spec, frozen, with its citations built once. */
function definitionOf(def: RuleSpec): RuleDefinition {
  const national = Object.freeze([...def.national]);
  const heilongjiang = Object.freeze([...def.national, ...(def.heilongjiang ?? [])]);
  const clauseIds = Object.freeze([...new Set(heilongjiang.map((c) => c.clauseId))]);
  return {
    id: def.id,
    severity: def.severity,
    governedBy: def.governedBy ?? 'decision',
    description: Object.freeze(def.description),
    clauseIds,
    ...(def.period ? { period: Object.freeze({ ...def.period }) } : {}),
    national,
    heilongjiang,
  };
}

/**
 * Declares a rule: its id, how its failure counts, its description, its period, the sentences it rests on
 * (national, and 47号's in Heilongjiang) and its evaluation. The period is applied here, once, for every
 * rule: a rule module holds no period check of its own. `outside` gives what an evaluation with more than
 * a finding and `holds` returns outside the period.
 */
export function defineRule<A extends unknown[], R extends Evaluation>(
  def: RuleSpec & { evaluate: Evaluate<A, R> } & (keyof Extras<R> extends never ? { outside?: Extras<R> } : { outside: Extras<R> }),
): RuleOf<A, R> {
  const own = def.evaluate;
  const outside = (def.outside ?? {}) as Extras<R>;
  const rule: RuleOf<A, R> = {
    ...definitionOf(def),
    evaluate: (...args: [...A, Context]): R => {
      const off = outsidePeriod(rule, args[args.length - 1] as Context);
      return off ? ({ ...outside, finding: off, holds: false } as R) : own(...args);
    },
  };
  return Object.freeze(rule);
}

/** The citations a rule gives in a jurisdiction. */
export function citationsFor(rule: RuleDefinition, jurisdiction: Jurisdiction): readonly Citation[] {
  return jurisdiction === 'HLJ' ? rule.heilongjiang : rule.national;
}

/** A rule's evaluation: its finding, and whether the decision's condition holds under it. */
export interface Evaluation {
  readonly finding: Finding;
  readonly holds: boolean;
  /** Set when the condition is not shown to hold because a person must decide (an unrecognised purpose), not because it fails. */
  readonly needsReview?: true;
}

export interface Context {
  readonly asOf: IsoDate | null;
  readonly jurisdiction: Jurisdiction;
}

export function finding(rule: RuleDefinition, ctx: Context, outcome: Outcome, message: Message, facts?: Facts, citations?: readonly Citation[]): Finding {
  const cited = citations ?? citationsFor(rule, ctx.jurisdiction);
  // Two literal shapes rather than a spread: this runs for every rule of every loan in an audit.
  return facts ? { ruleId: rule.id, outcome, message, citations: cited, facts } : { ruleId: rule.id, outcome, message, citations: cited };
}

/**
 * The finding for a decision date outside the rule's period, or `null` when the rule applies.
 * Without `asOf` no period check is made; nor for a rule about an act, judged by the act's own date.
 */
function outsidePeriod(rule: RuleDefinition, ctx: Context): Finding | null {
  const { asOf } = ctx;
  const p = rule.period;
  if (asOf === null || !p || rule.governedBy === 'act') return null;
  if ((p.from === undefined || asOf >= p.from) && (p.to === undefined || asOf <= p.to)) return null;
  const span = `${p.from ?? '…'} – ${p.to ?? '…'}`;
  return finding(
    rule,
    ctx,
    'not_applicable',
    {
      zh: `决策日期 ${asOf} 不在本规则适用期间（${span}）内，未适用本规则。`,
      en: `The decision date ${asOf} is outside this rule's period (${span}), so the rule was not applied.`,
    },
    { asOf, periodFrom: p.from ?? null, periodTo: p.to ?? null },
  );
}

/**
 * A message, or a function making it from the finding's facts. Rules define these once, at module
 * level, so a verdict builds only the message it gives and allocates no closure per call.
 */
export type MessageOf<F extends Facts> = Message | ((facts: F) => Message);

/** The pass and fail messages of a condition. */
export interface VerdictMessages<F extends Facts> {
  readonly pass: MessageOf<F>;
  readonly fail: MessageOf<F>;
}

/** A condition's verdict: `pass` and holding when `ok`, `fail` and not holding otherwise. */
export function verdict<F extends Facts>(
  rule: RuleDefinition,
  ctx: Context,
  ok: boolean,
  messages: VerdictMessages<F>,
  facts: F,
  citations?: readonly Citation[],
): Evaluation {
  const chosen = ok ? messages.pass : messages.fail;
  return { holds: ok, finding: finding(rule, ctx, ok ? 'pass' : 'fail', typeof chosen === 'function' ? chosen(facts) : chosen, facts, citations) };
}

/** A rule that does not apply to this case; `holds` says whether the decision may still be positive. */
export function inapplicable(rule: RuleDefinition, ctx: Context, message: Message, facts?: Facts, holds = true): Evaluation {
  return { holds, finding: finding(rule, ctx, 'not_applicable', message, facts) };
}

/** Whether `rule` failed among a decision's findings (what a summary counts of it). */
export function failedIn(findings: readonly Finding[], rule: Rule): boolean {
  return findings.some((f) => f.ruleId === rule.id && f.outcome === 'fail');
}
