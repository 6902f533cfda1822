/**
 * 黑金发〔2020〕47号 (HLJ-2020-47): the body of the notice as canonical sentences, in order.
 *
 * Each entry is one clause: its id is `HLJ-2020-47/<article>.<sentence>`, with article 0 for the
 * addressees and preamble, sentence 0 for an article's heading, and body sentences counted from 1
 * (each ends in 。 or at the end of its article). The text is the seed transcription with the
 * corrections listed in `corrections.ts`; `test/sources` proves it against the seed.
 *
 * `kind` and `parties` are this library's reading of each sentence (docs/canonical-text.md, "Parties"): the
 * parties a sentence names as asked to act, on a clause of any kind.
 */
import type { ArticleSource } from './types.js';

export const HLJ_2020_47_ARTICLES: readonly ArticleSource[] = [
  {
    article: 0,
    sentences: [
      {
        kind: 'principle',
        text: '各市（地）金融局（办、中心），各市（地）、县（市、区）财政局，各市（地）、县（市、区）扶贫办，人民银行各市（地）中心支行、哈辖各支行，各银保监分局；各政策性银行、大型银行黑龙江省分行，龙江银行，哈尔滨银行，黑龙江省联社，哈尔滨农商行，哈尔滨各村镇银行：现将《中国银保监会 财政部 中国人民银行 国务院扶贫办关于进一步完善扶贫小额信贷有关政策的通知》（银保监发〔2020〕28号，以下简称《通知》）转发给你们，请认真贯彻落实。',
      },
      { kind: 'principle', text: '现就有关要求通知如下：' },
    ],
  },
  {
    article: 1,
    heading: '一、提高政治站位',
    sentences: [
      {
        kind: 'principle',
        text: '要充分认识脱贫攻坚的极端重要性，坚决扛起脱贫攻坚的政治责任，以坚决有力的实际行动，全面深入贯彻习近平总书记关于扶贫工作重要讲话和重要指示精神，增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
      },
      {
        kind: 'principle',
        text: '要全面深入贯彻落实党中央、国务院以及省委、省政府关于脱贫攻坚的部署要求，咬住既定目标，保持力度不减，以坚决的态度、强烈的担当、顽强的韧劲、有力的举措，持续推进扶贫小额信贷工作健康发展，助力全省如期高质量完成脱贫攻坚目标任务。',
      },
    ],
  },
  {
    article: 2,
    heading: '二、强化政策落实',
    sentences: [
      {
        kind: 'rule',
        // 金融机构: the financial institutions 47号 is addressed to are all banks; 有关部门 names no party.
        parties: ['banks'],
        text: '有关部门和金融机构要全面贯彻落实《通知》要求，脱贫攻坚期内（2020年12月31日前）签订的扶贫小额信贷合同（含续贷、展期合同），在合同期限内各项政策保持不变。',
      },
      { kind: 'rule', text: '进一步扩大扶贫小额信贷支持对象，将返贫监测对象中具备产业发展条件和有劳动能力的边缘人口纳入扶贫小额信贷支持范围。' },
      {
        kind: 'rule',
        // Names no one; only the lender can extend a loan's repayment term (as CBIRC-2020-28/3.1).
        parties: ['banks'],
        text: '进一步延长受新冠肺炎疫情影响还款困难的扶贫小额信贷还款期限，对到期日在2020年1月1日后（含续贷、展期），受疫情影响还款困难的贫困户扶贫小额信贷，在延长还款期限最长不超过6个月的基础上，将还款期限进一步延长至2021年3月底。',
      },
      {
        kind: 'obligation',
        parties: ['banks'],
        text: '进一步满足扶贫小额信贷需求，对符合扶贫小额信贷及续贷、展期条件的，银行机构要确保应贷尽贷、应续尽续、应展尽展。',
      },
      {
        kind: 'rule',
        text: '进一步做好扶贫小额信贷风险防控工作，坚持扶贫小额信贷户借、户用、户还，精准用于贫困户及边缘人口个人发展生产，持续完善风险补偿机制，明确风险补偿启动条件及流程。',
      },
    ],
  },
  {
    article: 3,
    heading: '三、强化责任落实',
    sentences: [
      {
        kind: 'obligation',
        parties: ['financial_affairs_offices', 'banking_regulators', 'finance_departments', 'pboc_branches', 'poverty_office'],
        text: '各级金融局（办、中心）、银行保险监管部门、财政部门、人民银行分支机构、扶贫部门要加强统筹协调，形成工作合力，促进扶贫小额信贷健康发展。',
      },
      { kind: 'obligation', parties: ['financial_affairs_offices'], text: '各级金融局（办、中心）要会同相关部门做好沟通协调推动对接工作。' },
      { kind: 'obligation', parties: ['poverty_office'], text: '扶贫部门要负责提供贫困户和边缘户名单，确保扶贫小额信贷对象精准。' },
      {
        kind: 'obligation',
        parties: ['banking_regulators', 'banks'],
        text: '银行保险监管部门要做好银行机构的监管工作，指导推动银行机构全面落实《通知》明确的各项政策措施。',
      },
      { kind: 'obligation', parties: ['pboc_branches'], text: '人民银行分支机构要予以扶贫再贷款支持，积极推动完善贫困户信用评级工作。' },
      { kind: 'obligation', parties: ['finance_departments', 'poverty_office'], text: '财政部门和扶贫部门要共同落实好财政贴息。' },
      { kind: 'rule', text: '已设立风险补偿金的地区按照规范程序落实好风险补偿政策。' },
      {
        kind: 'obligation',
        parties: ['banks'],
        text: '各银行机构要对符合条件的贫困户和边缘户扶贫小额信贷需求给予满足，同时要加强贷前、贷中、贷后管理，确保扶贫小额信贷精准用于发展生产。',
      },
      {
        kind: 'obligation',
        parties: ['local_party_government', 'village_organizations', 'banks'],
        text: '各市（地）、县（市、区）党委、政府（行署）要加强对扶贫小额信贷工作的组织领导，全面统筹部署，将扶贫小额信贷工作情况纳入地方党委、政府脱贫攻坚年度考核内容；认真落实分片包干责任，坚持以乡镇为单位不断完善扶贫小额信贷主责任银行机制，实行名单制管理；充分发挥村两委、驻村帮扶工作队等基层力量作用，在相关部门的指导支持下，配合银行机构做好扶贫小额信贷政策宣传、贫困户信用评级、贷款申请评估、贷款使用监测指导、逾期贷款清收、产业选择、技术指导、产品销售等工作；加大典型经验总结推广和新闻宣传力度，运用群众喜闻乐见的形式加强宣传，确保宣传到户到人，讲好扶贫小额信贷故事。',
      },
      { kind: 'principle', text: '特此通知。' },
    ],
  },
];
