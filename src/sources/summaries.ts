/**
 * An English summary of every clause, for readers without Chinese. Summaries, not translations: the
 * verbatim Chinese text is the authority, and findings quote only it.
 */
export const summaries: Readonly<Record<string, string>> = Object.freeze({
  'HLJ-2020-47/0.1':
    'To the prefectural financial offices, finance bureaus, poverty offices, PBoC branches, regulators and banks in Heilongjiang: notice 28 is forwarded for implementation.',
  'HLJ-2020-47/0.2': 'The requirements are as follows:',
  'HLJ-2020-47/1.0': 'I. Raise political awareness',
  'HLJ-2020-47/1.1': 'Recognise the importance of poverty eradication and carry out its political responsibility in line with the central leadership.',
  'HLJ-2020-47/1.2': "Implement the central and provincial plans, keep up the effort and keep microcredit developing soundly to meet the province's targets.",
  'HLJ-2020-47/2.0': 'II. Implement the policies',
  'HLJ-2020-47/2.1': 'Microcredit contracts signed by 2020-12-31 (renewals and extensions included) keep all their policies unchanged for their term.',
  'HLJ-2020-47/2.2': 'Edge households monitored for relapse that have conditions for production and labour capacity are brought into microcredit.',
  'HLJ-2020-47/2.3':
    'For poor households in epidemic repayment difficulty whose loans mature after 2020-01-01, the deadline is extended to the end of March 2021 on top of the earlier extension of up to six months.',
  'HLJ-2020-47/2.4': 'Banks must lend, renew and extend for everyone who qualifies.',
  'HLJ-2020-47/2.5':
    'The household borrows, uses and repays the loan, for its own production; the risk compensation mechanism and its trigger conditions and procedure are to be set out.',
  'HLJ-2020-47/3.0': 'III. Assign responsibilities',
  'HLJ-2020-47/3.1': 'Financial offices, regulators, finance departments, PBoC branches and poverty offices coordinate their work.',
  'HLJ-2020-47/3.2': 'Financial offices coordinate with the other departments.',
  'HLJ-2020-47/3.3': 'The poverty office provides the list of poor and edge households, so that microcredit reaches the right households.',
  'HLJ-2020-47/3.4': 'Banking regulators supervise banks and guide them to implement every measure of notice 28.',
  'HLJ-2020-47/3.5': "PBoC branches provide poverty-alleviation relending and improve poor households' credit ratings.",
  'HLJ-2020-47/3.6': 'Finance departments and poverty offices jointly deliver the fiscal interest subsidy.',
  'HLJ-2020-47/3.7': 'Regions that have a risk compensation fund apply the compensation policy by the proper procedure.',
  'HLJ-2020-47/3.8':
    "Banks meet qualifying poor and edge households' credit needs and manage loans before, during and after lending so that they fund production.",
  'HLJ-2020-47/3.9':
    'Local Party committees and governments lead the work, include it in annual assessments, keep lead-bank and list-based management, and use village committees and work teams for publicity, ratings, assessment, monitoring, collection and support.',
  'HLJ-2020-47/3.10': 'Hereby notified.',
  'CBIRC-2020-28/0.1':
    'To regulators, finance departments, PBoC branches, poverty offices and banks: 2020 is the decisive year of poverty eradication and the epidemic brings new risks, so policy support must increase.',
  'CBIRC-2020-28/0.2': 'To implement the central instructions and make full use of microcredit, the following is notified:',
  'CBIRC-2020-28/1.0': 'I. Keep the microcredit policy.',
  'CBIRC-2020-28/1.1':
    'Microcredit contracts signed within the campaign period (by 2020-12-31), renewals and extensions included, keep all their policies unchanged for their term.',
  'CBIRC-2020-28/2.0': 'II. Widen who microcredit supports.',
  'CBIRC-2020-28/2.1':
    'Edge households monitored for relapse that have conditions for production and labour capacity are brought in, on the same conditions, procedures and support policies as registered poor households.',
  'CBIRC-2020-28/2.2': 'The poverty office certifies and provides the list of edge households.',
  'CBIRC-2020-28/2.3': 'Banking regulators make banks lend to edge households promptly, precisely and properly.',
  'CBIRC-2020-28/2.4': 'PBoC branches provide poverty-alleviation relending.',
  'CBIRC-2020-28/2.5': 'Finance departments and poverty offices jointly deliver the fiscal interest subsidy.',
  'CBIRC-2020-28/2.6': 'Regions that have a risk compensation fund apply the compensation policy by the proper procedure.',
  'CBIRC-2020-28/3.0': 'III. Extend the repayment deadline for loans in epidemic repayment difficulty.',
  'CBIRC-2020-28/3.1':
    "Poor households' loans maturing after 2020-01-01 (renewals and extensions included) in epidemic repayment difficulty: on top of the earlier extension of up to six months, the deadline is extended to the end of March 2021.",
  'CBIRC-2020-28/3.2': 'Policies stay unchanged during the extension; banks that can are encouraged to lower the rate during it.',
  'CBIRC-2020-28/4.0': 'IV. Meet the demand for microcredit.',
  'CBIRC-2020-28/4.1': 'Keep area-by-area responsibility, the township lead-bank mechanism and list-based management.',
  'CBIRC-2020-28/4.2':
    'Village committees and resident work teams help banks with publicity, ratings, applications, monitoring, collection, industry choice, technique and sales.',
  'CBIRC-2020-28/4.3':
    "Banks must lend, renew and extend for everyone who qualifies; a top-up may be granted, but a household's microcredit total must not exceed 50,000 yuan.",
  'CBIRC-2020-28/5.0': 'V. Control the risks of microcredit.',
  'CBIRC-2020-28/5.1':
    'The household borrows, uses and repays, for its own production; not for marriage, housing, wealth management, household goods or other non-productive spending, and still less for government financing platforms or enterprises.',
  'CBIRC-2020-28/5.2':
    'Monitor microcredit: watch regions with concentrated maturities, overdue loans, large enterprise-use balances, high NPL ratios or large special-mention shares.',
  'CBIRC-2020-28/5.3':
    'Improve the risk compensation mechanism with local support, set its trigger conditions and procedure, and bring in insurers and guarantors to share the risk.',
  'CBIRC-2020-28/6.0': 'VI. Strengthen leadership of the work.',
  'CBIRC-2020-28/6.1': 'Regulators, finance departments, PBoC branches and poverty offices coordinate their work.',
  'CBIRC-2020-28/6.2': "Include microcredit in local Party committees' and governments' annual assessments and report on progress regularly.",
  'CBIRC-2020-28/6.3': 'Promote good practice and publicity.',
});
