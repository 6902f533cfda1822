import { checkEligibility, computeDeferralDeadline, PolicyInputError, type Household, type Loan } from 'fupin-xindai';

const household: Household = { id: 'H-7', povertyStatus: 'registered_poor', onPovertyOfficeList: true };
const loan: Loan = { id: 'L-1', householdId: 'H-7', kind: 'new', principal: '30000', outstanding: '30000',
  contractDate: '2019-11-02', maturityDate: '2020-10-31', covidRepaymentDifficulty: true };

const decision = checkEligibility(household, { amount: '20000.01', purpose: '扩建牛舍，养殖肉牛' }, { existingLoans: [loan] });
const cap = decision.findings.find((f) => f.ruleId === 'request.household_cap')!;
console.log(decision.eligible, cap.outcome, cap.citations[0]!.clauseId, cap.citations[0]!.quote); // => false fail CBIRC-2020-28/4.3 但单户扶贫小额信贷总额不得超过5万元
console.log(computeDeferralDeadline(loan, household).deadline); // => 2021-04-30
try {
  checkEligibility({ ...household, povertyStatus: 'edge' as never });
} catch (e) {
  if (e instanceof PolicyInputError) console.log(e.issues[0]!.path, e.issues[0]!.code); // => household.povertyStatus enum
}
