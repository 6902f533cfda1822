/**
 * The numbers and dates the notices fix, as named, cited data (OpenFisca-style): rules read them
 * from here, never from literals of their own.
 */
import { cite } from './clauses.js';
import { CBIRC_2020_28, documents } from './documents.js';
import type { Citation } from './types.js';

export interface Parameter<T> {
  readonly value: T;
  readonly description: { readonly zh: string; readonly en: string };
  /** The value as messages write it (`'5万元'` / `'50,000 yuan'`): every message takes it from here. */
  readonly shown: { readonly zh: string; readonly en: string };
  readonly citation: Citation;
}

type Shown = Parameter<unknown>['shown'];

function parameter<T>(value: T, zh: string, en: string, citation: Citation, show: (value: T) => Shown): Parameter<T> {
  return Object.freeze({ value, description: Object.freeze({ zh, en }), shown: Object.freeze(show(value)), citation });
}

/** A date as the notices write it (2020年12月31日) and as ISO. */
const day = (iso: string): Shown => ({ zh: `${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月${+iso.slice(8, 10)}日`, en: iso });

/** Whole yuan as the notices write them (5万元) and with thousands grouped (50,000 yuan). */
const yuan = (amount: string): Shown => {
  const whole = amount.replace(/\.00$/, '');
  const wan = /^[1-9]\d*0000$/.test(whole) ? `${whole.slice(0, -4)}万元` : `${whole}元`;
  return { zh: wan, en: `${whole.replace(/\B(?=(\d{3})+$)/g, ',')} yuan` };
};

const months = (n: number): Shown => ({ zh: `${n}个月`, en: `${n} months` });

export const parameters = Object.freeze({
  /** 单户扶贫小额信贷总额不得超过5万元 (28号 四). */
  householdCap: parameter(
    '50000.00',
    '单户扶贫小额信贷总额上限（元）',
    "cap on a household's microcredit total (yuan)",
    cite('CBIRC-2020-28/4.3', '但单户扶贫小额信贷总额不得超过5万元'),
    yuan,
  ),
  /** 脱贫攻坚期内（2020年12月31日前）: the last day a contract can be signed and keep its policies (28号 一). */
  campaignEnd: parameter(
    '2020-12-31',
    '脱贫攻坚期截止日（含）',
    'last day of the poverty-eradication campaign period (inclusive)',
    cite('CBIRC-2020-28/1.1', '脱贫攻坚期内（2020年12月31日前）签订的扶贫小额信贷合同（含续贷、展期合同）'),
    day,
  ),
  /** 到期日在2020年1月1日后: the first maturity date the deferral covers (28号 三). */
  deferralMaturityFrom: parameter(
    '2020-01-01',
    '可延期贷款到期日起始日（含）',
    'first maturity date the deferral covers (inclusive)',
    cite('CBIRC-2020-28/3.1', '对到期日在2020年1月1日后（含续贷、展期）'),
    day,
  ),
  /** 进一步延长至2021年3月底: the deadline the deferral extends to (28号 三). */
  deferralDeadline: parameter(
    '2021-03-31',
    '延长还款期限至（2021年3月底）',
    'repayment deadline the deferral extends to (end of March 2021)',
    cite('CBIRC-2020-28/3.1', '将还款期限进一步延长至2021年3月底'),
    day,
  ),
  /** 延长还款期限最长不超过6个月: the earlier extension 28号 三 builds on, in months. */
  earlierExtensionMonths: parameter(
    6,
    '此前延长还款期限的最长月数',
    'longest earlier extension, in months, that 28号 三 builds on',
    cite('CBIRC-2020-28/3.1', '在延长还款期限最长不超过6个月的基础上'),
    months,
  ),
});

/**
 * 28号's 印发 date (its last line; document metadata, not a clause): the day its rules, and 47号's, start to
 * apply. Read from `documents` (`appliesFrom`), where 47号's missing date is explained.
 */
export const CBIRC_2020_28_ISSUED: string = documents[CBIRC_2020_28].appliesFrom;
