/**
 * CBIRC-2020-28/2.2 — 扶贫部门负责认定并主动提供边缘人口名单。
 * HLJ-2020-47/3.3 — 扶贫部门要负责提供贫困户和边缘户名单，确保扶贫小额信贷对象精准。
 *
 * The poverty office's list decides who is a target. 28号 requires it for edge households; 47号
 * requires it for registered poor households too, so under `jurisdiction: 'national'` a registered
 * poor household is not checked against the list (not_applicable, not a failure).
 */
import type { HouseholdRecord } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, type Facts, inapplicable, verdict, type VerdictMessages } from './rule.js';

export const povertyOfficeListRule = defineRule({
  id: 'household.poverty_office_list',
  severity: 'breach',
  description: {
    zh: '借款户须在扶贫部门认定并提供的名单内（边缘户依28号；黑龙江省内贫困户和边缘户依47号）。',
    en: "The household must be on the poverty office's list (edge households under 28号; in Heilongjiang, registered poor and edge households under 47号).",
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/2.2')],
  heilongjiang: [cite('HLJ-2020-47/3.3')],
  evaluate: evaluatePovertyOfficeList,
});

const hlj = [cite('HLJ-2020-47/3.3')] as const;

function evaluatePovertyOfficeList(h: HouseholdRecord, ctx: Context): Evaluation {
  const facts = { povertyStatus: h.povertyStatus, onPovertyOfficeList: h.onPovertyOfficeList, jurisdiction: ctx.jurisdiction };
  if (h.povertyStatus === 'none') {
    return inapplicable(
      povertyOfficeListRule,
      ctx,
      {
        zh: '该户不属于贫困户或边缘户，名单要求不适用。',
        en: 'The household is neither poor nor edge, so the list requirement does not apply.',
      },
      facts,
    );
  }
  if (h.povertyStatus === 'registered_poor' && ctx.jurisdiction === 'national') {
    return inapplicable(
      povertyOfficeListRule,
      ctx,
      {
        zh: '28号仅对边缘户要求扶贫部门提供名单；贫困户名单要求出自黑金发〔2020〕47号，在全国口径下不适用。',
        en: "28号 requires the poverty office's list for edge households only; the list for registered poor households is 47号's own requirement, not applied under the national jurisdiction.",
      },
      facts,
    );
  }
  // A registered poor household in Heilongjiang rests on 47号 alone; an edge household on both.
  const citations = h.povertyStatus === 'registered_poor' ? hlj : undefined;
  return verdict(povertyOfficeListRule, ctx, h.onPovertyOfficeList, MESSAGES, facts, citations);
}

const MESSAGES: VerdictMessages<Facts> = {
  pass: { zh: '该户在扶贫部门提供的名单内。', en: "The household is on the poverty office's list." },
  fail: {
    zh: '该户不在扶贫部门提供的名单内，不能确认为扶贫小额信贷对象。',
    en: "The household is not on the poverty office's list, so it cannot be taken as a microcredit target.",
  },
};
