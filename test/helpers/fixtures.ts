/** Small builders for valid records; each test overrides only what it is about. */
import { type Household, type Loan, PolicyInputError, type PolicyInputIssue, type RiskCompensationPolicy } from 'fupin-xindai';

export const poor = (over: Partial<Household> = {}): Household => ({
  id: 'h1',
  povertyStatus: 'registered_poor',
  onPovertyOfficeList: true,
  ...over,
});

export const edge = (over: Partial<Household> = {}): Household => ({
  id: 'h1',
  povertyStatus: 'monitored_edge',
  onPovertyOfficeList: true,
  hasIndustrialDevelopmentConditions: true,
  hasLaborCapacity: true,
  ...over,
});

export const loan = (over: Partial<Loan> = {}): Loan => ({
  id: 'l1',
  householdId: 'h1',
  kind: 'new',
  principal: '30000',
  outstanding: '30000',
  contractDate: '2020-03-01',
  maturityDate: '2023-03-01',
  ...over,
});

export const policy = (over: Partial<RiskCompensationPolicy> = {}): RiskCompensationPolicy => ({
  fundEstablished: true,
  minOverdueDays: 90,
  fundShare: '0.8',
  ...over,
});

/** The finding of one rule in a result. */
export function findingOf<T extends { findings: { ruleId: string }[] }>(result: T, ruleId: string): T['findings'][number] {
  const f = result.findings.find((x) => x.ruleId === ruleId);
  if (!f) throw new Error(`no finding for ${ruleId}`);
  return f;
}

/** The clause ids a finding cites. */
/** The issues of the PolicyInputError a call throws (fails the test when it throws nothing, or something else). */
export function issuesOf(call: () => unknown): readonly PolicyInputIssue[] {
  try {
    call();
  } catch (e) {
    if (e instanceof PolicyInputError) return e.issues;
    throw e;
  }
  throw new Error('expected a PolicyInputError, but the call returned');
}

export const cited = (f: { citations: readonly { clauseId: string }[] }) => f.citations.map((c) => c.clauseId);
