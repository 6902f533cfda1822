/** The parties the notices give duties to, with the words the notices use for them. */
import type { PartyCode } from './types.js';

export interface Party {
  readonly code: PartyCode;
  readonly zh: string;
  readonly en: string;
}

export const parties: readonly Party[] = Object.freeze(
  [
    { code: 'poverty_office', zh: '扶贫部门', en: 'poverty alleviation offices' },
    { code: 'banks', zh: '银行机构', en: 'banks' },
    { code: 'pboc_branches', zh: '人民银行分支机构', en: "People's Bank of China branches" },
    { code: 'finance_departments', zh: '财政部门', en: 'finance departments' },
    { code: 'banking_regulators', zh: '银行保险监管部门', en: 'banking and insurance regulators' },
    { code: 'financial_affairs_offices', zh: '金融局（办、中心）', en: 'local financial affairs offices' },
    { code: 'local_party_government', zh: '地方党委、政府', en: 'local Party committees and governments' },
    { code: 'village_organizations', zh: '村两委、驻村帮扶工作队', en: 'village committees and resident work teams' },
  ].map((p) => Object.freeze(p as Party)),
);

export const PARTY_CODES: readonly PartyCode[] = Object.freeze(parties.map((p) => p.code));
