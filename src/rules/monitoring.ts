/**
 * CBIRC-2020-28/5.2 — 要加强扶贫小额信贷监测分析，及时掌握贷款集中到期、贷款逾期等情况，对集中还款压力较大地区、
 * 存量“户贷企用”等未直接用于贫困户发展生产的扶贫小额信贷余额较大地区、不良贷款率较高及关注类贷款占比较大地区等要
 * 重点关注，加强分析研判。
 *
 * Six figures to watch, region by region: 户贷企用 is watched on its own and within the wider balance of
 * 「户贷企用等未直接用于贫困户发展生产」. The sentence names no numbers (较大、较高), so a region is flagged only
 * against a threshold the caller gives: the library does not invent regulation.
 */
import type { Decimal } from '../model/money.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import type { Citation } from '../sources/types.js';
import { type Context, defineRule, type Evaluation, finding, type Finding, type Message, type RuleOf } from './rule.js';

export type Metric = 'maturingSoonShare' | 'overdueShare' | 'enterpriseUseOutstanding' | 'notForProductionOutstanding' | 'nplRatio' | 'specialMentionShare';

/** One region's figure for a metric, and how it is shown (a share to four decimals, money to two). */
export interface MetricValue {
  readonly region: string;
  readonly value: Decimal;
  readonly shown: string;
}

/**
 * A metric's evaluation over every region: the portfolio-wide finding (holding when no region is flagged)
 * and each flagged region's own finding, by region.
 */
export type MetricEvaluation = Evaluation & { readonly flags: ReadonlyMap<string, Finding> };

interface MetricDefinition {
  readonly metric: Metric;
  readonly rule: RuleOf<[values: readonly MetricValue[], threshold: Decimal | null], MetricEvaluation>;
  readonly name: Message;
}

const NO_FLAGS: ReadonlyMap<string, Finding> = new Map();

const watch = (metric: Metric, id: string, excerpt: string, name: Message, description: Message): MetricDefinition => {
  const definition: MetricDefinition = {
    metric,
    name,
    rule: defineRule({
      id,
      severity: 'review',
      description,
      period: { from: CBIRC_2020_28_ISSUED },
      national: [cite('CBIRC-2020-28/5.2', excerpt) as Citation],
      evaluate: (values: readonly MetricValue[], threshold: Decimal | null, ctx: Context): MetricEvaluation =>
        evaluateMetric(definition, values, threshold, ctx),
      outside: { flags: NO_FLAGS },
    }),
  };
  return definition;
};

export const METRICS: readonly MetricDefinition[] = [
  watch(
    'maturingSoonShare',
    'monitoring.concentrated_maturity',
    '及时掌握贷款集中到期、贷款逾期等情况，对集中还款压力较大地区',
    { zh: '集中到期占比', en: 'share maturing soon' },
    { zh: '近期集中到期贷款占比达到阈值的地区须重点关注。', en: 'Regions where the share of loans maturing soon reaches the threshold need attention.' },
  ),
  watch(
    'overdueShare',
    'monitoring.overdue',
    '及时掌握贷款集中到期、贷款逾期等情况',
    { zh: '逾期贷款占比', en: 'overdue share' },
    { zh: '逾期贷款占比达到阈值的地区须重点关注。', en: 'Regions where the overdue share reaches the threshold need attention.' },
  ),
  watch(
    'enterpriseUseOutstanding',
    'monitoring.enterprise_use',
    '存量“户贷企用”等未直接用于贫困户发展生产的扶贫小额信贷余额较大地区',
    { zh: '户贷企用余额', en: 'enterprise-use balance' },
    { zh: '户贷企用余额达到阈值的地区须重点关注。', en: 'Regions whose enterprise-use balance reaches the threshold need attention.' },
  ),
  // 「户贷企用等」: enterprise use is one of the uses not directly for the household's production; 等 covers the rest.
  watch(
    'notForProductionOutstanding',
    'monitoring.not_for_production',
    '存量“户贷企用”等未直接用于贫困户发展生产的扶贫小额信贷余额较大地区',
    { zh: '未直接用于发展生产的余额', en: 'balance not used for production' },
    {
      zh: '户贷企用等未直接用于贫困户发展生产的贷款余额达到阈值的地区须重点关注。',
      en: "Regions whose balance not used directly for the household's production (enterprise use and every other prohibited use) reaches the threshold need attention.",
    },
  ),
  watch(
    'nplRatio',
    'monitoring.npl',
    '不良贷款率较高',
    { zh: '不良贷款率', en: 'NPL ratio' },
    { zh: '不良贷款率达到阈值的地区须重点关注。', en: 'Regions whose NPL ratio reaches the threshold need attention.' },
  ),
  watch(
    'specialMentionShare',
    'monitoring.special_mention',
    '关注类贷款占比较大地区',
    { zh: '关注类贷款占比', en: 'special-mention share' },
    { zh: '关注类贷款占比达到阈值的地区须重点关注。', en: 'Regions whose special-mention share reaches the threshold need attention.' },
  ),
];

/** A region's flag for one metric that reached its threshold. */
function regionFlag(m: MetricDefinition, { region, value, shown }: MetricValue, threshold: Decimal, ctx: Context): Finding {
  return finding(
    m.rule,
    ctx,
    'advisory',
    {
      zh: `${region}地区${m.name.zh}为${shown}，达到阈值${threshold.toString()}，须重点关注、加强分析研判。`,
      en: `Region ${region}: ${m.name.en} is ${shown}, reaching the threshold of ${threshold.toString()}; it needs attention and analysis.`,
    },
    { region, metric: m.metric, value: shown, threshold: threshold.toString(), exact: value.toString() },
  );
}

/** Flags each region whose figure reaches the threshold, and says so for the portfolio: no threshold, none reached, or the regions flagged. */
function evaluateMetric(m: MetricDefinition, values: readonly MetricValue[], threshold: Decimal | null, ctx: Context): MetricEvaluation {
  if (threshold === null) {
    return {
      holds: true,
      flags: NO_FLAGS,
      finding: finding(
        m.rule,
        ctx,
        'not_applicable',
        {
          zh: `28号未规定${m.name.zh}的数值标准（较大、较高），未提供阈值，故不标记地区。`,
          en: `28号 sets no number for the ${m.name.en} (较大、较高) and no threshold was given, so no region is flagged.`,
        },
        { metric: m.metric, threshold: null },
      ),
    };
  }
  const reached = values.filter((v) => !v.value.lessThan(threshold));
  const flags = new Map(reached.map((v) => [v.region, regionFlag(m, v, threshold, ctx)]));
  return {
    holds: flags.size === 0,
    flags,
    finding: portfolioFinding(
      m,
      threshold,
      reached.map((v) => v.region),
      ctx,
    ),
  };
}

function portfolioFinding(m: MetricDefinition, threshold: Decimal, flagged: readonly string[], ctx: Context): Finding {
  const facts = { metric: m.metric, threshold: threshold.toString(), regionsFlagged: flagged.length, regions: flagged.join('、') };
  return flagged.length === 0
    ? finding(
        m.rule,
        ctx,
        'pass',
        { zh: `没有地区的${m.name.zh}达到阈值${threshold.toString()}。`, en: `No region's ${m.name.en} reaches ${threshold.toString()}.` },
        facts,
      )
    : finding(
        m.rule,
        ctx,
        'advisory',
        {
          zh: `${flagged.length}个地区的${m.name.zh}达到阈值${threshold.toString()}：${flagged.join('、')}。`,
          en: `${flagged.length} region(s) reach the ${m.name.en} threshold of ${threshold.toString()}: ${flagged.join(', ')}.`,
        },
        facts,
      );
}
