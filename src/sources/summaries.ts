/**
 * An English summary of every clause, for readers without Chinese. Summaries, not translations: the
 * verbatim Chinese text is the authority, and findings quote only it.
 */
export const summaries: Readonly<Record<string, string>> = Object.freeze({
  'HLJ-2020-47/0.1':
    'To the prefectural financial offices, finance bureaus, poverty offices, PBoC branches, regulators and banks in Heilongjiang: notice 28 is forwarded for implementation.',
  'HLJ-2020-47/0.2': 'The requirements are as follows:',
  'HLJ-2020-47/1.0': 'I. Raise political awareness',
  'HLJ-2020-47/1.1':
    "Fully recognise how important poverty eradication is, shoulder its political responsibility and carry out General Secretary Xi Jinping's speeches and instructions on poverty work (the 'four consciousnesses', 'four confidences' and 'two upholds').",
  'HLJ-2020-47/1.2': "Implement the central and provincial plans, keep up the effort and keep microcredit developing soundly to meet the province's targets.",
  'HLJ-2020-47/2.0': 'II. Implement the policies',
  'HLJ-2020-47/2.1':
    'The departments and financial institutions concerned implement notice 28 in full: microcredit contracts signed within the campaign period (by 2020-12-31), renewals and extensions included, keep all their policies unchanged for their term.',
  'HLJ-2020-47/2.2':
    'Microcredit support is widened: edge households monitored for relapse into poverty that have the conditions to develop an industry and the capacity to work are brought into it.',
  'HLJ-2020-47/2.3':
    "The repayment term of poor households' microcredit in repayment difficulty from the COVID-19 epidemic, maturing from 2020-01-01 on (renewals and extensions included), is extended to the end of March 2021, on top of the earlier extension of up to six months.",
  'HLJ-2020-47/2.4':
    'To meet the demand for microcredit, banks must make sure that everyone who meets the conditions for microcredit, a renewal or an extension gets the loan, the renewal or the extension.',
  'HLJ-2020-47/2.5':
    "Control microcredit risk: the household itself borrows, uses and repays the loan, which goes precisely to poor and edge households' own production; keep improving the risk compensation mechanism and set out its trigger conditions and procedure.",
  'HLJ-2020-47/3.0': 'III. Assign responsibilities',
  'HLJ-2020-47/3.1': 'Financial offices, regulators, finance departments, PBoC branches and poverty offices coordinate their work.',
  'HLJ-2020-47/3.2': 'Financial affairs offices work with the departments concerned on communication, coordination and matching.',
  'HLJ-2020-47/3.3': 'The poverty office provides the list of poor and edge households, so that microcredit reaches the right households.',
  'HLJ-2020-47/3.4': 'Banking regulators supervise banks and guide them to implement every measure of notice 28.',
  'HLJ-2020-47/3.5':
    'PBoC branches provide poverty-alleviation relending and actively push to improve the credit-rating work for poor households (the rating system, not the ratings themselves).',
  'HLJ-2020-47/3.6': 'Finance departments and poverty offices jointly deliver the fiscal interest subsidy.',
  'HLJ-2020-47/3.7': 'Regions that have a risk compensation fund apply the compensation policy by the proper procedure.',
  'HLJ-2020-47/3.8':
    "Banks meet qualifying poor and edge households' credit needs and manage loans before, during and after lending so that they fund production.",
  'HLJ-2020-47/3.9':
    "City and county Party committees and governments lead and plan the work and include it in local Party committees' and governments' annual assessments; keep area-by-area responsibility, the township lead-bank mechanism and list-based management; make full use of village committees and resident work teams, which help banks with publicity, poor households' credit rating, application assessment, monitoring of use, collection of overdue loans, industry choice, technique and sales; and promote good practice and publicity that reaches every household.",
  'HLJ-2020-47/3.10': 'Hereby notified.',
  'CBIRC-2020-28/0.1':
    'To regulators, finance departments, PBoC branches, poverty offices and banks: 2020 is the decisive year of poverty eradication and the epidemic brings new risks, so policy support must increase.',
  'CBIRC-2020-28/0.2': 'To implement the central instructions and make full use of microcredit, the following is notified:',
  'CBIRC-2020-28/1.0': 'I. Keep the microcredit policy.',
  'CBIRC-2020-28/1.1':
    'Microcredit contracts signed within the campaign period (by 2020-12-31), renewals and extensions included, keep all their policies unchanged for their term.',
  'CBIRC-2020-28/2.0': 'II. Widen who microcredit supports.',
  'CBIRC-2020-28/2.1':
    'Edge households monitored for relapse into poverty that have the conditions to develop an industry and the capacity to work are brought into microcredit, on the same application conditions, procedures and support policies as registered poor households, so that no one new falls into poverty.',
  'CBIRC-2020-28/2.2': 'The poverty office identifies edge households and provides their list on its own initiative.',
  'CBIRC-2020-28/2.3': 'Banking regulators see to it that banks lend to edge households promptly, precisely and properly.',
  'CBIRC-2020-28/2.4': 'PBoC branches provide poverty-alleviation relending.',
  'CBIRC-2020-28/2.5': 'Finance departments and poverty offices jointly deliver the fiscal interest subsidy.',
  'CBIRC-2020-28/2.6': 'Regions that have a risk compensation fund apply the compensation policy by the proper procedure.',
  'CBIRC-2020-28/3.0': 'III. Extend the repayment deadline for loans in epidemic repayment difficulty.',
  'CBIRC-2020-28/3.1':
    "Poor households' microcredit in repayment difficulty from the epidemic, maturing from 2020-01-01 on (renewals and extensions included): on top of the earlier extension of up to six months, the repayment term is extended to the end of March 2021.",
  'CBIRC-2020-28/3.2':
    "All policies stay unchanged during the extension; banks that are able are encouraged to lower the interest rate for the extension, to ease poor households' repayment burden and keep the epidemic's impact to a minimum.",
  'CBIRC-2020-28/4.0': 'IV. Meet the demand for microcredit.',
  'CBIRC-2020-28/4.1': 'Carry out area-by-area responsibility, keep improving the lead-bank mechanism township by township, and manage by list.',
  'CBIRC-2020-28/4.2':
    "Make full use of village committees, resident work teams and other grassroots forces, which, guided and supported by the departments concerned, help banks with publicity, poor households' credit rating, application assessment, monitoring of use, collection of overdue loans, industry choice, technique and sales.",
  'CBIRC-2020-28/4.3':
    "Banks must make sure that everyone who meets the conditions for microcredit, a renewal or an extension gets it; a household that meets the conditions for a top-up may be given one, but a household's microcredit total must not exceed 50,000 yuan.",
  'CBIRC-2020-28/5.0': 'V. Control the risks of microcredit.',
  'CBIRC-2020-28/5.1':
    "Microcredit must be borrowed, used and repaid by the household itself and go precisely to poor and edge households' own production; it may not be spent on marriage, housing, wealth management, household goods or other non-productive spending, still less pooled for government financing platforms, enterprises and the like.",
  'CBIRC-2020-28/5.2':
    "Strengthen monitoring and analysis of microcredit: keep track of concentrated maturities and overdue loans, and watch closely regions with heavy concentrated repayment pressure, large balances not used directly for poor households' production (such as existing 'household-borrowed, enterprise-used' loans), high NPL ratios or large special-mention shares.",
  'CBIRC-2020-28/5.3':
    'Actively seek the support of local Party committees and governments, keep improving the risk compensation mechanism, set out the conditions that trigger compensation and its procedure, and encourage bringing in insurers and guarantors to share the risk.',
  'CBIRC-2020-28/6.0': 'VI. Strengthen leadership of the work.',
  'CBIRC-2020-28/6.1': 'Regulators, finance departments, PBoC branches and poverty offices coordinate their work.',
  'CBIRC-2020-28/6.2': "Include microcredit in local Party committees' and governments' annual assessments and report on progress regularly.",
  'CBIRC-2020-28/6.3': 'Do more to sum up and spread good practice and to publicise microcredit, and tell its story well.',
});
