/**
 * 银保监发〔2020〕28号 (CBIRC-2020-28): the body of the notice as canonical sentences, in order.
 *
 * Each entry is one clause: its id is `CBIRC-2020-28/<article>.<sentence>`, with article 0 for the
 * addressees and preamble, sentence 0 for an article's heading, and body sentences counted from 1
 * (each ends in 。 or at the end of its article). The text is the seed transcription with the
 * corrections listed in `corrections.ts`; `test/sources` proves it against the seed.
 *
 * `kind`, `parties` and `inferredParties` are this library's reading of each sentence (docs/canonical-text.md,
 * "Parties"): `parties` are the parties the sentence names as asked to act, on a clause of any kind;
 * `inferredParties` the bearers 47号 names where this sentence names none (the 47号 clause is in the comment).
 */
import type { ArticleSource } from './types.js';

export const CBIRC_2020_28_ARTICLES: readonly ArticleSource[] = [
  {
    article: 0,
    sentences: [
      {
        kind: 'principle',
        text: '各银保监局，各省、自治区、直辖市财政厅（局），中国人民银行上海总部、各分行、营业管理部、各省会（首府）城市中心支行，各省、自治区、直辖市扶贫办（局），各政策性银行、大型银行、股份制银行：2020年是脱贫攻坚决战决胜、全面收官之年，脱贫攻坚任务十分繁重艰巨，新冠肺炎疫情又带来新的风险挑战，必须加大政策支持力度，狠抓工作落实，确保如期全面完成脱贫攻坚目标任务。',
      },
      {
        kind: 'principle',
        text: '为认真贯彻落实习近平总书记对扶贫小额信贷的重要指示精神和党中央、国务院决策部署，充分发挥扶贫小额信贷作用，助力高质量打赢脱贫攻坚战，现就有关事项通知如下：',
      },
    ],
  },
  {
    article: 1,
    heading: '一、进一步坚持扶贫小额信贷政策。',
    sentences: [
      // Bearer from HLJ-2020-47/2.1: 有关部门和金融机构要全面贯彻落实《通知》要求 (its 金融机构 are banks).
      {
        kind: 'rule',
        inferredParties: ['banks'],
        text: '脱贫攻坚期内（2020年12月31日前）签订的扶贫小额信贷合同（含续贷、展期合同），在合同期限内各项政策保持不变。',
      },
    ],
  },
  {
    article: 2,
    heading: '二、进一步扩大扶贫小额信贷支持对象。',
    sentences: [
      {
        kind: 'rule',
        text: '将返贫监测对象中，具备产业发展条件和有劳动能力的边缘人口纳入扶贫小额信贷支持范围，贷款申请条件、程序及支持政策等与建档立卡贫困户一致，防止产生新的致贫人口。',
      },
      { kind: 'obligation', parties: ['poverty_office'], text: '扶贫部门负责认定并主动提供边缘人口名单。' },
      { kind: 'obligation', parties: ['banking_regulators', 'banks'], text: '银行保险监管部门负责督促银行机构及时、精准、规范向边缘人口发放扶贫小额信贷。' },
      { kind: 'obligation', parties: ['pboc_branches'], text: '人民银行分支机构予以扶贫再贷款支持。' },
      { kind: 'obligation', parties: ['finance_departments', 'poverty_office'], text: '财政部门和扶贫部门要共同落实好财政贴息。' },
      { kind: 'rule', text: '已设立风险补偿金的地区按照规范程序落实好风险补偿政策。' },
    ],
  },
  {
    article: 3,
    heading: '三、进一步延长受疫情影响还款困难的扶贫小额信贷还款期限。',
    sentences: [
      {
        kind: 'rule',
        // Names no one; only the lender can extend a loan's repayment term (the object reading, as 5.2).
        parties: ['banks'],
        text: '对到期日在2020年1月1日后（含续贷、展期），受疫情影响还款困难的贫困户扶贫小额信贷，在延长还款期限最长不超过6个月的基础上，将还款期限进一步延长至2021年3月底。',
      },
      {
        kind: 'rule',
        parties: ['banks'],
        text: '延长还款期间各项政策保持不变，鼓励有条件的银行机构适当降低延期期间贷款利率，努力减轻贫困户还款压力，将疫情影响降到最低。',
      },
    ],
  },
  {
    article: 4,
    heading: '四、进一步满足扶贫小额信贷需求。',
    sentences: [
      {
        kind: 'obligation',
        // Bearer from HLJ-2020-47/3.9: 各市（地）、县（市、区）党委、政府（行署）要……认真落实分片包干责任.
        inferredParties: ['local_party_government'],
        text: '要认真落实分片包干责任，坚持以乡镇为单位不断完善扶贫小额信贷主责任银行机制，实行名单制管理。',
      },
      {
        kind: 'obligation',
        parties: ['village_organizations', 'banks'],
        // Bearer from HLJ-2020-47/3.9: the city and county Party committees and governments 充分发挥村两委……作用.
        inferredParties: ['local_party_government'],
        text: '要充分发挥村两委、驻村帮扶工作队等基层力量作用，在相关部门的指导支持下，配合银行机构做好扶贫小额信贷政策宣传、贫困户信用评级、贷款申请评估、贷款使用监测指导、逾期贷款清收、产业选择、技术指导、产品销售等工作。',
      },
      {
        kind: 'rule',
        parties: ['banks'],
        text: '对符合扶贫小额信贷及续贷、展期条件的，银行机构要确保应贷尽贷、应续尽续、应展尽展；符合追加贷款条件的，可予以追加贷款支持，但单户扶贫小额信贷总额不得超过5万元。',
      },
    ],
  },
  {
    article: 5,
    heading: '五、进一步做好扶贫小额信贷风险防控工作。',
    sentences: [
      {
        kind: 'rule',
        // Bearer from HLJ-2020-47/3.8: 各银行机构要……确保扶贫小额信贷精准用于发展生产.
        inferredParties: ['banks'],
        text: '要坚持扶贫小额信贷户借、户用、户还，精准用于贫困户及边缘人口个人发展生产，不能用于结婚、建房、理财、购置家庭用品等非生产性支出，更不能集中用于政府融资平台、生产经营企业等。',
      },
      {
        kind: 'obligation',
        // Names no one; monitoring loan quality (不良贷款率、关注类贷款占比) is the banks' and their regulators' work.
        parties: ['banks', 'banking_regulators'],
        text: '要加强扶贫小额信贷监测分析，及时掌握贷款集中到期、贷款逾期等情况，对集中还款压力较大地区、存量“户贷企用”等未直接用于贫困户发展生产的扶贫小额信贷余额较大地区、不良贷款率较高及关注类贷款占比较大地区等要重点关注，加强分析研判。',
      },
      {
        // A duty (明确风险补偿启动条件及流程) whose bearer neither notice names (HLJ-2020-47/2.5 restates it without
        // one); the local Party committees and governments are named as those whose support is sought.
        kind: 'obligation',
        parties: ['local_party_government'],
        text: '要积极争取地方党委、政府支持，持续完善扶贫小额信贷风险补偿机制，明确风险补偿启动条件及流程，鼓励引入保险、担保机构分担风险。',
      },
    ],
  },
  {
    article: 6,
    heading: '六、进一步加强扶贫小额信贷工作组织领导。',
    sentences: [
      {
        kind: 'obligation',
        parties: ['banking_regulators', 'finance_departments', 'pboc_branches', 'poverty_office'],
        text: '各级银行保险监管部门、财政部门、人民银行分支机构、扶贫部门要加强统筹协调，形成工作合力，促进扶贫小额信贷健康发展。',
      },
      {
        kind: 'obligation',
        parties: ['local_party_government'],
        text: '要将扶贫小额信贷工作情况纳入地方党委、政府脱贫攻坚年度考核内容，定期通报工作开展情况。',
      },
      {
        kind: 'obligation',
        // Bearer from HLJ-2020-47/3.9: the city and county Party committees and governments 加大典型经验总结推广和新闻宣传力度.
        inferredParties: ['local_party_government'],
        text: '加大典型经验总结推广和新闻宣传力度，讲好扶贫小额信贷故事。',
      },
    ],
  },
];
