/**
 * Golden cases: inputs to the public functions and the outputs they gave, recorded in
 * test/fixtures/golden/decisions.json by scripts/golden.ts and recomputed by test/golden.test.ts (and, under three
 * time zones, by test/timezone.test.ts). This module runs one case and reduces its output to what a decision is:
 * results and findings (rule, outcome, the clauses cited, the facts), or the bad input's paths and codes. Message
 * wording and quotes are left out — rewording is not a change of decision, and messages.test.ts and
 * citations.test.ts hold them.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  auditLendingDecision,
  checkEligibility,
  checkHouseholdUse,
  checkInterestSubsidy,
  checkPolicyContinuity,
  classifyUsage,
  computeDeferralDeadline,
  computeMaxTopUp,
  monitorPortfolio,
  obligationsOf,
  PolicyInputError,
  riskCompensationTrigger,
} from '../../src/index.js';

/** The public functions a golden case may call, by name. */
export const FUNCTIONS = {
  checkEligibility,
  computeMaxTopUp,
  computeDeferralDeadline,
  classifyUsage,
  riskCompensationTrigger,
  checkPolicyContinuity,
  checkInterestSubsidy,
  checkHouseholdUse,
  monitorPortfolio,
  auditLendingDecision,
  obligationsOf,
} as const;

export type GoldenCall = keyof typeof FUNCTIONS;

export interface GoldenInput {
  /** Stable and unique: what the case is about. */
  readonly id: string;
  readonly call: GoldenCall;
  /** The arguments, plain JSON (`null` for an optional argument not given). */
  readonly args: readonly unknown[];
}

export interface GoldenCase extends GoldenInput {
  readonly output: unknown;
}

export interface GoldenFile {
  readonly rulesetVersion: string;
  readonly about: string;
  readonly cases: readonly GoldenCase[];
}

export const GOLDEN_PATH = 'test/fixtures/golden/decisions.json';

export const REGENERATE = 'npm run golden:update';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isFinding(v: Record<string, unknown>): boolean {
  return typeof v.ruleId === 'string' && typeof v.outcome === 'string' && Array.isArray(v.citations);
}

function isClause(v: Record<string, unknown>): boolean {
  return typeof v.id === 'string' && typeof v.document === 'string' && typeof v.text === 'string' && typeof v.kind === 'string';
}

/** A result as plain JSON, each finding as `{ ruleId, outcome, clauses, facts? }` and each clause as its id. */
export function reduce(value: unknown): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`a result holds a non-finite number (${value}), which JSON cannot carry`);
    return value;
  }
  if (Array.isArray(value)) return value.map(reduce);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (isFinding(o)) {
      const f: Record<string, Json> = {
        ruleId: o.ruleId as string,
        outcome: o.outcome as string,
        clauses: (o.citations as { clauseId: string }[]).map((c) => c.clauseId),
      };
      if (o.facts !== undefined) f.facts = reduce(o.facts);
      return f;
    }
    if (isClause(o)) return o.id as string;
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = reduce(v);
    return out;
  }
  throw new Error(`a result holds a ${typeof value}, which is not plain JSON`);
}

/** Runs one case through the public function it names; bad input is an output too (its paths and codes). */
export function runCase(input: GoldenInput): Json {
  const fn = FUNCTIONS[input.call] as (...args: unknown[]) => unknown;
  if (typeof fn !== 'function') throw new Error(`golden case ${input.id}: no public function ${input.call}`);
  try {
    return reduce(fn(...structuredClone(input.args as unknown[])));
  } catch (e) {
    if (!(e instanceof PolicyInputError)) throw e;
    return { error: 'PolicyInputError', issues: e.issues.map((i) => ({ path: i.path, code: i.code })) };
  }
}

/** The cases whose recomputed output differs from the recorded one. */
export function changedCases(cases: readonly GoldenCase[], recompute: (c: GoldenInput) => unknown = runCase): GoldenCase[] {
  return cases.filter((c) => !isDeepStrictEqual(recompute(c), c.output));
}

/**
 * What is wrong with a golden file against the code, in words for whoever must act: nothing (`[]`); outputs that
 * changed while RULESET_VERSION stayed (list them; bump and regenerate if meant); or a RULESET_VERSION the file
 * was not made with (regenerate, and review the diff).
 */
export function goldenProblems(file: Pick<GoldenFile, 'rulesetVersion'>, changed: readonly Pick<GoldenCase, 'id'>[], rulesetVersion: string): string[] {
  const problems: string[] = [];
  if (file.rulesetVersion !== rulesetVersion) {
    problems.push(
      `RULESET_VERSION is '${rulesetVersion}' but ${GOLDEN_PATH} was made with '${file.rulesetVersion}': ` +
        `regenerate it with \`${REGENERATE}\` and review the diff with the change (${changed.length} case(s) differ).`,
    );
  } else if (changed.length > 0) {
    const shown = changed.slice(0, 30).map((c) => `  - ${c.id}`);
    if (changed.length > shown.length) shown.push(`  … and ${changed.length - shown.length} more`);
    problems.push(
      `${changed.length} golden case(s) decide differently, yet RULESET_VERSION is still '${rulesetVersion}':\n${shown.join('\n')}\n` +
        `If the change is intended, bump RULESET_VERSION (src/rules/index.ts) and regenerate with \`${REGENERATE}\`; ` +
        'otherwise the change broke a decision.',
    );
  }
  return problems;
}

/**
 * JSON for review: a finding, a record of plain values, and any value that fits on a line of `width` stay on one
 * line; larger values open up, so a changed decision shows in a diff as the lines that changed.
 */
export function formatJson(value: unknown, width = 120, indent = ''): string {
  // JSON.stringify gives undefined for a function or undefined, whatever its declared type says.
  const flat = JSON.stringify(value) as string | undefined;
  if (flat === undefined) throw new Error('not JSON');
  if (indent.length + flat.length <= width || value === null || typeof value !== 'object') return flat;
  // A finding, and a record of plain values (a household, a loan): one line, however long.
  if (!Array.isArray(value) && ('ruleId' in value || Object.values(value).every((v) => v === null || typeof v !== 'object'))) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + formatJson(v, width, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, width - JSON.stringify(k).length - 2, inner)}`).join(',\n')}\n${indent}}`;
}
