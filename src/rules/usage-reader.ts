/**
 * CBIRC-2020-28/5.1 — 要坚持扶贫小额信贷户借、户用、户还，精准用于贫困户及边缘人口个人发展生产，不能用于结婚、
 * 建房、理财、购置家庭用品等非生产性支出，更不能集中用于政府融资平台、生产经营企业等。
 *
 * Reads the words a scan found as a loan officer reads the form: what the money is for, who uses it, and
 * what is only told. Each rule below is one reading of that sentence (docs/interpretations.md, "Reading a
 * purpose written in free text"):
 * - a party is a use only when the money is handed to it (户用): 交给合作社, 给大户用, 乡政府借用;
 * - an object is a use only with its verb: 盖两间房子, 给儿子说个媳妇;
 * - the household's own trade is production even when named after a prohibited word (婚庆服务店, 装修活),
 *   and goods bought for it are its equipment (买小汽车跑出租) unless the text says they are for the family;
 * - what a narrative tells about the past, and how the loan will be repaid, are not this loan's use,
 *   unless nothing else is said;
 * - lending to a person at interest is 理财 (放贷); handing the money to anyone to run, 户贷企用.
 */
import {
  boughtAt,
  type Clauses,
  clauseAt,
  hiredForEvent,
  issuesPaper,
  LOAN_PUT_INTO,
  owedOnly,
  readClauses,
  REPAID_NEXT,
  repaymentClause,
  workplace,
} from './usage-clauses.js';
import {
  answerTo,
  questionAt,
  ASKING,
  borrowerNamed,
  disputed,
  namedBorrowerOnly,
  PARENTS_ASKED,
  standsForBorrower,
  handedToSpeaker,
  householdBeforeKin,
  pronounOfHousehold,
  productionRuling,
  type Question,
  LOAN_PAID_WORDS,
  readQuestions,
  REFUSED,
  reportedHousehold,
  setAsideClaims,
} from './usage-speakers.js';
import {
  NOT_YET_REPAIRED,
  CRAFT_CHARACTERS,
  FARMING_VERBS,
  LIVED_IN_WORDS,
  NOT_FARMING_AFTER,
  NOT_FARMING_BEFORE,
  NOT_JOINED_WORDS,
  OTHER_MONEY_WORDS,
  PARTIES,
  type PartyKind,
  PLACE_PARTIES,
  REAL_USE_MARKERS,
  TRADE_ENDINGS,
} from './usage-grammar.js';
import { HANDED_TO_FARMS, type UsagePurpose } from './usage-lexicon.js';
import { decideCategory, type Hit, type Scan, type UsageMatch } from './usage-matcher.js';
import {
  CHILD_KIN,
  FARM_WORK_NEXT,
  FEES,
  FEE_OPENS,
  HANDED,
  handedOver,
  kinAnswersFor,
  KIND_ORDER,
  LAND_IN_CARE_BEFORE,
  namedOnly,
  namedOnlyAfter,
  namesTheBorrower,
  paidAfter,
  partyCategory,
  servedAfter,
  TAKEN_BACK,
  THIRD_PERSON,
  UNRELATED_AFTER,
  WATCHED_BEFORE,
} from './usage-parties.js';
import { PAST_MATTER_AFTER, wordNoUse } from './usage-asides.js';
import {
  BREAKS,
  escapePattern,
  FAMILY_KEEPS_OLD,
  firstClause,
  firstTwoClauses,
  lastClause,
  NEGATING,
  startsWithAny,
  tradeOfAnother,
  SALE_FUNDED_BEFORE,
  THIS_LOAN,
  TRADE_PLACES,
  UNRELATED_WORDS,
  unrelatedTo,
} from './usage-text.js';
import {
  BUILDING_PAID_AFTER,
  CONSEQUENCE,
  FAMILY_LIVED_AFTER,
  installedIn,
  LIVED_IN_AFTER,
  objectUsed,
  placedAfter,
  standsAgainst,
  WORKSHOP,
} from './usage-objects.js';
import {
  COST_LIST_AFTER,
  HIRED_BEFORE,
  SUFFIXES,
  TAKEN_ON,
  USE_BEFORE,
  familyAct,
  membersEvent,
  namesATrade,
  rentedInList,
  servesOthers,
  tradeRoom,
  turnedIntoTrade,
  voucherPayee,
  worksNoun,
  inPayeeName,
  headingName,
  shopBoughtAt,
} from './usage-trades.js';

/** Categories a trade may be named after: a wedding shop, a renovation crew, a phone shop, a funeral-goods shop. */
const RETAGGED: ReadonlySet<UsagePurpose> = new Set(['marriage', 'housing', 'household_goods', 'other_non_productive']);
/** After an act, words that make it other people's: 办丧事的人家, 办酒席的人, 盖房子的户. */
// (Not a listed act of the household's own: 雇车搬家、请帮忙的人吃饭.)
// (过苗年、过姊妹节的人来订: a second occasion of four characters may be listed — set 1007.)
const OTHERS_AFTER = /^(?:、(?![请给帮管招])[^，。,;；、]{1,4})?的(?:人(?!情)|户|主家|客户|乡亲|都来|来订|会来)/;
/** Right after a building, the household's supplying it: 供砖, 拉料. */
const SUPPLIED_FOR_AFTER = /^(?:供砖|供瓦|供料|供货|供应|送砖|拉砖|送料|拉料)/;
/** Right after a body, a fee for a term: 一年的承包费, 五年的坑塘承包费. */
const FEE_FOR_TERM_AFTER = new RegExp(`^[0-9一二两三四五六七八九十几半]+(?:年|季|个月)的?[^，。,;；]{0,3}?(?:${FEES.source})`);
/** Words of selling: a wedding or a house right after them is the buyer's (烧砖卖给盖房的). */
const SELLING_TO = ['卖给', '售给', '供给', '供货给', '销售给', '卖到', '租给', '出租给'];
/** Right after goods, a verb that puts them to the farm's work: 买摩托车放牦牛, 买三轮车拉饲料. */
const PUT_TO_WORK = /^(?:来|去|用来|好)?[放拉运送喂赶驮]$/;
/** Medicine bought in a clause of the farm: 花椒树修剪买药, 给牛买药 (not 老人吃药). */
const FARM_MEDICINE = /^(?:买药|药费|买点药|打药钱|拿药)$/;
/** Right after medicine, words of spraying a crop: 买药打, 买药喷, 买药防虫. */
const SPRAYED = /^(?:打|喷|防虫|治虫|杀虫|防病|除草)/;
/** Words of spraying a crop anywhere in the text: 除草剂, 飞防, 打农药, 植保. */
const CROP_SPRAYING = /除草剂|飞防|植保|打农药|喷农药|杀虫剂|打药|喷药/;
/** Fertiliser right beside medicine: 买肥买药, 肥和药, 买药买肥. */
/** A field's or orchard's work, beside which 买药 buys its sprays: 修剪, 疏果, 追肥, 除草. */
const ORCHARD_WORK = /修剪|剪枝|疏果|疏花|套袋|施肥|追肥|浇水|灌溉|除草|打枝|管护|授粉|嫁接|雇工/;
const FERTILISER_BESIDE = /肥[^，。,;；]{0,2}(?:买药|药)|(?:买药|药)[^，。,;；]{0,2}肥/;
/** A word of the farm: production, or an animal or land it works (羊, 亩). */
const farmWord = (h: Hit) => h.role.category === 'production' || h.role.frame?.category === 'production';
/** Words of people between a farm word and medicine: then it is theirs (养牛，老人买药). */
const PEOPLE = /人|老|孩|娃|儿|女|妈|爹|父|母|妻|夫|病/;
/** Whether an animal stands within four characters before `at`, no person between (给牛买药; not 养牛，老人买药). */
function animalJustBefore(text: string, at: number): boolean {
  const animal = /[猪牛羊鸡鸭鹅驴马畜禽][^猪牛羊鸡鸭鹅驴马畜禽]{0,3}$/.exec(text.slice(Math.max(0, at - 4), at));
  return animal !== null && !PEOPLE.test(animal[0].slice(1));
}
/** Fuel for a farm building that burns it (烤房, 大棚): the farm's, not the family's winter coal. */
const FUEL = /煤|柴火|燃料/;
const BURNING_PREMISES = /烤|烘|棚|温室/;
/** A clause telling an animal fell ill: 牛得病了, 羊病了. */
const ANIMAL_ILL = /^[^，。,;；]{0,3}[猪牛羊鸡鸭鹅驴马](?:崽|犊|羔|仔)?(?:得病|病了|生病|有病|得了病)/;
/** Animals treated in a clause: 给牲口打针看病, 给牛防疫 — the medicine bought in the next clause is theirs. */
const ANIMAL_TREATED = /(?:[猪牛羊鸡鸭鹅驴马]|牲口|牲畜|畜禽)[^，。,;；]{0,2}(?:打针|看病|治病|防疫)/;
/** A crop's or an orchard's disease: 腐烂病, 病虫害, 根腐病. */
const CROP_ILL = /腐烂病|病虫害|虫害|根腐病|黄叶病|炭疽病|溃疡病/;
/** Right after medicine, the stock it treats: 治蜂螨, 给羊驱虫, 防猪瘟. */
const STOCK_TREATED_AFTER = /^[^，。,;；]{0,1}(?:治|防|给|喂)(?:[猪牛羊鸡鸭鹅驴马蜂兔鱼]|蜂螨|牲口|牲畜)/;
/** Power and water bills, and the farm buildings that run on them (大棚, 冷库, 鱼塘). */
const UTILITY = /电费|水费/;
const UTILITY_PREMISES = /棚|温室|冷库|鱼塘|圈|舍|养殖场|烘干/;
/** A rebuilding with no object of its own: 重新盖, 拆了重盖. */
const BARE_REBUILD = /^(?:重新盖了?|拆了重盖|重盖)$/;
/** Words of lending: with interest sought, lending is 放贷 (理财). */
const LENDING_WORD = /^(?:转借|转贷|借给|出借|放给|钱放出去|放出去)/;
/** A fee the household pays for a service (付放牧费, 给代养费), ownership or care it keeps (牛归本户, 由本户饲养), and a return it would get if the
 * money were run by another (分红, 利息). */
const FEE_PAID = /[付给交][^，。,;；]{0,4}(?:费|工钱|工资)|收取[^，。,;；]{0,4}(?:费|工钱)/;
const KEPT = /归本户|归自己|归我家|归自家|产权归本户|归户|归该户|归借款人|自收自卖|(?:本户|自家|自己)(?:饲养|养殖|喂养)/;
const RETURNED = /分红|分钱|收益|利息|回报|返/;
/** A return said to stay with the household: 出售收益均归借款人本户. */
const OWN_RETURN = /收益[^，。,;；]{0,3}归(?:借款人|本户|自家|自己|该户)/g;

/** The bride's family (亲家, 女方家) and a bride price (彩礼, 聘礼). */
const BRIDE_FAMILY = /^(?:亲家|女方|女方家|老丈人|丈人|岳父|岳母|丈母娘)$/;
const BRIDE_PRICE = /彩礼|聘礼|聘金|礼金/;

/** Stock said to stay at the farm, or none at home: 猪在养殖场, 家里一头猪都没喂. */
const STOCK_KEPT_AWAY = /一(?:头|只|口|匹)[^，。,;；]{0,3}(?:都|也)?(?:没|没有|冇)(?:喂|养|见|有)|[牛羊猪鸡鸭鹅]在(?:养殖场|养猪场|养牛场|养羊场|场里|厂里)/;
/** Money paid to another's farm (打给养牛场), stock bought (买了三头牛犊), and the farm keeping or paying for it (代养, 每年给). */
const PAID_TO_FARM = new RegExp(`^(?:打给|转给|交给|打到|转到|交到)了?(?:${HANDED_TO_FARMS.join('|')})$`);
const STOCK_BOUGHT = /(?:买|购)(?:了|进|入|回)?[^，。,;；]{0,4}(?:牛|羊|猪|鹿|鸡|鸭|鹅|犊|羔|仔|苗|驴|马|貂|狐)/;
const RUN_FOR_IT = /代养|托养|代管|寄养|每年给|年底给|每月给|按年给|保底/;

/** Words right before a farm or workshop that make it the household's own: 自己家牧场, 自家加工厂. */
/** Words that other money paid: 是卖牛的钱出的, 是打工的钱付的. */
const OTHER_MONEY_PAID = /是(?:卖[^，。,;；]{1,4}|打工|自己|自家|别的|攒)的?钱(?:出|付|交|垫)的/;
/** A text that opens with someone borrowing a sum: 坡月村黄老表贷了5万. */
const BORROWER_OPENS = /^[^，。,;；]{1,12}贷(?:了|款)?[0-9一二两三四五六七八九十]/;
/** A workshop's own building or roof: 作坊的房子, 染坊屋顶. */
const WORKSHOP_BUILDING = new RegExp(`(?:${WORKSHOP}|厂房)(?:的(?:房子|房屋|屋子)|的?(?:屋顶|房顶))`);
/** The household's own works, named by the household then the works: 自家茶厂, 自己家的榨油坊. */
const OWN_WORKS = /^(?:自己家|自家|我家|俺家|咱家)的?[^，。,;；]{0,4}(?:厂|坊|场)$/;
const OWN_BEFORE = /(?:自己家|自家|我家|俺家|咱家|自己的|我们家|自己)(?:的)?小?$/;

/** 看别人炒股赚钱, 听亲戚说炒股挣钱: speculation of a party watched or heard is theirs (放他那吃利息 is the household's). */
function watched(text: string, party: Hit | undefined): boolean {
  return party !== undefined && (WATCHED_BEFORE.has(text[party.start - 1] ?? '') || text[party.start - 1] === '听' || text[party.end] === '说');
}

/** Whether a word of selling stands a little before an act in its clause: 烧砖卖给盖房的 (the act is the buyer's). */
function soldTo(text: string, h: Hit, clauseStart: number): boolean {
  const window = text.slice(Math.max(clauseStart, h.start - 8), h.start);
  return SELLING_TO.some((w) => window.includes(w));
}

/** 卖了辣椒先还贷款，剩下的再还饥荒: a clause that goes on with what is left of a sale repays from the sale, not the loan. */
function proceedsAfterSale(text: string, clauses: { readonly start: readonly number[]; readonly end: readonly number[] }, c: number): boolean {
  return (
    c > 0 &&
    /^(?:剩下的?钱?|再把剩下|再)/.test(text.slice(clauses.start[c], clauses.end[c])) &&
    // (等羊出栏卖了，先还这笔贷款，剩下的再还饥荒: the sale may stand a clause earlier.)
    repaymentClause(text, clauses.start[Math.max(0, c - 2)]!, clauses.end[c - 1]!)
  );
}

/** After a use, words that pay it from other money: 由女儿寄回, 是政府补助出的, 早就攒好了. */
const OTHER_MONEY = new RegExp(OTHER_MONEY_WORDS.map(escapePattern).join('|'));

/** A later clause saying the money for a matter is already put by: 闺女的事钱早攒够了, 婚事的钱早备好了. */
/** Opening the clause after a use, that its money was other or unrelated to the loan: 那是卖黄豆的钱, 跟贷款不沾边. */
// (他说那是卖玉米的钱: the household may be told as saying it.)
const NOT_THE_LOAN_LATER = new RegExp(
  `^(?:(?:这个|这|那)?(?:是|系)(?:以后|将来|往后|另外|另一回|别)的事[，,])?(?:(?:他|她|户主|他家|她家)?(?:说|讲))?(?:那|这)(?:是|都是)(?:卖[^，。,;；贷]{1,3}的钱|[^，。,;；贷]{1,6}(?:给|寄)的钱|(?:打工|自己|自家)?攒的钱|打工(?:挣|赚)的钱)|^(?:(?:这个|这|那)?(?:是|系)(?:以后|将来|往后|另外|另一回|别)的事[，,])?[^，。,;；]{0,4}(?:跟|和|与)${THIS_LOAN}?(?:贷款|钱)${UNRELATED_WORDS}`,
);
// (闺女明年出嫁，说礼金够了: or the guests' gifts said to cover it.)
const COST_PUT_BY_LATER =
  /^[^。；;]{0,16}?(?:的事|这事|那事|婚事|喜事)[，,]?(?:的)?钱(?:早|早就|已经|都)?(?:攒|备|准备|凑)(?:够|好|齐)了|^[，,]?(?:说)?(?:礼金|份子钱|随的礼)(?:都|也)?够(?:了|花)/;

/** Right after a clause, words that say the household did not join what it named: 我家没参加. */
const NOT_JOINED = new RegExp(`^[，,]?(?:我家|本户|我们|俺家|俺们|我)?(?:${NOT_JOINED_WORDS.map(escapePattern).join('|')}|没入)`);

/** A household described by its farming (土豆种植户杨振宇), not a 大户: a person's description before their name. */
const FARMING_HOUSEHOLD = /(?:种植|养殖|种养|农|脱贫|贫困|监测)户$/;

/** Officials named by their post: a person, where what they do with the money is their own. */
const CADRE = /^(?:村党支部书记|党支部书记|支部书记|村支书|支书|村书记|书记|村主任|村长|乡长|镇长|县长|村干部|干部)(?:本人|个人)?$/;

/** Whether `term` (张某, 李某某本人) names the borrower: the one the text opens with (吕某贷款…, 魏某（明水县）贷款…, 陶某来信：本人贷款…) or names elsewhere as borrowing. */
function namesBorrowerByName(text: string, term: string): boolean {
  // (为吴某某本人经营, 由郑某夫妻二人经营: the person named with 本人 or a spouse is the one named.)
  const name = term.replace(SELF_OR_COUPLE, '');
  // (贷款户王某。老王说他用这钱…: the borrower named again by the surname, as people call them.)
  const familiar = /^[老小]([\u4e00-\u9fff])$/.exec(name);
  if (familiar !== null) {
    const formal = `${familiar[1]}某`;
    return text.includes(formal) && (namesBorrowerByName(text, formal) || BORROWER_LABELS.some((label) => text.includes(label + formal)));
  }
  if (!/^[\u4e00-\u9fff]某某?$/.test(name)) return false;
  if (text.startsWith(name) && OPENING_BORROWER.test(text.slice(name.length))) return true;
  // (来信反映吴某某“贷款办婚礼”…, 经查，郑某贷款用于…: or named elsewhere as the one who borrowed.)
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (!/[给借转交让帮替]/.test(text[at - 1] ?? '') && BORROWED_AFTER_NAME.test(text.slice(at + name.length))) return true;
  return false;
}
/** A verb of saying between a speaker and what they say: 老王说他…. */
const SAYS = ['说', '讲', '称'];
/** Before a name, the words that name the one holding the loan: 贷款户王某, 借款人李某. */
const BORROWER_LABELS = ['贷款户', '借款户', '借款人', '户主', '贷款人'];
/** After a name, a household member's own work said of them: 本人, 夫妻二人. */
const SELF_OR_COUPLE = /(?:本人|夫妻二人|夫妻俩|夫妻|夫妇|两口子)$/;
/** Right after a name, its borrowing: 贷款, “贷款…”, 的贷款 (not 某某某, a longer name). */
const BORROWED_AFTER_NAME = /^(?:户)?[“"「]?(?:贷款|借款|的贷款|申请贷款)/;
const OPENING_BORROWER = /^(?:[（(][^）)]{0,10}[）)])?(?:户)?(?:于[^，。,;；]{1,8})?(?:贷款|借款|申请|来信[:：]?本人贷款|系|为|种植|养殖|承包)/;
/** Whether the party at `h` is an official's post (村主任, 村民小组长), a person rather than a body. */
function cadrePost(text: string, h: Hit): boolean {
  return CADRE.test(h.term) || (/^(?:村民小组|小组|村民组)$/.test(h.term) && text[h.end] === '长');
}
/** Whether the post at `hits[i]` stands in brackets right after a person, saying who the person is: 三叔(村主任). */
function postOfPerson(scan: Scan, i: number): boolean {
  const { text, hits } = scan;
  const h = hits[i]!;
  const before = hits[i - 1];
  return /[（(]/.test(text[h.start - 1] ?? '') && before?.role.party === 'person' && before.end === h.start - 1 && /^[)）]/.test(text.slice(h.end));
}
/** Right after a post, a word of kinship: 之妻, 侄子, 的儿子 (of 村民小组, after its 长). */
const KIN_AFTER =
  /^长?(?:之|的)?(?:妻子?|丈夫|爱人|老婆|儿子|子|女儿|女|儿媳|女婿|兄长?|哥哥?|弟弟?|姐姐?|妹妹?|侄子|侄女|外甥女?|父亲|母亲|岳父|岳母|妹夫|姐夫|小舅子|连襟|堂兄|堂弟|表兄|表弟|表哥|近亲属|亲属|家属|亲戚|亲家)/;
/** After a firm, words that the money bought a wealth product from it: 账户（购买理财产品款）, 的理财产品, ，买的是他们的理财产品. */
const WEALTH_PRODUCT_AFTER =
  /^[^，。,;；]{0,8}(?:[，,](?:买的是|购买的是|买了|购买了|买|对方承诺|对方说|公司承诺|承诺)(?:他们|该公司|其|对方|人家)?的?)?[“"「]?(?:理财产品|理财款|保本理财|购买理财|买理财|保本保息|保本付息|买基金|买了基金|买股票|炒股)/;
/** Words that the family moved into the trade's rooms and gave the trade up: 一家搬进去住了，不再接待客人. */
const TURNED_HOME =
  /(?:一家|全家|家人|儿子|女儿|老两口)[^，。,;；]{0,4}(?:搬进去|搬了进去|住进去|住了进去|搬进(?:门市|门面|店|铺子|客房|民宿)[^，。,;；]{0,3})住?了?(?=[，,]?[^。；;]{0,6}(?:不再|不)(?:接待|经营|营业|开))/;
/** A trade said to be given up (民宿停办, 店不干了), and the family said to live there now (现在是儿子一家在住). */
// (小卖店去年就关了: a shop said to be closed.)
const TRADE_GIVEN_UP =
  /停办|停业|歇业|关门|关了店|倒闭|不干了|不开了|不再(?:接待|经营|营业)|没开起来|没开成|没有开起来|(?:店|铺|门市|小卖部|超市)[^，。,;；]{0,4}(?:关了|黄了)/;
const LIVED_IN_NOW = /(?:现在|如今|现)(?:是|由)?(?:一家|全家|家人|儿子|女儿|老两口)[^，。,;；]{0,4}(?:在住|住着|在里面住|住在里面|居住)/;
/** Words that interest was paid to the one who lent: 我给了利息, 付他利息, 利息给他. */
const INTEREST_PAID_TO_LENDER = /(?:给|付)了?(?:他|她|借款人|人家)?(?:的)?利息|利息(?:给|付给)/;
/** A speaker putting the money to a work of their own: 我拿去收粮周转, 我家开的米厂, 我拿去养牛. */
const SPEAKER_RUNS_IT = /(?:我|俺)(?:家)?(?:拿去|拿来|用来|用于|用在|开的|办的)[^，。,;；]{0,6}?(?:周转|生意|收粮|收购|进货|厂|店|养|种|工程|买卖)/;
/** After a government body, words that it used the loan itself: 以贷款资金偿还, 用贷款修路, 拿贷款还. */
// (村里打机井钱不够，拿这几户的贷款先垫上了: or in the clause after, to cover its own work.)
// (村里拿这些户的贷款还村上欠的账: the households' loans named as whose.)
const GOVERNMENT_USES_AFTER =
  /^(?:以|用|拿|使用|挪用|占用)(?:(?:这几户|几户|各户|农户|这些户|大伙|各家)的)?(?:扶贫)?(?:贷款|这笔贷款|这些贷款|农户贷款|各户贷款)(?:资金)?|^[^。；;]{0,12}[，,](?:就|先)?(?:拿|用|挪用|占用)(?:这几户|几户|各户|农户|这些户|俺们|我们)?的?(?:扶贫)?贷款[^，。,;；]{0,3}(?:垫|填|补|顶)/;
/** Words that a government body runs what the money went to: 村里管，户里不管, 由镇政府统一经营. */
const RUN_BY_GOVERNMENT =
  /(?:村里|村上|乡里|镇里|村委会|政府)(?:统一)?(?:管|经营|运营)(?:[,，\s]|$)[^。]{0,4}户里不管|(?:[，,\s是由归]|^)(?:乡政府|镇政府|县政府|村委会|乡里|镇里|县里)(?:统一)?(?:管|经营|运营|管理)的?(?:$|[，。,;；！!\s])|由(?:村委会|村里|乡政府|镇政府|县政府|政府)(?:统一)?(?:经营|运营|管理)/;
/** Right before a firm, a government body owning or running it: 乡镇政府所属的, 县政府下属, 镇里办的, 村委会牵头搞的, 乡政府办的旅游开发(公司). */
const OWNED_BY_GOVERNMENT_BEFORE =
  /国资(?:委)?(?:的|下属的?|控股的?)?[^，。,;；的]{0,4}$|(?:政府|乡里|镇里|县里|村委会|村委|乡镇|国资委)(?:所属|下属|控股|出资成立|成立|开办|办|牵头(?:搞|办|建|成立)?|搞|建)的?(?:某|一家|一个)?(?:旅游开发|文旅|城建|农业开发|建设|投资|开发)?$|(?:政府|乡里|镇里|县里|村里|村上|镇上|乡上|村委会)[^，。,;；]{0,3}垫付了?$/;
/** The bride's family, as a text names it: 女方家, 亲家, 丈母娘. */
const BRIDES_FAMILY = /女方|女家|亲家|丈母娘|老丈人|岳父|岳母/;
/** A public body putting money on, the clause opening with it: 村里又投到, 乡里后来转给. */
const ONWARD_BY_BODY_BEFORE =
  /^(?:村里|村上|乡里|镇里|村委会|村集体|乡政府|镇政府)(?:又|再|后来|然后|就|都|统一)*(?:投到|投入|投给|投进|转给|交给|借给|拿去|入股到?|注入)$/;
/** Right before a bracket, the borrower it describes: 借款人（, 申请人(. */
const BORROWER_BRACKET_BEFORE = /(?:借款人|申请人|户主|贷款人|借款户|本人)[（(]$/;

/** The loan's use said not asked: 贷款干啥用的没唠, 贷款用在哪了没问着. */
const USE_NOT_ASKED = /(?:贷款|钱)(?:干啥|干什么|嘎哈|干嘛|做啥|咋用|用在哪|用哪|花哪)(?:了|用了|用的)?(?:没问|没唠)/;
/** Words that say the use cannot be established: 说法前后不一, 无法核实, 问不清楚, 讲法唔一致, 户主说买了牛，婆姨说…没买. */
// (要么买羊，要么给孩子，到时候再说: a choice put off.)
// (户主还冇想好，可能养猪，也可能拿来修屋: a choice of maybes after the words that nothing is decided.)
// (家里新买了辆面包车，没问干啥用的: a use the writer did not ask; 冇讲做么子用, a use not told.)
// (家里老人不清楚钱干啥了，待复核: nor one the people at home can tell.)
// (问了几次讲的都不一样, 说法不一致, 他说买牛，媳妇说给小子用了，两样说法: nor accounts that differ — not a quarrel over
// the interest: 兄弟为利息归谁吵起来.)
// (听说要借给他姑父收利息，借没借不晓得: nor whether the act was done at all; 有人说…，也有人说…: nor rumours that differ.)
// (问他拉货还是屋头坐，他说到时候看; 还没想好…羊买也可能，别的干也可能; 也许养牛也许种蓝莓，还没想好; 还没想好，想养牛也想开小卖店:
// nor a choice put off or left open; 没买，钱还在……也不是，用了一点: nor an answer taken back as it is given; 先讲买牛又讲还账，前后讲不清:
// nor accounts that change; 卷宗未记载车辆用途: nor a file that does not record it; 婆娘说…，他儿又说…，我也搞不清楚: nor
// accounts that differ, the writer left unsure.)
// (阿叔一哈说买羊一哈又说还账了, 不晓得拉货还是自家坐: accounts that change, a choice the writer cannot tell — sets 942, 945;
// not 笔者无法核实借据, the IOUs of a lending the text tells — set 946; 其妻在旁讲…，户主不承认: a spouse's account the
// household denies — set 951.)
// (两口子还没商量好，一个要养猪一个要修房子, 男的要买三轮车拉货，女的要把灶房翻修: nor a couple's choice not yet agreed, each
// wanting one — set 965, review 147; 男的要拿去买牛，女的要拿去…，两口子还没商量定: or the wishes first — review 149.)
export const UNRESOLVED = new RegExp(
  `${/有人说[^。；;]{1,16}[，,](?:也|又|还)有人说|(?:借没借|买没买|盖没盖|给没给|还没还|花没花)(?:的事)?[^，。,;；]{0,2}(?:不晓得|不知道|不清楚|说不清|搞不清)|还是[^，。,;；]{1,8}?[，,]?[^，。,;；]{0,4}?(?:到时候|到时)(?:再)?(?:看|说|定)|(?:没|冇|未)想好[^。]{0,30}也可能[^。]{0,10}也可能|(?:没|冇|未)想好[^。]{0,6}想[^，。,;；]{1,8}也想|(?:也许|或许)[^，。,;；]{1,8}(?:也许|或许)[^，。,;；]{1,8}[，,]?(?:还)?(?:没|冇|未)想好|不清楚(?:贷款|钱|这钱)(?:干啥|干什么|干嘛|做啥|用在哪|用哪|花哪)|两样说法|(?:无法|没法)询问|说的是[^。；;]{1,16}[，,][^。；;]{1,12}说的是[^。；;]{1,16}[，,][^。；;]{0,10}(?:没对上|对不上|不一样)|莫衷一是|问不出来|问不出个|(?:说|讲)(?:嘞|的|得)不一样|两种说法|(?:说|讲)[^，。,;；]{1,10}[，,][^，。,;；]{1,4}(?:说|讲)[^，。,;；]{1,14}[，,\s](?:我也)?(?:搞不清|弄不清|闹不清)|说不到一搭|说不到一块|(?:说|讲)法(?:不|唔)一致|(?:说|讲|到现在|至今)(?:还|也)(?:没定(?:下来)?|没商量好|没想好)(?:$|[，。,;；])|(?:核实|核查|查证)未果|先[说讲][^。；;]{1,12}?又[说讲]|说[^，。,;；]{1,6}[，,][^，。,;；]{1,4}说[^，。,;；]{1,10}[，,](?:还)?没商量好|没个准主意|没拿定主意|(?:说|讲)的都不一样|没说干(?:啥|什么)|没说做(?:啥|什么)|没讲(?:用来|拿来)?(?:干|做)(?:啥|什么|乜)|冇讲(?:干|做)(?:啥|什么|么子)|(?:贷款|钱)(?:搞|干|做)(?:么事|么子|啥子)[^，。,;；]{0,3}(?:冇讲|没讲|冇说|没说)|(?:没讲|冇讲|没说|冇说)是[^，。,;；]{1,8}还是|没问(?:干啥|干什么|做啥|啥用|用途)|问[^。；;]{0,10}(?:不开腔|不吭声|不吱声)|(?:贷款|钱)的事(?:不晓得|不知道|说不清)|(?:贷款|钱)的事不愿意说|(?:贷款|钱)的事不肯说|(?:贷款|钱)的事不愿说|(?:我|俺|他|她)(?:也|都)说不清(?:楚)?了?(?=$|[。；;！!，,])|又(?:说|讲)[^。；;]{1,30}[，,](?:我|俺)(?:也|都)(?:搞|弄|闹)不清(?:楚)?了?(?=$|[。；;！!])|(?:说[的得嘞咧]|前后)对不上|又说[^。；;]{1,16}[，,]还?(?:没|莫|未|冇)(?:定|决定|想好)|(?:莫|没|未)核实清楚?|还是[^，。,;；]{1,8}[，,](?:还)?(?:没|莫|未)(?:定|决定|想好)|还是[^，。,;；]{1,8}?[，,]?(?:再寻思|再想想|再琢磨|再商量)|光笑不说|(?:干啥|干什么|用途|用在哪|花哪|咋用)[^，。,;；]{0,4}(?:不肯说|不愿说)|(?:咋用|怎么用|用途)没说|没说(?:咋用|怎么用|用途)|(?:干啥|干什么|干哪样|嘎哈|干嘛|做什么|做啥)(?:用)?了?活?(?:也|都)?没说|说不清(?:他|她)?(?:的)?贷款干(?:啥|什么|嘛)|(?:没|未)(?:问清|弄清|搞清|核实清)(?:楚)?(?:是)?[^，。,;；]{1,8}还是|(?:还|都|仲)?(?:没|冇|未)(?:想好|谂好|决定)[^。；;]{0,4}[，,]?可能[^，。,;；]{1,8}[，,]?(?:也可能|可能)|(?:未|没有?|不)正面回答|答非所问|避而不答|(?:邻居|邻里|旁人|村里人|屯里人)(?:也|都)?(?:不知道|不晓得)(?:这笔)?(?:钱|贷款)(?:到底)?(?:用在哪|花在哪|花哪|用到哪|干啥用|去哪|的去向)/.source}|${USE_NOT_ASKED.source}|${/(?:老伴|老婆|媳妇|女人|男人|老头|老汉|儿子|闺女)(?:说|讲)[^。；;]{1,12}[，,](?:她|他)?(?:老伴|老婆|媳妇|女人|男人|老头|老汉|儿子|闺女)(?:又|却|则)?(?:说|讲)[^。；;]{0,12}(?:没买|还没买|没花|没动|钱还在)|^[\u4e00-\u9fff]{1,3}(?:说|讲)[^。；;]{1,12}[，,](?:她|他)(?:老伴|老婆|媳妇|女人|男人|老头|老汉)(?:又|却|则)?(?:说|讲)[^。；;]{0,12}(?:没买|还没买|没花|没动|钱还在)|要么[^。；;]{1,10}[，,]?要么[^。；;]{1,12}?[，,]?(?:到时候|回头|以后|过后)?(?:再说|再看|再定|没定|还没定)|讲法(?:唔|不)(?:一致|一样|同)|可能[^，。,;；]{1,8}[，,]?也可能[^，。,;；]{1,10}[，,](?:尚未|还没|还未|没)(?:决定|定|想好)|(?:未|没有?|均未)(?:说明|写明|载明|注明)[^，。,;；]{0,6}是否用于|暂不作分类|未见[^，。,;；]{1,4}[，,]?(?:也|亦)(?:无|没有|未见)(?![^，。,;；]{0,4}[购买])[^，。,;；]{0,4}(?:凭证|票据|收据|单据)(?![^。；;]{0,6}[，,]经)|(?:无法|不能|未能)(?:确认|认定)[^，。,;；]{0,4}(?:资金|实际)?(?:用途|去向)|(?:资金)?用途(?:无法|不能|难以)(?:认定|确认|确定)|(?:还|都)?(?:没|冇|未)想好[^。；;]{0,4}[，,]?(?:看是|是|看)?[^，。,;；]{1,10}还是|(?:再|还没|尚未|没)(?:决定|定)[^，。,;；]{1,8}还是|(?:户主|借款人|本人|老[\u4e00-\u9fff]头?)(?:说|称|讲)[^。；;]{1,12}[，,](?:他|她)?(?:其妻|妻子|老婆|婆姨|婆娘|媳妇|老伴|爱人|家属|儿子|女儿)(?:又|却|则)?(?:说|称|讲)[^。；;]{0,12}(?:没买|还没买|没花|没动|钱还在|没养|没种|没盖)|(?:无法|不能|未能)(?:确定|核实|查明)[^，。,;；]{0,4}(?:实际)?(?:用途|去向)|表述不清|供述不一|陈述不一|供述前后|先称[^。]{1,24}后(?:又|来)?称|未注明|两表不一致|(?:未|没有?|并未)(?:说明|写明)(?:系|是)?[^，。,;；]{1,8}还是|(?:未|没有?|并未)(?:说明|写明|载明|注明|记载|记录)(?!对方|其|他|她)[^，。,;；]{0,12}用途(?!的)|(?:三者|两者|二者|三方|双方|几方|各方)(?:说法|陈述|所述)?(?:均|都|互)?不一致|未能入户核实|(?:未注明|没写明|不清楚)是[^，。,;；]{1,6}还是|(?:不晓得|不知道|搞不清)是?[^，。,;；]{1,6}还是|无法辨认|字迹不清|说法也不一样|说法都不一样|(?:说法|讲法)不一|(?:地址|位置|地点)对不上|(?:称|说|讲)[^。；;]{1,24}?[，,][^。；;]{0,10}?(?:称|说|讲)[^。；;]{1,24}?[，,](?:双方|两方|两人|两边)(?:均|都)(?:无证据|拿不出(?:票据|证据|凭据|欠条))|听不清[^，。,;；“"「]{0,8}?是(?:说)?[“"「][^”"」]{1,6}[”"」]还是|(?:男的|户主)(?:说|讲)[^。；;]{1,16}?[，,](?:他|她)?(?:女的|老婆|媳妇)(?![也都])(?:说|讲)(?![^。；;]*(?:一样|对得上|一致))|需进一步核实|需要进一步核实|第一次[^。；;]{1,16}第二次(?:又)?说|用途[^。；;]{0,4}[，,]?(?:双方|各方)?均?未(?:举证|提供证据)|(?:没见过|没看到|没看见|未见)[^。；;]{0,10}[，,](?:待|需)(?:下次|下回|进一步|再)?核实|前后不一|说法不一|口径不一|无从稽考|无从查考|无从查证|相互矛盾|互相矛盾|自相矛盾|(?:材料|说法|口径|记录|证明|几份|[两三几]份[^，。,;；]{0,3})对不上|(?<!(?:借据|借条|欠条)[^，。,;；]{0,2})无法核实(?![^，。,;；]{0,2}(?:借据|借条|欠条))|没法核实|没办法核实|(?:钱|贷款)(?:到底)?(?:干啥|干什么|做啥|用在哪|花哪)(?:用)?了?(?:也|都)?(?:说不清|说不上来|不清楚|不知道)|未能核实|未能查实|(?<=[，,])(?:都|也)?说不清楚?(?=$|[。；;！!])|无法查实|[说讲][^。；;]{1,16}[，,][^。；;]{0,6}[说讲][^。；;]{1,16}[，,][^。；;，,]{0,6}到底(?:咋|怎么|啥)回事[^。]{0,6}(?:不晓得|不知道|搞不清|说不清|不清楚)|[说讲][^。；;]{1,16}[，,][^。；;]{0,6}[说讲][^。；;]{1,16}[，,](?:也|俺|我)?(?:不晓得|不知道|搞不清|说不清|不清楚)(?:哪个|哪样|谁)(?:说的)?(?:对|是真|准|是实)|(?:贷款|钱)(?:干啥|干什么|做啥)用?了?一句没提|问也不说|问都不说|别的不吱声|别的不吭声|其他(?:啥|什么)?都没(?:说|讲)|(?:用途|去向)(?:均|都|尚|仍)?未(?:核实|查实|查明)|无法查明|未能查明|无法确认|核实不了|查不清|问不清楚|(?<!(?:谁|哪家|哪个|哪位|名字|姓名|比例|多少|数额|金额|钱数|各多少|各花多少|[只头口亩匹箱袋斤])了?)记不清|去向不明|流向不明|流向不清|用途不明|[说讲]不清楚?(?!是?哪一?(?:样|种|个|家|只|支|款))[^，。,;；]{0,2}(?:钱|花|用|去向|干|哪)|[说讲][的得了个]?(?:也)?(?:不一样|唔一样)|一时(?:讲|说)[^。；;]{1,10}[，,]一时(?:讲|说)|(?:两个人|俩人|两人|说法|讲法|口径|前后)对不上|说了[两三几]样|各说各的|说法不同|未能说明|无法说明|无法判断|难以判断|不能判断|(?<!话)没说清|没讲清|未说清|没有说清|说明不了|说不出|去向待核|待核实|用途待核(?!实)|(?:尚未|还没|还未|没有|没)确定(?:用途|干啥|干什么|做什么)|前后矛盾|(?:无法|不能|难以|未能)(?:确定|认定)(?:借款|贷款|资金|该笔借款|涉案借款)?的?(?:实际)?(?:用途)?|不足以(?:确定|认定)(?:借款|贷款|资金|该笔借款|涉案借款)?的?(?:实际)?(?:用途|去向)|用途[^，。,;；]{0,2}(?:均|都|也|并|亦)?(?:未|没有?)(?:作|做|予)?(?:说明|交代)|另有用处|另有他用|(?:^|[，,。；;]|存疑)待查(?=$|[，。,;；！!])|两说不一|没商量好[，,][^。；;]{0,4}(?:一个(?:要|想)[^，。,;；]{1,8}[，,]?一个|男的(?:要|想)[^，。,;；]{1,10}[，,]?女的|女的(?:要|想)[^，。,;；]{1,10}[，,]?男的)(?:要|想)|(?:一个|男的|女的)(?:要|想)[^，。,;；]{1,12}[，,]?(?:另一个|一个|女的|男的)(?:要|想)[^。；;]{1,14}?[，,][^。；;，,]{0,6}(?:还没商量好|没商量好|还没商量定|没商量定)|两种说法(?![^，。,;；]{0,2}(?:对得上|一致|相符|一样|相同))|[两三四几]个人[两三四几]个说法|(?:…|\.{3})+也不是[，,]|[两三四几]个(?:说法|讲法)(?![^，。,;；]{0,2}(?:对得上|一致|相符|一样|相同))|(?<!为啥|为什么|咋|(?:利息|分红)[^，。,;；]{0,4})吵起来|意见不一|(?:也|都|前后)(?:讲|说)不清楚?(?=$|[，。,;；！!？?])|又说是|又讲是|口头又说|(?:用途|去向)[^，。,;；]{0,4}说不清|待进一步核实|待进一步核查|需进一步核查|需要进一步核查|(?:一会儿?|一哈)[说讲][^。]{0,16}(?:一会儿?|一哈)(?:又)?[说讲]|先说[^。]{1,12}后(?:来)?又说|看不出(?!毛病|问题|故障|哪坏|哪里坏|病)|(?:花在哪|花哪|用在哪|钱在哪|钱去哪|钱到哪)了?[^，。]{0,2}(?:说不清|讲不清|不清楚)|别的(?:讲|说)不清|说法对不上|说法矛盾|说法有矛盾|(?:陈述|供述|口径)矛盾|(?:无法|不能|未能)(?:相互)?印证|说的对不上|讲的对不上|对不上号|各执一词|(?:村干部|干部|村委会?)(?:也|都)?(?:说|讲)不清楚?(?=$|[，。,;；])|没写(?:养|种|干|做|买)(?:啥|什么)|没写具体|未写明具体|尚未(?:查实|核实|查明)|(?:未|没|尚未|还没)查清|(?:尚在|正在|仍在)(?:调查|核查|核实)(?:中|之中)?(?=$|[，。,;；！!])|(?:未能|无法|不能)证明[^，。,;；]{0,12}(?:还是|或)|没核实|没有核实|核实不上|核实不清|说法不一样|(?:其妻|妻子|老伴|老婆|媳妇|爱人|家属)(?:在旁|在一旁|在边上|插话|插嘴)(?:又|却|则)?(?:说|称|讲)[^。]{0,8}?(?:没买|还没买|没花|没动|钱还在|钱在家)|(?:其妻|妻子|老伴|老婆|媳妇|爱人|家属)(?:在旁|在一旁|在边上)[^。]{0,16}[，,](?:户主|本人|他)(?:不承认|否认)|不对[^。]{0,16}也不是|(?:流水|记录|凭证|去向)[^，。,;；]{0,2}无法调取/.source}`,
  'g',
);
/**
 * A character every kind of UNRESOLVED holds (清, 核, 矛 …, or 不一, 一会, 印证, 没买): texts without one are passed over at once,
 * since most purposes are plain and the full pattern is slow to try at every place.
 */
export const UNRESOLVED_MARK =
  /要么|无从|记载|记录|没对上|询问|两样说法|莫衷一是|没借|没盖|没给|没还|到时|有人说|问不出|不一样|两种说法|搞不清|弄不清|闹不清|商量好|举证|第二次|谂好|一致|主意|一时|女的|老婆|媳妇|无证据|听不清|对不上|一句没提|问也不说|问都不说|一搭|没问|开腔|吭声|吱声|不晓得|不知道|说不清|不愿意说|不肯说|不愿说|不肯说|光笑不说|不愿说|一块|没说|没讲|冇讲|冇说|说不上来|没养|没种|没盖|再寻思|再想想|再琢磨|再商量|正面回答|答非所问|避而不答|[清核矛查确明样各同出定处他吵又辨注判]|不一|不对|在旁|一旁|在边上|插话|插嘴|一会|后称|供述|对不上|没写|未写明|调取|印证|唔一|没买|没花|没动|还在|想好|凭证|票据|分类|两种说法|回事|个说法|也不是|又讲|讲不清/;
/** Of those, the words that only say a file does not record the use (档案未载明用途), and a household's own account after them. */
const FILE_SILENT = /载明|注明|写明|记载|记录/;
const ADMITTED_AFTER = /(?:户主|借款人|本人|申请人|他|她)(?:自己)?(?:称|说|讲|承认)|^[^，。,;；“”"]{0,3}[，,](?:自称|称|(?:后来|最后)(?:才|又)?(?:说|讲|承认))/;
/** Of those, the words that only say the household cannot account for the money: 无法说明资金去向. */
const UNACCOUNTED = /^(?:未能说明|无法说明|说明不了|说不出|去向不明|[说讲]不清楚?干[啥嘛什么]{0,2}用?|[说讲]不清楚?钱[^，。,;；]{0,2})$/;
/** Every place the text says its use cannot be established, in order (most texts: none). */
function unresolvedIn(text: string): RegExpExecArray[] {
  // (原“待核实”标记予以撤销: words quoted as a mark's name say nothing of the use.)
  // (But not what a speaker's quoted words begin with: 户主说：“还冇想好，看是喂猪还是…”.)
  // (还没想好是买牛还是……算了，先给儿子办婚事: nor an open choice the speaker settles at once.)
  const found = UNRESOLVED_MARK.test(text)
    ? [...text.matchAll(UNRESOLVED)].filter(
        (m) =>
          !(/[“"「]/.test(text[m.index - 1] ?? '') && /[”"」]/.test(text[m.index + m[0].length] ?? '')) &&
          !settledAfter(text, m) &&
          !USED_BY_ANOTHER.test(text) &&
          !COUNT_CHOICE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) &&
          !WHOM_ASKED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)),
      )
    : [];
  // (买了一辆小货车，目前停在院子里: a vehicle found standing idle, no work or use of it told, leaves the use unknown.)
  const idle = text.includes('停') || text.includes('闲置') || text.includes('没') ? VEHICLE_IDLE.exec(text) : null;
  if (idle !== null && ROAD_VEHICLE.test(text) && !VEHICLE_PUT_TO_USE.test(text)) found.push(idle);
  return found;
}
/** A finding that another actually used the money (实际由本村种植大户王某使用): the household's not knowing the use is no doubt of it. */
// (全部转入县城某茶叶有限公司账户，户主…说不清具体用处: nor money a check found paid into a firm's account — set 976.)
const USED_BY_ANOTHER =
  /实际(?:由|是|为|系|被)[^，。,;；]{1,12}(?:使用|用了|在用|经营|拿去)|(?:转入|转到|转至|打入|打到|汇入)[^，。,;；]{1,16}(?:公司|企业|合作社|厂)的?(?:账户|账上|对公账户)/;
/** Before words that something cannot be told, a choice between two counts (是二十只还是二十二只她也记不清了): a number, not the use, is in doubt. */
const COUNT_CHOICE_BEFORE =
  /[0-9一二两三四五六七八九十百千]+(?:只|头|口|亩|匹|箱|袋|斤|个|棵|株)还是[0-9一二两三四五六七八九十百千]+(?:只|头|口|亩|匹|箱|袋|斤|个|棵|株)[^，。,;；]{0,8}$/;
/** Before words that something cannot be told, a question of whom the money went to (问他放给哪个他也说不清): the party, not the
 * use, is in doubt — set 958. */
const WHOM_ASKED_BEFORE = /(?:放给|借给|给了?|交给|转给)(?:哪个|谁|哪家|哪位|什么人|啥人)[^，。,;；]{0,4}$/;
/** After an open choice, the speaker settling it: ……算了，先给儿子办婚事; 最后决定还是养牛. */
const CHOICE_SETTLED_AFTER = /^[^。；;]{0,8}?(?:算了|最后(?:决定|定了|还是)|决定(?:先|还是)|定下来了)/;
/** Later in the sentence, words that make an open choice moot: 两样都用得上 (either way the same inputs), 贷款先把房顶修了. */
const CHOICE_MOOT_LATER = /^[^。；;]*?(?:两样都用得上|都用得上|贷款先(?:把|拿|用|给|买))/;
const settledAfter = (text: string, m: RegExpExecArray) =>
  CHOICE_SETTLED_AFTER.test(text.slice(m.index + m[0].length)) || (m[0].endsWith('还是') && CHOICE_MOOT_LATER.test(text.slice(m.index + m[0].length)));

/** After a public body, a building of its where the household rents a place: 建的扶贫车间里租了一个位置. */
const RENTED_IN_ITS_BUILDING_AFTER = /^(?:建的|盖的|办的|修的|建设的)[^，。,;；]{0,8}(?:里|内)[^，。,;；]{0,3}租/;

/** A vehicle found standing idle at home: 目前停在院子里, 一直闲置在家中. */
const VEHICLE_IDLE =
  /(?:车|车子)?[^，。,;；]{0,2}(?:目前|一直|至今|现在|如今|常年|长期)(?:都|就|还)?(?:停|放|闲置|搁)(?:在|于)(?:院子|院里|院内|家里|家中|家门口|门口|屋里|棚里|自家院)里?(?:没[动用开]过?|不用|闲着)?(?=$|[，。,;；])|^[^。；;]*?(?:贷款|钱)[^。；;]{0,10}[，,](?:别的|其他|其它)(?:都|也)?没(?:说|讲|提)/;
/** A road vehicle, which may serve the family or a trade (not a farm machine, which stands idle out of season). */
const ROAD_VEHICLE = /货车|三轮|面包车|汽车|轿车|皮卡|摩托|电动车|电瓶车|车子|小车|四轮车|五菱|SUV|suv/;
/** Words that a vehicle never hauled goods: 一车货没拉过, 没拉过货. */
// (一趟客都没拉过: nor a fare.)
// (家里也没啥货可拉: or nothing there to haul; 我就没见拉过一回: or never seen hauling.)
const NEVER_HAULED =
  /(?:没|没有)见(?:他|她)?(?:拉|运)过(?:一回|一次|一趟)|(?:没|没有)(?:啥|什么|啥子)?货(?:可拉|可运|要拉|好拉)|(?:一车货|一趟货|一回货|货|一趟客|一个客|客)(?:都|也)?(?:没|没有)(?:拉|运|送)过|(?:没|没有)(?:拉|运|送)过(?:一车|一趟|一回|一个)?(?:货|客)/;
/** Words that nothing was ever sold: 一件货都没卖过, 没卖过一单, 没卖过东西. */
// (一单货都没卖出去过, 店铺到现在零订单: or not one order.)
const NEVER_SOLD_ONLINE =
  /(?:一件货|一单货|一件|一单|货)(?:都|也)?(?:没|没有)卖(?:出去?)?过|(?:没|没有)卖(?:出去?)?过(?:一件|一单|东西)|零订单|(?:一个|一笔)?订单(?:都|也)?(?:没有|没)(?:过|有)?(?=$|[，。,;；])/;
/** A device for selling online: 手机, 电脑. */
const DEVICE = /手机|电脑|平板|笔记本/;
/** Selling online: 电商, 直播, 网店. */
const ONLINE_TRADE = /电商|直播|网店|带货|网上卖|微商/;
/** Hauling work: 拉货, 运货, 跑运输. */
const HAULING = /拉货|运货|送货|跑运输|运输|滴滴|拉客|跑出租/;
/** Words that tell a vehicle's work or use: 跑运输, 拉货, 用来接送. */
const VEHICLE_PUT_TO_USE = /跑|(?<!拖)拉|运|送|载|接活|出租|租给|营运|农用|开着|坐|赶集|上学|走亲戚/;
/**
 * A finding that the stock a production use names is not there: 现场未见羊只 (not 未见鸡舍, the building), 圈里是空的,
 * 现场既冇羊 (冇 only on site: 栏里还空起，冇猪崽 tells what the household lacks); or that the proof of it is false
 * (购猪票据亦系伪造, 照片是借的).
 */
const STOCK_ABSENT =
  /(?:未见|没见着|没见|没看到|未看到|没看见|未发现)(?:到|过)?(?:牛|羊|猪|鸡|鸭|鹅|驴|马|牲畜|畜禽)(?![舍圈棚场])|(?:圈|棚|舍|栏)里?(?:是|也是)?空的|(?:圈|棚|舍|栏)(?:里)?(?:都|也)?空着|(?:圈|棚|舍|栏)里(?:也|都)空(?![地闲置了着间位出起])|(?:票据|发票|收据|单据|照片|凭证)[^，。,;；]{0,3}(?:均|亦|也|都)?(?:系|是|为)?(?:伪造|假的|编造|虚构|借来的|借的)|假发票|假票据|(?:牛|羊|猪)[^，。,;；]{0,2}(?:系|是)?(?:向|从)?[^，。,;；]{0,4}借来(?:应付|充数|凑数)|现场[^，。,;；]{0,3}(?:既|也)?冇(?:牛|羊|猪|鸡|鸭|鹅)|(?:户内|院内|现场|家中|其实家里|圈内|圈里|棚里|舍内|现在|如今|目前)(?:既|也|并|就|还是|都)?(?:无|没有|没)(?:任何)?(?:牛|羊|猪|鸡|鸭|鹅|驴|马|大棚|牲畜|畜禽)(?![了啦])|既无(?:牛|羊|猪|鸡|鸭|鹅|驴|马)也无|(?:牛|羊|猪|鸡|鸭|鹅)(?:和[^，。,;；]{1,4})?(?:也|都)?(?:没见着|没见到|没看到|没看见|未见)(?:一头|一只|一个)?(?=$|[，。,;；])|(?:圈|棚|舍|栏|屋头|屋里|家里)里?一(?:头|只|匹|个)(?:牛|羊|猪|鸡|鸭|鹅)?(?:都|也)?(?:没有|没得|莫得|冇)|(?:圈|棚|舍|栏)里(?:啥子|啥|什么)?(?:都|也)(?:莫得|没得)|家里(?:牛|羊|猪|鸡|鸭|鹅)(?:也|都)没有|(?:现场|圈里|棚里|院里)(?:是|为|系)?空圈|(?:图为|照片为|照片是|拍的是|现场为|现场是)(?:一[个间座])?空的?(?:猪|牛|羊|鸡|鸭|鹅)?(?:圈|棚|舍|栏)|(?:现场|实地|入户)(?:均|都|也|并)?(?:未见|没见|没看到|未看到)(?:$|[，。,;；])|(?:实际|其实|实际上)(?:牛|羊|猪|鸡|鸭|鹅|驴|马)?(?:也|都|根本|压根)?(?:没|没有|未)(?:买|养|进|抓)(?:牛|羊|猪|鸡|鸭|鹅|驴|马)?(?![^。；;]{0,12}(?:就|先|又|已|买的|买了|养的|养了|改|换))/;

/** A character every kind of STOCK_ABSENT holds: most texts have none, so the pattern is not tried. */
const STOCK_ABSENT_MARK = /[见看发空冇无没伪假虚借莫]/;
/** Whether the text finds the stock its production names absent (STOCK_ABSENT, tried only where its mark stands) and nothing after confirms the production. */
const stockAbsent = (text: string) => {
  if (!STOCK_ABSENT_MARK.test(text)) return false;
  for (const absent of text.matchAll(STOCK_ABSENT_ALL)) {
    // (去年猪瘟后圈里没猪，今年用贷款补栏: an empty pen dated in the past tells why the household restocks.)
    // (Not a check dated so: 去年检查时圈里没猪 is a finding.)
    const before = lastClause(text.slice(0, absent.index));
    if (DATED_PAST.test(before) && !CHECKED.test(before)) continue;
    // (…猪刚卖完圈是空的…复核：认定生产用途属实: unless a later finding confirms the production.)
    return !PRODUCTION_CONFIRMED.test(text.slice(absent.index + absent[0].length));
  }
  return false;
};
const STOCK_ABSENT_ALL = new RegExp(STOCK_ABSENT.source, 'g');
/** Words that date what follows in the past: 去年, 前年, 猪瘟后. */
const DATED_PAST = /去年|前年|前几年|那年|当年|以前|之前|早先|那时|那会|瘟后|病死后|死光后|\d{4}年/;
/** Words of a check: 检查, 核查, 走访. */
const CHECKED = /检查|核查|核实|走访|回访|查看|复查|入户|现场/;
/** A finding that confirms production: 认定生产用途属实, 确系用于生产, 核实4头驴在群，用途属实. */
const PRODUCTION_CONFIRMED =
  // (猪圈空着，想再抓二十个小克郎: or the household's plan to fill the empty pen.)
  // (牛为借款人自购: or that the stock said borrowed was the household's own purchase.)
  /认定(?:为)?(?:用于)?生产|(?:牛|羊|猪)[^，。,;；]{0,2}(?:为|系|是)[^，。,;；]{0,5}自购|(?:已|已经|早就?|都)卖(?:掉|了|完)|(?:想|要|准备|打算)再?(?:抓|买|进|补|添)|清点[^，。,;；]{0,4}[0-9一二两三四五六七八九十]+(?:头|只|口|匹)|在山上放牧|刚出栏|出栏卖了|刚卖了一批|补栏|进栏|收购票据|存栏[^，。,;；]{0,3}[1-9]\d*(?:头|只|口)|生产用途属实|确系(?:用于)?生产|(?:牛|羊|猪|驴|马|鸡|鸭|鹅|头|只)[^，。,;；]{0,2}(?:在群|在圈|在栏|都在|还在)|用途(?:属实|正常)/;

/**
 * A choice left open between uses: 养猪还是盖房还没定下来, 买羊还是还账，还没想好, 是养鸡还是开个小卖部，没定, 尚未决定用于种地还是办事 (a question even
 * between two productions, unless the text says the loan farms either way: 买羊还是买牛还没定，反正是买来养着卖).
 */
/** Words that a choice is not yet made: 还没定, 没想好, 还没拿定主意. */
const UNDECIDED = '还没定|没定|还冇定|冇定|还没想好|没想好|还没拿定主意|没拿定主意|还没拿准主意|没拿准主意|还没商量好|没商量好|还没商量定|没商量定';
const CHOICE_OPEN = new RegExp(
  `(?:又说|我说|他说|她说)要?[^。；;]{1,16}?(?:也没定|还没定|没定下来|没决定|还没决定)|还是[^，。,;；]{1,8}[，,][^。；;]{0,10}再定|或者?[^，。,;；]{1,8}[，,]?(?:还没想好|没想好|还没定|没定|不确定)|还是[^，。,;；]{1,8}[，,]?(?:${UNDECIDED}|不确定|待定)|(?:${UNDECIDED})[，,]?可能[^。；;]{1,10}也可能|(?:${UNDECIDED})是[^，。,;；]{1,8}还是|或者[^，。,;；]{1,8}[，,]?(?:看情况|看到时候|到时候再说|再说|不一定|再商量)|或者[^。；;]{1,20}?(?:到时候再看|到时候再说|到时候看)|也可能[^。；;]{1,14}?(?:还没想好|没想好|还没定|没定|不确定|待定)|也可能[^。；;]{1,16}?(?:看情况|到时候再说|到时候再看|要看价钱|要看价格|要看行情|得看价钱|看价钱)|(?:${UNDECIDED})[^。；;]{0,10}可能[^。；;]{1,12}也可能|(?:${UNDECIDED})[，,][^。；;，,]{1,8}还是|(?:还在考虑|在考虑|还在琢磨)是?[^，。,;；]{1,8}还是|还是[^，。,;；]{1,8}[，,]?(?:还在考虑|还在琢磨|还在想)|(?:${UNDECIDED})[^。；;]{0,10}看(?:明年|今年|开春|到时候|情况)?是[^，。,;；]{1,8}还是|(?:还没想好|没想好|还没定|没定|看情况|看开春情况)[^。；;]{0,12}要么[^。；;]{1,12}要么|也想[^，。,;；]{1,8}[，,]?(?:看[^，。,;；]{0,6})?(?:再定|再决定|再说|还没定|没定)|具体(?:干啥|干什么|做啥|做什么|搞啥|搞什么|用途|项目)[^，。,;；]{0,3}(?:还没想好|没想好|还没定|没定|待定|未定)|(?:还没寻思好|没寻思好|还没想好|没想好)[呢啊哩嘞呐]?[，,][^。；;]{1,8}或者|或者[^，。,;；]{1,8}[，,]等[^，。,;；]{0,6}再(?:定|说|决定)|(?:尚未|还未|未|还没|没)(?:决定|确定)[^，。,;；]{1,12}还是`,
);
/** Whether the text leaves a choice between uses open (CHOICE_OPEN), not settled right after. */
const choiceOpen = (text: string) => {
  const m = CHOICE_OPEN.exec(text);
  return m !== null && !settledAfter(text, m);
};
/** Words that say the household has not decided what to do with the money: 还没想好干啥 (a prohibited use found still stands). */
// (想养羊又想开饭店，还没拿定主意; 还没想好，看哪样赚钱搞哪样: two wishes not settled, or whatever pays.)
const UNDECIDED_USE =
  /(?:还没想好|没想好)[^；;]{0,16}还是[^，。,;；]{1,8}再(?:看|说|定)|想[^，。,;；]{1,8}又想[^，。,;；]{1,8}[，,]?(?:还没|没|还未)(?:拿定主意|拿准主意|想好|定)|(?:还没想好|没想好|还没定|没定)[^。；;]{0,6}看(?:哪样|啥|什么|么子)(?:赚钱|挣钱|来钱)(?:就)?(?:搞|干|做|弄)(?:哪样|啥|什么|么子)|(?:还没想好|没想好)[^。；;]{0,6}看[^，。,;；]{0,4}(?:种|养|搞|干|做)(?:哪样|啥|什么|么子)(?:划算|合算|赚钱)|(?:还没想好|没想好|还没寻思好|没寻思好)(?:拿来|用来)?(?:干啥|干什么|干么|干嘛|做啥|做什么|做么子|搞么子|干么子|用在哪|怎么用)|(?:干啥|干什么|做啥|做什么)(?:还|也)?(?:没想好|没定|没决定)|(?:^|[:：])(?:还没想好|还没定|没想好)[，,\s][^。；;]{0,16}(?:可能|或者|或是|还是|又想|又怕|再说|再定|再决定)|(?:用途|具体项目|项目)(?:尚未|还没|还未)(?:决定|确定)|(?:尚未|还没|还未)(?:决定|确定)(?:具体)?(?:用途|项目)|变更为[“"「]?另行确定|(?:未|冇|还未)谂好(?:做乜|做咩|点用)/;
/** Words that say the loan farms whichever way the choice goes: 反正, 不管, 总之. */
const EITHER_WAY = /反正|不管|总之|无论|横竖|两样都|都用得上/;

/** Before words that something cannot be told, the amount as what cannot: 具体多少也说不清, 金额记不清. */
const AMOUNT_BEFORE = /(?:多少|数目|金额|几千|多少钱)[^，。,;；]{0,3}$/;

/** After such words, words that settle the use after all (…双方均无证据；本笔贷款用于购买青贮: the loan's use told in a sentence of its own after a dispute over something else): 以Q7为准, 认定为, an admission (情况属实, 待核实→属实), the matter said to be apart from the loan (与本笔贷款无关), either way the farm's (反正都是给自家养猪), or both uses made (两头都用了). */
const SETTLED_AFTER = new RegExp(
  `记岔了|记错了|说岔了|总的就一句话|总之一句话|一句话[:：]|反正都是(?:给|为)?(?:自家|自己家?)?(?:养|种|喂)|两头都(?:用|花)了|两样都(?:用|花)了|以.{0,8}为准|(?<!暂缓|待|未|无法|不予|难以|不能|不足以)认定|确认为|实际(?:已|已经)?用于|现场清点|清点存栏|(?:最终|最后|后来|后|已|也)(?:才)?(?:承认|供认|认可)|情况属实|(?:→|->|—>|-->)\\s*(?:已核实)?属实|供认不讳|(?:对此|对)?无异议|与(?:本笔|该笔|这笔|本次)?贷款(?:用途)?无关|经[^，。,;；]{0,6}(?:调查|核查|查看)|用途合规|(?:银行)?流水(?:显示|表明|证实|查明)|被[^，。,;；]{1,10}(?:拿去|拿走|挪用|挪去|借走|占用|截留)|[。；;]${THIS_LOAN}贷款[0-9一二两三四五六七八九十百千万.]*(?:元|万元|万|块)?(?:用于|用来|是用来|拿来|买了|购进|购买|用途)|[，,](?:这笔)?贷款主要(?:是|用于|用在|花在)`,
);

/** Before insurance in its clause, a person it is bought for: 给老人, 给孩子. */
const INSURED_PERSON_BEFORE = /给[^，。,;；]{0,4}(?:老人|孩子|娃|老伴|家里人|家人|儿子|闺女|女儿|父母|爹|妈|爸|自己|他|她)[^，。,;；]{0,2}$/;
/** Before insurance in its clause, the farm's stock it is bought for, however counted: 给自家4头能繁母猪 (set 956). */
// (给自家的牛打了疫苗、买了保险: or with the stock's other care listed before it — set 968; 给自家4头能繁母猪和12头育肥猪都上了保险:
// or its herd counted — review 146.)
const INSURED_STOCK_BEFORE =
  /给[^，。,;；]{0,16}(?:猪|牛|羊|鸡|鸭|鹅|驴|马|牲口|牲畜|牛犊|羊羔|猪崽|猪仔)(?:[^，。,;；]{0,1}|(?:打了?|注射了?|做了?)[^，。,;；、]{0,4}、)$/;
/** Money, or its handling, in a clause: 贷款, 拿, 花. */
const MONEY_HANDLED = /贷|钱|款|资金|拿|花|用|借|凑|垫|投/;
/** A clause that says what this money is: 这笔钱是买牛的, 这钱就是养猪的. */
const THIS_MONEY_IS_FOR = new RegExp(`(?:${THIS_LOAN}|这)(?:钱|贷款)(?:就|全|都)?是(?:用来|拿来)?(?:买|养|种|喂|栽)[^，。,;；]{1,6}的`);
/** A feast of any kind: 办酒席, 摆酒. */
const ANY_FEAST = /酒席|办酒|摆酒|请客|酒宴|宴席/;
/** Words that a feast's kind was not told: 啥酒席没说, 没说是什么酒. */
const FEAST_KIND_UNTOLD =
  /(?:啥|什么|哪样|哪种)(?:酒席|酒|宴席)?(?:也|都)?(?:没|没有|未)(?:说|讲|提)|(?:没|没有|未)(?:说|讲|提)(?:是)?(?:啥|什么|哪样)(?:酒席|酒|宴席)/;
/** Insurance that a vehicle carries: 交保险, 车险, 买保险 (set 946). */
/** A clause that ends by insuring something, and what comes before: 给…育肥猪都上了保险. */
const STOCK_INSURED_CLAUSE = /^(.*?)(?:交了?|买了?|上了?)保险$/;
/** A clause that tells stock kept: 养了60头育肥猪. */
const STOCK_KEPT = /养[^，。,;；]{0,8}(?:猪|牛|羊|鸡|鸭|鹅|驴|马)/;
const VEHICLE_INSURANCE = /^(?:交了?保险|买了?保险|上了?保险|保费|保险费|车险|交强险)$/;
/** Right before an event, another family's: 老板家, 邻居家, 人家. */
const OUTSIDER_FAMILY_BEFORE = /(?:老板|邻居|朋友|同事|别人|亲戚|东家|老乡|同学)家$|人家$/;
/** A gift to another's event: 随礼, 份子, 人情. */
const GIFT = /随|礼|份子|人情/;
/** A driving school's fee or its learning: 学车, 驾校, 学费. */
const LICENCE_FEE = /学车|驾校|驾照|考照|考个?[abc][12]|学费|报名费/;
/** A licence put to the household's own hauling: 学车拉饲料, 学车是为了自己拉货, c1…拉茶叶, 学三轮摩托，拉鹅. */
// (媳妇报了驾校…往后她开车去批发市场上菜; 学车…种了一百二十亩地，开拖拉机得有证: or to fetch its stock, or drive its farm machines.)
const LICENCE_AT_WORK =
  /(?:学车|驾校|考照|考驾照|学驾照|学[^，。,;；]{0,3}(?:摩托|三轮)|[abc][12])[^。；;]{0,24}?(?:拉(?!人|客)|送货|送快递|进货|上菜|上货|跑(?:运输|货运|场子)|运(?:货|菜|果|粮)|开(?:拖拉机|三轮|农用车|收割机|旋耕机)|小四轮|拖拉机|农用车|收割机)/;
/** A driving school's learner who is the borrower or one of the household, by licence class (lower-cased by then): 学员本人c1. */
const LEARNER_OF_HOUSEHOLD = /学员[^，。,;；]{0,12}?(?:本人|儿子|儿媳|媳妇|婆娘|老婆|丈夫|男人|闺女|女儿)[^。；;]{0,8}?(?:[abc][12]|学车|学三轮|学摩托)/;
/** Words that the licence is for no such work: 不是为了跑运输, 考证不用于营运, 不跑车, 学车自己用 (not 不是为了出去打工). */
const LICENCE_NOT_AT_WORK =
  /不是为了(?!出去打工|打工|找工作)|不用于|不跑|没打算|不打算|没得跑|(?<!不是为了(?:出去)?)(?:打工|找工作)|给老板开车|拿工资|自己用|家里用|代步|走亲戚/;
/** A vehicle working for hire: 跑运输, 半挂车, 跑出租, 营运证. */
const VEHICLE_AT_WORK = /跑运输|跑炭车|跑煤车|拉炭|拉煤|运输车|货车|半挂|挂车|拉货|跑出租|开出租|出租车|网约车|营运证|跑营运|跑长途|农用车/;
/** After goods, within their sentence, things made with them to sell (，做蒙古袍和马甲在旗里出售) or for customers who pay (…给办寿宴的人家做韩服收钱). */
const MADE_FOR_SALE_AFTER =
  /^[^。；;！!？?]{0,14}?[，,、]?(?<![不没未])(?:做|缝|织|编|加工)[^，。,;；]{1,14}(?:出售|售卖|销售|卖给|拿去卖|去卖|卖|收钱|挣钱|赚钱|收费|收工钱|收手工钱|收手工费|收加工费)/;
/** Machines a household works with at home: 缝纫机, 绣花机. */
const WORK_MACHINE = /缝纫机|绣花机|锁边机|织布机|电脑/;
/** Work on a buyer's orders: 接了…订单, 按件计价. */
const ON_ORDER = /订单|按件计|计件|按件结|外发|(?:帮|给|替)人(?:家)?(?:做|改|补)[^，。,;；]{0,3}(?:衣服|衣裳|裤|衫)/;
/** After a vehicle, an accident it was in: 撞了人, 出了车祸, 翻了. */
// (骑摩托把人家老太太撞了: and the one it hit, named between.)
const ACCIDENT_AFTER =
  /^[^，。,;；]{0,3}?(?:把[^，。,;；]{1,6}?)?(?:发生交通事故|发生事故|交通事故|撞人|撞了|撞伤|撞到|撞死|出了车祸|出车祸|出了事故|出事故|翻了车|翻车|摔了|摔伤)/;
/** After the loan's interest, words of its repayment record: 有一次延迟, 正常, 已补交 (not 按时, said of interest lent for too). */
// (利息一个季度一交, 利息按季交: and the loan's interest said to be paid on its schedule.)
const REPAYMENT_RECORD = /^[^，。,;；]{0,4}?(?:延迟|逾期|拖欠|正常|已补交|补交|结清|未逾期)|^(?:俺们|我们|咱们|自己|都)?(?:按|每|一个?)(?:月|季度?|年)一?交/;
/** After a phone, that it is where money was borrowed or put: 上的网贷, 上借的, 里投的. */
// (手机上就能看鹅: or where the farm is watched.)
const ON_SCREEN_AFTER = /^[上里](?:的|借|贷|投|炒|赌|玩|充|就能看|能看|看)/;
/** Guests a guesthouse takes: 接待游客, 一宿一百八. */
/** Guests staying, and the family moving into rooms: 给游客住; 一家人都住进去了. */
const GUESTS_STAY = /(?:游客|客人|旅客|住客)住/g;
/** The family said to live in another building: 一家人住的是前头的新房, 户主一家住后面老屋. */
const FAMILY_LIVES_ELSEWHERE = /(?:一家人|一家|自家|户里|家里人)住(?:的是|在)?[^，。,;；]{0,6}(?:新房|新窑|前头|后头|后面|东屋|西屋|老屋|另一|别处)/g;
const FAMILY_MOVED_IN = /(?:一家|全家|家人|老两口|儿子|女儿)[^，。,;；]{0,4}住(?:进去|进来|在里面|在里头|进了)/;
const GUESTS_TAKEN =
  /(?:给|供)(?:来的|来玩的)?(?:游客|客人|旅客)(?:住|用)|(?:租给|按月租给)[^，。,;；]{0,8}包吃包?住|专门接[^，。,;；]{0,10}(?:游客|客人|旅客)|经营接客|接待[^，。,;；]{0,8}(?:游客|客人|旅客|住客)|(?:一宿|一晚|每晚|一夜)[^，。,;；]{0,2}[0-9一二三四五六七八九十百两几]/;
/** Rooms fitted out: 收拾出来, 拾掇, 改成, 装修. */
const ROOMS_FITTED = /收拾|拾掇|改成|改造|装修|归置|隔出|刷白|接口子/;
/** A room's fittings, not a building: 暖气片, 吊顶, 门窗. */
const ROOM_FITTING = /暖气|吊顶|地板|门窗|窗户|卫生间|洗澡间|热水|空调|炕|粉刷|刷墙/;
const ROOM = /卫生间|厕所|厨房|灶房|浴室|洗澡间|客房|房间/;
/** Solar panels: on a roof they make it the panels' place. */
const SOLAR = /光伏板|光伏发电|太阳能板|太阳能发电|户用光伏|屋顶光伏|房顶光伏/;
/** Before a roof, words that put goods on it: 热水器装在房顶上, 装他家房顶上 (a seller writing of a customer). */
const PUT_ON = /(?:装|安|放|架|摆)(?:(?:在|到|于)(?:自家|自己家|家里|他家|她家)?|他家|她家)的?$/;
/** Between a roof and goods after it, words that put them there: 屋顶装, 房顶上安个. */
const GOODS_PUT_AFTER = /^(?:上)?(?:新)?(?:装|安|架)(?:了)?(?:个|台|一台|一个)?$/;

/** After goods, within their clause or the next, words that let them out to others: 婚车，出租给办喜事的人家. */
const RENTED_OUT_AFTER = /^[^。；;！!？?]{0,10}?(?<![未没不])(?:出租给|租给|租赁给|对外出租|对外租赁|专门出租)(?!过)/;

/** Feasts other than a wedding: 寿宴, 满月酒. */
const FEAST = /寿宴|花甲宴|满月酒|大寿|生日宴|周岁宴/;
/** A member of the household borrowing in their own name: 我爹用他的名字贷的 (not a name taken from the household). */
const MEMBERS_OWN_NAME = /(?:爹|爸|父亲|娘|妈|母亲|老伴|媳妇|男人|老公|户主)(?:用|以)(?:他|她)(?:自己)?的(?:名字|名义)/g;
/** A loan taken in the household's name (以…名义, 拿我身份证) that it never had: 不知情, 钱没见着. */
const NAME_TAKEN = /名义|名字|户名|身份证|户口本|出了?个名|挂了?个名|(?:合作社|公司|大户|老板)[^，。,;；]{0,4}(?:统一)?(?:给办|代办|办的)/;
/**
 * A finding that the farm or the vehicle the loan named is another's works, or run by it: 实际猪场为其姐夫的养殖公司所有,
 * 实际是他老表的物流公司在跑 — the household lent its name.
 */
const OTHERS_WORKS =
  /(?:实际|其实|实则)[^，。,;；]{0,8}(?:为|是|归|属于?)(?:其|他|她|人家)?[^，。,;；]{0,8}(?:公司|企业|合作社)(?:所有|的)(?=[，。,;；]|$)|(?:实际|其实|实则)(?:上)?(?:是|为)?[^，。,;；]{0,10}(?:公司|企业|合作社)在(?:跑|用|开|经营|使用)/;
const NEVER_HAD =
  /不知情|不知道此事|(?:就|只|光)出了?个名(?![？?吗])|(?:就|只|光)挂了?个名(?![？?吗])|没见[到着过]?(?:一分)?钱|钱[^，。,;；]{0,2}没见[到着过]|未见[到过]?钱|一分(?:钱)?(?:都|也)?没(?:见|拿|得|到)|钱没到手|没拿到钱|没收到钱|未收到钱|未拿到钱/;
/** …or passed on to someone at once: 用俺的名义贷下给他. */
const NAME_GIVEN = /(?:贷|办|取)[^，。,;；]{0,3}(?:给|交给|转给)(?:他|她|他们|她们)(?:了|$|[，。,;；])/;
/** Someone who borrowed or usurped a household's name: 借用脱贫户田某名义, 冒用5户贫困户名义, 以…等六人名义 (not a
 * joint-liability group's own name: 以五户联保小组名义). */
const NAME_BORROWED =
  /(?:借用|冒用|盗用)[^，。,;；]{1,10}?(?:名义|户名)|用(?!本户|自家|自己|我家)[^，。,;；]{1,4}户名|以[^，。,;；联]{0,20}?[0-9一二三四五六七八九十两几]+(?:户|人|名)[^，。,;；联]{0,6}?名义/;
/** The household's name used to borrow: 用我家名义贷了三万. */
const NAME_BY_OTHER = /(?:用|以|拿|借)(?:我|俺|我们|俺们)(?:家)?(?:的)?名义[^，。,;；]{0,4}(?:贷|办)/;
/** Public bodies that may take or use a household's loan: 乡里, 镇政府, 村委会. */
// (镇上, 村上, 乡上: the places' words for their bodies too — 贷款资金被镇上挪去修广场了.)
const PUBLIC_BODIES = '乡里|乡镇|镇里|村里|县里|镇上|乡上|村上|县上|乡政府|镇政府|县政府|村委会?';
/** What the money built owned by a public body: 产权归镇政府, 归村集体所有. */
const OWNED_BY_PUBLIC = new RegExp(`(?:产权|所有权)(?:属于|归)(?:${PUBLIC_BODIES}|村集体|乡镇政府|政府)|归(?:${PUBLIC_BODIES}|村集体|乡镇政府|政府)所有`);
/** Words of the household renting or running what a public body owns or built: 本户承包, 租给本户, 俺家租了 (not 户里不经营). */
const HOUSEHOLD_RUNS_IT =
  /(?:本户|该户|我家|俺家|自家|自己|户里|借款人|农户|贫困户)[^，。,;；不没未]{0,2}(?:承包|租|经营|管理|种|养)|(?:承包|租)给(?:本户|该户|我家|俺家|借款人|农户|贫困户)/;
/** Money someone took from the household's loan: 被李某挪作他用, 被村干部提走 (a public body also by 用于, 拿去 or 调去: 被乡镇用于垫付,
 * 被村委会拿去垫付, 被乡政府统一调去建烤房群). */
const TAKEN_BY = new RegExp(
  `被(?!告|执行|申请|保险|担保|调查|认定|定为|视为|指|怀疑|举报|质疑)([^，。,;；]{1,8}?)(?:(?<=被(?:${PUBLIC_BODIES})(?:统一)?)(?:用于|拿去|调去|调走|调用)|挪用|挪作|占用|截留|套取|侵占|冒领|提取|提走|取走|拿走|私用|借走|领走|整走|弄走|要走|挪去|挪走|拿去用)`,
);
/** Events served for others, for a fee: 为农村婚宴、寿宴提供有偿承办服务, 给人家红白事做席. */
// (专包农村婚宴, 专接红白事席面的活儿, 腊月接了三家喜事: or a cook's or a band's trade in them.)
const SERVED_EVENTS =
  /(?:为|给|替|帮)(?:农村|村民|客户|顾客|人家|别人|乡亲们?|周边|附近|十里八乡)的?(?:[^，。,;；、]{1,4}[、和及])*[^，。,;；、]{1,4}(?:提供|承办|操办|做|办)[^，。,;；]{0,6}(?:服务|酒席|宴席|做席|席面)|[，,的](?:红事|喜事)白事都(?:去|接|干|跑)|专(?:包|接|做|办)[^，。,;；]{0,6}?(?:婚宴|喜宴|寿宴|酒席|宴席|席面|红白事|白事|喜事)|接了?[一两三四五六七八九十几0-9]+(?:家|场|个|趟)(?:人家的)?(?:喜事|白事|红白事|婚礼|丧事|寿宴)/;
/** A cost said to come from savings (嫁妆是自己攒的钱, 盖房的钱是这些年攒的, 住的房子修那钱是自个攒的), and the loan said to go wholly elsewhere. */
/** Relatives who may pay a cost or give a thing: 她姐, 他舅, 二姨, 女婿 (one list for every reading that names them). */
const KIN_PAYERS =
  '(?:[大小二三四]?(?:姑|姨|舅|叔|伯)|姐姐?|哥哥?|兄弟|弟弟?|妹妹?|儿子|女儿|闺女|娘家|婆家|亲戚|女婿|儿媳|大姑姐|小叔子|姑娘|舅舅?|老舅|姑姑?|叔叔?|大爷|大伯|表哥|表姐|表弟|表妹|姐夫|妹夫)';
const PAID_FROM_SAVINGS = new RegExp(
  `(?:嫁妆|彩礼|酒席|婚事|陪送|娶媳妇|结婚|办事|盖房|修房|建房|看病|学费|住的房子修|房子修)(?:的钱)?[^，。,;；]{0,6}(?:是|用的是|花的是|靠)[^，。,;；]{0,8}(?:攒的|攒下的|积蓄|存款|${KIN_PAYERS}[^，。,;；]{0,2}?(?:给)?(?:拿|出|掏|付)的)`,
  'g',
);
/** Words PAID_FROM_SAVINGS cannot match without: 攒, 积蓄, 存款, or a payer's 拿的/出的/掏的/付的. */
const SAVINGS_OR_PAYER = /攒|积蓄|存款|[拿出掏付]的/;
/** Other money said to fall short, the loan making up the rest: 差两万, 不够, 补上. */
const FELL_SHORT = /不够|不足|差[一两三四五六七八九十几0-9]*[万千块]|补上|补足|补齐|贴补/;
/** Words EVENT_PAID_ELSEWHERE cannot match without. */
const SAVINGS_OR_PAYER_OR_EARNED = /攒|积蓄|[凑挣办出随]的|没要|不要|没收/;
// (贷款就是买牛: or only.)
const LOAN_WHOLLY = /贷(?:款|的款)[^。；;]{0,10}(?:全|全部|都|就是|只)(?:买|用|投|花在|购)/;
/** The loan said to have bought or raised something: 贷的那五万买了两头母牛. */
const LOAN_BOUGHT = /贷(?:款|的)[^。；;，,]{0,8}(?:买了|养了|种了|购买了)/;
/** A trade's name in quotes after the words that run or name it: 经营"喜事大棚", 开了家“婚庆一条龙”, 叫“喜宴大酒店” — or,
 * unquoted, after a word of naming and ending in the kind of shop: 起名叫喜宴楼. */
const TRADE_NAME_QUOTED =
  /(?:经营|开了?(?:个|家|一家|一个)?|叫|名为|取名|店名|招牌)["“「]([^"”」]{1,10})["”」]|(?:起名叫|取名叫|名叫|取名|店名叫?)([\u4e00-\u9fff]{1,8}?(?:楼|店|馆|酒家|饭庄|大酒店|酒楼|坊|铺|庄|厅|阁|轩|苑|中心))/g;
/** A public body having the households borrow to fund what it lacks: 村委会让贫困户贷款凑上. */
// (Not one that has them hand it to a firm: 村里让我们贷款交给扶贫车间服装厂 is the firm's.)
// (村里要还修村部欠的工程款，让我们先贷出来顶上: or has them borrow to pay its debts.)
const BORROW_FOR_BODY = new RegExp(
  `(?:${PUBLIC_BODIES}|村干部)(?:[^，。,;；]{0,8}(?:缺钱|没钱|钱不够)[，,])?(?:让|叫|要|动员)[^，。,;；]{0,6}(?:贷款|贷)[^，。,;；]{0,4}(?:凑|垫|补|交(?![给到][^，。,;；]{0,8}(?:厂|公司|合作社|企业|大户)))|(?:${PUBLIC_BODIES})要还[^。；;]{1,16}[，,](?:让|叫)(?:我们|俺们|各户|大家|我|俺)(?:先)?贷(?:出来|款)?(?:先)?(?:顶上|垫上|凑上|补上)`,
);
/** Works a bracket or a clause says are a public body's project or building: （乡政府的项目）, 车间是乡里盖的. */
const PUBLIC_PROJECT_SAID = new RegExp(
  `[（(](?:${PUBLIC_BODIES}|镇上|乡上|村上|政府)(?:实施|组织|牵头)?的?(?:扶贫)?项目[）)]|(?<![未没不非][^，。,;；]{0,4})(?:村里|村上|村)集体的?[^，。,;；的]{0,4}项目|(?:乡里|镇里|县里|村里|乡上|镇上|村上)的[^，。,;；的]{2,6}项目|村集体的?(?:果园|茶园|基地|养殖场)[^，。,;；]{0,4}统一|(?:车间|厂房|园区|基地|冷库|大棚)是(?:${PUBLIC_BODIES}|镇上|乡上|村上|政府)(?:统一)?(?:盖|建|修|搞|办|管)的`,
);
/** A firm said after it to be the government's (投资公司，是县政府的), and the money paid into it (贷款打他们账上). */
const GOVERNMENT_FIRM = /(?:投资公司|平台公司|城投公司|公司)[，,]?(?:是|属于|系|归)(?:县|市|乡|镇|区)?(?:政府|国资委?)(?:的|下属|所属|控股|所有)/;
const MONEY_PAID_IN = /(?:贷款|钱|资金)[^，。,;；]{0,4}(?:打|转|交|汇|投)(?:到|给|进|入)?(?:他们|它|该公司|公司)/;
/** Households' loans a cadre or public body gathers, for that body's works: 村干部把各户贷款每户收了两万，说是村里建光伏电站. */
const GATHERED_FOR_BODY = new RegExp(
  `(?:${PUBLIC_BODIES}|村干部|支书|村支书|村主任)把[^，。,;；]{0,6}(?:贷款|钱)(?:归拢|收拢|集中|凑)(?:起来|到一起)?(?:修|建|搞|盖)了?(?:${PUBLIC_BODIES}|村上|镇上|乡上)的|(?:${PUBLIC_BODIES}|村干部|支书|村支书|村主任)把(?:各户|每户|农户|贫困户|大家)的?(?:贷款|钱)[^。；;]{0,8}收(?:了|上去|走)[^。；;]{0,12}?(?:${PUBLIC_BODIES}|村上|镇上|乡上|政府)(?:统一)?(?:建|修|搞|盖|办)`,
);
/** A village cadre taking or borrowing the money for public works: 村干部拿去垫修水沟的工程款, 村文书借走，付了村部盖公厕的工程款. */
const CADRE_TOOK_FOR_WORKS =
  /(?:村干部|包村干部|村支书|支书|村主任|村长|村会计|村文书)(?:拿去|拿走|借去|借走)(?:的|了)?[，,]?(?:说是)?(?:垫付?了?|付了|修|建|盖)[^。；;，,]{0,10}(?:工程款|水沟|水窖|水渠|村道|路灯|广场)/;
/** A public body's works each household funds: 镇上建…物流园，每户出贷款. */
const HOUSEHOLDS_FUND_BODY = new RegExp(
  `(?:${PUBLIC_BODIES}|镇上|乡上|村上)(?:建|搞|修|办|把)[^，。,;；]{1,12}[，,](?:动员|让|叫|要)?(?:每户|各户|贫困户)(?:都)?(?:(?:出|拿|交|贷)(?:贷款|钱|款)|贷款?[^，。,;；]{0,4}(?:出一份|交上去|交给|凑))`,
);
/** A levy a public body raises for its works: 村里修村道的集资款, 镇里的集资. */
// (村里修水库集资: the levy named right after the work, with no 的.)
const PUBLIC_LEVY = new RegExp(`(?:${PUBLIC_BODIES}|村集体)(?:的|(?:修|建|搞|办|铺|打)[^，。,;；]{0,6}的?)集资(?:款)?`);
/** Before an event, earnings said to be saved for it: 养羊攒钱，准备…. */
// (想攒钱给儿子娶媳妇 先买羊, 想着多养几头牛攒点钱给儿子说媳妇: or saving wished for, the event right after it.)
/** Before an event in its clause, a building once done: 盖完了好给, 修好了就好让. */
const BUILT_SO_THAT_BEFORE = /(?:盖|修|建|翻)(?:完|好)了?(?:就)?好(?:给|让)?[^，。,;；]{0,4}$/;
const SAVED_FOR_BEFORE =
  /(?<![不没])(?:攒钱|挣钱|攒点钱|挣点钱|攒下钱)[，,]?(?:准备|打算|留着|好)[^，。,;；]{0,8}$|(?:想|要|得)着?[^，。,;；]{0,8}?(?:攒钱|挣钱|攒点钱|挣点钱)(?:给|为)?[^，。,;；]{0,4}$/;
/** Before an event in its clause, stock to be sold first to pay for it: 等卖了牛再给. */
// (养羊挣了钱以后给娃娶媳妇: or what is earned.)
const SOLD_FIRST_BEFORE = /(?:(?:等|到时|以后|将来)(?:把)?卖了?[^，。,;；]{1,4}|挣了钱|挣到钱|赚了钱)(?:再|后|以后)(?:给)?[^，。,;；]{0,4}$/;
/** A clause whose subject is the loan, dated, repaying: 钱去年还别人账了. */
const MONEY_DATED_REPAYS = /^(?:(?:户主|借款人|本人)(?:承认|说|称))?(?:钱|贷款|这钱|这笔钱)(?:去年|前年|当时|早就|早)(?:就|都|全)?还/;
/** A clause taking the money to repay something: 先拿去把以前的老账还了. */
const MONEY_TAKEN_TO_REPAY = /^(?:钱|贷款|这钱|这笔钱)?(?:就|都|全)?先?(?:拿去|拿来|用来)把[^，。,;；]{1,12}还(?:了|上|清|掉)/;
/** Words of passing money on: 转给, 交给, 投入. */
const PASSED_ON = /转给|交给|打给|打到|转到|划到|汇到|转入|投入|交由|划给|拨给/;
/** Several households' loans drawn into the writer's works: 好几户的贷款都拉到我这厂子了. */
const LOANS_INTO_WRITERS_WORKS =
  /(?:几户|好几户|各户|这些户|农户|贫困户)的?(?:扶贫)?贷款[^，。,;；]{0,3}(?:拉到|投到|转到|打到|放到|入到|弄到)(?:我|俺)(?:这|的|们)?(?:厂子|厂|公司|合作社|场|社)/;
/** Loans sent to one named by his trade, who pays each household a yearly sum: 贷款都打给了养鹅的张胖子，张胖子每户每年给1000. */
const SENT_TO_KEEPER_FOR_RETURN =
  /(?:贷款|钱)[^，。,;；]{0,3}(?:都|全)?(?:打给|转给|交给)了?[^，。,;；]{1,6}的[\u4e00-\u9fff]{2,4}[，,][^。；;]{0,8}(?:每年|一年|年年|年底)(?:给|返|分)[^，。,;；]{0,3}[0-9一二两三四五六七八九十百千]+/;
/** Money said to sit in a public body's account: 钱在村上账上, 贷款存在村集体账户. */
// (这笔钱是乡里统筹的: or pooled by it.)
const MONEY_IN_PUBLIC_ACCOUNT = new RegExp(
  `(?:钱|贷款|资金)[^，。,;；不没未]{0,6}(?:在|存在|放在|留在|卡在|压在)(?:${PUBLIC_BODIES}|村上|村集体)的?(?:账上|账户|账里)|(?:钱|贷款|资金)[^，。,;；不没未]{0,3}(?:是|被|由)(?:${PUBLIC_BODIES}|村上|镇上|乡上|县上|政府)(?:统一)?统筹`,
);
/** Before goods, a member of the household they are bought for: 给上网课的儿子买了, 给老伴买. */
const BOUGHT_FOR_MEMBER =
  /给(?:[^，。,;；给]{1,6}的)?(?:儿子|女儿|闺女|孩子|娃娃?|小孩|老人|老伴|媳妇|老婆|孙子|孙女|老母亲|老父亲)(?:买|添|置|购)[^，。,;；]{0,6}$/;
/** A product of wealth management by name: 分红型的保险, 理财产品, 基金. */
const WEALTH_PRODUCT_WORD = /保险|理财|基金|产品|平台|股票|债券/;
/** Before a building, words that it is so in name only: 名义上是. */
const NOMINAL_BEFORE = /名义上(?:是|为)?$/;
/** Before a denial opening a clause, only the speaker: 我, 俺们, 我家也. */
const SPEAKER_ONLY = /^(?:我|俺|咱)(?:们|家)?(?:也|都|可|根本)?$/;
/** One reported answering a question asked in the clause before: 他说"早着呢". */
const REPLIER_ONLY = /^(?:他|她|户主)(?:说|讲|答)[:：]?["“「]?$/;
/** Forms of address a surname opens the text with: 孔大姐, 王大叔. */
const ADDRESSED = /^(?:大姐|大哥|大叔|大婶|大爷|大娘|嫂子|婶子|大嫂|老汉)$/;
/** A keeping contract the household signs: 代养合同, 代养协议. */
// (跟公司签了合同，猪苗公司给，猪在他自家圈里喂: or a contract signed with a firm for stock the household keeps.)
const KEEPING_CONTRACT = /代养(?:协议|合同)|(?:跟|和|与)[^，。,;；]{0,6}公司签了?(?:合同|协议)/;
/** Stock kept at a firm's, the firm paying the household a yearly sum: 鹅都养在鹅业公司那…年底公司给两千五. */
const STOCK_KEPT_AT_FIRM =
  /(?:牛|羊|猪|鸡|鸭|鹅)(?:苗|崽|雏)?(?:都|全)?(?:养在|放在|放进了?|寄养在)[^，。,;；]{0,10}(?:公司|合作社|大户|厂|场|稻田)(?:那|那里|那儿)?[，,][^。；;]{0,16}(?:年底|每年|一年)[^，。,;；]{0,4}(?:给|分)/;
/** Money a named farm or firm is using: 钱是他表哥的养猪场在用. */
const MONEY_USED_BY_WORKS = /(?:钱|贷款)是[^，。,;；]{0,6}的[^，。,;；]{0,6}(?:场|厂|店|公司|合作社)在用/;
/** Money given to a village for its works: 钱给了屯里搞自来水工程. */
// (Said as the text's own account, opening it or a sentence: not 反映人称贷款给村里修路了, a claim.)
const MONEY_GIVEN_TO_VILLAGE_WORKS = /(?:^|[。；;])(?:钱|贷款)给了(?:屯里|村里|村上|乡里|镇里)[^，。,;；]{0,4}(?:搞|修|建|打)/;
/** An offer to hand over a loan, with a return, that the writer refused: 要把他的贷款借给我用，年底给利息，我没要. */
const OFFER_REFUSED =
  /(?:(?:说要|要把|想把)[^。；;]{0,20}(?:借给|给)(?:我|俺)|(?:想|要)借(?:我|俺)的(?:扶贫)?贷款)[^。；;]{0,16}[，,](?:我|俺)(?:没要|不要|没答应|没同意)/;
/** Before one named at a text's opening, only a place (and a surname): 林场边上, 村东头, 甘南那边曲(大姐). */
const OPENING_BEFORE_SUBJECT = /^[\u4e00-\u9fff]{0,4}(?:边上|旁边|东头|西头|南头|北头|那边|对面|跟前)[\u4e00-\u9fff]?$/;
/** Characters that open a text without naming anyone: 给, 帮, 借 (给姐夫开的饭店). */
/** Before a kin word, a surname (and 阿 or a rank) that names the person: 韦阿, 罗二 — at the opening or after a place. */
const NAMED_KIN_BEFORE = /(?:^|[区乡镇村寨屯组县市旗的，,：:])([\u4e00-\u9fff])(?:阿|小|老)?[大二三四五六七八九幺]?$/;
const namedKin = (before: string): boolean => {
  const m = NAMED_KIN_BEFORE.exec(before);
  return m !== null && !NOT_A_SURNAME.test(m[1]!) && !/[贷钱款他她我俺大二三四五六七八九幺小老阿]/.test(m[1]!);
};
const NOT_A_SURNAME = /[给帮替借交让叫和跟同与被把向对为由从在到送拿用说问]/;
/** Right after that one, their own farming or trade (a word of kin between: 他叔养了): 种水稻, 养了8头驴, 开了个小卖部. */
const SUBJECT_WORKS_AFTER = /^头?(?:[叔舅姨伯哥姐弟妹姑婶爷]|丈人|老丈人|岳父|丈母娘)?(?:家)?(?:[了也又还都]|去年|今年)?(?:种|养|栽|喂|开|搞|干|做|包)/;
/** Anywhere in a text, money handed on or a return on it: 借给, 转给, 给他了, 分红. */
const HANDED_ON_ANYWHERE = /借给|借去|拿去|转给|交给|打给|拿给|送给|给了?(?:他|她)|入股|分红|利息|替他|帮他/;
/** A daughter and her husband (闺女她两口子), and the borrower said to keep out of what they run (借款人自己不管). */
const DAUGHTER_COUPLE = /^(?:闺女|女儿|姑娘)她?两口子/;
const COUPLE_NAMED = /(?:闺女|女儿|姑娘)她?两口子/;
const BORROWER_KEPT_OUT = /(?:借款人|户主|本人|本户)(?:自己)?(?:不管|没管|不参与|没参与|未参与)/;
/** A public body's word that only gathers the households' money: 收上去统一, 村干部统一收的. */
/** After a public body, words that it only arranged or introduced (镇里统一安排的, 乡里牵线). */
const ARRANGED_AFTER = /^(?:统一)?(?:安排|组织|协调|介绍|牵线|推荐)|^统一把(?:钱|贷款)(?:给|交|转)/;
const GATHERED_ONLY = /^(?:收上去统一|交上去统一|拿上来统一|收上来统一|交上来统一|拿上去统一|(?:支书|村支书|书记|村主任|村干部|村里)统一收的)$/;
/** Stock said to be kept at a firm's farm (羊在公司羊场里, 牛都养在合作社那), and the firm paying the household for it (每年公司往他卡上打两千). */
const STOCK_KEPT_BY_FIRM =
  /[牛羊猪鸡鸭鹅驴](?:子|崽|羔|犊)?(?:都|全|全部|一直)?(?:在|养在|放在|关在|搁|搁在|放)(?:人家|某|XX|xx)?(?:公司|企业|合作社|厂里|老板|大户)(?:(?:的)?[^，。,;；]{0,4}?(?:场|圈|棚|厂|基地|那|里)|(?=\s|$))/;
/** Goods worked under a firm's name: 挂在他姐夫的工程公司名下. */
const GOODS_UNDER_FIRM = /(?:挂在|挂靠在?|挂到)[^，。,;；]{0,10}(?:公司|企业|合作社|车队)(?:名下)?/;
/** A vehicle worked at a firm (一直在小舅子的物流公司跑), checked only where the firm's own driver drives it (司机也是公司的). */
const VEHICLE_RUN_BY_FIRM = /(?:一直|都|全|常年)?在[^，。,;；在]{0,8}(?:公司|车队|企业)(?:里)?(?:跑|拉货|跑运输|干活)/;
/** Each way of saying a firm keeps what the loan bought, with a character it cannot be said without (checked first, for speed). */
const KEPT_BY_FIRM: readonly (readonly [RegExp, RegExp])[] = [
  [GOODS_UNDER_FIRM, /挂/],
  [STOCK_KEPT_BY_FIRM, /[在搁放]/],
  [VEHICLE_RUN_BY_FIRM, /司机(?:也|都)?是(?:公司|车队|人家|他们)的|(?:公司|车队)(?:派|雇|请)的?司机/],
];
const FIRM_PAYS = /(?:每年|年底|每月|按年|按月)(?:公司|企业|合作社|老板|大户)?[^，。,;；]{0,6}(?:打|给|分|付|返)/;
/** Premises the text finds to be a trade's (所装修房屋为对外营业用房), and someone said to live there (自住, 住人). */
const FOUND_BUSINESS_PREMISES =
  /(?:所|该|装修的|修的|建的)[^，。,;；]{0,3}(?:房屋|房子|房间|用房|客房|房)(?:为|是|系|属于?|均为)(?:对外)?(?:营业|经营)(?:用房|场所|门面)|(?:系|属|为)(?:经营|营业)(?:场所|用房)的?装修/;
const LIVES_THERE = /(?<!非|不是|并非|非家庭|非本户|非自家)(?:自住|住人|居住)(?![^，。,;；]{0,4}分开)/;
/** In a consultation, words of the harm or claim it is about, and words that name the money (the quoted ones aside). */
const DISPUTE = /赔偿|索赔|罚款|被罚|责任|纠纷|事故|追尾|撞坏|砸坏|损坏|药害|死亡|腹泻|中暑|占用河道|举报|投诉|起诉/;
const MONEY_NAMED = /贷款|贷了|借款|这笔钱|这钱|资金|用于|用来/;
const QUOTED = /[“"「『][^”"」』]*[”"」』]/g;
/** Before a word in its clause, a doctor's advice (嘱, 医嘱, 叮嘱); a firm named for selling 理财 (投资咨询有限公司). */
const ADVISED_BEFORE = /^[^，。,;；]{0,2}(?:医嘱|叮嘱|嘱咐|嘱)/;
const WEALTH_FIRM = /(?:投资咨询|财富管理|资产管理|理财)(?:服务)?(?:有限)?(?:责任)?公司/;
/** Before a denial in its clause, words of a pledge or a form's declaration: 承诺书上写着, 保证. */
const PLEDGED_BEFORE = /承诺|保证|写着|申请书|申请表/;
/** A word quoted and then said to mean something else: “盖房子”指的是羊圈. */
const QUOTED_MEANT = /[“"「]([^”"」]{1,8})[”"」](?:指的是|是指|说的是)/;
/** Words that another runs a business named right before them: 是她邻居开的, 是人家办的. */
const OTHERS_BUSINESS = /(?:是|系)(?:她|他|其)?(?:邻居|亲戚|别人|人家|外人)家?(?:开|办|搞|经营)的/g;
/** Goods had on credit and their price repaid: 赊的那台彩电钱还上了, 还了去年赊的化肥账, 还了去年赊农资店的化肥钱. */
// (前年在种子站赊的玉米种子钱一直没给，这回贷下来还了: or repaid, done, in a clause after the debt — or the one after that:
// 前年腊月赊的兽药钱三千，一直没还，今年五月贷款下来还清了.)
const CREDIT_GOODS_REPAID =
  /赊(?:的|下的|欠的)[^，。,;；]{1,8}?(?:钱|账|款)(?:还上|还清|还了|结清)|赊(?:的|下的|欠的|了)[^，。,;；]{1,8}?(?:钱|账|款)?[^，。,;；]{0,6}(?:[，,][^，。,;；]{0,4}(?:没还|没给|欠着|没结|没付)[^，。,;；]{0,3})?[，,][^，。,;；]{0,10}(?:还了|还上了|还清了|结清了|还给[^，。,;；]{1,6}了|还给了[^，。,;；]{1,6})(?=$|[，。,;；])|还(?:了|上|清)?[^，。,;；]{0,4}赊[^，。,;；的]{0,5}(?:的|下的|欠的)[^，。,;；]{1,8}?(?:钱|账|款)/;
/** After a client's building or goods, the job done on it: 房屋的彩绘活, 寺庙和别人家房屋的彩绘活. */
const CLIENTS_JOB_AFTER = /^[^，。,;；]{0,8}的[^，。,;；的]{1,4}活(?!动)/;
/** What a client's building or goods, or a body's works, may read as before a job taken on for them. */
const CLIENTS_JOB_CATEGORIES: ReadonlySet<UsagePurpose> = new Set(['housing', 'household_goods', 'other_non_productive', 'government_financing_platform']);
/** Before a client's building or a body's works, within the clause, a job taken on: 接…, 包了…. */
const JOB_TAKEN_BEFORE = /(?:接|包了|承包了|揽了)[^，。,;；]{0,10}$/;

/** Lodgings a household may open for guests, and words that it only lives in them: 一直是自家住. */
const LODGING = /民宿|农家乐|渔家乐|牧家乐|客栈|家庭旅馆|家庭宾馆/;
// (一家子就住里头, 现在老两口自己住在里面: or the whole family, or the old couple, living in it.)
// (那几间房一直是他家里人住; 那几间屋是户主和老伴、孙子在住: or the rooms said to be the family's own to live in.)
// (盖好了全家住进去了, 建成的房屋由全家居住: or the building, once built, the family's home.)
const LODGING_ONLY_LIVED_IN =
  /(?:一直|都|全|只)(?:是|给)?(?:自家|自己|我们|俺们?|他们|他家|她家)(?:在|家|里人|家里人|家人)?住|(?:间|屋|房)[^，。,;；]{0,2}是(?:户主|他|她|自家|自己)[^，。,;；]{0,8}在住|(?:一家子|一家人|一家老小|全家|老两口|老俩口|两口子)(?:就|都|一直)?(?:自己)?住(?:在)?(?:里头|里面|里边)|(?:盖好|建好|建成|修好)[^，。,;；]{0,6}?(?:一家子|一家人|一家老小|全家)(?:就|都)?(?:住进去|住进|搬进去|搬进|居住|自住)|(?:由|给)(?:户主)?(?:全家|一家人|一家老小|家人|自家人?)(?:居住|住|自住)/;
/** Cadres taking the loans (被村干部, 村干部拿去), and a use that is a public body's debt or works (用于偿还村里的工程欠款). */
const CADRE_TOOK = /^(?:被(?:村|乡|镇)?干部|(?:村|乡|镇)?干部(?:拿去|使用|收走|收取))/;
/** A public body's debt for its own works repaid: 归还村委会修建活动室的欠款. */
// (拿去还了村委会修村部活动室欠施工队的工程款: or the body's unpaid bill for the works — review 143.)
const PUBLIC_DEBT_REPAID = new RegExp(
  `(?:归还|偿还|去?还了?)(?:${PUBLIC_BODIES})[^，。,;；]{0,10}(?:工程|修建|修路|修村道|修桥|建设|活动室|村部|办公室|水池|水渠)[^，。,;；]{0,6}(?:欠款|债务|欠账|欠[^，。,;；]{0,5}?(?:工程款|工钱|材料款))`,
);
/** A public body's works, then money taken from households' loans to advance them: 乡里建核桃交易市场，从几户贷款里借去垫资,
 * 镇上盖农贸市场钱不凑手，把贷款借去了 (review 145). */
const WORKS_ADVANCED_FROM_LOANS = new RegExp(
  `(?:${PUBLIC_BODIES})(?:要)?(?:建|修|搞|盖)[^，。,;；]{1,12}[，,][^，。,;；]{0,4}(?:从[^，。,;；]{0,6}(?:贷款|贷的钱)里?|把(?:我们|俺们|我家|俺家)?的?(?:贷款|贷的钱))(?:借去|借走|拿去|挪去|挪用)`,
);
// (贷款被村干部收走，说是村上统一搞产业: or said to be for the body's own undertaking.)
const FOR_PUBLIC_BODY = new RegExp(
  // (叫村干部拿去修村里广场和路灯了: or the body's works the cadre took it to build; 用于村级蜂产业基地建设: or a village-level
  // works; 村干部拿克了，说是先垫村里的工程款: or the body's bill the cadre said it paid — set 941.)
  `用于[^，。,;；]{0,4}(?:${PUBLIC_BODIES}|村集体|村级)的?[^，。,;；]{0,8}(?:欠款|债务|工程|项目|垫资|开支|建设|修路)|说是(?:${PUBLIC_BODIES})统一|说是(?:先)?垫(?:${PUBLIC_BODIES})的?[^，。,;；]{0,4}(?:工程款|工钱)|拿去(?:修|建|盖|搞)(?:${PUBLIC_BODIES})的?(?:广场|路灯|路|桥|村部|办公室|戏台|水渠|学校)`,
);
/** A public body named by what it is, not by a place (城投公司, 镇政府; not 镇上): one 他们 may stand for. */
const BODY_BY_NAME = /公司|城投|平台|政府|委员会|村委|管委|集团/;
/** Whether the last party before is a public body named by what it is, so that a 他们 after it stands for the body. */
function publicBodyJustNamed(hits: readonly Hit[], before: number): boolean {
  for (let k = before - 1; k >= 0; k--) {
    const party = hits[k]!.role.party;
    if (party !== undefined && party !== 'household') return party === 'government' && BODY_BY_NAME.test(hits[k]!.term);
  }
  return false;
}
/** Before a word, an open quote after a shop's verb of naming: 烟酒店叫"喜事烟酒", 店名"…" (not 这钱叫"彩礼钱"). */
const NAMED_AS_BEFORE = /(?:(?:店|铺|馆|部|厂|公司|超市|门市|摊|社)[^，。,;；]{0,2}(?:叫|名叫|名为)|店名|招牌|字号|取名|起名)[“"「『][^”"」』，。]{0,6}$/;
/** A person outside the household, as a text names them: 老王, 王某, 他, 表哥. */
/** (The grammar's words for people outside the household, longest first, so one list names them everywhere.) */
const PERSON_WORDS = [...PARTIES.person]
  .sort((a, b) => b.length - a.length)
  .map(escapePattern)
  .join('|');
const ANOTHER_PERSON = `(?:[老小][\\u4e00-\\u9fff]|[\\u4e00-\\u9fff]某某?|${PERSON_WORDS})`;
/** Goods said to be another person's: 车是老王的, 牛是邻居家的. */
const OTHER_OWNS = new RegExp(`(?:车|车子|货车|牛|羊|店|厂|铺子)(?:是|归)(?:邻居)?${ANOTHER_PERSON}(?:家)?的`);
/** Stock said to be another person's a clause on (羊在他家圈里，可都是他表哥的), and the sale's money theirs (卖了钱也归表哥). */
const STOCK_ALL_OTHERS = new RegExp(`[，,](?:可|但|其实|实际上?)?(?:都|全|全部)是(?:他|她|其)?${ANOTHER_PERSON}(?:家)?的`);
const PROCEEDS_TO_OTHER = new RegExp(`卖了?(?:的)?钱(?:也|都|全)?(?:归|给)(?:他|她|其)?${ANOTHER_PERSON}`);
/** The loan said to be repaid by another person: 贷款老王自己还, 钱他负责还. */
const OTHER_REPAYS = new RegExp(`(?:贷款|钱)[^，。,;；]{0,2}${ANOTHER_PERSON}(?:自己|负责)(?:还|偿还)`);
/** Stock or its ear tags held by a company or a cooperative: 牛在公司牧场, 耳标登记在公司名下. */
const STOCK_HELD_BY = /(?:牛|羊|猪|鸡|鹅|鸭|耳标)[^，。,;；]{0,3}(?:在|登记在|归|养在)(?:某)?[^，。,;；]{0,4}(?:公司|合作社|企业|牧业|大户)/;
/** A farm said to be another's: 场子是人家老板的, 养殖场归公司. */
// (Read where stock was named before it: 养殖场是人家老板的，俺在里面打工 tells a job.)
const FARM_OF_ANOTHER =
  /(?<=[牛羊猪鸡鹅鸭][^。；;！!]{0,24})(?:场子|养殖场|牛场|羊场|猪场|牧场)(?:是|归)(?:[^，。,;；]{0,4}(?:老板|公司|合作社)|人家|别人|外人)(?:家)?的?/;
/** After a dwelling in its clause, that it will not be built or repaired: 暂时不打算修, 先不盖. */
const WORK_DENIED_AFTER = /^[^，。,;；]{0,4}?(?:暂时|暂|先|还|也|都|今年)?(?:不打算|不准备|不想|没打算|没准备|不)(?:修|盖|建|翻|动|装修)/;
/** Before a dwelling in its clause, the family said still to live there: 全家还是住, 一家人仍住在. */
const HOME_KEPT_BEFORE = /(?:还是|仍然|仍|照样|依旧|照旧)住(?:在)?$/;
/** Words that the family does not live at its shop: 不住店里, 没住在铺子里. */
const NOT_LIVED_AT_TRADE = /(?:不|没|没有)住(?:在)?(?:店里|店上|店铺里|铺子里|铺里|馆子里|门面里|门面上)/;
/** Right after a person, in brackets, that they are of the household: （同一户）, （没分户）. */
const SAME_HOUSEHOLD_AFTER = /^[（(](?:同一户|同户|同一户口|一个户口本?|同一个户口本?|没分户|未分户)[）)]/;
/** Right after a party, that it runs the venture: 在经营, 负责经营. */
const RUNS_IT_AFTER = /^(?:在|负责|统一|一直在)?(?:经营|管(?=$|[，。,;；]))/;
/** The household said to take no part: 他没参与. */
const NO_PART_TAKEN = /(?:他|她|户主|本户|户里|借款人|贷款人|我|俺)(?:家)?(?:没|没有|未|不|从不|一直没)(?:参与|管事)/;
/** The loan said to be taken away: 贷款拿去, 钱被拿走. */
const LOAN_TAKEN = /(?:贷款|钱)(?:被[^，。,;；]{0,6})?(?:拿去|拿走|借去|借走|收走|转走|用去)|贷款凑钱/;
/** The firm that holds the stock feeding it: 合作社在喂, 公司统一养. */
const HOLDER_FEEDS = /(?:公司|合作社|企业|牧业|大户)(?:在|统一|负责|一直在)(?:喂|养|饲养|管)/;
/** The household receiving a fee or a return: 领取托管费, 年底拿钱, 每年给分红. */
// (公司管，每年给他分一点: or a share the text says the holder gives the borrower told of.)
const RETURN_RECEIVED =
  /(?:每年|每月|年底|按年|按月)给(?:他|她)(?:家)?分|(?:领取|领|拿|分)[^，。,;；]{0,4}(?:托管费|收益|分红|利息|固定|钱)|年底拿钱|(?:每年|每月|年底|按年|按月)(?:领取|领|拿|分)[^，。,;；]{0,6}元|(?:每年|每月|年底|按年|按月)给(?:俺|我|我们|俺们|户里|本户)[^，。,;；]{0,3}(?:钱|[0-9一二两三四五六七八九十百千万]+(?:元|块|千|万|百))/;
/** Money put into a platform online or on a phone, with a return promised after it: 投到手机上一个平台，说一年翻番. */
const INVESTED_PLATFORM =
  // (投那个网上的项目，一天返多少钱: or a project online, a daily return after it.)
  // (在手机上投了个“养殖项目”APP，说是每天返收益: or an app on the phone named a project — set 999; 下了个“金牛宝”软件，把贷款
  // 放进去，天天有几块钱进账: or money put into an app — review 150.)
  /(?<![不没别未])投(?:到|进|在|了)?[^，。,;；]{0,8}(?:平台|(?:网上|手机上|线上)的?项目|项目[”"」]?app|app)(?=[^。；;]{0,12}(?:翻番|翻倍|收益|利息|返利|回报|分红|提不出|百分之|[0-9０-９]%|分利|个点|[天月]返))|(?:软件|app|平台)[^。；;]{0,6}[，,]?把(?:贷款|钱)放进去(?=[^。；;]{0,14}(?:进账|收益|返|利息|分红))/;
/** Right after a word, a village's suffix that makes the word its name: 烟筒屯 (not 村里, 村上, 村委: the village itself). */
// (入股村头那个腊肉厂: not 村头, 村口, where in the village.)
const VILLAGE_AFTER = /^(?:屯|嘎查)(?![里上子])|^村(?![里上委民干集两组部办头口东西南北])/;
/** After a character, the end of a place's name: 拉哈镇, 家屯. */
const PLACE_NAME_AFTER = /^(?![^，。,;；]{0,3}[在去到给拿回上来把说是])[^，。,;；的了]{1,3}(?:镇|乡|村|屯|旗)/;
/** Money deposited, then a yearly or monthly rate promised for it: 存到镇上的那个互助社，讲一年给8个点. */
const DEPOSIT_FOR_RATE =
  /存(?:到|进|在|入)?[^，。,;；]{0,10}[，,][^。；;]{0,6}?(?:一年|每年|年|一个月|每月|每个月)(?:给|有|返|能有|能给)[0-9一二两三四五六七八九十]+个点/;
/** A relative's wedding, then the loan given to them to make it up: 侄子结婚彩礼还差三万，我这笔贷款给他凑上了. */
const KIN_WEDDING_MADE_UP =
  /(?:侄子|侄儿|侄女|外甥|外甥女|弟弟|妹妹|哥哥|姐姐|小叔子|小姑子|表弟|表妹|堂弟|堂妹)[^，。,;；]{0,4}(?:结婚|彩礼|娶媳妇|出嫁|办婚事)[^。；;]{0,20}?(?:贷款|这笔钱|这钱)[^，。,;；]{0,5}?(?:给(?:他|她)[^，。,;；]{0,3})?(?:凑|垫|补|添|用了|花了|出了)/;
/** A business that has its members or the households borrow: 合作社让社员每户贷, 公司组织农户贷款. */
const ORGANISED_BORROWING = /(合作社|公司|企业|养殖场|大户|老板)(?:让|叫|组织|动员|要求)(?:社员|农户|贫困户|各户|每户|我们|俺们|大家|村民)[^，。,;；]{0,4}贷/;
/** After it, the business buying or running for all of them: 合作社统一买羊, 公司统一养殖 (not 统一收购, buying their produce). */
const RUN_TOGETHER = /统一(?:买|购买|采购|购|养|饲养|经营|管理|使用|种)/;
/** The household farming its own: 各户自己养, 本户自家饲养. */
const OWN_FARMING = /(?:自己|自家|本户|各户|各家)[^，。,;；]{0,3}(?:养|种|喂|饲养|经营)/;
/** A public body as the one who took the money: 乡里, 镇政府, 村委会. */
/** The borrower speaking or named: 我, 俺, 本人, 户主. */
const SPEAKING_BORROWER = /^(?:我|俺|本人|户主|借款人)$/;
const PUBLIC_TAKER = new RegExp(`^(?:该|本)?(?:${PUBLIC_BODIES}|村集体|政府|街道)`);
/** The same said with 让 or 叫 in speech, of money taken away: 钱让我老舅整走了 (not 不让别人拿走). */
const TAKEN_AWAY_BY = /(?<![不没别未])(?:让|叫)([^，。,;；]{1,6}?)(?:拿走|借走|整走|弄走|要走)/;
/** Relatives and acquaintances outside the household, after the household's possessive: 我老舅, 俺表哥. */
const OUTSIDE_KIN = new RegExp(`^(?:我|俺|咱)(?:的|家)?(?:${PERSON_WORDS})`);
/** After a repaid 借款, words that make it this loan's principal and interest: 借款本息. */
const THIS_LOAN_AFTER = /^(?:本息|本金)/;
/** An earlier loan repaid: 偿还2018年那笔扶贫贷款, 把前头那笔还了. */
const REPAID_EARLIER =
  /(?:偿还|归还|还了|还清)[^，。,;；]{0,12}?(?:借款|欠款|债务|借的钱|以前的贷款|之前的贷款|原贷款|上期贷款)|[还偿][^，。,;；还]{0,8}?(?:那笔|前头那笔|前面那笔|之前那笔|以前那笔|上一笔|头一笔)|[把将](?:前头|前面|之前|以前|上次|上回)?那笔[^，。,;；]{0,4}还|(?:别的地方|别处|别家|他行|另一家|其他银行)[^，。,;；]{0,6}(?:贷款|借款)[^。]{0,20}?[把将]那个[^，。,;；]{0,4}还/;
/** Before a repayment in its clause, a denial or a claim at law: 并非用于, 不用于, 诉请. */
const DENIED_OR_CLAIMED = /[不非没未别无]|诉请|要求|请求/;
/** A fee the household earns for raising another's stock (按头领代养费), and the words of that care. */
const CARE_FEE_EARNED = /(?:领|拿|收|挣|赚|得|结算|按头|每头|按只|每只|按斤|按月)[^，。,;；]{0,6}(?:代养费|托养费|代管费|饲养费|代养报酬|代养款)/;
const CARE_WORD = /^(?:代养|托养|代管|代为养殖|代为饲养|代为)$/;
const CARE_WORD_AFTER = /^(?:代养|托养|代管|代为)/;

/** Characters before a party the household serves: 帮人家起厝. */
const SERVED_BEFORE = /[帮替]/;
/** A vehicle ridden or driven to the farm's work (骑去胶林, 开着去地里, 骑着放羊, 挖虫草骑), or carrying what the household makes (送自家做的豆腐). */
/** Goods a finding classes as the work's: 摩托车为生产用, 该手机系生产工具. */
const CLASSED_PRODUCTIVE = /([\u4e00-\u9fff]{2,5}?)(?:为|系|属于?)(?:生产用|生产工具|生产设备|生产资料|经营用车|生产用车)/g;
/** Whether a finding classes goods sharing the word's first two characters as the work's (摩托 and 摩托车为生产用). */
const classedProductive = (text: string, term: string): boolean =>
  text.includes('生产') && [...text.matchAll(CLASSED_PRODUCTIVE)].some((m) => m[1]!.includes(term.slice(0, 2)));
const RIDDEN_TO_WORK =
  /(?:骑|开)着?(?:车)?[去上到进][^，。,;；]{0,4}(?:地|田|山|林|园|棚|场|圈|塘|胶|牧|放)|^[^，。,;；]{0,4}拉[^，。,;；]{1,4}(?:去|到|送)[^，。,;；]{0,3}(?:收胶站|收购站|收购点|粮站|奶站|站|厂)|拉[^，。,;；]{0,6}(?:种的|养的|打的|产的)|送(?:自家|自己家|自己|自个儿?)(?:做|种|养|产|磨|打|酿)的|^(?:[一两1-9]辆)?[，,]?(?:专门|每天|天天)?[^，。,;；]{0,2}(?:上山|进山|下地|去地里|去田里)(?:收|割|采|放|干活|种|打|管护|管理|摘|拉)|骑着?(?:去|上)?(?:放牛|放羊|放牧|赶牛|赶羊|挖虫草|采虫草)|(?:放牛|放羊|放牧|赶牛|赶羊|挖虫草|采虫草)骑(?:着|的)?(?:$|[，。,;；])/;

/** A trade named only in general: with a hedge beside it, what the household will do is not yet said. */
const GENERIC_TRADE = /^(?:生意|小生意|做生意|做买卖|买卖|经营|副业|创业)$/;

/** Goods shared out one by one (一台…，一台…). */
const SHARED_OUT = /一[台辆部个套][^，,。；;]{0,12}[，,；;](?:另)?一[台辆部个套]/;
/** A family use said to be the usual one: 平时接送孩子, 主要是家里用. */
/** A use said plainly to be the family's (供家庭使用, 家里人用), not only a room the goods stand in. */
/** Words that the goods themselves are placed or kept somewhere, or now used by someone: 放置于客厅, 供…使用, 现为女儿日常使用. */
const GOODS_PLACED = /放置|放在|摆在|摆放|安装|^供|[，,]供|现为|现由|现归|实为|实际由|实际为|搬回|挪回|拉回家/;
const FAMILY_USE_SAID =
  /(?<![不非没未无]|不是|并非|而非|不属|不作)(?:供家庭使用|家庭使用|自家使用|家里使用|家中使用|日常使用|日常用|个人使用|供家人|供家里人|家里人用|家人用|自家用|家里自己用|自己家用|家用|家里用|自用|(?:自家|家里人?|自己家)[^，。,;；]{1,4}用(?![于来在作]))/;
const MAINLY_FAMILY = /(?:平时|平常|主要|日常)[^，。,;；]{0,4}(?:接送|上下班|家用|家里用|自用|拉老人|拉孩子|拉家里人|拉家人|走亲戚|赶集|家里坐|家里人坐)/;
/** A family use said to be the only one: 就家里坐, 光自家用. */
const ONLY_FAMILY = /(?:就|光|只|净)(?:是)?(?:在)?(?:家里|自家|自己家)(?:人)?(?:坐|用|开|骑)/;

/** The terms read as context, each once, that were not also matched or negated. */
function contextOnly(context: readonly string[], matched: readonly string[], negated: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of context) if (!out.includes(t) && !matched.includes(t) && !negated.includes(t)) out.push(t);
  return out;
}

/** Whether a dwelling named without a verb only places something: 房子后面, 在房子里. */
function locatesOnly(text: string, hit: Hit): boolean {
  // (买个冰箱搁堂屋: 搁, 放 and 摆 put a thing there too.)
  return placedAfter(text, hit) || /[在搁放摆]/.test(text[hit.start - 1] ?? '') || installedIn(text, hit);
}

/** Whether a mention states this loan's use: a word of using right before it in its clause. */
function statesUse(text: string, hit: Hit): boolean {
  // (…承诺“不用于建房”，但…支付自家新房工钱: or the building's wages paid.)
  return USE_BEFORE.test(lastClause(text.slice(Math.max(0, hit.start - 6), hit.start))) || BUILDING_PAID_AFTER.test(text.slice(hit.end, hit.end + 4));
}

/** A later clause saying the loan does not pay for what was told: 不动这笔贷款, 与本笔贷款无关, 另有来源, 跟那饥荒不搭边. */
// (办事不动贷款: and the event said not to touch the loan.)
const LOAN_DENIALS =
  /(?:办事|办喜事|结婚|娶媳妇|办酒)(?:不动|不用|不花)(?:这笔)?贷款|(?:贷款|这钱)不(?:给|拿去|拿来|用来|用于)[^，。,]{0,6}(?:办事|办喜事|结婚|娶媳妇|办酒)|(?:并未|没有|未|没)用于此|贷款一分(?:钱)?(?:不|没)动|跟这笔贷款[^，。,]{0,4}(?:没关系|关系没有|没有关系|无关)|(?:跟|和|与)(?:那|那个|那笔)[^，。,]{0,4}(?:不搭边|不沾边|没关系|没啥关系|两码事)|没动贷款|没动这笔|没用贷款|没花贷款|不花贷款|不往[^，。,]{0,4}用|不动这笔贷款|不用贷款|另有来源|另有安排|与本笔贷款无关|与该笔贷款无关|(?:并非|不是|非|不属于?)(?:本笔|该笔|这笔|此笔)贷款[的之]?用途|与本次贷款无关|与这笔贷款无关|贷款与[^，。,;；]{1,6}无关|和这笔贷款没关系|与贷款无关|不是给他办事|不是办事用|不用这笔贷款|不用这笔钱|不动用这笔贷款|不动用此笔|不动用本笔|不动用该笔|不花这笔贷款|不占用这笔贷款|他的事他自己|自己攒的钱|用自有资金|已核对流水|由[^，。,]{1,4}帮忙/;
/** A loan said not to be needed, for what its own sentence told: 用不着贷款. */
const NOT_NEEDED = /用不着贷款|用不上贷款|不需要贷款|不用贷款/;
/** Any officer's finding (its markers as one pattern, so texts without one are passed over at once). */
const REAL_USE = new RegExp(REAL_USE_MARKERS.map(escapePattern).join('|'));
/** Words that say this loan goes the way the past one went: 还是这么弄, 照旧, 跟去年一样. */
const SAME_AGAIN = /还是这么|还这么[弄办干]|照旧|还是老样子|跟去年一样|和去年一样|同去年一样/;
/** Markers of a finding made after the form (了解到, 经查), whose own clause tells what was found. */
const FOUND =
  /^(?:了解到|据了解|经了解|后来才知道|才知道|实际(?![上用是为])|经查|查明|查实|查证|证实|核实|核查|得知|入户核|实地核|现场核|抽查发现|审计发现|入户时?看|查账|出示|转账记录|付款记录|调解员|调解组|委员会认定|委员会确认|到场发现)/;

/** In a finding's sentence, words that say what was found agrees with what was stated: 与陈述基本一致, 情况属实. */
/** (属实 only right after the finding's word: 经核实属实, not 用途属实 closing a finding that corrects the form.) */
// (经核实车已买回: or that the goods named were bought.)
const CONFIRMS =
  /(?:与|和|同)[^，。,;；]{0,8}(?:陈述|所述|申请|说的|讲的|反映)[^，。,;；]{0,4}(?:基本)?(?<!不)(?:一致|相符|吻合)|^[^，。,;；]{1,5}[，,]?(?:情况|所述|陈述)?(?<!不)属实|^[^，。,;；]{1,4}(?:车|机|牛|羊|猪)(?:已|确已|确实已)(?:买回|购回|买到|到位)(?:$|[，。,;；])/;
const SENTENCE_END = /[。；;！!？?]/;
/** Goods the household sold on credit (赊销, 货款), and a late charge before interest in its clause (逾期按月息). */
const SOLD_ON_CREDIT = /赊销|赊给|赊卖|赊出|货款/;
const LATE_BEFORE = /逾期|超期|延期|晚付|拖欠/;

/**
 * Whether interest at `h` is a late charge on a price for goods the household sold on credit (not goods the loan bought
 * and passed on at cost: 用贷款购进化肥…当天原价赊销给邻村经销商 lends the money).
 */
function lateCharge(text: string, h: Hit, clauseStart: number): boolean {
  return LATE_BEFORE.test(text.slice(clauseStart, h.start)) && SOLD_ON_CREDIT.test(text) && !BOUGHT_TO_SELL_ON.test(text);
}
/** Goods bought, then passed on at cost on credit or to others: 购进化肥…按进价赊给, 买了玉米种，原价转给几户亲戚. */
const BOUGHT_TO_SELL_ON = /(?:购进|购买|买进|买了|买)[^。；;]{0,16}(?:原价|进价|成本价|平价)[^。；;]{0,6}(?:赊|转给)/;
/** A return said not to be asked: 不收利息. */
const NO_RETURN = /(?:不|没|无|未)(?:收|要|约定|计|加)?(?:利息|利钱|息)/g;
/** After goods passed on at cost, a return on them: 按每月1.5%加收, 每袋多还5元, 月息. */
const RETURN_ON_GOODS = /[0-9一二两三四五六七八九十.]+%|加收|多还|利息|月息|年息|分利|利钱/;

/** A firm's order to buy for it, the loan advancing the price: 受某牧业公司委托代购…贷款垫付. */
/** A public body's works, then the loan advanced for them: 村上修水渠 钱垫上了, 村里打井，贷款先垫进去了. */
const ADVANCED_FOR_PUBLIC_WORK =
  /(?:村上|村里|乡里|镇上|镇里|村委会?|乡政府|镇政府)(?:统一)?(?:修|建|搞|打|盖|硬化)[^。；;]{0,8}?(?:钱|贷款)(?:先|都|也|就)?(?:给|替|帮)?(?:村里|村上|他们)?垫(?:上|了|进去|付|着)|(?:村上|村里|村集体|乡里|镇上|镇里|村委会?|乡政府|镇政府)(?:统一)?(?:建|修|盖)的[^，。,;；]{0,6}[，,]?用的(?:就)?是[^，。,；;]{0,10}贷款/;
/** A household that says it runs no trade in goods (不做茶叶生意, 不搞粮食买卖), and goods held for their price: 存起，等涨价卖. */
const NO_TRADE_SAID = /不(?:做|搞|干)[^，。,;；]{0,6}(?:生意|买卖)|不是[^，。,;；]{1,4}(?:匠|商|贩子)(?=$|[，。,;；])|不是(?:打|做)[^，。,;；]{1,4}的/;
// (钱买了稻谷存着，明年哪个时候价高就哪个时候卖: or to sell whenever the price is high.)
const HOARDED_FOR_PRICE =
  /(?:存起|存着|囤|堆在|堆着|放着|搁家里|搁着|压箱底)[^。；;]{0,24}?(?:(?:等着?|待)[^，。,;；]{0,8}?(?:涨价|升值|价格涨|价钱涨|价钱高|价格高|价高|价涨|行情好)|(?:价格|价钱|价)(?:高|涨)了?(?:就|再)[^，。,;；]{0,8}?(?:卖|出手))/;
/** Gold or silver, which a household may hold for its price: 金镯子, 金条, 银条. */
const PRECIOUS_METAL = /金镯|金条|金首饰|金项链|金戒指|黄金|银条|银元|金饰|金坠/;
/** A clause that pays with the money: 钱拿去付酒店的定金, 贷款交了学费. */
/** After an event, the loan said to make up its shortfall: 钱不够，贷两万补上, 钱不够就贷了3万 (not 贷了3万随礼, a gift). */
const LOAN_MAKES_UP_AFTER =
  /^[^。；;]{0,10}(?:钱不够|差钱|差点钱|还差|不够)[^。；;]{0,3}[，,]?(?:就|先|只好|才)?(?:贷|用贷款|拿贷款)(?:[^。；;]{0,6}(?:补上|补齐|凑上|凑齐|补)|了?[0-9一二两三四五六七八九十几]+(?:万|千|块|元)(?![^。；;，,]{0,2}(?:随|礼|份子|人情)))/;
// (酒席钱就靠这笔贷款, 酒席钱都是俺家掏的: or the event's costs said to rest on the loan, or paid by the household.)
// (弟弟讨老婆，家里没钱，贷款帮他: or the loan said to help them with it.)
const MONEY_PAYS_NEXT =
  /^(?:贷款|这笔贷款|这钱)(?:就|都)?帮了?(?:他|她)(?=$|[，。,;；])|^(?:钱|贷款|这钱|这笔钱|这笔贷款)(?:就|都|全)?(?:拿去|拿来|用来|用于|拿克)?(?:付|交|办|摆|订)|^[^，。,;；]{1,4}(?:钱|费用|开销)(?:就|都|全)?(?:靠|指着|指望)(?:这笔|这回的?)?贷款|^[^，。,;；]{1,4}(?:钱|费用|开销)(?:都|全)?是(?:俺家|我家|自家|我们家|俺们家)(?:掏|出|付)的/;
/** Gold's price awaited, to sell: 等金价涨了再卖. */
const METAL_PRICE_AWAITED = /(?:等|待)着?[^，。,;；]{0,4}(?:金价|银价|价格|价钱)(?:涨|高|上来)[^，。,;；]{0,4}(?:再卖|卖|出手)/;
/** A machine kept and worked by another, who pays the household a share: 机器放他那统一作业，年底给户里分钱. */
const MACHINE_KEPT_FOR_SHARE =
  /(?:机器|拖拉机|收割机|农机|车)(?:一直)?(?:放|在)(?:他|她|人家|[^，。,;；]{1,4}?的)(?:那|那里|那儿|[^，。,;；]{1,4}(?:队|社|公司|厂))[^。；;]{0,24}?(?:年底|每年)[^。；;]{0,8}?(?:给|分)[^。；;]{0,6}?(?:钱|分红|利息|几千块)/;
/** Money borrowed, owed or lost before, repaid: 还了前几年盖房时借亲戚的两万块钱, 还去年盖房子欠包工头的工钱, 还了去年打麻将输的账, 还上借邻居的钱, 还了从店老板那借的五千, 还了同村王某的三万块钱 (not a loan repaid: 还贷款). */
const BORROWED_REPAID =
  /(?<![卖以用拿靠])还(?:了|上|清)?[^，。,;；贷]{0,12}借(?:给)?(?:亲戚|朋友|邻居|别人|人家|他|她|同学|老乡)[^，。,;；]{0,3}的[^，。,;；]{0,5}(?:钱|账|债|款)|(?<![卖以用拿靠])还(?:了|上|清)[^，。,;；贷还]{0,4}(?:从|跟|向)[^，。,;；]{1,6}?(?:那|那里|那儿|处)?借的|(?<![卖以用拿靠])还(?:了|上|清)[^，。,;；贷还]{0,6}?[\u4e00-\u9fff]某某?的[^，。,;；（(]{0,4}(?:钱|账|债|款)|(?<![卖以用拿靠])还(?:了|上|清)?[^，。,;；贷还欠]{0,10}欠(?:[^，。,;；的]{1,6})的[^，。,;；]{0,6}(?:钱|账|债|款|块)|(?<![卖以用拿靠])还(?:了|上|清)?[^，。,;；贷还]{0,8}(?:输|亏|赔)(?:下|掉)?的(?:账|钱|债)/;
/** A debt told, then the loan said to repay it: 欠了他大舅哥三万，这回贷款下来就是还这个的; 欠我的砖钱八千，这回扶贫贷款下来了拿来还了. */
// (前年起房子找亲戚借的三万，这次贷下来就还给他们了: or money borrowed, repaid to those who lent it; 欠了包工头老板三万块钱:
// the creditor and the sum may take ten characters, or the loan settle it: 贷款下来一把结清了 — review 149.)
const DEBT_THEN_REPAID =
  /(?:赔|亏|输)(?:下|掉)?的(?:账|钱|债)[，,][^。；;]{0,16}(?:贷款|贷出来|贷下来|贷到款)[^。；;]{0,8}?还(?:给[^，。,;；]{1,6}?)?(?:了|上了|清了)|(?:欠(?:了)?|借(?:的|了))[^，。,;；]{1,12}[，,][^。；;]{0,12}(?:贷款|钱|贷出来|贷下来|贷到款)[^。；;]{0,8}?(?:就是|是|拿来|用来|先)?还(?:给)?(?:我|他|她|人家|他们|她们|亲戚)?(?:这个|这笔|这账|这个账|这笔账|它|上了|了)的?(?![没吗呢？?])|(?:欠(?:了)?|借(?:的|了))[^，。,;；]{1,12}[，,][^。；;]{0,12}(?:贷款|贷出来|贷下来|贷到款)(?:拿来|用来|拿去)还(?=[，。,;；]|$)|(?:欠(?:了)?|借的)[^，。,;；]{1,12}[，,][^。；;]{0,12}(?:贷款|贷出来|贷下来|贷到款)[^。；;]{0,8}?(?<![没未不])(?:结清|还清|付清)/;
/** A storey added, then the family living in it: 加盖了一层，现在一家五口住在上面; 加盖了一层，是仔一家住的. */
const STOREY_LIVED_IN =
  /(?:(?:加盖|新加|加|盖|起)了?一层[^。；;]{0,16}?|(?<=[舍棚圈栏])(?:二层|二楼)[^。；;]{0,24}?)(?<![不没未无])(?:住在上面|住上面|住楼上|一家[^，。,;；]{0,6}住|住人|搬上去住|搬到上面住)/;
/** STOREY_LIVED_IN in a text, tried only where a storey and living are named (层 or 楼, and 住). */
const storeyLivedIn = (text: string) => ((text.includes('层') || text.includes('楼')) && text.includes('住') ? STOREY_LIVED_IN.exec(text) : null);
/** A 大户 or a boss named, then the money said spent by them: 羊在大户于某家，钱也是他花的. */
const SPENT_BY_PARTY = /(?<=(?:大户|老板)[^。；;]{0,20}?)(?:钱|贷款)(?:也|都|全|实际)?(?:是)?(?:他|她|人家|对方|大户|老板)(?:在)?(?:花|用|使)(?:的|了|着)/;
const ADVANCED_FOR_FIRM =
  /(?:受|接受)[^，。,;；]{1,14}(?:公司|企业|合作社|厂|老板)[^，。,;；]{0,3}委托[^，。,;；]{0,3}代(?:购|买|收)(?=[^。；;]{0,30}(?:贷款|扶贫贷款|这笔钱|用贷款)[^。；;]{0,4}垫)|(?:帮|替)[^，。,;；]{0,10}(?:公司|企业|合作社|厂|老板)先?(?:买|购|垫)(?=[^。]{0,40}(?:连本带利|本息|利息|占用费))/;
/** A branch's or an earlier ruling on the use, quoted: 原认定“生活消费”, 支行以…为由认定户贷企用, 支行将布料认定为“家用纺织品”,
 * 此前按建房认定. */
const RULING =
  /(?:原|支行|分行|网点|银行|此前|之前|先前|检查组|审计组|拟|一审|初审|一审法院|原审法院|二审|生效判决|被申请人|并据此|据此)(?:以|将|因|看见|认为|按|错将|判决)?(?:(?!显示|查明|经查|证实)[^。；;]){0,40}?(?:(?:认为|推定)[^。；;，,]{0,20}|(?:认定|说是|定为|视为|列入|列为|归入|定性为?)(?:为|系)?(?:[^“"「。；;，,]{0,10}(?=[“"「]))?[“"「]?[^”"」。；;，,]{0,20}[”"」]?)(?:[^。；;]{0,4}系将[^。；;]{1,16})?/g;
/** A category the text says the use is not ruled as: 不按住房装修认定, 不作为家庭用品认定. */
const NOT_RULED_AS = /不(?:按|以|作|作为|视为|计入)[^。；;，,]{1,10}认定/g;
/** Words that the ruling was overturned: 撤销原认定, 撤回, 原认定…不成立, 异议成立 (not 维持原认定). */
const OVERTURNED =
  /错误|错将|错认|不构成|忽视|忽略|未考虑|未予考虑|不应以|证据不足|不符合事实|与事实不符|(?<!有|依)无据|臆断|望文生义|曲解|误读|混淆|未予查清|撤销|撤回|推翻|(?<!异议|申诉|复议|该项主张)不成立|不能成立|有误|(?<!并无|无|没有|并未|未见)不当|缺乏依据|缺乏证据|无(?:任何)?(?:事实|证据)(?:依据|支持)|依据仅为|仅凭|并非[^，。,;；]{0,6}使用人|并非[^，。,;；]{0,4}(?:住房|住宅)|不是住房|无事实依据|不予维持|异议成立|认定错误|不予认可|不认可|系将[^。；;]{1,12}误|(?:属|属于|系)(?:生产设备|生产性用途|生产用途|经营设备|生产资料)|但[^。；;]{0,12}(?:证实|证明|查明)/;
/** Before a party, words that the money was spent on what follows: 花在, 用在, 花到. */
const SPENT_ON_BEFORE = /(?:花在|用在|花到|用到)(?:了)?(?:俺|我|他|她)?$/;
/** After a use, a question mark and a denial at once: 起屋？冇得那个钱, 盖房？哪有钱. */
const ECHOED_DENIED_AFTER = /^[？?][”"」]?[，,]?(?:我|俺)?(?:冇|没|不|哪|啥)/;
/** Words that a recorded category was replaced or was a slip, or is only quoted: 重分类为, 系柜员误选, 随口所写, 误记为, 所谓, 与记载…. */
const RECLASSIFIED = /重分类|误选|误解|随口|笔误|误记|误录|误填|误写|所谓|记载|[”"」]实为/;
/** A word every ruling quoted holds: 认定, 结论, 定性 (texts without one are not searched for rulings). */
const RULING_WORD = /认定|结论|定性|一审|原审|原(?:档案|台账)?误?(?:录入|登记|录|记录|记|填报|填写)|所谓|记载|误记/;
/** A ruling named as withdrawn or as the original one: 撤回原“家庭用品”结论, 撤回户贷企用认定, 原“政府融资平台”认定, 所谓“盖房”,
 * 与记载“修房”(不冲突). */
const RULING_NAMED =
  /(?:一审|原审|原判|原)以[“"「][^”"」，。,;；]{1,12}[”"」]为由|所谓[“"「][^”"」，。,;；]{1,8}[”"」](?=[，,](?:系|实为|实际为|实际是))|(?:撤回|撤销)(?:原|支行的?)?[“"「]?[^”"」，。,;；]{1,12}?[”"」]?(?:认定|结论|定性)|原(?:档案|台账)?误?(?:录入|登记|录|记录|记|填报|填写|标记)?(?:为|的)?[“"「][^”"」，。,;；]{1,12}[”"」](?:认定|结论|定性|标记)?|[“"「][^”"」，。,;；]{1,8}[”"」](?:的说法|之说|一说)?(?:系|是|为)[^，。,;；]{0,12}(?:随口|误写|误填|误选|口语|笔误|误解)|不(?:予)?认可[^，。,;；“"「]{0,8}[“"「][^”"」，。,;；]{1,10}[”"」]|不(?:予)?认可[^，。,;；“"「]{1,8}(?:定性|认定|分类|结论|推断)|误记为[“"「][^”"」，。,;；]{1,8}[”"」]|(?:所谓|认定的?)[“"「][^”"」，。,;；]{1,8}[”"」](?=(?:实际)?(?:为|是|系|实为|其实是)[^，。,;；]{0,4}(?:在|用于|搭建|修建|建))|与(?:原|卖方)?(?:档案)?记载的?[“"「][^”"」，。,;；]{1,8}[”"」]/g;
const UPHELD = /维持(?:原|支行)?(?:认定|决定)|认定事实清楚|(?:异议|申诉|复议申请)不成立|予以维持|并无不当|并无错误|认定(?:正确|无误)/;

/**
 * The spans of a text that quote a ruling which names no use: one the text says was overturned (原认定“生活消费”…撤销原认定,
 * not where a ruling is upheld), and a category the use is said not to be ruled as (不按住房装修认定); undefined when none.
 */
function rulingsNotTheUse(text: string): (readonly [number, number])[] | undefined {
  const spans: (readonly [number, number])[] = [];
  for (const m of text.matchAll(NOT_RULED_AS)) spans.push([m.index, m.index + m[0].length]);
  if (!UPHELD.test(text)) {
    // (原录“理财”…重分类为渔业生产: a record reclassified, or said to be a slip, names only what is quoted.)
    const patterns = OVERTURNED.test(text) ? [RULING, RULING_NAMED] : RECLASSIFIED.test(text) ? [RULING_NAMED] : [];
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans.length > 0 ? spans : undefined;
}

/** Words that the household runs a trade itself: 户主自营, 本人经营. */
const RUNS_OWN = /自营|(?:自己|自家|本人|户主|本户)(?:经营|开的|在开)/;
/** Markers that say the use told before was not the real one: 实际是, 其实是, 实际用于 (not 实际上, which only stresses). */
const CORRECTED =
  /(?:实际上是|实际是|其实是|(?<![核证查])实为|实际用于|实际用途(?:为|是)?|真实用途(?:为|是)?|实际拿去|实际用在|实际用来|(?<!期限|金额|利率|姓名|名字|日期|时间|期数|账号)更正为)/g;

/** Words that say this loan paid for something told before: 就是用这笔贷款凑的, 贷款5万元全部补在里面了. */
const THIS_LOAN_PAID = new RegExp(
  `用(?:这|此|该|本)笔(?:扶贫)?(?:贷款|钱)|用的(?:就)?(?:是)?(?:这|此|该|本)(?:笔|个)(?:扶贫)?(?:贷款|钱)|${LOAN_PUT_INTO.source}`,
);

/** After goods in their sentence, what they are for: 一台，用于上山放牧. */
// (购买鲜切花冷藏柜及包装材料，用于自家花卉保鲜: or after goods listed with them.)
const USED_FOR_AFTER = /^(?:[及和与、][^，。,;；]{1,6})?[^。；;！!？?]{0,4}?(?:专门用于|专用于|用于|用来)/;
/** After goods, what they are for: 都是放牧赶牛用的, 是拉货用的, 放牛用. */
// (买了一辆摩托车，方便下村给牛羊打针、配种: or said to make the farm's work easier.)
// (买一个摩托，放羊用的: the same with 的.)
// (买摩托车放牧, 放牧的时候骑, 骑着去看牛: or the herding it is ridden to, told at once; 买摩托车下村给猪牛打针: or a vet's
// rounds — set 959.)
const WORK_USE =
  /(?:都是|全是|是|专门)[^，。,;；]{1,12}?用的|^[，,](?:方便|便于)[^，。,;；]{1,14}|^(?:一[台辆部个只把架套])?[，,]?[^，。,;；]{1,10}?用的?(?=$|[，。,;；])|^[，,]?(?:[^，。,;；]{1,3}上)?(?:平时|每天|天天)?(?:骑着?|开着?)?(?:去|上山|进山)?(?:放牧|放羊|放牛|赶牛|赶羊|看牛|看羊)|^[，,][^，。,;；]{1,8}?(?:的时候|时)(?:骑|开)|^[，,]?(?:平时|每天|天天)?(?:骑着?|开着?)?(?:下村|下乡|进村|走村串户|串村)(?:去)?(?:给|帮)?[^，。,;；]{0,6}?(?:打针|看病|治病|配种|防疫|阉|骟|劁)/;

/** Right after a trade, its pay named: 的钱, 工钱, 费用 (婚庆公司的钱是贷款付的, 娶亲的车队和吹鼓手钱). */
const PAY_NAMED_AFTER = /^的?(?:钱|工钱|费用?)(?:$|[，。,;；、和是])/;
/** After a trade, a list of costs the loan is said to have paid: 、婚车、酒席都是贷款付的. */
const PAID_LIST_AFTER = /^、[^，。,;；]{1,10}?(?:都|全)?是?(?:用)?(?:贷款|这笔钱|这钱)(?:付|出|给|掏)的/;
/** Words before a trade that make it the household's own: 开, 经营, 自家. */
const OWN_TRADE_BEFORE = ['开', '经营', '自家', '自己的', '开了'];
/** The text with the characters from `from` to `to` put out of reading, every position kept: what a reading must not take as the applicant's. */
const blanked = (text: string, from: number, to: number) => text.slice(0, from) + '·'.repeat(to - from) + text.slice(to);
/** The rule stated, as an agent tells it: 不能用于, 不得用于. */
const RULE_STATED = /(?:不能|不得|不可以|不准|禁止|严禁)用于/;
/** A trip the family made: 带着婆姨娃娃去西安转了一趟. */
// (一家人去景区耍了三天: or the whole family, for days.)
const FAMILY_TRIP =
  /(?:(?:带着?|领着?|和|跟)[^，。,;；]{0,6}(?:婆姨|媳妇|老婆|老伴|娃|孩子|老人)|一家人?|全家)[^，。,;；]{0,4}(?:去|到)[^，。,;；]{1,12}(?:转|逛|耍|玩|游)了(?:一趟|[一二两三四五六七八九十几]+天|[一二两三四五六七八九十几]个?(?:礼拜|星期|周|月)|(?=[，,。；;]|$))|^(?:一家人?|全家)(?:人)?(?:去|到)[^，。,;；]{1,12}(?:玩|旅游|游玩)(?=[，,。；;]|$)/;
/** The household paid for keeping another's stock: 收代养费, 拿代养费. */
const FEE_FOR_KEEPING_PAID = /(?:收|拿|挣|赚|领)(?:取)?(?:代养费|托养费|代养的钱)/;
/** Before a building word in its clause, inside a farm building: 育雏室里盘了, 鸡舍里搭. */
const INSIDE_FARM_BUILDING = /(?:育雏|孵化|鸡|鸭|鹅|猪|牛|羊|兔|蚕|菇|烤烟|烘干)(?:室|舍|棚|圈|房)(?:里|内|中)[^，。,;；]{0,4}$/;
/** The names of what the rule forbids: 户贷企用. */
const RULE_NAMES = /^(?:户贷企用|户贷村用|户贷社用)$/;
/** Before those, an offer the writer or household refused: 我没要, 他没答应. */
const OFFER_REFUSED_BEFORE = /(?:我|俺|他|她)(?:没要|不要|没答应|没敢要|没同意)[^。；;]{0,4}$/;
/** After a bride price, that the groom's side paid it: 是男方给的. */
const BRIDE_PRICE_RECEIVED_AFTER = /^(?:钱)?(?:是|都是|全是)?男方(?:家)?(?:给|出)的/;
/** Right after goods, that the loan stocked them: 是用贷款进的货. */
const STOCKED_AFTER = /^是?(?:用)?(?:贷款|扶贫贷款)?进的货/;
/** Right after materials, the client's job they go to: 给东家铺, 给人家贴. */
const FOR_A_CLIENT_AFTER = /^给(?:东家|人家|别人家?|客户|主家)(?:铺|装|贴|盖|修|砌)/;
/** In a clause, goods only priced, put off, or owed for at the writer's: 问窗户价又不订, 先不整了, 我这窗户钱. */
const WRITER_TRADE_TALK = /问[^，。,;；]{0,4}价|不订|没订|先不(?:整|弄|装|换|做)|(?:我|俺)这[^，。,;；]{0,4}钱/;
/** After a building, words that it is for farming: 其实是育苗的, 是用来养鸡的. */
const SAID_FOR_FARMING_AFTER = /^(?:其实|实际上?|就|本来就)?是(?:用来|拿来)?(?:育苗|育秧|养|种|孵|晾晒|烘)/;
/** Whether the text says, after any naming of the building, that it is for farming. */
function saidForFarming(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1))
    if (SAID_FOR_FARMING_AFTER.test(text.slice(at + term.length, at + term.length + 10))) return true;
  return false;
}
/** Words that no one lives in a building: 没住人, 不住人. */
const NOT_LIVED_IN = /没住人|不住人|不是住人的|人不住(?:在)?里[面头边]/;
/** Before a window or door, a farm building told just before it, in its sentence: 鹅舍原来钉塑料布，这回, 蛋鸡舍. */
// (Not where a dwelling or its people stand between: 盖牛棚剩的钱给住的房子换了塑钢窗; 盖羊圈，…那是两间带窗户的平房.)
const FARM_BUILDING_JUST_BEFORE =
  /(?:鸡|鸭|鹅|猪|牛|羊|兔|蚕|菇|育雏|育苗)(?:舍|棚|圈|室)[^。；;！!？?，,住房屋人]{0,8}(?:[，,][^。；;！!？?，,住房屋人]{0,6})?$/;
/** Before public works in a clause, the people they are done for: 给人家, 帮别人. */
const FOR_OTHERS_BEFORE = /(?:给|帮|替)(?:人家|别人|别家|他人)$/;
/** After public works in a clause, pay for doing them: 修路接活, 修路的活, 挣工钱, 拉沙石挣运费 (review 145). */
const PAID_WORK_AFTER = /^[^，。,;；]{0,4}(?:接活|揽活|的活|挣钱|挣工钱|收费|收钱|工钱|干活|出工|做工|打工|打零工|挣运费|收运费|运费)/;

/**
 * Whether the text's last correction (实际是…) names none of the production read: 申请用于养牛，实际是给邻居盖房 leaves
 * the production claimed behind it void, so the text is for a person to read, never the claim's pass.
 * (Not a correction that confirms: 实际用于养牛属实; nor one denied: 并非实际用于.)
 */
function correctionUnread({ text, hits }: Scan, matched: readonly string[]): boolean {
  if (!text.includes('实') && !text.includes('更正')) return false;
  let end = -1;
  let start = -1;
  for (const m of text.matchAll(CORRECTED)) {
    start = m.index;
    end = m.index + m[0].length;
  }
  if (end < 0 || /[非不没未]$/.test(text.slice(Math.max(0, start - 2), start))) return false;
  const rest = text.slice(end).split(SENTENCE_END)[0]!;
  // (实际用途为生产, 以实际用途认定为生产, 核实为户用: a correction to the category itself says what the reader read.)
  // (其实是他老婆在管: who runs it is read by the hand-over readings, not here.)
  return (
    /\p{Script=Han}/u.test(rest) &&
    !CONFIRMS.test(rest) &&
    // (看起像建房其实是做生意: nor one that says it is the household's trade.)
    !/属实|一致|相符|生产|户用|自用|自营|自己|自家|本人|本户|做生意|做买卖/.test(rest) &&
    // (给猪打疫苗…其实是拉稀，不是猪瘟: nor a correction of what ails the stock.)
    !/拉稀|拉肚子|猪瘟|鸡瘟|牛瘟|口蹄疫|瘟病/.test(rest) &&
    // (Unless another is named running it: 实际是他弟弟在养.)
    !(
      /在管|管着|在养|在弄|在干|经营|负责/.test(rest) &&
      !hits.some((h) => h.start >= end && !h.negated && h.role.party !== undefined && h.role.party !== 'household' && !THIRD_PERSON.test(h.term))
    ) &&
    !matched.some((t) => text.includes(t, end)) &&
    !hits.some((h) => h.start >= end && !h.negated && (h.role.category === 'production' || h.role.frame?.category === 'production'))
  );
}

/** After a finding marker, words that it found no one and nothing there: 核查时车辆不在家, 走访时户主外出. */
// (复核未果: nor a check that came to nothing.)
const FOUND_NO_ONE_AFTER = /^[^，。,;；]{0,8}(?:不在家|不在场|没在家|未在家|外出|无人在家|没人在家|未果|无果|锁着门|锁了门|门锁着)(?:$|[，。,;；])/;
/** Before a finding marker, words that it was not made: 尚未核实, 未作核实, 没有核实, 待下次核实, 得再来一趟核实, 没查到转账记录. */
const NOT_YET = /[未没无待需](?:作|有|经|实地|入户|上门|现场|再|查到|找到|见到|看到)?$|再次$|建议$|进一步$|(?:下次|下回|回头|改天|后续)再?$|[来去跑]一趟$/;

/** Housing words that are acts of building (翻建, 新盖): before 的 they describe a thing built. */
const BUILT_ACTS = '翻建|翻盖|新建|新盖|修建|盖|建|翻修|重建|加盖';
const BUILT_BEFORE = new RegExp(`^(?:${BUILT_ACTS})$`);
const BUILT_THING = new RegExp(`(?:${BUILT_ACTS})的$`);
/** Before a use in its clause, that it waits until money is earned: 挣了钱再, 等赚了钱, 准备卖了 (the stock sold first). */
// (想闹几年把账还清: or after years of the farm's work.)
const EARNED_FIRST_BEFORE =
  /(?:挣|赚|卖)(?:了|够|到)?钱(?:以后|后|了)?再[^，。,;；]{0,8}$|(?:剩下的)?(?:利钱|利润|赚的钱|挣的钱)再[^，。,;；]{0,8}$|等(?:挣|赚)(?:了|够|到)?钱[^，。,;；]{0,8}$|(?:准备|打算|等|要)卖了(?:钱)?(?:以后|后)?(?:再)?[^，。,;；]{0,6}$|(?:闹|干|挣|攒|养|种)(?:上)?几年[^，。,;；]{0,4}$/;
/** After a cost or goods, that a relative paid or gave it: 是她姐给拿的, 的钱是她兄弟拿的, 是女婿过年送的. */
// (Not one who only wanted it bought: 是儿子非要买的 — set 965.)
const KIN_PAID_AFTER = new RegExp(`^[^，。,;；]{0,6}是(?:她|他|我|俺|其)?的?${KIN_PAYERS}[^，。,;；要想]{0,3}?(?:给)?(?:拿|出|掏|付|垫|交|送|买)的`);
/** After a question's word, an answer that the loan paid for it: ？答：酒席二十桌，都是贷款的钱. */
const LOAN_PAID_ANSWERED = new RegExp(`^[^？?。]{0,12}[？?]答[:：][^？?]{0,20}${LOAN_PAID_WORDS}`);
/** A member of the family named by kin (她儿子, 老伴), and later words putting what was bought to the family's own work. */
const MEMBER_WORD = /(?:儿子|女儿|闺女|老伴|媳妇|儿媳|孙子)$/;
const OWN_WORK_LATER = /自家(?:种|养|干活|用)|自己家(?:种|养|用)|家里(?:种地|养)/;
/** Anywhere in the text, a member's farming at home: 他儿在家喂了二十多只羊, 种自家那四十亩地. */
const MEMBER_FARMS_AT_HOME = /在家(?:里)?(?:喂|养|种)|(?:种|耕|喂)自家/;
/** A daughter or son the text says lives at home: 闺女离了婚回娘家住, 姑娘大学毕业回来在家搞直播. */
const CHILD_AT_HOME = /(?:闺女|女儿|姑娘|儿子|小子)[^。；;]{0,10}(?:回娘家住|回家住|回来在家|在家(?:里)?(?:住|搞|干|帮)|跟(?:俺们|我们|老两口)一(?:块|起))/;
/** A son-in-law who married into the household and lives in it: 上门女婿, 倒插门. */
const MARRIED_IN = /上门女婿|倒插门|入赘|招的女婿|招了个女婿/;
/** Before money put in, a shop the household runs: 你家开的那个婚庆店, 你这家具店. */
const HOUSEHOLD_SHOP_BEFORE = /(?:你家|你们家|您家|自家|我家|俺家|你这|我这|你那)(?:开的)?(?:那个|这个|那家|这家)?[^，。,;；？?]{0,4}(?:店|铺|馆|坊|厂|摊)/;
/** A house rented to farm in: 租屯里闲房子养笨鸡, 租了两间房子种蘑菇. */
const RENTED_TO_FARM = /租[^，。,;；]{0,10}(?:房子|房|屋子|屋|校舍|教室|厂房|仓库|院子|场地|大院)[，,]?(?:来|用来|做|当)?(?:养|种|育|孵)/;
/** A clause put after another (以后给儿子娶媳妇用), and one that ends by earning money (养牛挣钱). */
const LATER_BEFORE = /^(?:等)?(?:(?:以后|往后|将来|日后)(?:再)?|再)[^，。,;；]{0,8}$/;
const EARNS_END = /(?:(?:挣|赚)(?:了|够|到)?钱|卖了)[，,]?$/;
/** In a reply, that what was asked has nothing to do with this loan: 跟这笔没关系, 与贷款无关. */
/** Words of the loan's money in a question: 贷款用哪, 钱花哪了. */
const MONEY_ASKED = /贷|钱|款|花|费|买|用|交|付|投/;
const UNRELATED_REPLY = new RegExp(`(?:跟|和|与)(?:这笔|本笔|这个|这次)?(?:贷款|钱)?${UNRELATED_WORDS}`);
/** Sentences: a text's spans between 。！？；. */
const SENTENCE_BREAKS = /[。！？；!?;]/;
function sentenceSpans(text: string): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  let from = 0;
  for (let at = 0; at < text.length; at++)
    if (SENTENCE_BREAKS.test(text[at]!)) {
      spans.push([from, at + 1]);
      from = at + 1;
    }
  if (from < text.length || spans.length === 0) spans.push([from, text.length]);
  return spans;
}
/** Of an answer's sentence (答：…), the question sentence before it (问：…？), if any. */
function questionBefore(text: string, spans: readonly (readonly [number, number])[], k: number): string | undefined {
  const span = spans[k];
  if (span === undefined || !text.startsWith('答', span[0])) return undefined;
  for (let j = k - 1; j >= 0; j--) {
    const said = text.slice(spans[j]![0], spans[j]![1]);
    if (SENTENCE_BREAKS.test(said) && said.length === 1) continue;
    return said.startsWith('问') ? said : undefined;
  }
  return undefined;
}
/** The loan named in a sentence: 贷款, 这笔钱. */
const LOAN_IN_SENTENCE = /贷款|贷的|贷了|扶贫贷|这笔钱|这钱|信贷|代款/;
/** What the state built or repaired for the household: 危房改造政府给盖的. */
const STATE_BUILT = /(?:危房改造|危改)?(?:政府|公家)(?:给)?(?:危房改造|危改)?(?:盖|修|建)的/g;
/** A public body building or repairing: 县里统一建的, 镇里给低保户统一修了房顶. */
const STATE_WORK = new RegExp(`(?:${PUBLIC_BODIES}|政府|公家)(?:给[^，。,;；]{1,6}?)?(?:统一)?(?:修|建|盖|改造|翻修|翻建|换|装|刷)`);
/** A member a feast is held for: 给孙子办, 给老人办. */
const FEAST_FOR_MEMBER = /给(?:孙子|孙女|儿子|女儿|闺女|老人|父亲|母亲|老爷子|老太太|老娘|老爹|外孙|外孙女)办/g;
/** A butcher's kill: 杀两口, 杀了一口, 杀年猪. */
const BUTCHERED = /杀了?(?:[一两三四五六七八九十几]+口|年猪)/;
/** A sound-and-stage man's entry, the gear and its fee: 灵棚加音响六百, 舞台灯光一千八. */
const STAGED = /(?:音响|灯光|舞台|灵棚|拱门)[^，。,;；]{0,4}?[一二两三四五六七八九十百千0-9]{2,}(?:元|块)?(?=$|[，,。；;])/;
/** A photographer's entry, the filming and its fee: 跟拍1600, 拍照300, 录像500, 拍个视频100 (its balance may follow: 跟拍1300尾款欠300). */
const FILMED = /(?:跟拍|拍照|照相|录像|摄像|拍(?:个|了)?视频)[0-9]{2,}(?:元|块)?(?=$|[，,。；;]|已|尾款|欠|没给|现)/;
/** A village doctor's entry, the patient's visit or the doctor's own check: 袁桂花来拿药, 我这里只量血糖. */
const VISITED = /来(?:拿药|看病|打针|输液|挂水|换药|开药|量血压|量血糖)|[我俺](?:这里?|这儿)?(?:只|就)?(?:给[^，。,;；]{0,3}?)?(?:量|测)了?(?:血压|血糖)/;
/** A film-and-loudspeaker van's entry, the show or sound and its fee: 放电影一场收260, 放哀乐两天,收500. */
const SHOWN = /放(?:电影|哀乐|喇叭|录音|音乐|宣传)[^。；;]{0,6}?收[0-9]{2,}(?:元|块)?(?=$|[，,。；;])/;
/** A daughter married out, her own shop, and the loan given her to stock it: 闺女出嫁了，在婆家镇上开超市，贷款转给闺女进货了. */
const DAUGHTER_MARRIED_OUT_FUNDED =
  /(?:闺女|女儿)(?:出嫁了|嫁出去了|嫁到|嫁人了)[^。；;]{0,14}开[^，。,;；]{0,6}(?:公司|厂|店|超市|馆|门市)[^。；;]{0,12}?(?:贷款|钱)[^，。,;；]{0,3}(?:转给|给了?|借给)(?:闺女|女儿|她)(?:周转|进货|用)/;
/** A question whether the loan paid for an event, and the answer no: 俺问是不是拿贷款办事，他说不是. */
const EVENT_DENIED_WHEN_ASKED =
  /问(?:他|她)?(?:是不是|是否)(?:拿|用)(?:的)?(?:扶贫)?贷款[^，。,;；？?]{0,6}[，,？?](?:他|她|户主)?(?:说|讲|答)?(?:不是|没有|没)(?=$|[，。,;；])/;
/** A weigh entry opening a text, up to its sentence's end: 猪3头 付现。, 后刘村刘继业 猪5头 付8100。, 牛2头 转账。. */
const WEIGH_ENTRY =
  /^[^。；;，,买购养喂栏进]{0,10}?[,，\s]?(?:肥猪|生猪|毛猪|架子猪|猪|肥牛|牛|羊|驴)[0-9一二两三四五六七八九十]+(?:头|只|口)(?:[,，\s]*(?:付|转账|付现|现金|现钱|欠|赊|共|毛重|重|[0-9])[^。；;]{0,12})?[。；;]/;
/** A band's or butcher's booking for a family's event, with its length or fee: 吹一天, 两天1200, 白事一天半, 杀两口. */
// (柴家大小子结婚，二十桌: and a manager's or cook's count of tables, ending its clause — not tables the household laid: 摆了二十桌.)
const BOOKED = new RegExp(
  `${/(?<![摆办请开了0-9一二两三四五六七八九十百])[一二两三四五六七八九十百0-9]+桌(?=$|[，,。；;])|吹了?(?:[一两三四五六七八九十]+天半?|半天|一上午|一下午)|(?:[一两三四五六七八九十]+天半?|半天)[，,]?[0-9]{3,}|(?:白事|喜事|红事|婚礼|媳妇|大寿|满月|燎锅底|温锅)(?:[一两三四五六七八九十]+天半?|半天)/.source}|${STAGED.source}|${FILMED.source}|${SHOWN.source}|${VISITED.source}|${BUTCHERED.source}`,
);
/** In a sentence naming the loan, that its use was not asked or told: 贷款干啥了没问. */
const USE_NOT_TOLD = /没问|没说|没讲|没唠|不知道|不清楚|不晓得/;
/** An event's money said to be the guests' gifts or a relative's: 席面钱是收的礼金出的. */
const GIFTS_PAID = /[^，。,;；]{0,4}钱是(?:收的)?(?:礼金|份子钱|亲戚|亲友)[^，。,;；]{0,3}(?:出的|给的|随的)/g;
/** A spaced entry: a customer's name, then what was ordered (刘婶 寿衣 → 刘婶,寿衣), as a sentence and within a text. */
const SPACED_ENTRY = /^[\u4e00-\u9fff]{2,4},/;
const SPACED_ENTRY_IN = /(?:^|[。！？；!?;])[\u4e00-\u9fff]{2,4},/;
/** Things a tailor sews to order (廖姐 床单, 程婶 寿衣 给自己预备的): a sentence of them that buys nothing is an order. */
const SEWN = /寿衣|唐装|床单|被罩|被套|被面|窗帘|工装|校服|沙发套|旗袍|中山装|喜服|嫁衣/;
/** Acts in an event's sentence that would make it a use: 买, 盖, 给, 交, 投. */
const EVENT_ACTS = /买|购|盖|建|修|装|给|交|投|借|委托|代养|放|想|要|准备/;
/** A sentence that asks, claims or pledges: 问：…？, 写的, 说是, 承诺. */
const CLAIM_OR_QUESTION = /[？?]|问|写|说是|承诺|申请|反映|称|举报|原定|本来|打算|计划/;
/** A sentence that answers or finds: 答：, 实际, 核实, 后来, 剩下. */
const ANSWER_OR_FINDING = /答|实际|核实|核查|经查|其实|后来|剩下|剩余|另外|一半/;
/** An event's money: 花了, 欠的钱, 随礼, 用于. */
const MONEY_OF_EVENT = /钱|花|费|[0-9一二两三四五六七八九十百千万]+元|借|欠|用于|用在|拿去|交|付|垫|凑|礼金|彩礼|随礼/;
/** A shop opened: 开菜店, 开了个小卖部. */
/** A room kept for a trade's work: 打版间, 作坊, 车间. */
const WORKROOM = /打版间|作坊|车间|工坊/;
const SHOP_OPENED = /开(?:了|个|了个|一家|一个)?[^，。,;；]{0,4}(?:店|铺|超市|小卖部|门市)/;
/** After a dwelling, its state assessed: 安全, 稳固, 不是危房. */
const DWELLING_STATE_AFTER = /^(?:现|目前)?(?:安全|稳固|牢固|结实|完好|达标|不是危房|非危房|无安全隐患|无危险)(?:$|[，。,;；])/;
/** After a thing, words that make it the subject of what is said: 被认定违建, 是去年的事. */
const SUBJECT_OF = /^(?:被|是|已|早)/;

/** A use named as the loan's pretext: 以养牛名义贷款, 以发展养殖为由, 以购买农机为名. */
const PRETEXT = /以[^，。,;；]{1,8}?(?:的)?(?:名义贷款|名义|为由|为名)/;

/** Right after a word, ending its clause, a phrase that puts it aside: 婚事暂不考虑, 盖房的事不打算, 盖房，房子先不盖了, 读书是盼头 — or a form's word crossed out (“建房”已划掉, 盖房（已划掉）), or found to be background (前述盖房系背景陈述). */
const PUT_ASIDE_AFTER =
  /^[，,](?:房子|房|屋子?|新房)(?:先|就|也|暂时|暂)?不(?:盖|修|建|翻)了?(?:$|[，。,;；！!])|^(?:的事)?(?:暂不考虑|暂时不考虑|不考虑|没考虑|不打算|没打算|推迟|延期|延后|往后推|取消)(?:了)?(?:$|[，。,;；！!])|^[”"」』]?[（(]?(?:已|已经|被)?(?:划掉|划去|删去|删掉|涂掉)|^(?:的事)?(?:系|属|属于|为|是)(?:往年|以往|过去的?|以前的?)?(?:背景(?:陈述|介绍|情况)?|既往情况|过往情况)|^(?:的事)?(?:系|属|属于|为|是)(?:此前|以前|之前|过去|既往|往年)的?(?:事实|事情|事)|^(?:是|只是)(?:个|俺家的|我家的|家里的|咱家的)?(?:盼头|念想|指望|想头)/;
/** Before it, a debt the loan repays: 还亲戚的钱, 还舅舅的账. */
const LOAN_REPAYS_DEBT_BEFORE = /(?<![没未不])还(?:了|上|清)?[^，。,;；]{0,6}(?:钱|账|债|款)/;
/** After a dwelling's work, that a debt was run up for it: 盖房时借的, 盖房子找他们借的. */
const DEBT_ORIGIN_AFTER = /^[^，。,;；]{0,2}?(?:时|的时候|那会儿?)?(?:找|向|跟|问)?[^，。,;；]{0,4}?(?:借|欠)(?:的|下的)/;
/** A few characters on, in the same clause, a form's crossing-out in brackets: 翻建房子（已划掉）. */
const CROSSED_OUT_NEAR = /^[^，。,;；（(]{1,4}[（(](?:已|已经|被)?(?:划掉|划去|删去|删掉|涂掉)/;
/** Characters that PAST_MATTER_AFTER and MONEY_ELSEWHERE_NEXT need, to pass over texts without them at once. */
const PAST_MATTER_MARK = /过往|过去|以前|之前|以往|历史|背景|老早|早先|往事|旧事|年的事|年前的事/;
const CONTRAST_MARK = /但|可|不过/;
/** Before a word in its clause, the proceeds of a later sale paying for it: 以后卖牛的钱给儿子攒, 养牛卖了供娃娃读书 (not with the loan beside
 * them: 卖了的钱加上贷款盖新房; 卖鹅款被执行人称已花销于家庭开支). */
const SALE_PROCEEDS_BEFORE =
  /卖[^，。,;；]{1,3}(?:的钱|了的钱|那钱)[^，。,;；贷]{0,6}$|卖[^，。,;；]{1,2}款[^，。,;；贷]{0,10}$|卖了(?:钱)?(?:就|再|好|来)?供[^，。,;；贷]{0,4}$/;
/** Opening a word's clause, other money paying for it: 理赔款给娃娃交学费了, 打工的钱给娃交学费. */
const OTHER_MONEY_OPENS = /^(?:理赔款|理赔的钱|赔款|保险赔的钱|保险赔款|补贴款|补助款|低保(?:的)?钱|打工(?:挣)?的钱|工资)[^，。,;；贷]{0,6}$/;
/** After it, the loan's own use told: ，贷款是芒果园施肥用的. */
const LOAN_USE_TOLD_AFTER = /[，,。；;](?:这笔|这次|本笔)?(?:贷款|贷的钱)(?:是|都是|全是|则是|全部|都)/;
/** After a word, 的 and a crew or works it describes: 修路的工程队, 修桥的施工队. */
const CREW_AFTER = /^的(?:工程队|施工队|车队|工地|老板|包工头)/;
/** After a debt, words that it is still owed: 到现在还没还利索, 还欠着. */
const STILL_OWED_AFTER = /^[^，。,;；]{0,6}?(?:还没还|没还上|没还完|没还清|没有还|还欠着|一直欠着)[^，。,;；]{0,3}/;
/** Right before rooms, words that they were converted: 改的三间, 改成两间, 收拾成三间. */
const CONVERTED_BEFORE = /(?:改(?:的|成|建|造|出)|收拾成|拾掇成|整成|弄成|隔成|装成)[^，。,;；]{0,3}$/;
/** Before a use in its clause, a concession: 虽与, 虽然和, 尽管跟. */
const CONCEDED_BEFORE = /(?:虽|虽然|尽管)(?:与|和|跟)$/;
/** Around an act, the time and the borrowing of a debt it was made for: 前年盖房借的, 去年看病欠下的. */
const DEBT_MADE_AFTER = /^(?:时|的时候)?(?:借|欠|赊)下?(?:的|了?(?:债务|外债|债|饥荒)|[^，。,;；]{1,6}的(?:账|钱|债))|^所(?:借|欠)/;
const DEBT_DATED_BEFORE = /(?:前年|去年|那年|早年|以前|之前|当年|年前|那会儿?|前几年|前些年|几年前|早些年|头几年)$|原(?:是|为|系)[^，。,;；]{0,2}$/;
/** Right after an act, a debt made for it told at length: 赊了砖厂两万多的砖钱, 欠下包工头三万工钱. */
const DEBT_TOLD_AFTER = /^(?:时|的时候)?(?:借|欠|赊)(?:了|下)?[^，。,;；]{1,10}(?:账|钱|债|款)/;
/** Later, the loan said to settle a debt: 贷款一到就给砖厂结清. */
const LOAN_SETTLES_LATER = /贷款[^，。,;；]{0,8}(?:结清|还清|付清|清账|结账|还上|还掉)/;
/** Before an act, in the clause before it, a debt repaid: 还了之前欠亲戚的钱，(做屋时借的). */
const DEBT_REPAID_BEFORE = /还(?:了|上|清)[^，。,;；]{0,10}(?:欠|借)[^，。,;；]{0,8}[，,]$/;
/** Words that say other money falls short of a use: 不够, 还差, 补上. */
const SHORTFALL = /不够|不足|还差|差的|差点|补上|补足|补齐|凑不齐|凑不够/;
/** Before a word in its clause, a plan since changed: 原定年内结婚, 本来打算盖房. */
const ORIGINAL_PLAN =
  /(?:原定|原说|原讲|原计划|原打算|原准备|本来打算|本打算|本来想|一开始说要|开始说要|起初说要|当初说要|想|打算|准备|计划)(?:拿贷款|用贷款|拿钱|用钱)?[^，。,;；]{0,4}$/;
/** A bracketed note's label opening a clause: （孙女注：, (记录人注:. */
const NOTE_LABEL = /^[（(][^（）()：:，,。]{1,5}注[：:]/;
/** The next clause saying the plan was put off or dropped: 现婚期推迟, 后来取消了, 后来没盖, 后来亲事没说成. */
const PLAN_CHANGED_NEXT =
  /(?:^|[，,])后来(?:才)?定下来了?(?=$|[，。,;；])|说不行|没批|推迟|延期|延后|往后推|取消|不办了|不盖了|改期|改主意|改了主意|改变主意|改变了主意|后来(?:也)?没(?:用|盖|修|建|办|买|结|娶|弄|整|干)(?![完好])|没(?:盖|修|办)成|(?:亲事|婚事|对象)(?:也)?(?:没说成|没谈成|黄了|吹了)/;
/** The next clause saying the loan's money goes to something else: 但这钱是扣大棚用的, 可贷款只用于养牛. */
const MONEY_ELSEWHERE_NEXT = /^(?:但|但是|可|可是|不过)(?:这|这笔|这个)?(?:钱|贷款|款)(?:是|只|就|专门|全)/;

/** Before a word in its clause, a loan to someone just named: 借给隔壁老张家. */
const LENT_TO_BEFORE = /(?:借给|转借给|出借给)[^，。,;；]{1,8}$/;

/** A clause about a use's cost that pays it from other money: 费用由其子外出务工收入承担, 未动用本笔贷款. */
const COST_PAID_NEXT = new RegExp(`^[^，。,;；]{0,4}?(?:费用|花费|开销|花销|所需|钱)[^，。,;；]*(?:${OTHER_MONEY_WORDS.map(escapePattern).join('|')})`);

/** Housing words that only say rooms are lived in (the grammar's list), and a building bought. */
const LIVED_TERM: ReadonlySet<string> = new Set(LIVED_IN_WORDS);
const HOUSE_BOUGHT = /买[^，。,;；]{0,6}房/;

/** In the clauses after a use, that this loan was not touched for it: 未动用本笔贷款, 没用贷款的钱. */
const LOAN_UNTOUCHED =
  /(?:^|[，,])(?:(?:未|没有|没|并未)(?:动用|用|花)(?:本笔|这笔|该笔)?(?:贷款|扶贫贷款)|不(?:用|动|花|动用)(?:(?:本笔|这笔|该笔|这个|这)(?:贷款|钱)|贷款)|(?:非|不是|并非)(?:贷款|扶贫贷款)(?:资金|的钱)|(?:但)?(?:这次|这笔|本次|本笔)贷款(?:没|没有|未)(?:动|用|花))/;

/** A clause ending on rooms the family lives in: 楼上那层是自家住的. */
// (户主儿子儿媳一直住在该屋内，贷款实际用于翻修该屋: or the household's members said to live in the room the repair names.)
const LIVED_BEFORE =
  /(?:自家|自己|家里|我们|俺|一家)[^，。,;；]{0,3}住的$|(?:儿子|女儿|儿媳|一家|老两口|家人)[^，。,;；]{0,4}(?:住在(?:该|这|那)(?:屋|房|间)|居住$)/;

/** At the start of a clause, the loan's money repaying a debt: 钱拿来还, 贷出来还了, 一起还了 (not 还款, this loan's). */
const MONEY_REPAYS = /^(?:(?:钱|贷款|这笔钱|这钱)(?:就|都|全)?(?:拿来|拿去|用来|用于)?|贷出来|贷下来|贷到手|一起|一并|顺便|顺带)(?:就|先)?还(?![款贷银本])/;

/** At the start of the next clause, that the household must earn: 想多挣点钱. */
const EARN_NEXT =
  /^(?:老汉|老两口|他|她|俺|我)?(?:今年|这两年|先)?(?:想着?|要|得|就想着?|好|寻思着?)?(?:今年|这两年)?先?(?:把[^，。,;；]{0,6}?|多[包种养租出][^，。,;；]{0,5}?)?(?:趁[^，。,;；]{0,4})?多?(?:挣|攒)(?:点|些)?(?:钱|$|[，。,;；])|^(?:到时候?|到那时|那时)(?:再)?卖(?:牛|羊|猪|粮|苞米|稻子|大豆)/;

/** Words that set a clause before this loan was applied for: 申请贷款前, 借款之前. */
const BEFORE_LOAN = /(?:申请贷款|申请|贷款|借款|放款)(?:之)?前/;

/** A dwelling's word that is work done on it (贴了瓷砖, 刷了墙), not a place goods are put. */
const WORK_DONE = /^(?:贴|刷|铺|抹|砌|粉刷|吊顶)/;
/** Rooms a farm's or trade's work may be done in: 灶房, 房子, 屋. */
const ROOM_OF_WORK = /^(?:灶房|伙房|房子|房|屋|屋子|厨房)$/;
/** Any act of building or repair in a text (盖, 起, 翻修, 刷墙 …). */
const BUILDING_ACT = /盖|建|起|修|翻|装|改|刷|砌|扩|搭|换/;

/**
 * After an act, a few characters on, a debt it left or names: 盖房子拉的饥荒, 看病欠下的账, 婚事欠款, 盖房的债, 盖房欠下的工钱料钱,
 * 盖房借亲戚的3万元 (not a list with 还 or 和 between: 修房还欠款 is two uses; nor a loan wanted: 盖房借点钱; nor the builders
 * owed for the house, who are paid for it: 自建住房欠施工队的工钱; nor an account: 建设投资公司账户).
 */
// (盖房那时候借我姐夫的: or borrowed from someone named, the debt's noun left out.)
const DEBT_FROM =
  /^[^，。,;；还和及、]{0,4}?(?:借|欠)了?(?:我|俺|他|她)?(?:亲戚|邻居|朋友|别人|人家|亲友|同学|老乡|老表|表哥|表弟|表姐|表妹|舅舅|姐夫|妹夫|兄弟|大哥|二哥|小舅子)的(?=$|[，。,;；])|^[^，。,;；还和及、]{0,4}?(?:(?:拉|欠|借|落)(?:下了|下的|了|的|下|了?(?:亲戚|邻居|朋友|别人|人家|亲友|同学|老乡|老表|表哥|表弟|表姐|表妹|舅舅|姐夫|兄弟|大哥|二哥)的?)[^，。,;；]{0,4}?(?:饥荒|账(?!户)|债|钱|款|窟窿|万|元|块)|的?(?:欠款|欠债|欠账|外债|饥荒|借款(?!人)|债|账(?!户)))/;

/** At the start of a clause after a denial, what it is instead: 不是盖新房，是把…; 不是翻盖，就把炕重新搭了. */
const INSTEAD = /^(?:(?:而|就|只|其实|实际)?是|(?:就|只)把)/;

/** Earlier in a clause, rooms the household lives in: 后头自家住的两间也顺带翻修. */
const OWN_LIVED = /(?:自家|自己|俺|我|家里|一家|老两口|我们|咱)[^，。,;；]{0,3}住(?!宿)/;

/** A family's event in north-western speech (过事: a wedding or a funeral), which a child's name makes a wedding. */
const FAMILY_EVENT = /^过事$/;
/** A banquet, which a match told in the text makes a wedding's (对象定了，贷款就是给他办酒席的), unless held for another event. */
const BANQUET = /^(?:办酒席|摆酒席)$/;
const OTHER_EVENT = /满月|周岁|百日|寿|升学|乔迁|丧|白事/;
/** Medicine bought, named alone: 买药, 买点药. */
const MEDICINE_BOUGHT = /^(?:买药|买点药|买些药|买了药|拿药)$/;
/** A clause's opening that only adds to what came before: 还有, 另外. */
const ALSO_ONLY = /^(?:还有|还|再|另外|外加|以及|和|再就是)?$/;
/** Words of a herd's care: 兽医, 配种, 防疫, or the stock itself. */
const HERD_CARE = /兽医|配种|防疫|疫苗|授精|[牛羊猪鸡鸭鹅兔驴马蜂]/;
/** Words of a person's illness, or the people who fall ill. */
const PERSON_ILL = /看病|住院|生病|病人|医院|老人|孩子|娃|妈|爸|爹|娘|奶奶|爷爷|媳妇|老伴|身体|吃药/;

/** Words of a match made for the household's child: 对象定了, 定亲. */
// (去年秋天儿子结婚，摆酒席花的就是这钱: or the wedding itself told.)
// (儿子今年腊月办事: a child's 办事 too; 上门姑爷 家里要办酒席: or a son-in-law marrying into the family.)
const ENGAGED =
  /对象|定亲|订亲|亲事|说成|儿子结婚|闺女结婚|女儿结婚|娶媳妇|办喜事|出嫁|上门姑爷|上门女婿|招姑爷|招女婿|倒插门|(?:儿子|闺女|女儿|姑娘|小子)[^，。,;；]{0,6}办事/;
/** Vehicles built to carry loads or goods, which a farm or a trade uses as often as a family. */
const LOAD_CARRIER = /三轮|面包车|三马子|皮卡/;
/** Before a party, words that say the household is it: 本户就是村里的养羊大户. */
const SELF_DESCRIBED = /(?:本户|自己|自家|我家|俺家|本人|我|俺|户主)(?:自己)?(?:就|也|本身)?(?:是|系)[^，。,;；]{0,6}$/;
/** At the start of a clause, words that call what came before a matter for later: 那是后话. */
// (老婆说明年儿子娶媳妇要钱，那是以后卖牛的钱办: or one the next clause says later sales will pay for.)
const LATER_MATTER =
  /^(?:那|这)?(?:都|也)?是后话|^(?:那|这)(?:个)?(?:是|得|要)?(?:以后|将来|到时候|明年|秋后)(?:用|拿|靠)?卖[^，。,;；]{1,3}的?(?:钱|款)(?:办|出|来办)/;
/** A person said to run a works of their own, or to farm with the money, or said to be of a trade: 他在兰西整了个养猪场,
 * 她开了个饭馆, 给她家养羊, 那人是包工程的. */
// (借给姐夫搞工程，他出利息; 借给隔壁老张买羊扩群，他一年给我两分利: or a person the money is lent to for building work or
// stock of their own.)
const THEY_RUN =
  /(?:借给|拿给|转给)[^，。,;；]{1,4}?(?:(?:搞|包|干|做)工程|(?:买|养|喂)[羊牛猪鸡鸭鹅驴马])|[他她](?:在[^，。,;；]{1,6})?(?:整|开|办|搞|建|包)了?(?:个|一个|家|着)?[^，。,;；]{0,6}(?:场|厂|店|公司|合作社|基地|大棚|饭馆)|给[他她]家(?:里)?(?:养|种|喂|开)|[他她](?:在[^，。,;；]{1,6})?(?:包|揽|搞|干)(?:工程|工地|项目)|(?:那人|此人|对方|[他她])(?:是|系)(?:搞|做|干|开|跑|包)[^，。,;；的]{1,6}的|在[^，。,;；]{1,6}(?:开|办|建|搞)的[^，。,;；]{0,4}(?:场|厂|店|公司|合作社|基地|冷库|饭馆|车队)/;
/** Papers named after an object: 购车发票, 购房合同. */
const PAPER_AFTER = /^(?:发票|票据|合同|收据|凭证|手续|照片)/;
/** Words of a match being made, and of mourning, that tell which event 过事 is. */
const MATCH_MADE = /成家|说成|亲事|对象|媳妇|娶|嫁|婚|定亲|订亲/;
/** An elder said to have died: 老父亲没了, 老娘走了. */
const ELDER_DIED = /(?:父亲|母亲|爹|娘|爸|妈|爷|奶|老人|老伴)[^，。,;；]{0,2}(?:没了|走了|老了|去了|过了)/;
const MOURNING = /去世|过世|病故|丧|白事|老了人|殡|葬/;

/** Words of a name or identity used by someone else: 冒用, 借名, 拿我身份证. */
const NAME_USED = /冒|借名|名义|身份证/;

/** Denials that say something is unrelated (没关系, 无关). */
const UNRELATED = /^(?:没关系|没有关系|没得关系|没啥关系|无关|不是一回事|两码事)$/;

/** Before a person, a trade that describes them: 搞工程承包的, 做生意的, 开饭店的. */
/** After a person, a crew or team of theirs: 的建筑队, 的施工队. */
const CREW_OF_THEIRS_AFTER = /^的(?:建筑队|施工队|工程队|装修队|运输队|车队)/;
const TRADE_DESCRIBED_BEFORE = /(?:搞|做|干|开|跑|收)[^，。,;；的]{1,6}的$|(?:经纪人|贩子|商贩|老板|包工头)$/;

/** Words that lend the money out rather than hand it over: 借给, 放给, 出借. */
/** Goods said to belong to a body (机子归社, 牛归合作社, 鸡都是公司的), or the money said to enter its books (钱也进了公司账). */
const OWNED_BY_BODY =
  /(?:机子|机器|设备|牛|羊|猪|鸡|鸭|鹅|车|货)[^，。,;；]{0,2}(?:都|全)?(?:归(?:社|合作社|公司|企业|大户|老板|厂|场主|厂主|养殖场)(?:所有)?|是(?:社|合作社|公司|企业|大户|老板|厂)(?:里)?的)(?=$|[，。,;；])|钱(?:也|都|全)?(?:进|入|打进|转进)了?(?:社|合作社|公司|企业|厂)(?:里)?的?(?:账|账户)/;
/** A machine or vehicle said to belong to the village or its committee: 机子归村集体, 车归村里. */
const OWNED_BY_VILLAGE =
  /(?:机子|机器|设备|挖掘机|挖机|拖拉机|收割机|车)[^，。,;；]{0,2}(?:都|全)?归(?:村集体|村里|村上|村委会|村委|村两委|集体|乡里|镇里|乡政府|镇政府)(?:所有)?(?=$|[，。,;；])/;
/** The clause after advice, saying it was not taken: 孩子爸爸没听, 他不听. */
const ADVICE_REFUSED_NEXT = /^[^，。,;；]{0,6}?(?:没听|不听|没有听|没理|不理|没采纳|没答应|不答应|没干|不干|可不敢|不敢|冇买|没买|没有买|冇还|没还)/;
/** The clause after an invitation, saying the one invited did not go: 他没克 (not 头回我没去，后来…也交过去了, who went later). */
const NOT_GONE_NEXT = /^[^，。,;；]{0,6}?(?:没去|没有去|没克|冇去)(?=$|[，。,;；])/;
const WENT_LATER = /(?:后来|最后|到底|还是)[^。]*(?:交|入|投|去|克)/;
/** Before a use in its clause, advice to make it, or against it: 劝, 叫他拿, 说别. */
const ADVICE_BEFORE =
  /(?:劝|建议|撺掇|动员|鼓动|怂恿|(?:让|叫|喊)(?:他|她|俺|我|他们|俺们|我们)?(?:把|拿|入股|投)|(?:讲|说|话)(?:不好|别|莫|不要))[^，。,;；]{0,12}$/;
/** A clause of the adviser's words after the advice: 说一年能翻一成，. */
// (…说一年能翻一成，讲了半天，他没克: and the time the adviser spent on it — review 147.)
const ADVISER_SPEAKS_NEXT = /^(?:说|讲|称)[^，。,;；]{1,14}[，,](?:(?:讲|说|劝|磨)了(?:半天|好久|好半天|几回|好几回|好几次|几次)[，,])?/;
/** Whether the word at `h` is advice, or a plan to lend, that the next clause says was not taken: 有人劝他们把贷款存起来吃利息，孩子爸爸没听. */
const adviceRefused = (text: string, clauses: Clauses, h: Hit) => {
  const after = clauses.end[h.clause]! + 1;
  // (…喊他拿贷款去买理财，说一年能翻一成，他没克: the adviser's own words may stand between — review 146.)
  const next = after + (ADVISER_SPEAKS_NEXT.exec(text.slice(after, after + 20))?.[0].length ?? 0);
  return (
    // (信贷员讲不好买理财，阿婆就冇买: or advice against it, which the household then followed; 有人喊他拿贷款去买理财，他没克: or
    // an invitation he did not go along with — set 956.)
    // (有人叫他拿贷款去放高利贷，说一个月有两分利，他没去: or words in the adviser's speech after it.)
    ((ADVICE_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) ||
      (h.clause > 0 &&
        ADVISER_SPEAKS_NEXT.test(text.slice(clauses.start[h.clause], clauses.end[h.clause]! + 1)) &&
        ADVICE_BEFORE.test(text.slice(clauses.start[h.clause - 1], clauses.end[h.clause - 1])))) &&
      // (亲戚撺掇把钱放给别人吃利息他没干: the refusal may end the advice's own clause.)
      (ADVICE_REFUSED_NEXT.test(text.slice(next, next + 11)) ||
        (NOT_GONE_NEXT.test(text.slice(next, next + 11)) && !WENT_LATER.test(text.slice(next))) ||
        /(?:他|她|俺|我|人家)(?:没听|不听|没干|不干|可不敢|不敢)$/.test(text.slice(h.end, clauses.end[h.clause])))) ||
    // (说是要借给他舅，后来没借; 听说要拿钱放利息，去看了，没放: or a plan to lend the money out, which a clause or two on says was
    // not carried out.)
    (/(?:说是要|说要|听说要|本来要|想|打算|准备)[^，。,;；]{0,8}$/.test(text.slice(clauses.start[h.clause], h.start)) &&
      LENDING_DROPPED_NEXT.test(text.slice(next, next + 13)))
  );
};
/** In the clause or two after a plan to lend: that it was not done (后来没借, 去看了，没放). */
const LENDING_DROPPED_NEXT = /^(?:[^，。,;；]{1,5}[，,])?(?:后来|最后|结果|但|可)?(?:也|又|还是)?(?:没|没有|冇)(?:借|放|给|投|入股?|存)(?=$|[了，。,;；])/;
/** Before a use in its clause, money sent home: 寄了两千给他们, 我打的钱他们. */
const SENT_MONEY_BEFORE =
  /(?:寄|打)(?:了|回)?(?:[0-9一二两三四五六七八九十几]+(?:块|元|千|万|百)+钱?|(?:点|些)?钱)[^，。,;；]{0,6}$|(?:我|俺)(?:打|寄)(?:回来)?的钱[^，。,;；]{0,6}$/;
/** After goods, who gave them: 是村里发的, 政府送的. */
const GIVEN_BY_AFTER =
  /^(?:是|系)?(?:村里|村上|政府|乡里|镇里|镇上|单位|帮扶单位|驻村工作队|工作队|亲戚|别人|人家|娘家|儿女|子女)[^，。,;；]{0,3}(?:发的|送的|给的|捐的|赠的)/;
/** Before a use, an official reply stating the rule: 答复：扶贫小额信贷不得用于, 已告知贷款不能用于. */
const RULE_REPLIED_BEFORE = /(?:(?:答复|回复|解答|告知|答复如下|答)[:：]|已告知|已向其说明|已解释)[^。？?]{0,16}(?:不得|不能|严禁|禁止|不准)(?:用于|用在)?$/;
/** After a works, the text saying a public body put it up or owns it: 车间是县城投盖的, 车间是乡政府的. */
const GOVERNMENT_BUILT_SAID =
  /^[，,](?:是)?(?:县|乡|镇|村)?(?:政府|城投|国投|农投|村委会)(?:盖|建|办)的|^[^。；;]{0,20}?(?:车间|公司|厂|基地|园区|它)(?:是|系|由)(?:县|乡|镇|村|县里|乡里|镇里)?(?:城投|政府|国投|农投|平台|村委会|村集体|国资)(?:[^，。,;；]{0,4}?(?:盖|建|办|开|出资|投资|所有)的?|的(?=$|[，。,;；]))/;
/** A step of putting up any building: 打地基, 砌墙, 上梁. */
const BUILDING_STEP = /^(?:打地基|打基础|砌墙|上梁|封顶|浇顶|打圈梁|自筹部分)$/;
/** Money given for a person to use: 给别人用, 给他使. */
const GIVEN_TO_USE = /给了?[^，。,;；]{1,6}?(?:用|使|使用)(?:$|[，。,;；了的])/;
const LENT_OUT = /借给|借与|借予|放给|放贷|出借|转借|借出|借钱给|借他|借她|借了|钱放出去/;

/** After a word of interest, the other party paying it: 利息他出, 利息由他负责. */
// (本金利息都是赵老五去信用社还: or a person named, who goes to the bank to pay it.)
const PAID_BY_THEM =
  /^(?:都|也)?(?:由)?(?:他|她|他们|对方|人家)(?:来)?(?:出|付|承担|负责|来还|还)|^(?:都|也)?(?:是|由)[\u4e00-\u9fff]{1,5}?(?:来|去[^，。,;；]{0,4})(?:出|付|还)/;

/** A use said to be the only one: 只用于, 全部用于, 专门用于, 这笔贷款只买化肥. */
const ONLY_USE =
  /全用在|全部用在|只花在|全花在|都花在|只用在|只用于|全部用于|专门用于|专项用于|全都用于|都用来|一分不少都|(?:这笔|此笔|本笔)(?:贷款|钱)只(?:买|用来|拿来|花在)|(?:这次|这回|此次|本次)(?:贷款|的钱)(?:全部|全|都)(?:买|用来|拿来|用在|花在)/;
/** Terms that are acts of using money (还饥荒, 买房, 盖房): a use, not a mention, wherever they stand. */
const ACTS = /^[还偿买盖建修办交给付娶借放存]/;
/** After goods, where they are put: a stall or shop (一台，放置于借款人自营鲜肉摊位; 放在店里). */
const PLACED_IN_TRADE_AFTER = new RegExp(
  `^[^。；;]{0,12}?(?:放置于|放置在|放在|摆在|放到|安装于|安装在|存放于|存放在|置于|装在|放(?=自家|自己))[^，。,;；]{0,10}?(?:${TRADE_PLACES})`,
);
/** Before a finding, words that what came before it was only claimed: 说是, 申请写, 称. */
const CLAIM_BEFORE_FINDING = /说是|说(?:要|买|跑|拉|用|干|做|搞|开|卖)|称|申请(?:时|书)?(?:写|填|报|说)|填的|写的|报的|原(?:定|报|填|写)/;
/** Later, what this loan's money is said to be: 这笔钱就是, 这笔贷款都是. */
const THIS_LOAN_IS = /(?:这笔钱|这笔贷款|本笔贷款)(?:就|都|全)?是/;
/** Before a use in its clause, that it is only rumoured: 外头都传, 听说, 有人说. */
const RUMOURED =
  /传|听说|有人说|有人反映|据说|(?:寨子里|村里|屯里|外头|外面|大家)都(?:说|讲)|(?:邻居|邻里|旁人|村里人|女方家?|男方家?|女方屋下|男方屋下)(?:说|讲|反映)/;
/** A clause where the borrower denies what was said of them: 他说没有, 佢自己讲冇, 本人否认. */
const DENIED_BY_BORROWER = /^(?:他|她|佢|本人|户主|借款人|当事人)(?:自己|本人)?(?:说|讲|称)?(?:没有|没|冇|不是|否认)/;
/** A clause that says what in truth was done: 其实, 实际上; or that what was said is a rumour: 这是谣言, 这是没根据的传言. */
const IN_TRUTH = /^(?:其实|实际上?|实则|事实上|(?:这|那)?(?:是|纯属|都是)(?:[^，。,;；]{0,5}的)?(?:谣言|传言))/;
/** After a finding, the goods in the family's daily use: 搁家冻肉, 自家接送孩子, 家里人赶集坐的. */
const FAMILY_USE_FOUND =
  // (给上高中的孙子用: a member the goods are given to.)
  /给[^，。,;；]{0,6}?(?:孙子|孙女|儿子|女儿|闺女|孩子|老伴|老人|媳妇)(?:上学|上网课)?用|上下班|上班(?:骑|开|坐|用)|搬到(?:自家|家里)|屋里自己用|搁家|放家里|在家(?:里)?(?:用|冻|放|存)|(?:自家|自己家|家里)(?:用|接送|坐|开|骑|看)|家里人[^，。,;；]{0,4}(?:坐|用|开|骑)|(?:全家|一家人?)[^，。,;；]{0,6}(?:坐|用|开|骑)|老两口[^，。,;；]{0,6}(?:坐|用|开|骑)|接送孩子|接孩子|送孩子|接送家里人|接送家人|赶集|逛集|走亲戚|冻肉|(?:自家|家里|家中)(?:住宅|住房|屋)?内?(?:使用|用)/;
/** Goods later moved home: 后来搬回家, 之后又拉回家里. */
const MOVED_HOME_LATER = /(?:后|后来|之后|随后|再)(?:又)?(?:被)?(?:搬|挪|拉|拿|运)回(?:家|来|自家|家里|家中|住处|客厅|屋里|卧室)/;
/** After a use, words that say the claim of it does not hold: 一说不成立, 的说法不实. */
const CLAIM_FAILS_AFTER = /^(?:一说|之说|的说法|的指控|的举报|的传言)(?:不成立|不实|不属实|无据|查无实据|被排除|予以排除|缺乏证据|没有依据|无依据)/;
/** After a use, its cost said to be met from other money: 的钱是卖粮凑的, 的钱是自己攒的 (not the loan: 的钱是贷的). */
/** A family event said to be paid with other money (婚礼是随礼钱和老两口积蓄办的, 订婚钱是他妈攒的, 这婚礼钱就是收割机挣的),
 * or a bride price not asked (彩礼是他老丈人没要) — the words of the money named with it. */
/** A wedding whose money may be said to be saved apart, and the words that say so: 结婚…那钱俺另外攒哩. */
const WEDDING_SAVED_FOR = '出嫁|结婚|娶媳妇|婚事|办酒';
const SAVED_APART = '(?:另外|另)(?:攒|凑|准备|备)';
// (俺儿年底结婚，那钱俺另外攒哩: or the event's money said to be saved apart.)
const EVENT_PAID_ELSEWHERE = new RegExp(
  `(?:婚礼|婚事|婚宴|彩礼|嫁妆|酒席|席面|订婚|定亲|订亲|满月酒|满月|寿宴|大寿|丧事|白事|喜事|升学宴)(?:的)?(?:钱|费用|花销|开销)?(?:是|都是|全是|就是|靠|用的是|花的是)(?!借|欠)[^，。,;；贷借]{1,10}?(?:攒的|攒下的|凑的|挣的|办的|出的|随的|积蓄)(?=$|[，。,;；])|彩礼(?:是|呢)?[^，。,;；贷]{0,5}?(?:没要|不要|没收)(?=$|[，。,;；])|(?:${WEDDING_SAVED_FOR})的钱[^，。,;；贷]{0,10}?${SAVED_APART}|(?:${WEDDING_SAVED_FOR})[^。；;]{0,4}[，,](?:那|这)(?:笔)?钱[^，。,;；贷]{0,8}?${SAVED_APART}`,
  'g',
);
/** A relative who keeps a household of their own runs a business, and the loan is taken to it: 他女婿在县城开装修公司，这五万拿去周转了. */
/** After a party, goods bought for it as a wedding's gift: 买了辆车当陪嫁. */
/** Clothes made or mended for the family's own wear: 给一家老小做衣裳穿. */
const FAMILY_SEWING = /(?:给|为)(?:一家老小|家里人|自家人|全家|老人孩子|自己和)[^。；;]{0,10}(?:做衣裳|做衣服|缝补|缝缝补补)/;
/** Words that the rooms lived in were not touched: 住人那几间一点没动, 住房没动, 住人部分未装修. */
const LIVING_UNTOUCHED = /(?:住人|住的|住房)[^，。,;；]{0,6}?(?:一点)?(?:没动|未动|未装修|没装修|没修|没改)/;
/** Earlier in the text, someone hired to come and do a job: 请合作社的技术员来帮打疫苗, 请兽医来. */
const HIRED_TO_COME_BEFORE = /请[^，。,;；]{0,8}(?:技术员|兽医|师傅|工人|防疫员|农技员)来/;
/** Right after a person paid, a sum and nothing more: 三百块, 200元. */
const FEE_AFTER = /^[0-9一二两三四五六七八九十几百千]+(?:块|元)(?:钱)?(?=$|[，。,;；])/;
const GIFT_AFTER = /^[^，。,;；]{0,10}?(?:当|做|作为?)(?:陪嫁|嫁妆|彩礼|陪送)/;
/**
 * (哥哥结婚没钱办酒，贷款全给他了; 外甥结婚彩礼不够，贷款凑了三万给他; 大佬结婚冇钱摆酒，笔贷款全部畀咗佢: money handed to a brother, sister, nephew or niece whose wedding the
 * text has just told, no trade of theirs named, pays for that wedding — the family's spending on a wedding, as 给弟弟娶媳妇 is.)
 */
const KIN_WEDDING_TOLD = /(?:哥|弟|姐|妹|大佬|细佬|侄|甥)[^，。,;；]{0,3}(?:结婚|娶媳妇|娶亲|出嫁|办婚事|成亲)/;
/** (贷款交给“百年好合婚庆”公司办儿子婚礼: a wedding firm paid to hold the family's wedding is the wedding's cost.) */
const weddingFirmPaid = (text: string, party: Hit): boolean =>
  text.slice(Math.max(0, party.start - 8), party.end).includes('婚庆') && /^[^。；;]{0,12}办[^，。,;；]{0,4}(?:婚礼|婚事|喜事)/.test(text.slice(party.end));
/** Words for kin, one list for every reading of a relative's wedding or bill: 哥哥, 舅舅, 侄子. */
const KIN = '哥|弟|姐|妹|侄|甥|舅|叔|姑|姨|孙|伯|嫂|婶';
/** Kin whose wedding is told as theirs (幺爸讨媳妇, 大佬结婚). */
const KIN_WORD = new RegExp(`${KIN}|爸|佬`);
/** Kin the household gives money for (给我哥办酒席, 给老丈人办丧事). */
const KIN_GIVEN_FOR = new RegExp(`${KIN}|爷|奶|姥|丈人|丈母|岳`);
const KIN_TRADE = /开厂|办厂|做生意|做买卖|周转|入股|分红|利息|分利|开店|进货/;
const kinWeddingFunded = (text: string, party: Hit): boolean =>
  /^(?:他|她|佢)$/.test(party.term) && KIN_WEDDING_TOLD.test(text.slice(0, party.start)) && !KIN_TRADE.test(text);
/** (孩子在网上借了好几个网贷…贷款给他还上: a child's debts the loan pays off are the household's debts, not the child's use.) */
const CHILD_DEBT_TOLD = /(?:孩子|儿子|女儿|闺女|娃)[^。；;]{0,12}(?:网贷|借了|欠了|欠下|贷了|赌债|信用卡)/;
const childDebtPaid = (text: string, party: Hit): boolean =>
  /^(?:他|她)$/.test(party.term) &&
  CHILD_DEBT_TOLD.test(text.slice(0, party.start)) &&
  /^[^，。,;；]{0,3}还(?:上|了|清|债|账|网贷)/.test(text.slice(party.end)) &&
  !KIN_TRADE.test(text);
/** Relatives who keep a household of their own: 女婿, 姐夫, 外甥. */
const KIN_OUTSIDE = '女婿|小舅子|大舅子|舅子|姐夫|妹夫|表哥|表弟|表姐|表妹|外甥|侄子|亲戚|连襟|老丈人|丈母娘';
// (闺女婿自己在邻村承包鸡场，贷款给闺女婿进了一批鸡苗: or a farm the relative contracts, the loan given to stock it; 贷了钱给舅子开的超市进货:
// or told in one phrase.)
const KIN_BUSINESS_FUNDED = new RegExp(
  `(${KIN_OUTSIDE})[^。；;]{0,10}(?:开|承包)[^，。,;；]{0,6}(?:公司|厂|店|饭店|超市|馆|门市|鸡场|猪场|牛场|羊场|养殖场)[^。；;]{0,12}?(?:钱|贷款|[0-9一二三四五六七八九十两]+万)[^，。,;；]{0,3}(?:拿去|给他|借他|给了他|给\\1)(?:周转|进货|进了|用)|给(?:${KIN_OUTSIDE})(?:开|承包)的(?:公司|厂|店|饭店|超市|馆|门市|鸡场|猪场|牛场|羊场|养殖场)(?:进货|周转|用)`,
);
/** Another's loan in the writer's hands, the writer paying the borrower each year: 钱在我手里跑运输，每年给二叔两千块利息. */
const LOAN_HELD_BY_WRITER =
  /(?:名下(?:贷)?的|户名是|家的扶贫贷款|贷的)[^。；;]{0,20}?(?:钱在我手|钱在俺手|[^，。,;；]{0,4}拿着|转给我|转给俺|[我俺]在)[^。；;]{0,30}?(?:年底|每年|一年)给[^，。,;；]{0,6}?(?:[0-9一二三四五六七八九十两千百]+|利息)/;
/** Tables a household laid for a feast: 摆了十桌, 办了二十桌席. */
const FEAST_LAID = /(?:摆|办|请)了?[一二两三四五六七八九十几0-9]+桌(?:席|酒席|饭|酒)?/;
/** The loan said to pay: 钱是从贷款里出的, 花的是扶贫贷款, 用的贷款. */
const LOAN_PAID_FEAST = /(?:钱|花的|用的)(?:是|都是)?(?:从)?(?:扶贫)?贷(?:款|的)|贷款(?:里|里头)?(?:出|花|付|掏)的/;
/** A claim made in drink, then taken back: 喝多了说钱给老二办喜事了，第二天又不认. */
const RETRACTED =
  /(?:喝多了|喝醉了?|酒后|酒桌上|酒席上)[^。；;]{0,6}?说[^。；;]{1,30}?[，,](?:第二天|过后|酒醒了?|醒了酒)?[^，。,;；]{0,4}?(?:又不认|不认账|不认了|不承认|改口)/;
/** After a use, its money said to be a sale's or wages: 鹅苗钱是卖黄豆的钱. */
const SALE_MONEY_SAID_AFTER = /^的?(?:钱|费用|款)(?:是|系|都是|全是)(?:卖[^，。,;；贷]{1,4}|打工挣|自己|自家|家里)(?:的|那)?(?:钱|款|收入)(?=$|[，。,;；])/;
const RAISED_ELSEWHERE_AFTER =
  /^的?(?:钱|费用|款)(?:(?:是|系|都是|全是)(?!贷|借贷|这笔)[^，。,;；]{1,6}(?:凑的|攒的|筹的|出的|垫付的|垫的)|(?:是|系)?(?:另|另外|另行)(?:(?!贷款|这笔|贷的)[^，。,;；]){0,6}(?:借的|凑的|筹的|出的|攒的))/;
/** After a use, that it was paid with other money named: 学费是去年卖粮钱交的, 是自家的钱买的, 看病钱是大病救助给的. */
// (彩礼是他哥出的, 学费是亲戚随的: or a relative's money.)
// (搬迁房自筹的一万块是儿子打工的钱交的: or a share of it, paid with a member's wages or a sale.)
const PAID_WITH_OTHER_MONEY_AFTER =
  /^[^，。,;；]{1,8}?是(?:他|她)?(?:儿子|闺女|女儿|家里)(?:打工|卖[^，。,;；贷]{1,3})的?钱(?:交|出|付|垫)的|^(?:是|都是|全是)(?:他|她|收的)?(?:哥|姐|弟|妹|舅|姨|叔|大哥|二哥|亲家|娘家|婆家|亲戚|亲友|礼金|份子钱)[^，。,;；]{0,2}(?:出的|给的|掏的|拿的|随的)|^(?:是|系|都是)(?:政府|公家|国家)(?:给)?(?:盖|修|建|出)的|^(?:是|系|都是|全是)(?:去年|前年|以前|早先)?(?:用)?(?:卖[^，。,;；贷]{1,3}|打工挣|自己|自家|家里)的?(?:钱|款|收入)(?:交的|付的|买的|出的|垫的|花的|盖的|修的|办的|给的|凑的)|^[^，。,;；用]{0,3}用的(?:是|都是|全是)(?:卖[^，。,;；贷]{1,3}|打工挣|自己|自家|家里)的?(?:钱|款|收入)(?=$|[，。,;；])|^(?:钱)?(?:是|系|都是|全是|靠)(?:大病救助|医疗救助|医保|新农合|水滴筹|轻松筹|民政救助|救助金?|补助|低保)[^，。,;；]{0,8}?(?:的钱|给的|出的|报的|报销的|交的|付的)/;
/** A bank the loan's interest is paid at. */
const BANK = '(?:银行|信用社|农商行|农信社|邮储)';
/** Before and after the loan's interest, its payment at the bank: 去农商行交利息; 利息都是按季度去农商行交的. */
const INTEREST_PAID_AT_BANK_BEFORE = new RegExp(`${BANK}(?:交|还|缴)了?$`);
const INTEREST_PAID_AT_BANK_AFTER = new RegExp(`^[^，。,;；]{0,10}(?:去|到|在)${BANK}(?:交|还|缴)`);
/** After a use, the money of a sale named as what it was: 的是卖粮钱, 钱是卖猪的钱. */
const SALE_MONEY_AFTER = /^的?(?:钱)?是卖[^，。,;；贷]{1,3}(?:的)?钱(?=$|[，。,;；])/;
/** A partnership: 合伙, 搭伙. */
const PARTNERSHIP = /合伙|搭伙|伙着|合股经营/;
/** Words that the household itself works what it shares in: 两家都出工, 由本户喂养. */
const HOUSEHOLD_WORKS = /(?:两家|双方|各家|大家)(?:都|一起|共同)出工|由本户(?:喂养|饲养|种植|经营)|本户(?:自己)?(?:喂养|饲养)/;
/** After a use, its money said to come from a source other than the loan: 建设资金来源于易地扶贫搬迁补助. */
const SOURCE_NAMED_AFTER =
  /^[^，。,;；]{0,4}(?:资金|钱|费用|款)(?:来源于|来自|系|是)(?:(?!贷款|这笔|本笔|贷的)[^，。,;；]){0,10}(?:补助|补贴|自有资金|自筹|积蓄|打工挣的|子女出资)/;
/** Words that the whole loan went to one use: 贷款全部买了羊, 钱都用来养牛. */
const WHOLE_LOAN_TOLD = /(?:贷款|这笔钱|这笔贷款|钱)(?:全部|全都|全|都)(?:用于|用来|用在|拿去|买了|买|花在|投在)/;
/** After a use said to be the only one, words of another part of the money: 剩下的, 其余的, 又拿, 另一半. */
const REMAINDER_TOLD = /剩下的|剩余的|其余的|余下的|又拿|还拿|另拿|另一半/;
/** Goods said to go into the family's own dwelling: 装在他自己的新房里 (a tradesman's materials then build his house). */
const INTO_OWN_DWELLING =
  /(?:装|铺|用|安|贴|砌)(?:在|到|进)了?(?:他|她|其|俺|我)?(?:自己|自家|家)的?(?:新房|房子|住房|新屋|屋里|家里|住的)|把(?:自己|自家)的?(?:房子|住房|屋子?)(?:装|装修|翻新|收拾)/;
/** After a housing act, the dwelling it names said untouched: 的屋子没动, 的那层没有动. */
// (住人的屋还是老土房没动: or said to be still what it was.)
const DWELLING_UNTOUCHED_AFTER = /^(?:的(?:屋子?|房子?|房间|那间|那层|那屋)|子)?(?:还是[^，。,;；贷]{1,5}?)?(?:都|也|一点儿?|一分)?(?:没有?动|没改|不动|没碰)/;
/** Before a word in its sentence, the reason a loan fell overdue: 逾期原因：, 未按期还款的原因是. */
/** A request for more time to repay: 申请延期, 建议展期. */
const MORE_TIME_ASKED = /延期|展期/;
const DEFAULT_REASON_BEFORE = /(?:逾期|违约|拖欠|未能?按期还款|没还上|还不上)的?原因(?:是|为|系|[：:，,])(?:(?!贷款|用于|这笔)[^。；;钱花用给拿])*$/;
/** Right after a use, the money spent on it: 看病花了, 住院用了. */
const SPENT_AFTER = /^[^，。,;；]{0,2}(?:花|用|拿)/;
/** Before a member's act, words that the member's 户口 moved away for it: 儿子户口迁到城里. */
const MOVED_AWAY_FOR = /户口(?:早就|早已|早|已经|已)?(?:迁走|迁出|迁到|迁去|落到)[^，。,;；]{0,6}$/;
/** Before a round trip in its clause, guests taken on it: 拉游客围着水库. */
const GUESTS_DRIVEN_BEFORE = /[拉带载](?:着)?(?:游客|客人|旅客|乘客|散客|客)/;
/** Right before an act in its clause, words adding it to a use told before: 还有娃儿, 另外. */
const ALSO_BEFORE = /[^，。,;；](?:还有|另外|再有|再就是|以及)[^，。,;；]{0,4}$/;
/** The same words opening a clause: 养牛，还有儿子结婚要用钱. */
const ALSO_OPENS = /^(?:还有|另外|再有|再就是|以及)[^，。,;；]{0,4}$/;
/** Right after goods had on credit, their settling left for later: 秋后算, 年底结. */
const SETTLED_LATER_AFTER = /^[^，。,;；]{0,3}(?:秋后|年底|年终|卖了粮|收了粮|收了秋)(?:再|才)?(?:算|结|还|给)/;
/** Words of this season's farming, before inputs taken on credit: 今春, 春耕时, 当季. */
const THIS_SEASON = /今年|今春|春耕|当季|这一季|本季|开春|春播|今儿/;
/** Words of an earlier year, whose debts are debts: 去年, 前年, 旧账. */
const EARLIER_YEAR = /去年|前年|往年|上年|早年|那年|旧账|老账|以前|之前/;
/**
 * Whether goods had on credit (赊) were had this season: the last word of time before the credit decides
 * (去年秋天…赊的…今年贷款到了 is last year's), else any word of this season in the text.
 */
const THIS_SEASON_ALL = new RegExp(THIS_SEASON.source, 'g');
const EARLIER_YEAR_ALL = new RegExp(EARLIER_YEAR.source, 'g');
function creditThisSeason(text: string): boolean {
  const before = text.slice(0, text.indexOf('赊'));
  const lastOf = (re: RegExp) => Math.max(-1, ...[...before.matchAll(re)].map((m) => m.index));
  const season = lastOf(THIS_SEASON_ALL);
  const earlier = lastOf(EARLIER_YEAR_ALL);
  return season >= 0 || earlier >= 0 ? season > earlier : THIS_SEASON.test(text);
}
/** A character every kind of NO_BUSINESS_FOUND holds. */
const NO_BUSINESS_MARK = /[无未没非不冇莫关倒停]/;
/** Whether a finding says there is no business: 并未开店, 没有任何生意 (NO_BUSINESS_FOUND, tried only where its mark stands). */
const noBusinessFound = (text: string) =>
  NO_BUSINESS_MARK.test(text) && (NO_BUSINESS_FOUND.test(text) || saleDenied(text) || shopClosed(text)) && !OPENING_SOON.test(text) && !BEGUN_SINCE.test(text);
/** The work said to have begun since: 后来跟超市谈好了，现在天天帮人送货. */
const BEGUN_SINCE = /(?:后来|现在|如今|这阵子|最近)[^。；;]{0,14}?(?:天天|每天|经常|常)(?:帮人|给人)?(?:送货|拉货|跑运输|接单|拉客|营业)/;
/** A shop found closed: 小卖部去年就关了 (set 965), 其实店早就关了 (set 1018). */
const SHOP_CLOSED = /(小卖部|超市|商店|铺子|门市|网店|店)(?:去年|前年|早就|早|已经|早已)(?:就)?(?:关了|关门了|不开了|倒闭了|停了|停业了)/;
/** Whether the text names a shop or a sale, then finds the shop closed, and tells of no shop since. */
const shopClosed = (text: string) => {
  const closed = SHOP_CLOSED.exec(text);
  return (
    closed !== null &&
    (text.slice(0, closed.index).includes(closed[1]!) || text.slice(0, closed.index).includes('卖')) &&
    !/(?:今年|现在|如今|又|重新)[^，。,;；]{0,4}开/.test(text.slice(closed.index))
  );
};
/** A sale the text told, then denied of the household: 说冰柜是卖鱼用的…户主家不卖鱼. */
const SALE_DENIED = /(?:家|家里|本户|户主)(?:根本|从来|从|并)?(?:不|没)卖(?:过)?([\u4e00-\u9fff])/;
const saleDenied = (text: string) => {
  const denied = SALE_DENIED.exec(text);
  return denied !== null && text.slice(0, denied.index).includes(`卖${denied[1]!}`);
};
/** A business said to open soon (预计五一开业, 下个月开张): that it has taken no guest yet finds no lack of business. */
const OPENING_SOON = /(?:预计|准备|打算|计划|即将|马上|下个?月|过了?年|开春|明年|年底前?)[^，。,;；]{0,6}(?:开业|开张|营业|试营业)/;
/** Whether the production a text names is only its trade's words (小卖部, 进货): with no business found, for a person to read. */
const tradeWordsOnly = (hits: readonly Hit[]) =>
  hits.every((h) => h.negated || h.role.category !== 'production' || h.role.business === true || h.role.trade !== undefined);
/**
 * Before a word of a debt settled, the loan as its subject: 贷款把…, 用贷款把…, 饥荒拿贷款还上了 — or the loan alone opening
 * the clause after a debt told (去年欠的饥荒，贷款还上了: see DEBT_TOLD).
 */
const LOAN_SETTLES_BEFORE = /(?:贷款|贷的钱|这笔钱|这钱|钱|实际是|实际上是|其实是)(?:都|全|先)?把|(?:拿|用)(?:这笔|这)?(?:贷款|贷的钱|贷来的钱)(?:都|全|先)?$/;
/** Whether a hit names production: a production term or object, or a trade. */
const namesProduction = (h: Hit) => h.role.category === 'production' || h.role.frame?.category === 'production' || h.role.business === true;
/** Whether a production term stands within a match: 可能买牛，也可能… names production among the choices. */
const productionWithin = (hits: readonly Hit[], m: RegExpExecArray) =>
  hits.some((h) => h.start >= m.index && h.start < m.index + m[0].length && namesProduction(h));
/** Money named: 钱, 贷款, 资金. */
const MONEY_WORD = /钱|贷|款|资金|垫|出资|集资|筹/;
/** The loan named: 贷款, 这钱. */
const LOAN_NAMED = /贷款|钱/;
/** A clause that is only the loan, before a word of settling: 贷款 (还上了). */
const LOAN_ALONE = /^(?:这笔|这)?(?:贷款|贷的钱)(?:都|全|先)?$/;
/** A debt told before: 欠的饥荒, 拉的饥荒, 欠的账. */
const DEBT_TOLD = /饥荒|欠[^，。,;；]{0,4}(?:账|债|钱|款)|外债|欠款/;
/** A finding that the household runs no business: 并无店面及经营记录, 未发现任何经营迹象. */
const NO_BUSINESS_FOUND =
  // (目前还没跑, 一直没跑过: a vehicle's hire never begun; 屋里冇人做直播, 没见卖啥: nor a stream or a sale.)
  // (一件货也没在网上卖过: not a thing ever sold; 一天活路都没跑, 车一直停在家门口: a vehicle that never worked — set 1007.)
  /一天(?:活路|活|生意|运输)?(?:都|也)(?:没|没有|冇|莫)跑|车(?:子)?一直停在家(?:门口|里|院子里)?|(?:没|冇|没有)人(?:做|搞)(?:过)?直播|一(?:件|样|单|笔)(?:货|东西)?(?:都|也)(?:没|没有|未|冇|莫)(?:在网上|在网店|在店里|在店头)?(?:卖过|卖出去过|卖出过|成交过)|一场(?:都|也)?(?:没|没有|莫|冇)播过|店(?:头|里)(?:没得|莫得|冇得)|一(?:单|趟货?)(?:都|也)?(?:没|莫|冇|没有)(?:接|拉)过|(?:没|莫|冇)(?:接过|拉过)(?:一单|一趟)|(?:没见|未见|冇见)(?:卖|卖过)(?:啥|什么|东西)|(?:目前|至今|一直|现在|到现在)(?:都|也)?(?:还)?(?:没|没有|未)跑(?:过)?(?:出租|运输|车)?(?:$|[，。,;；])|(?:并无|并没有|没有|无|未见|未发现|没见|没发现)(?:任何)?(?:经营(?=店面|门店|门面)|营业(?=店面|门店|门面))?(?:店面|门店|门面|经营记录|经营迹象|营业迹象|经营场所|营业记录|生意)|(?:从未|并未|未曾)(?:开业|营业|经营)|(?:并未|并没有|从未|根本没|未|没|没有|冇)开(?:过)?(?:店|门市|铺子|饭店|饭馆|超市|小卖部|商店|作坊|厂|民宿|农家乐)|(?:民宿|农家乐)(?:一直)?(?:没|没有|未)(?:开|开起来|开业|营业)|(?:没|没有|未|从未|并未)(?:对外)?(?:接过|接待过)(?:一个|任何)?(?:客人|游客|客|单|订单|活)|(?:没|没有|未|从未|并未)(?:对外)?(?:出租|租出去|营业)过|(?:系|是|为|归)(?:他人|别人|其他人)(?:所有|经营|开的)|(?:非|不是|并非)(?:借款人|本户|户主|其|本人)(?:本人)?(?:经营|所开|开的|开办)|(?:核实|核查|经查|查明|实际)[^，。,;；]{0,4}(?:并没有|没有|并未|没|未)(?:做|搞|干)(?:过)?(?:任何)?(?:生意|买卖)|(?:没见|未见|没看见|没看到|从没见)(?:它|他|她)?(?:拉过|跑过)(?:货|客|活)|(?:从没|从来没|从未)(?:拉过|跑过)(?:货|客|活)|(?:坊|店|铺|厂|馆)(?:压根|根本|一直|至今|到现在)(?:就)?(?:没|没有|未)开(?:过|起来|张|业)?|(?:小卖部|超市|门市|铺子)(?:也|都|还)?(?:没|没有|未)开(?:过|张|业)?(?![门几多起])/;
/** Right before an act, a subsidy said to pay for it: 重建补助用于, 危改补助拿来. */
// (危房改造补助用于翻建住房: a few words of the act between.)
const SUBSIDY_PAID_BEFORE = /补助(?:款|资金)?(?:用于|用来|拿来|拿去)[^，。,;；]{0,4}$/;
/** Right after an act, that it names a subsidy paid for it: 危房改造补助用于, 改厕补贴已. */
const SUBSIDY_NAMED_AFTER = /^(?:补助|补贴)(?:款|资金)?(?:用于|用来|拿来|拿去|已)/;
/** Right after an act, a subsidy said to have paid for it: 已用重建补助完成. */
const SUBSIDY_PAID_AFTER = /^[^，。,;；]{0,4}已?用[^，。,;；]{0,6}补助/;
/** Right before an act, another loan taken for it: 另向他人借款, 另外找亲戚借钱. */
const OTHER_LOAN_BEFORE = /另(?:外)?(?:向|找|跟)[^，。,;；]{1,6}借(?:款|钱|了钱|了)?$/;
/** A hotline's note opening with the caller saying something: 来电人说, 来电人称. */
const CALLER_SPEAKS = /^来电(?:人|者)(?:说|称|讲|表示)/;
/** Words that say a member of the family keeps a household of their own. */
const SEPARATE_HOUSEHOLD =
  /(?<!以后|将来|准备|打算|计划|要|等|再|没有|没|未|不曾)(?:分出去|单过|分家|分户|分了家)|另立户|另外立户|单独立户|不在本户|另立门户|不在一个户口|不是一个户口|户口(?:早就|早已|早|已经|已)?(?:迁走|迁出|迁到|落到|不在)/;
const SIBLINGS = /^(?:弟弟|哥哥|兄弟|姐姐|妹妹|哥|弟|大哥|二哥|小弟|其弟|其兄|俺兄弟)$/;
/** A child of the family named before: 小儿子, 闺女. */
const CHILD_NAMED_BEFORE = /儿子|闺女|女儿|姑娘|儿媳/;
const ONE_AT_LOAN = /贷款时(?:尚|还)?(?:未|没)(?:有)?分家|同户|(?<!不在|不是|没在)一个户口|没分家|未分家|未分户|没分户|同一户籍|同一户口/;
/** Pronouns and the household itself, never another household. */
const PRONOUN_MEMBERS = /^(?:我|俺|我们|俺们|咱|本人|本户|自己|自家|我家|俺家|咱家|家里|家人|全家|老伴|爱人|丈夫|妻子|老两口|两口子|夫妻)/;

/** A company's legal form, between the words of its name and 公司. */
const LEGAL_FORM = /^(?:有限|股份有限|有限责任)$/;
/** Generic names a text uses again for a party it named in full: 公司 for 城投公司. */
/** Before a company, words that it is the state's: 国有的, 县属. */
const STATE_OWNED = /国有|国资|国企|县属|乡属|镇属|市属/;
/** Right after a company, a bracket calling it a platform: （国有平台）. */
// (县里那个啥投资公司，国有的: or a clause right after it that says it is the state's.)
// (乡旅游开发公司（国有的）: or a bracket that says it is the state's.)
const PLATFORM_AFTER =
  /^[（(](?:国有|县属|政府)?(?:融资)?平台|^[（(](?:是|系)?(?:国有的?|国企|国有企业|县属|乡属|镇属|政府的)[）)]|^[，,](?:是|系)?(?:国有的|国有企业|国企|国营的|县属国企|政府的|政府办的)(?=$|[，。,;；])/;
const VEHICLE = /开发|投资|建设|发展|城投|资产/;
/** A company said to be a financing platform or the state's: 该公司系县政府出资设立的融资平台, 系县财政局全资设立. */
const SAID_PLATFORM = /(?:系|是|属于?|为)[^，。,;；]{0,14}(?:融资平台|国有企业|国有公司)|(?:政府|财政局?|国资委)(?:出资|全资)设立/;

/** A public body's project (项目, 工程, 建设), gambling, and words of putting money in (投进去). */
const PUBLIC_PROJECT = /项目|工程|建设|中心|园区|基地|电站|集体的?[^，。,;；]{0,3}厂/;
/** After a body, words that it runs the project (是乡里搞的): not 村里有人组织, where it only locates. */
const OWNS_PROJECT = /^(?:搞|办|建|牵头|组织|统一|负责|管|的[^，。,;；]{0,4}(?:厂|项目|基地|园))/;
/** Words of a share taken: 入股, 每户入一份. */
const SHARE_TAKEN = /入股|入一[份股]|每户入|分红/;
const GAMBLING = /六合彩|彩票|赌|买码|码庄|私彩|牌九|麻将/;
const PUT_IN = /^(?:投进去|投进|投入|投了)$/;

/** After a person, words of running the money: 管理, 经营, 打理. */
const RUN_BY_THEM_AFTER = /^(?:统一)?(?:管理|经营|打理|运营|运作)/;
/** After an official, words that what follows is his own: 借去扩建他家的育苗场. */
const OWN_AFTER = /^[^，。,;；]{0,8}(?:他家|她家|他自己|自家|他个人|他的)|^[^。;；]{0,10}(?:其个人|其本人|其自己|其家)/;

const BARE_COMPANY = new Set(['公司', '企业', '集团']);
const PLATFORM = /城投|交投|农投|国投|平台|建投|水投|投资|建设发展/;
/** Words of putting money into an investment: 投进去, 认购, 债券. */
const INVESTING = /投进去|投资|认购|债券|理财产品|利息/;

/** After kin, a bill of theirs in the same clause: 上大学的学费, 住院的药费. */
const OWN_KIN_BILL_AFTER = /^[^，。,;；]{0,6}(?:学费|医药费|药费|住院费|生活费)/;
/** After the writer's own kin opening the text, their wedding and its costs: 结婚租婚车请婚庆, 结婚摆了30桌. */
const OWN_KIN_WEDDING_AFTER = /^(?:结婚|娶媳妇|讨老婆|出嫁)[，,]?(?:租婚车|请婚庆|办酒|摆酒|摆了|彩礼|买三金)/;
/** Before a pronoun, kin the household gives the money for, named just before it: 给我哥办酒（他结婚）. */
const KIN_GIVEN_BEFORE = new RegExp(`[给帮替](?:我|俺)?(?:${KIN})[^，。,;；给]{0,8}[（(]?$`);
/** A text opening with a relative and what befalls them, in a clause of its own: 弟弟结婚，, 侄儿无父，. */
const KIN_OPENS = new RegExp(`^(?:我|俺|其)?(?:外|表|堂|大|小|二|三|幺)?(?:${KIN})[^，。,;；]{0,6}[，,][^，。,;；]{0,4}$`);
/** 给我哥娶媳妇: a wedding of a relative the household pays for is the family's wedding, not another's act. */
function kinGivenFor(text: string, party: Hit): boolean {
  const lead = text.slice(Math.max(0, party.start - 3), party.start);
  // (Or his or her child's: 钱全给他儿子娶媳妇出彩礼了 — a wedding, whoever's son it is.)
  const theirChild = CHILD_AFTER.test(party.term) && /[他她佢]/.test(text[party.start - 1] ?? '');
  // (剩下的给我哥办酒（他结婚）: or a pronoun for the kin the money was just given for.)
  const justGivenFor = /^(?:他|她|佢)$/.test(party.term) && KIN_GIVEN_BEFORE.test(text.slice(Math.max(0, party.start - 14), party.start));
  const kin =
    theirChild ||
    (party.role.party === 'person' &&
      (KIN_GIVEN_FOR.test(party.term) ||
        (/^(?:他|她|佢)$/.test(party.term) &&
          (CHILD_AFTER.test(text.slice(party.end, party.end + 2)) ||
            KIN_SAID.test(text.slice(party.end)) ||
            // (问：你儿啥时候结婚？答：五一。这钱就是给他结婚用: or a child named just before, no one else between.)
            CHILD_JUST_NAMED.test(text.slice(Math.max(0, party.start - 24), party.start)) ||
            // (来走亲戚的表姐在家住了一个月，贷款给她看病住院了: or a visiting relative named just before.)
            KIN_VISITING_NAMED.test(text.slice(Math.max(0, party.start - 28), party.start)) ||
            justGivenFor ||
            // (弟弟结婚，帮他出彩礼; 侄儿无父，本户替他娶亲: or the kin the text opens with.)
            KIN_OPENS.test(text.slice(0, party.start))))));
  // (借款用于侄子结婚: and the loan said to be used for it.)
  // (用于操办由其抚养的侄子的婚事: and an event the household holds for the kin, who may be described between.)
  return (
    kin &&
    (/[给帮替为]/.test(lead) ||
      // (我哥结婚，贷款拿来给我哥办酒席: or the same kin the household pays for elsewhere in the text.)
      [`给${party.term}`, `给我${party.term}`, `给俺${party.term}`].some((w) => text.includes(w)) ||
      // (弟弟结婚，户主是大哥，出钱办酒席; 妹仔出嫁…贷款买猪买酒办酒席: or the household said to pay for the event.)
      KIN_EVENT_PAID_AFTER.test(text.slice(party.end)) ||
      /用于$|用在$|用来$/.test(lead) ||
      // (贷款给上高中的姐姐买了台笔记本电脑: or goods bought for the kin, described after 给.)
      (/给[^，。,;；给]{1,6}的$/.test(text.slice(Math.max(0, party.start - 9), party.start)) && text.startsWith('买', party.end)) ||
      /[交缴付]了?[我俺他她]?$/.test(lead) ||
      HELD_FOR_BEFORE.test(text.slice(Math.max(0, party.start - 12), party.start)) ||
      // (我妹上大学的学费: or the writer's own kin opening the text, their bill named right after — the family's.)
      (/^(?:我|俺)$/.test(text.slice(0, party.start)) && OWN_KIN_BILL_AFTER.test(text.slice(party.end, party.end + 10))) ||
      // (我哥结婚租婚车请婚庆: or their wedding, its costs told right after.)
      (/^(?:我|俺)$/.test(text.slice(0, party.start)) && OWN_KIN_WEDDING_AFTER.test(text.slice(party.end, party.end + 10))) ||
      justGivenFor) &&
    !lead.includes('借')
  );
}
const CHILD_AFTER = /^(?:儿子|闺女|女儿|孩子|孙子|孙女|姑娘|丫头|大小|二小|三小|老儿|小子)/;
/** A child of the household's, named last before a pronoun: 你儿啥时候结婚？答：五一。这钱就是给 (no other person between). */
// (儿子在南方打工…我把钱打给他办婚事了: or a child opening the text or a clause.)
const CHILD_JUST_NAMED =
  /(?:(?:你|我|俺|咱|您)(?:家)?|^|[：:，,。])(?:儿子?|闺女|女儿|孙子|孙女|姑娘|小子|崽|侄子|侄女|外甥|外甥女)[^他她佢人者户主老板哥弟姐妹叔舅姨]{0,20}$/;
/** After kin's event, the household paying for it: 出钱办酒席, 贷款买猪买酒办酒席. */
// (俺哥结婚那阵子用的: or the loan said to have gone on the kin's wedding.)
// (兄弟结婚 钱我来出: or the writer saying they pay it.)
const KIN_EVENT_PAID_AFTER =
  /出钱|钱(?:我|俺)来?(?:出|兜着?)|掏钱|帮着出|帮忙出|(?:贷款|钱)[^，。,;；]{0,8}给(?:他|她)(?:摆|办|出|置办)|(?:用|拿)贷款[^，。,;；]{0,3}(?:给)?垫(?:上|了|付)|(?:贷款|钱)[^，。,;；]{0,8}(?:办酒|摆酒|酒席|办事|彩礼|嫁妆)|^(?:结婚|娶媳妇|办婚事|成家|办事)(?:那阵子?|那会儿?|那时候?|的时候)?(?:用的|用了|花的|花了)|^(?:结婚|娶媳妇|办婚事|成家|办事|出嫁)[，,]?(?:贷款|钱)[^，。,;；]{0,2}垫(?:付|了|上)|^(?:订婚|结婚|娶媳妇|办婚事|过礼)[^。；;，,]{0,4}[，,](?:钱|彩礼)?是贷款出的/;
/** Before kin, the household holding an event for them, a description between: 操办由其抚养的. */
// (一半办了我弟的喜酒: or held, the event named after the kin.)
const HELD_FOR_BEFORE = /(?:操办|承办|主办|张罗|办了|摆了)[^，。,;；]{0,8}$/;
/** After a pronoun, the text saying it is kin: 他是我侄子 (钱给他办婚事了，他是我侄子). */
/** A visiting relative named before a pronoun, no one else between: 来走亲戚的表姐在家住了一个月，贷款给. */
const KIN_VISITING_NAMED =
  /来(?:走|串)亲戚的(?:表|堂)?(?:姐|哥|妹|弟|姑|姨|舅|叔|婶|嫂)[^他她佢人者户主老板，。,;；]{0,10}[，,][^他她佢人者户主老板。；;]{0,10}$/;
const KIN_SAID = /[他她](?:是|系)(?:我|俺)(?:的)?(?:侄子|侄女|外甥女?|弟弟|哥哥|姐姐|妹妹|表弟|表哥|表姐|表妹|堂弟|堂哥|外孙女?|亲戚)/;

/** Interest the household seeks (收利息, 吃利差, 赚差价, 收二分利), or lending an officer calls 违规放贷. */
const SEEKING_INTEREST = /[收吃赚挣高]|差|牟利|违规/;
/** Before a word of interest, a rate agreed (讲好月息两分), not denied (未约定利息). */
const AGREED = /(?<![未没不无])(?:讲好|说好|约定|讲定|谈好)$|按[0-9一二两三四五]?$/;
/** A rate named at a word of interest: 二分利, 月息两分, 年息8% (a price for money lent, unless lent to a works of the
 * borrower's own: 借给张某开的预制板厂周转，月息2分 is that works' use). */
const RATE_NAMED = /[0-9一二两三四五][分厘]?(?:利|息)|(?:息|利)[0-9一二两三四五.]+[分厘%]/;
// (借给镇上开饭店的刘姐周转, 借给屯里收玉米的老赵当本钱: and a person described by the works or trade they run.)
/** One said to run a trade short of money: 他在镇上开饭馆缺本钱. */
const TRADE_SHORT_OF_MONEY = /开[^，。,;；的]{0,4}(?:厂|公司|店|超市|饭店|馆|铺|坊)[^，。,;；]{0,2}(?:缺|差|要|等)(?:本钱|钱周转|周转)/;
// (他在镇上开饭馆缺本钱: and one the text goes on to say runs a trade short of money.)
const THEIR_ENTERPRISE = new RegExp(
  `${TRADE_SHORT_OF_MONEY.source}|` +
    // (钱叫外甥拿去开煤场了: a relative of another household the money was let to open a trade.)
    `(?:叫|让|被)(?:他|她)?(?:${KIN_OUTSIDE})(?:拿去|借去)开(?:了|个|了个)?[^，。,;；的]{0,4}(?:厂|公司|场|店|超市|饭店|馆|铺|坊)|` +
    /开(?:的|办的)[^，。,;；]{0,8}(?:厂|公司|场|店|社)|的(?:建筑队|施工队|工程队|装修队|运输队|车队)周转|开[^，。,;；的]{0,4}(?:厂|公司|场|店|社|超市|饭店|馆|部|铺|摊|坊)的[^，。,;；]{1,4}(?:周转|当本钱|进货|使|用)|收[^，。,;；的]{1,3}的[^，。,;；]{1,4}(?:周转|当本钱)/
      .source +
    // (贷款给娃娃舅舅包工程用了; 借给我倒腾粮食了, 借给俺了，俺买材料使: a party's contracting, or the writer's own trade; 借给邻居开饭店了:
    // or a business the money was lent to open.)
    '|' +
    /包工程|揽工程|承包工程|(?:借给|转给)(?:我|俺)(?:的?(?:工程队|施工队|建筑队|店里|厂里|窑上|场里))?了?[，,]?(?:我|俺)?(?:拿去|拿来|用来)?(?:倒腾|收|买|进|贩|周转|当本钱)|借给[^，。,;；]{1,6}?开(?:了|个|了个)?[^，。,;；的]{0,4}(?:厂|公司|场|店|社|超市|饭店|馆|部|铺|摊|坊)/
      .source +
    // (借给他舅子的养猪场用，舅子每年给他利息: money lent for a relative's farm or works to use is that works' use.)
    '|' +
    /(?:借给|转给)[^，。,;；]{1,6}?的[^，。,;；的]{0,3}(?:场|厂|公司|店|基地)(?:里|上)?(?:用|使|周转|当本钱)/.source,
);

/** Right before an interest word, money put on deposit: 存上，利息; 存起来吃利息. */
const DEPOSITED_BEFORE = /存(?:上|起来|着|进去|到银行|银行里?|在?信用社|在银行里?)[，,]?(?:吃|拿|收|等)?$/;

/** The loan's money named (贷出来, 这笔钱), and no other (卖牛的钱, 工资). */
const LOAN_MONEY = /^(?![^]*(?:卖[^，。,;；]{0,6}的钱|工资|收入))[^]*(?:贷|这笔|这钱)/;

/** Whether a word stands in a note the text marks as separate (另：, 另外：) that names no loan. */
const separateNote = (text: string, h: Hit) => {
  const at = text.slice(0, h.start).search(/另(?:外)?[：:][^：:]*$/);
  return at >= 0 && !/贷|这笔|这钱|这里|这儿|这个钱|里头|里面/.test(text.slice(at));
};
/** Words that name this loan or its money: 贷, 这笔, 这钱. */
const THIS_LOAN_NAMED = /贷|这笔|这钱/;
/** Whether clauses tell a butcher's kill and name no loan: the entry's job, not the loan's use. */
const butcheredFor = (clauses: string) => BUTCHERED.test(clauses) && !THIS_LOAN_NAMED.test(clauses);
/** Goods taken or bought at the writer's: 在我这拿了台旧地磅, 从俺这买的, 把我那台二手小四轮开走了. */
const BOUGHT_FROM_WRITER =
  /(?:在|从)(?:我|俺)这(?:儿|里)?(?:拿|买|要|取|订|提)|把(?:我|俺)(?:那|这)(?:台|辆|个|头|套)[^，。,;；]{0,8}(?:开走|拉走|提走|牵走|买走)/;
/** Right before a works, a public body building it: 镇上建. */
const BUILT_BY_BODY_BEFORE = new RegExp(`(?:${PUBLIC_BODIES}|政府)(?:统一)?(?:建|盖|办)(?:了|的)?$`);
/** After a person heading an entry, collecting or ordering: 取, 寄, 订做. */
// (Not money taken away: 老孙取走了他家的贷款.)
const CUSTOMER_ACT_AFTER = /^(?:来)?(?:取(?!走|钱)|寄|订做|定做)/;
/** After a park, one firm in it: 一家鞋厂, 里的一个厂子. */
// (县里鞋业产业园的一家鞋厂: from the party's start, the park a word or two on.)
const PARK_FIRM_AFTER = /^[^，。,;；]{0,8}?园区?(?:里|内|的)?(?:一|某)(?:家|个)[^，。,;；]{0,4}?(?:厂|公司|企业|合作社)/;
/** Before another's trade, the household doing for them: 帮, 给, 替. */
const DONE_FOR_BEFORE = /[帮给替]$/;
/** After a trade, the money spent on it: 买了个举升机, 重新弄了门脸, 换了牌匾. */
const SPENT_ON_TRADE_AFTER = /^[^，。,;；]{0,4}?(?:买|弄|装|换|修|添|置|进|翻新)/;
/** Whether the trade at `hits[i]` is a person's the household fits out for them: 帮他小舅子的修车铺买了个举升机. */
function othersTradeFitted(scan: Scan, i: number): boolean {
  const { text, hits } = scan;
  let k = i - 1;
  // (他姐夫在镇上开的超市: a place may stand between.)
  if (hits[k]?.role.party === 'government' && text[hits[k]!.start - 1] === '在') k--;
  // (给他家粉条作坊添了台漏粉机: 他家, in a note about a family, is that family.)
  if (
    k < 0 ||
    hits[k]!.role.party !== 'person' ||
    hits[k]!.term.endsWith('家') ||
    // (给她的冷饮小卖部买台冰箱: nor the household's own, named by a pronoun that stands for it — set 998.)
    (THIRD_PERSON.test(hits[k]!.term) && pronounOfHousehold(scan, k)) ||
    !/^(?:在[^，。,;；]{1,6}?)?(?:开|办)?的(?:小|那个|那家|[^，。,;；的]{1,3})?$/.test(text.slice(hits[k]!.end, hits[i]!.start))
  )
    return false;
  while (k > 0 && hits[k - 1]!.end === hits[k]!.start && hits[k - 1]!.role.party !== undefined) k--;
  return DONE_FOR_BEFORE.test(text.slice(0, hits[k]!.start)) && SPENT_ON_TRADE_AFTER.test(text.slice(hits[i]!.end, hits[i]!.end + 8));
}
/** Money deposited at another bank for the spread: 存进另一家银行赚差价. */
const DEPOSITED_FOR_SPREAD = /(?<![不没未])存(?:进|到)[^，。,;；]{0,6}银行[^，。,;；]{0,4}赚(?:差价|利差)/;
/** Brothers said to have split the household, then one given or taking the loan: 哥俩早分家了…老大就给了老二. */
/** The other side of a mediation or a suit said to have used the applicant's loan: 被申请人…使用申请人名下扶贫贷款. */
const RESPONDENT_USED =
  /(?:被申请人|被告)[^。；;]{0,10}?(?<![未没不])(?:使用|用了|借用|占用|拿去|挪用)(?:了)?(?:申请人|原告)(?:名下)?的?(?:扶贫)?(?:小额)?(?:贷款|借款)|(?:被申请人|被告)[^。；;]{0,10}?(?:申请人|原告)名下的?(?:扶贫)?(?:小额)?贷款[^，。,;；]{0,10}?(?:一直)?由其(?:使用|用于|经营|拿去)/;
/** Where the other side of a mediation or a suit is said to have used the loan, the words saying so. */
function respondentUsed(text: string): RegExpExecArray | null {
  return text.includes('申请人') || text.includes('被告') ? RESPONDENT_USED.exec(text) : null;
}
/** One brother giving his loan to another who runs a business of his own: 老二把自己贷的款都给老大了 (老大在城里开饭店). */
const BROTHER_GAVE_LOAN = /(老[大二三四五])[^。]{0,8}?把(?:自己|他)?(?:贷的款|的贷款|贷款)(?:都|全|全部)?(?:给了?|借给了?)(老[大二三四五])/;
/** Where a brother gave his loan to another brother running a business of his own, the words saying so — review 152. */
function brotherGaveLoan(text: string): RegExpExecArray | null {
  const gave = text.includes('老') ? BROTHER_GAVE_LOAN.exec(text) : null;
  return gave !== null && gave[1] !== gave[2] && new RegExp(`${gave[2]}[^。；;]{0,6}开`).test(text) ? gave : null;
}
/** Where brothers are said to have split the household and one took the loan, the words saying so. */
function splitBrotherTook(text: string): RegExpExecArray | null {
  return /分了?[家户]/.test(text) ? SPLIT_BROTHER_TOOK.exec(text) : null;
}
const SPLIT_BROTHER_TOOK =
  /(?:哥俩|兄弟俩|弟兄俩|两兄弟|哥儿俩|兄弟(?:两个|几个)?(?=早|已|早已|早就)|老[大二三四五](?:和|跟|与|同)老[大二三四五])[^。]{0,6}(?<![没未不])分(?:了)?(?:家|户)了?[^。]*?(?:(?:给了?|借给|让)(?:老[大二三四]|弟弟|哥哥)|(?:老[大二三四]|弟弟|哥哥)(?:拿去|拿走|拿了|用了|一直用|在用|一直在用|用(?=[^，。,;；]{0,6}(?:名下|户头)的)))/;
/** Goods for a wedding (喜字窗花), and a trade that stocks goods to sell (进了一批货, 摆摊卖). */
const WEDDING_GOODS = /喜字|窗花|喜糖|喜烟/;
const STOCKED_FOR_SALE = /进了?(?:一批)?货|摆摊|批发|零售/;
/** Later, a debt to be repaid from a sale: 亲戚的钱等卖了羊再还. */
const REPAID_BY_SALE_LATER = /等[^，。,;；]{0,4}卖[^，。,;；]{0,6}(?:再|就|才)(?:还|说)/;
/** In an old thing's sentence, a price or a sale or hand-over to the writer: 80块拉走, 卖我了, 卖旧洗衣机. */
const OLD_THING_SOLD = /[0-9]+(?:块|元)|[0-9]{2,}|卖(?:给)?(?:我|俺)|卖旧|拉走/;
/** Whether old goods at `h` (旧冰箱) stand in a buyer's entry: a sentence naming no loan, pricing them or selling them. */
const oldThingSold = (text: string, h: Hit) => {
  if (text[h.start - 1] !== '旧') return false;
  const [from, to] = sentenceSpans(text).find(([f, t]) => h.start >= f && h.start < t)!;
  const said = text.slice(from, to);
  return OLD_THING_SOLD.test(said) && !THIS_LOAN_NAMED.test(said) && !/买|购|添|置|换/.test(text.slice(from, h.start));
};
/** After a debt, words that it is still unpaid: ，还未还清, 还没还上. */
const DEBT_STILL_OWED_AFTER = /^[^。；;]{0,8}?(?:还未还清|还没还清|尚未还清|未还清|没还清|还没还上|没还上|还没还|未还)/;
/** A funeral the writer served, opening the text: 给黄家老太爷办白事, 给杨木匠他妈出殡. */
// (Not the household's own dead: 给俺家老太爷办白事.)
const WRITER_SERVED_FUNERAL =
  /^给(?!俺家|我家|自家|咱家|俺们家|我们家|俺爹|我爹|俺娘|我娘|俺妈|我妈)[^，。,;；贷钱]{1,10}(?:办白事|出殡|办丧事|打棺材|扎纸活|发丧)/;
/** Before goods had on credit, the writer's shop: 在我这, 从俺店里. */
const AT_WRITERS_BEFORE = /(?:在|从)(?:我|俺)(?:这|这儿|这里|店里|家)$/;
/** A feast of no named kind: 办酒席, 摆酒. */
const PLAIN_FEAST = /酒席|摆酒|席面/;
/** A wedding told: 新娘, 出嫁, 娶媳妇. */
const WEDDING_TOLD = /新娘|新郎|出嫁|出门子|娶媳妇|婚礼/;
/** Any other family event: 寿, 满月, 丧事, 出殡. */
const OTHER_EVENT_TOLD = /寿|满月|丧|白事|出殡|去世|升学|乔迁|周岁|百天/;
/** A bill: 交电费, 水电费. */
const BILL = /电费|水费|燃气费|煤气费/;
/** Before a word in its clause, a season of production work heading a list: 茶叶加工季买柴火、, 烤烟期间. */
const WORK_SEASON_BEFORE = /(?:加工|采茶|制茶|炒茶|烤烟|收割|育苗|孵化|晾晒|采收|农忙|生产|榨油|酿酒)(?:季|期间|旺季|的时候|那阵)[^，。,;；]{0,12}$/;
/** A clause that is only a gift and its sum: 捐五十, 捐钱二百元, 随礼100. */
const GIFT_ENTRY = /^(?:捐|捐钱|捐款|捐了|随礼|上礼|功德)[0-9一二三四五六七八九十百千两几]+(?:元|块)?(?:钱)?$/;
/** After a vehicle, to the end of its clause, only a repair and its price: 修, 车斗修, 换火花塞, 补胎 25. */
const REPAIRED_AFTER =
  /^(?:车斗|车灯|轮胎|链条|刹车)?(?:在我这|在俺这)?(?:修(?:了|好)?|换[\u4e00-\u9fff]{1,4}|补胎|保养|打气|焊[\u4e00-\u9fff]{0,3})(?:了|好)?(?:[0-9.]+(?:元|块)?)?$/;
/** The writer of a trade's book at work for a customer: 我焊的, 是我给他家装的, 俺给做的. */
const WRITER_AT_WORK = /[我俺](?:给|帮|替)?(?:他家?|她家?|人家)?(?:焊|做|修|装|缝|锯|碾|磨|榨|拍|印|砌|打)的/;
/** A farm machine or vehicle's name, said right after 他家 as the family's own: 拖拉机, 四轮车, 抽水泵. */
const OWN_MACHINE = /^[^养种买修盖建开收卖搞做干喂放租包]{1,5}(?:机|车|泵|犁|耙)$/;
/** A clause that is only a fee taken for a job: 收了五十块运费. */
// (我拉的，运费120: or the fee named first.)
const WRITERS_FEE =
  /^收了?[0-9一二两三四五六七八九十百]+(?:块|元)?钱?的?(?:运费|工钱|手工费|修理费|辛苦费)$|^(?:运费|工钱|手工费|修理费|辛苦费)[0-9一二两三四五六七八九十百]+(?:块|元)?$/;
/** The writer at work in a clause: 我开三轮给拉回来的, 俺给焊的. */
const WRITER_DID = /(?:我|俺)[^，。,;；]{0,10}(?:拉|送|运|修|焊|装)/;
/** Before goods in their clause, the writer working on them for the customer: 我顺道给他家修了修, 俺帮她装. */
const WRITER_JOB_BEFORE = /(?:我|俺)[^，。,;；]{0,4}(?:给|帮|替)(?:他|她|人家)家?(?:修|焊|装|换|拆|擦|洗)(?:了|修|个|一下)*$/;
/** After those goods, the fee the writer took: ，收了五十, 收了80块. */
const FEE_TAKEN_AFTER = /^[^。；;]{0,8}?收了?[0-9一二两三四五六七八九十百]+/;
/** A clause that is only a job done and its price: 焊炉子二十, 修了个柜子30元. */
const WORK_ENTRY = /^(?:焊|修|补|换|做|打|装|安)(?:了|好)?(?:一?[个台张把扇口])?[\u4e00-\u9fff]{1,5}[0-9一二两三四五六七八九十百千]+(?:元|块)?钱?$/;
/** A return the one who has the money pays the borrower, told of as 他: 年底给他利息, 按月给她算利钱. */
const WRITER_PAYS_BORROWER = /给(?:他|她)(?:算|付|结)?(?:利息|利钱|分红|息钱)/;
/** A down payment, which pays for whatever it is said to be on: 交首付. */
const DOWN_PAYMENT = /^(?:交|付|缴|凑)?了?个?首付(?:款)?$/;
/** Right before a machine or vehicle, its buying or fetching home (开回来一台, 提了台; a maker's name may stand between: 一台哈弗). */
const BOUGHT_BEFORE = /(?:[买提购]|开回来|拉回来|提回来)了?一?[个台辆部]?[0-9]*(?:[个台辆部](?:二手|旧)?[\u4e00-\u9fff]{0,2})?$/;
/** A farm word, or a vehicle: 拖拉机, 三轮摩托, 哈弗SUV. */
const machineOrVehicle = (o: Hit) => farmWord(o) || o.term.endsWith('车') || ROAD_VEHICLE.test(o.term) || o.term === 'suv';
/** Whether a farm word stands right beside a down payment in its clause, after it with a verb of buying or right before it. */
function downPaymentOnFarm(scan: Scan, i: number): boolean {
  const { text, hits } = scan;
  const h = hits[i]!;
  const beside = (o: Hit | undefined) => o?.clause === h.clause && farmWord(o) && !o.negated;
  const next_ = hits[i + 1];
  // (交了首付开回来一台三轮摩托: a machine or vehicle the clause goes on to fetch home.)
  const fetched = next_?.clause === h.clause && !next_.negated && machineOrVehicle(next_) && BOUGHT_BEFORE.test(text.slice(h.end, next_.start));
  if ((beside(next_) && next_!.start - h.end <= 4) || fetched || (beside(hits[i - 1]) && h.start - hits[i - 1]!.end <= 1)) return true;
  // (家收割机，贷款交首付: or a machine ending the clause before, with no dwelling named anywhere; 交了个首付，买了个拖拉机:
  // or one the next clause opens by buying.)
  // (贷款交了个首付，剩下的厂家分期，提了台旋耕机; 交了首付，买了辆小轿车: or, within two clauses, the machine or vehicle
  // it bought.)
  const next = hits
    .slice(i + 1)
    .find(
      (o) => o.clause > h.clause && o.clause <= h.clause + 2 && machineOrVehicle(o) && BOUGHT_BEFORE.test(text.slice(Math.max(h.end, o.start - 12), o.start)),
    );
  if (next !== undefined && !next.negated && !hits.some((o) => o !== h && (o.role.category === 'housing' || o.role.frame?.category === 'housing'))) return true;
  const prior = hits[i - 1];
  return (
    prior?.clause === h.clause - 1 &&
    farmWord(prior) &&
    !prior.negated &&
    /^[，,](?:贷款|用贷款|钱)?$/.test(text.slice(prior.end, h.start)) &&
    !hits.some((o) => o !== h && (o.role.category === 'housing' || o.role.frame?.category === 'housing'))
  );
}

/** Before a word in its clause, a suspicion or a report of it: 疑为, 怀疑, 举报; and a reading said to be mistaken: 误读为. */
const MISREAD = /误读为|误认为?|误判为?|误以为|误定为?|误当成?|误作/;
// (审计将货架、冷柜认定为家庭用品, 审计第32项认为…: and an auditor's classification, which a bank may dispute.)
// (信访人称其“贷款打麻将”, 来信反映…: and a complaint's allegation, which a check may refute.)
const SUSPECTED = new RegExp(
  `(?:^|[，,；;：:])疑(?=代|借|转|挪|家|婚|建|盖|放)|疑为|原告认为|原告称|原告主张|疑似|怀疑|涉嫌|列入疑点|辩称|抗辩称|辩解称|被告称|举报|有人告|瞎传|谣传|乱传|嚼舌头|嚼舌根|信访|来信|反映人称|反映说|^反映(?=[其该\u4e00-\u9fff]{1,4}贷款)|邻居反映|群众反映|村民反映|反映[“"「]|帖子称|网帖称|报道称|网传|审计[^，。,;；]{0,6}(?:认为|将|列为|认定|定性)|${MISREAD.source}`,
);
/** After a suspicion, words that refute it: 举报不实, 疑点撤销, 不构成企业使用, 属于买卖, 系自养. */
// (…嚼舌头说他要拿钱给儿子结婚，俺们去看了，钱都买成蜂箱了: or a look that found the money turned into the farm's goods.)
// (有人告我拿带款去结婚，纯属乱说; 被人举报贷款买小车，其实他买的是…农用车: or the writer calling the charge made up, or
// saying what was in fact bought or hauled — set 952.)
// (原告认为冰柜属家庭用品，本院认为该冰柜用于经营; 原告称被告违规建房，本院…确认该房屋仅用于烘烤香菇: or a court that finds
// otherwise.)
const REFUTED =
  /纯属(?:乱说|造谣|诬告|胡说|捏造|瞎说)|是用的(?:礼金|打工|自己|自家|卖[^，。,;；]{1,4})的?钱|其实[^，。,;；]{0,6}?(?:买的是|是拉|是运)|本院(?:经[^，。,;；]{0,6})?(?:认为|认定|确认)[^。；;]{0,10}(?:用于经营|用于生产|仅用于|属于?生产|属于?自营)|(?:去看了|去瞅了|去看过|去瞧了)[，,][^。；;]{0,3}钱(?:都|全|全都)(?:买成|换成|变成)|(?:应|应当|故应|足以)认定(?:该笔)?(?:贷款|借款)?(?:由被告|由借款人)?(?:本人)?(?:自用|用于(?:其|被告)?(?:本人|自家|自己))|无任何证据|无证据|未(?:提交|提供|举示)(?:任何)?(?:相应|相关)?证据|不予采信|(?:辩解|辩称|抗辩|主张)(?:均)?不能成立|查无实据|不属实|没(?:有)?(?:那|这)(?:回)?事|没有的事|纯属(?:造谣|谣言|瞎说)|是谣言|与事实不符|不认定为?(?:改变|挪用|违规)|仅为[^，。,;；]{0,8}(?:中间人|介绍人|卖方|销售方)|未发现(?:转借|挪用|出借|借给|转给|上述|该情况|此情况|相关情况)|与(?:本笔|该笔|本次|这笔)?贷款无关|早于(?:本次|本笔|该笔)?贷款|(?:由|系)其[^，。,;；]{0,8}(?:自筹|出资|所购|工资)|不实|撤销|不构成|予以排除|已排除|排除疑点|不成立|不认|不承认|现场见|提供了[^，。,;；]{0,10}凭证|户贷户用|本户自己喂养|自己喂养|归本户所有|属于买卖|属正常买卖|系正常买卖|正常买卖关系|误读|误判|予以澄清|已澄清|系自养|属自养|系自家|系本户自|系借款人自|我行不同意|不予认可|不予采纳|混淆了|不属于?(?:住房|房屋|家庭用品|建房)|非(?:住房|家庭用品)|(?:属|属于|系)(?:生产设备|生产性用途|生产用途|经营设备)/;
/** Whether a prohibited word is only suspected in its clause (疑为家庭用品) and the text refutes the suspicion after it. */
function suspicionRefuted(text: string, h: Hit, clauseStart: number): boolean {
  const before = text.slice(clauseStart, h.start);
  const at = before.search(SUSPECTED);
  if (at < 0) return false;
  if (MISREAD.test(before.slice(at))) return true;
  // (群众反映其贷款盖房，经核实属实，另反映其买车与贷款无关: only up to the next report, and not where it is confirmed first.)
  let after = text.slice(h.end);
  const next = after.search(NEXT_REPORT);
  if (next >= 0) after = after.slice(0, next);
  const refuted = REFUTED.exec(after);
  return refuted !== null && !CONFIRMED.test(after.slice(0, refuted.index));
}
/** Another report told after: 另反映, 举报人还称. */
const NEXT_REPORT = /另(?:有人)?(?:反映|举报|称)|又(?:反映|举报)|(?:信访人|来信|举报人|群众|村民|邻居)(?:还|又|另)(?:称|反映|说)/;
/** What the stock sells for going to a body: 销售收入全部归合作社. */
const PROCEEDS_TO_BODY = /(?:销售|出售|出栏|卖牛|卖羊|卖猪)?收入(?:全部|都|全)?归(?:合作社|公司|企业|大户|老板|养殖场)/;
/** Households' loans collected: 收取村民贷款. */
const LOANS_COLLECTED = /(?<![未没不])收取[^，。,;；]{0,4}(?:村民|农户|贫困户|各户|群众)(?:的)?贷款/;
/** A body selling the stock for all: 由合作社统一销售. */
const SOLD_BY_BODY = /由(?:合作社|公司|企业|大户)统一(?:销售|出售|收购|卖)/;
/** The same sum whatever the stock fetches: 卖多卖少每年都给. */
const SAME_WHATEVER = /卖多卖少|不管卖多少|无论卖多少/;
/** A sum fixed in advance: 固定, 保底, 定额. */
const FIXED_SUM = /固定|保底|定额/;
/** Words that confirm a report: 属实, 确有其事. */
const CONFIRMED = /(?<!不)属实|确有其事|情况属实|(?<!不)(?:承)?认了/;

/** After property, waiting for its price to rise to sell it: ，等着涨价再卖, 等升值了转手. */
const SPECULATION_AFTER = /^[^。；;]{0,16}(?:等着?|待)[^，。,;；]{0,6}?(?:涨价|升值|(?:价钱|价格|地价|房价)涨)了?再?(?:卖|出手|转手)/;
/** After property, letting it for the rent: 往外租，就收租金. */
const LET_FOR_RENT_AFTER = /^[^。；;]{0,8}(?:往外租|租出去|对外出租|出租|租给别人)[^。；;]{0,10}(?:收租|租金)/;
/** Property a trade may also be kept in: 门市, 商铺, 车位 (bought to resell, a return sought). */
const PROPERTY = /^(?:门市|门市房|门面|门脸|商铺|铺面|商品房|车位|车库|地皮|买地皮)$/;
/** Right after goods, what is kept in or on them: 手机里装了, 电脑上存着. */
const GOODS_AS_PLACE = /^(?:里|上)(?:装|下载|下了|有|存)/;
/** The household tending its own stock: 由本户每天过去喂, 自己管. */
const OWN_CARE = /(?:本户|自己|自个儿?|自家|我们?|俺们?)[^，。,;；]{0,6}(?:喂|管|放|养)/;
/** A clause that says only that the family lives by what was named: 一家人过日子. */
const FAMILY_LIVING = /^(?:一家人?|全家人?|一家子|一家老小|一家几口)(?:好好|安心)?过日子$/;

/** A colon after a text's first word, which makes it the heading of what follows: 海蛎煎摊：煎锅、煤气罐. */
const HEADING_COLON = /[：:]/;

/** Before a works noun in its clause, the household's own: 自家建材店, 我家的小卖部. */
const OWN_SHOP_BEFORE = /(?:自家|自己的|自己家的?|我家的?|俺家的?|本户的?)[^，。,;；的]{0,4}$|自营(?:一家|一个|的)?[“"「]?[^，。,;；的”"」]{0,8}$/;
/** After a shop, a place beside it: 旁边, 后面, 楼上 (where a house may be built, not the shop's work). */
const BESIDE_AFTER = /^(?:旁边|旁|边上|后面|后边|附近|对面|隔壁|楼上|里头住|上面)/;
/** Before and after a shop, buying or holding an event at it: 在旺家家具店买, 从家电城购, 在鸿运婚庆店办. */
const BOUGHT_AT_BEFORE = /(?:在|从|到|去)[^，。,;；]{0,5}$/;
const BOUGHT_AT_AFTER = /^[”"」』]?(?:里|内|上)?(?:买|购|订|选|办|举办|摆|操办)/;
/** A trade said to be only the one serving the household: 婚庆公司仅为服务方, 饭店仅为服务提供方. */
const SERVICE_ONLY = /(?:仅|只|只是|仅仅)(?:为|是|系|作为)?(?:服务方|服务提供方|服务商|提供服务的一方)/;
/** Words right before a trade that pay it: 转给婚庆公司, 付给某婚庆公司, 转入县城某婚庆公司 — the household is its customer too. */
const PAID_TO =
  /(?:付给|支付给|转给|转入|转到|转至|转账至|转账到|支付至|支付到|付至|付款至|打给|打到|打入|汇给|汇入|交给|给了|付|交|缴|支付|[元万]至)了?(?:[^，。,;；]{0,4}某|一家|这家|那家)?$/;
/** Before a shop, the money paid to it (支付至, 转给该, a clause opening 转彩票站多笔): unless the shop is the household's own (转至自家门店). */
const SHOP_PAID_BEFORE =
  /(?:支付至|支付到|支付给|付给|付至|转至|转到|转给|转入|汇给|打给|打到|付款至|付款给|转账至|转账给|消费于|^转|[，,;；。]转|向)(?!自家|自己|本户|其自家)[^，。,;；]{0,3}$/;
/** Whether a shop's word is where the money was paid (支付至彩票站), not the household's trade. */
const shopPaid = (text: string, h: Hit) =>
  /[店站点铺馆]$/.test(h.term) &&
  (SHOP_PAID_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start)) || SHOP_RECEIVED_AFTER.test(text.slice(h.end, h.end + 3)));
/** After a shop, the money received: 流水显示饭店收款2.4万元. */
const SHOP_RECEIVED_AFTER = /^(?:收款|收到|收取|入账)/;
/** A lottery outlet: money paid there buys tickets (gambling is spending, not 理财). */
const LOTTERY = /彩票|投注|体彩|福彩/;
/** The loan as what the family lives on: 靠贷款, 指望这笔钱. */
const LOAN_LIVED_ON = /(?:靠|指望?|指着)(?:这笔|这)?(?:贷款|钱)/;
/**
 * Whether the words before a word of living say what the family lives by, other than the loan: 靠养笨鸡, 俺家就指这几头牛
 * (指, 指着, 指望 as 靠) — not 指望贷款.
 */
const livesByOtherThanLoan = (before: string) => /靠|指/.test(before) && !LOAN_LIVED_ON.test(before);
/** Housing words that name a dwelling, not only work on one: 住房, 老屋, 楼房, 宅子. */
const DWELLING = /[房屋楼宅住]/;
/** Dwelling nouns among the objects (not a room count such as 间, nor a part such as 房盖, 屋顶). */
const DWELLING_NOUN =
  /^(?:厝|新厝|老厝|古厝|祖屋|房子|房屋|屋子|住房|住宅|自住房|自家房屋|厨房|自家厨房|老屋|老房|老房子|楼房|砖房|瓦房|砖瓦房|平房|新房|新屋|安置房|定居房|安置楼|商品房|旧房|住的房子|住的屋子|住的屋|住的房|睡觉的屋|睡觉的屋子|睡的屋|宅院|宅子|正房|厢房|偏厦|偏厦子|东屋|西屋|正屋|里屋)$/;
const dwellingNoun = (h: Hit) => h.role.frame?.category === 'housing' && DWELLING_NOUN.test(h.term);
/** Life events of others told as the family's situation: 女儿在长春上大学, 儿子在外地结婚成家, 妻子在县城陪读. */
const SITUATION_EVENTS = /^(?:上学|上大学|读书|念书|上高中|上初中|陪读|结婚|成家|打工)$/;
const FAMILY_MEMBER = /孩子|娃|媳妇|老伴|妻子|丈夫|老人|儿子|女儿|闺女|孙子|父亲|母亲|爹|妈/;
const SITUATION_NEEDS = /^(?:上学|上大学|读书|念书|上高中|上初中|吃药|看病|治病|住院)$/;
/** Words that turn a building into the farm's: 老屋改成菌棚, 仓房翻盖成鸡舍. */
const CONVERTED = [
  '改成',
  '改造成',
  '改为',
  '改建为',
  '改建成',
  '翻盖成',
  '盖成',
  '装修成',
  '装修为',
  '改装成',
  '装成',
  '布置成',
  '打造成',
  '当成',
  '当',
  '做成',
  '改的',
  '用来放',
  '放',
  '收拾成',
  '拾掇成',
  '隔成',
  '收拾出来',
  '收拾收拾开',
  '收拾一下开',
  '收拾好开',
  '腾出来',
  '腾出',
];

/** After an event, other money said to pay for it: 他说钱他自己去广东挣, 是亲戚凑钱办的, 盖房子的钱是打工还的, 信用卡是我娃自己还的 (not only part of it: 自己挣了一半，剩下贷款出). */
const OTHER_MONEY_PAYS =
  /^[^。；;，,]{0,4}?(?:他|她|娃他|娃的|孩子)?(?:姑|舅|叔|姨|姐|哥|爷爷|奶奶|姥姥|外公|亲戚|亲家|娘家|闺女|女儿|儿子)[^，。,;；]{0,2}(?:给了|出了|掏了|拿了|付了|出的钱|借的(?=$|[，。,;；])|给的(?=$|[，。,;；]))|^[^。；;]{0,8}?(?:钱|费用|花销)?(?:是|由)?(?:他|她|崽|儿子|闺女|女儿|他们|人家|(?:我|俺)娃)(?:自己|自个儿?)(?:去[^，。,;；]{0,4})?(?:挣|出|攒|掏|想办法)|^[^。；;]{0,4}?是(?:他|她|崽|儿子|闺女|女儿|(?:我|俺)娃)(?:自己|自个儿?)还的|^[^。；;]{0,6}?(?:是|由)?(?:亲戚|亲友|兄弟|娘家|家里人|女方|男方|亲家|婆家)[^，。,;；]{0,2}(?:凑钱|借钱|出钱|凑的钱|出的钱|出的(?=$|[，。,;；]))(?:办的?)?|^[^，。,;；]{0,4}钱(?:是|都是)[^，。,;；]{0,10}(?:闺女|女儿|儿子|亲戚|娘家)(?:给|寄|出)的(?=$|[，。,;；])|^的?钱(?:是|都是|全是)(?:打工|卖[^，。,;；]{1,4})(?:挣的钱|的钱)?(?:还|出|付)的(?=$|[，。,;；\s])/;
/** The bride's or groom's family, and its paying right after (女方家出的, 男方出钱). */
const WEDDING_FAMILY = /^(?:女方|男方|亲家|婆家|娘家)家?$/;
const FAMILY_PAYS_AFTER = /^(?:出的|出钱|出了钱|掏的|掏钱|拿的钱|承担|负担|操办)(?!彩礼|嫁妆)/;
const paidByOtherMoney = (after: string) => {
  const m = OTHER_MONEY_PAYS.exec(after);
  // (The rest of the clause says whether it pays all: 自己挣了一半，剩下贷款出 does not.)
  return m !== null && !/不够|一半|部分|剩下|差|补|贷款/.test(m[0] + /^[^，。,;；]{0,6}/.exec(after.slice(m[0].length))![0]);
};

/** Whether the text says anyone lives anywhere (住, 居住), leaving aside words that no one does (无人居住, 不住人). */
const livedInAnywhere = (text: string) => text.includes('住') && text.replace(/无人居住|无人住|没人住|没有人住|不住人|未住人/g, '').includes('住');

/** Words that the shop a text names was not found: 没有这个店, 店没开. */
const SHOP_NOT_FOUND = /(?:没有|没|冇)(?:这个|这家|那个|那家)(?:店|铺子|门市)|(?:这个|那个)?店(?:也)?(?:没开|没有开|不存在)/;
/** Between a building and a bare building verb, what befell it: 塌了, 漏雨, 被水冲了. */
const BEFELL_BETWEEN = /^(?:塌了|倒了|漏雨|漏了|垮了|坏了|破了|被[^，。,;；]{1,4}了)$/;
/** A word of a building's wall or roof. */
const BUILDING_PART = /墙|屋顶|房顶|房盖|屋面|漏雨/;
/** Between a building and its wall or roof: nothing, 的, 的房子, or where on it (后头, 外面). */
const PART_GAP = /^(?:的|的房子|的房|房子)?(?:后头|后面|后边|前面|外面|外头|里头|里面|旁边|边上)?$/;

/** Whether the wall or roof at `hits[i]` is told right after the farm's or the shop's building in its clause (not a dwelling's, nor one the family lives in). */
function partOf(scan: Scan, i: number): boolean {
  const { hits, text } = scan;
  const hit = hits[i]!;
  for (let k = i - 1; k >= 0 && hits[k]!.clause === hit.clause; k--) {
    const o = hits[k]!;
    if (o.negated) return false;
    if (o.role.premises || o.role.business) return PART_GAP.test(text.slice(o.end, hit.start)) && !LIVES_IN.test(text.slice(hit.end));
    // (小卖部的房子漏雨: past the house the shop stands in.)
    if (!(o.role.frame?.category === 'housing' && /^房子?$/.test(o.term))) return false;
  }
  return false;
}

/** A building verb that is a word of housing only for want of an object: 翻建, 翻盖 (not 盖房子, which names one). */
const BARE_BUILDING_VERB = /^(?:翻建|翻盖|重新盖|新建|新盖|修建|重建|翻修|改建|扩建|修缮|维修)$/;

/** Whether a building named at `hits[i]` is turned into, or put up for, the farm: a conversion word then a farm word after it in the clause, or a farm word right after it (盖间小房子养兔子). */
function forTheFarm(scan: Scan, i: number, clauseEnd: number): boolean {
  const { hits, text } = scan;
  const hit = hits[i]!;
  const rest = text.slice(hit.start, clauseEnd);
  // (改造为民宿客房…户主女儿一家已搬入: not a building the text says people moved into.)
  const livedIn = MOVED_IN.test(text.slice(hit.end));
  const converted = !livedIn && CONVERTED.some((w) => rest.includes(w));
  for (let k = i + 1; k < hits.length && hits[k]!.start < clauseEnd; k++) {
    const next = hits[k]!;
    if (next.negated || next.role.category !== 'production') continue;
    // 翻盖旧鸡舍: a building verb whose object is the farm's building.
    // (Not one listed beside a dwelling: 修房子和猪圈 repairs both.)
    if (LISTED_NEXT.test(text.slice(hit.end, next.start)) && (hit.role.category === 'housing' || dwellingNoun(hit))) continue;
    if (converted || (hit.role.frame && !livedIn && next.start - hit.end <= 4) || (next.role.premises && next.start - hit.end <= 2)) return true;
    // (改造房屋专用于接待游客: a building said to be put to the trade's or the farm's use, not let for rent.)
    // (Not one the family is said to move into: 其实一家人都住进去了.)
    if (PUT_TO_USE_BETWEEN.test(text.slice(hit.end, next.start)) && !LET_FOR_RENT.test(next.term) && !livedIn) return true;
    // (翻建自家蔬菜大棚: or the farm's building a few words of its own after the verb, no dwelling between.)
    if (
      next.role.premises &&
      BARE_BUILDING_VERB.test(hit.term) &&
      next.start - hit.end <= 6 &&
      !hits.slice(i + 1, k).some((h) => h.role.category === 'housing' || h.role.frame !== undefined)
    )
      return true;
  }
  // (给自家鸡舍安了火墙: a fitting put into the farm's building right before it is the building's.)
  const building = hits[i - 1];
  // (给猪舍盘火炕: or the verb is the fitting's own word.)
  const between = building === undefined ? '' : text.slice(building.end, hit.start);
  if (
    building?.role.premises &&
    !building.negated &&
    building.clause === hit.clause &&
    (FITTED_INTO_BETWEEN.test(between) || (between === '' && /^(?:盘|砌|搭|安|装)/.test(hit.term))) &&
    // (所谓仓房内盘了火炕…儿子一家住在里面: not one people live in.)
    !LIVES_IN.test(text.slice(hit.end))
  )
    return true;
  // (猪圈后头垮了一面墙, 羊圈的院墙倒了, 冷库墙裂了, 修了小卖部的屋顶: a wall or roof told right after the farm's or the
  // shop's building is that building's.)
  if (BUILDING_PART.test(hit.term) && partOf(scan, i)) return true;
  // (把自家猪圈翻盖了: a bare building verb right after the farm's building in its clause builds it; 牛圈塌了重新盖, 圈舍漏雨重新盖了:
  // or after what befell the building.)
  if (BARE_BUILDING_VERB.test(hit.term) && !LIVES_IN.test(text.slice(hit.end))) {
    let farm: Hit | undefined;
    for (let k = i - 1; k >= 0 && hits[k]!.clause === hit.clause && farm === undefined; k--) if (hits[k]!.role.premises) farm = hits[k];
    if (farm && !farm.negated && (hit.start - farm.end <= 1 || BEFELL_BETWEEN.test(text.slice(farm.end, hit.start)))) return true;
  }
  // 猪圈太小了，翻盖一下: a bare building verb opening the clause after one whose only thing is the farm's building builds it.
  if (BARE_BUILDING_VERB.test(hit.term) && hit.clause > 0 && hit.start - scan.clauseStart[hit.clause]! <= 1) {
    const before = hits.filter((h) => h.clause === hit.clause - 1 && !h.negated);
    // (牛棚漏雨，重新盖了顶: or the building and what befell its roof.)
    if (before.length > 0 && before.every((h) => h.role.premises === true || (BUILDING_PART.test(h.term) && partOf(scan, hits.indexOf(h))))) return true;
  }
  // 隔成5间客房做民宿，装卫生间, 装了热水器和卫生间: a room fitted out in the clause or two after the one that opens a guesthouse,
  // its verb opening the clause, is the guesthouse's.
  if (
    hit.clause > 0 &&
    /^(?:又|还)?[装安修建添换][^，。,;；]{0,8}$/.test(text.slice(scan.clauseStart[hit.clause], hit.start)) &&
    hits.some((h) => h.clause < hit.clause && hit.clause - h.clause <= 2 && !h.negated && h.role.business === true && LODGING.test(h.term)) &&
    // (Not a home the guesthouse's earnings pay for: 开农家乐挣了钱，装卫生间自己住.)
    !/挣|赚/.test(text.slice(scan.clauseStart[Math.max(0, hit.clause - 2)], scan.clauseStart[hit.clause])) &&
    !LIVES_IN.test(text.slice(hit.end)) &&
    !/(?:自己|自家|家里人?|一家人?)住/.test(text.slice(hit.end))
  )
    return true;
  // 买屯里一处空房子，改成草料库和牛舍: a building the next clause turns into the farm's.
  const nextStart = scan.clauseStart[hit.clause + 1];
  if (
    nextStart !== undefined &&
    // (Not a word that only begins like one: 当归地 is no 当.)
    CONVERTED.some((w) => text.startsWith(w, nextStart) && !hits.some((h) => h.start === nextStart && h.end > nextStart + w.length)) &&
    hits.some((h) => h.clause === hit.clause + 1 && !h.negated && h.role.category === 'production' && h.start - nextStart <= 8)
  )
    return true;
  // 兔舍由院内闲置厢房改造: a farm building said to be made from the dwelling's room is the farm's.
  if (
    /^(?:改造|改建|改成|改的|改装)/.test(text.slice(hit.end, hit.end + 2)) &&
    hits.some((h) => h.clause === hit.clause && h.end <= hit.start && h.role.premises === true && text.slice(h.end, hit.start).includes('由'))
  )
    return true;
  // 搭建蒙古包4座，开办牧家乐: a tent or cabin where the text opens a trade for guests is the trade's (not one lived in).
  if (GUEST_STRUCTURE.test(hit.term) && !text.slice(hit.end, clauseEnd + 12).includes('住') && hits.some((h) => !h.negated && GUEST_TRADE.test(h.term)))
    return true;
  // (所建房屋不是住人的，是烤烟房: a building said to house no one but the farm's building named next.)
  const notLived = NOT_LIVED_BUT.exec(text.slice(hit.end, hit.end + 14));
  if (notLived !== null) {
    const to = hit.end + notLived[0].length;
    return hits.some((h) => h.start >= to && h.start <= to + 2 && (h.role.premises === true || h.role.category === 'production') && !h.negated);
  }
  // 租村里闲置的老房子装修，开民宿: a house rented and fitted out for the trade the next clause opens.
  if (!livedIn && RENTED_BEFORE.test(text.slice(scan.clauseStart[hit.clause], hit.start)))
    return hits.some(
      (h) => h.clause > hit.clause && h.clause <= hit.clause + 2 && !h.negated && (h.role.business === true || h.role.category === 'production'),
    );
  return false;
}

/** Words that people moved into a building, not denied: 住进去, 入住, 搬入. */
const MOVING_IN = '住进|入住|搬进|搬入';
/** Words that people live inside what was just named: 住在里面, 住进去 (not 家人住在后院平房, elsewhere). */
const LIVED_INSIDE = /(?<![不没未非])(?:住在里面|住在里头|住在那里面|住进去|住了进去|在里面住|在里头住)|(?<!客人|游客|旅客|房客)(?:常住|长住)/;
/** Words that people live somewhere: 住在里面, 住着, and moving in (not guests': 客人入住). */
const LIVES_IN = new RegExp(`(?<![不没未非])(?<!客人|游客|旅客|房客|住客)(?:住在|住着|${MOVING_IN}|自住)`);
/** Between a farm building and a fitting, a verb of putting it in: 安了, 里砌一道. */
const FITTED_INTO_BETWEEN = /^(?:里|内)?(?:安|装|砌|盘|搭|铺|换|修|垒|加)了?(?:个|一个|一道|道|两道)?$/;
/** Between two things, a word that lists them: 和, 及, 、. */
const LISTED_NEXT = /^[和及、与跟同]/;

/** Structures that a guest trade puts up: 蒙古包, 毡房, 木屋. */
const GUEST_STRUCTURE = /蒙古包|毡房|毡包|帐篷|木屋|树屋/;
/** Trades that lodge or feed guests: 牧家乐, 农家乐, 民宿, 接待游客, 经营蒙古包住宿. */
const GUEST_TRADE = /牧家乐|农家乐|渔家乐|民宿|客栈|家庭旅馆|接待游客|乡村旅游|旅游接待|住宿接待|(?:蒙古包|毡房|经营)住宿|包吃包住|包吃住/;

/** Before a building in its clause, that the household rents it or does not live in it: 租村里闲置的老房子, 闲着的三孔旧窑, 自家闲置老宅. */
// (把临街那间装了装，开了个理发店: or a room on the street, the shop's side of a village house.)
/** After a building, words that no one lives in it and what it is instead: 不是住人的，是. */
const NOT_LIVED_BUT = /^[^，。,;；]{0,4}(?:不是|并非|不是用来|不)住人的?[，,]?(?:而是|是|系|为)/;
const RENTED_BEFORE = /(?:租(?:了|下|来|的)?|闲着的|闲置的?|空着的|临街的?)[^，。,;；]{0,8}$/;
/** Between a building and a use, words that put it to that use: 专用于, 只用来. */
const PUT_TO_USE_BETWEEN = /^(?:专门?|只|仅|全部|都)(?:用于|用来|用作)$/;
/** Words that people moved into a building or live in it themselves (自住, not the noun 自住房). */
const MOVED_IN = new RegExp(`(?<![不没未非])(?<!客人|游客|旅客|房客|住客)(?:${MOVING_IN}|自住(?!房))`);
/** Uses that let a building for rent (盖房出租 is still 建房). */
const LET_FOR_RENT = /出租|租给|租赁|租出/;

/** Right after a party repaid, the sum: 三万, 5000元. */
const SUM_AFTER = /^[0-9一二两三四五六七八九十几]+(?:万|千|块|元|百)/;
/** Words after a party that make it one the household owes: 亲戚的钱, 人家的账. */
// (还了砖厂的砖钱: and goods bought on credit, paid for.)
const OWED = [
  '的钱',
  '的账',
  '的债',
  '的饥荒',
  '的欠款',
  '的欠账',
  '赊的账',
  '赊的钱',
  '赊的款',
  '欠的账',
  '欠的钱',
  '的货款',
  '的货钱',
  '的砖钱',
  '的料钱',
  '的材料钱',
  '的材料款',
  '钱',
];

/** Evidence in one shape (the reader builds many; one shape keeps reading them fast). */
const evidenceOf = (category: UsagePurpose, term: string, clause: number, start: number, alone?: 'unknown', motive?: true): Evidence => ({
  category,
  term,
  clause,
  start,
  alone,
  motive,
});

interface Evidence {
  readonly category: UsagePurpose;
  readonly term: string;
  readonly clause: number;
  /** Where the term starts, so terms are listed in the order of the text. */
  readonly start: number;
  /** An object that is a use only beside another (买车): alone, the text is unknown. */
  readonly alone?: 'unknown';
  /** A reason told (读书要用钱), not a use: counts only when nothing else is said, like background. */
  readonly motive?: true;
}

/** At a bracket's start, an officer's note: 干部注：, 备注：, 经办人注：. */
const NOTE_OPENS = /^(?:村干部|干部|信贷员|调查员|客户经理|经办人|审核人|核查人|包村干部|驻村干部)?(?:注|备注|按|批注)[:：]/;

/** Whether the word at `hits[i]` stands in brackets opened right after a party outside the household: 赵某（赵某用于…）. */
function bracketsOfParty(scan: Scan, i: number): boolean {
  const { text, hits } = scan;
  const at = hits[i]!.start;
  const open = Math.max(text.lastIndexOf('（', at), text.lastIndexOf('(', at));
  if (open < 0 || /[)）]/.test(text.slice(open, at))) return false;
  // (（干部注：实际用于给老伴看病）: an officer's note in brackets tells the household's use, not a party's affairs.)
  if (NOTE_OPENS.test(text.slice(open + 1, open + 8))) return false;
  // (A name after the party word is part of it: 村民赵某.)
  // (Or a word of handing that names the party: 借给本村村民赵某.)
  let party: Hit | undefined;
  // (Not a party denied: 不挪作他用.)
  for (const h of hits) if (h.end <= open && !h.negated && (h.role.party !== undefined || HANDED.has(h.role.category))) party = h;
  if (party === undefined || party.role.party === 'household' || open - party.end > 2) return false;
  // (剩下的给我哥办酒（他结婚）: not kin the household pays for, whose event the brackets name.)
  return !(KIN_GIVEN_FOR.test(party.term) && /(?<!借)[给帮替][我俺]?$/.test(text.slice(Math.max(0, party.start - 3), party.start)));
}

/** After a dwelling, words that say it is fit to live in: 还住得, 还能住, 够住. */
const LIVABLE_AFTER = /^(?:还|都|也)?(?:住得|能住|够住|住着挺好|住着还行|好好的|结实)/;
/** Whether the text after goods says they are for the farm's work: 都是放牧赶牛用的. */
function forFarmWork(scan: Scan, i: number): boolean {
  const { text, hits } = scan;
  const at = hits[i]!.end;
  const said = WORK_USE.exec(text.slice(at, at + 24));
  // (Or, in the goods' own sentence, said to be for it: 摩托车一台，用于上山放牧.)
  const usedFor = said === null ? USED_FOR_AFTER.exec(text.slice(at, at + 8)) : null;
  if (said === null && usedFor === null) return false;
  const from = at + (said ?? usedFor)!.index;
  const to = said ? from + said[0].length : from + usedFor![0].length + 8;
  // (买手机两部给孩子用: a shop's word after a number is a measure, 两部, not a shop.)
  return (
    hits.some((o) => o.start >= from && o.end <= to && farmWord(o) && !o.negated && !(o.term.length === 1 && NUMERAL_BEFORE.test(text.slice(0, o.start)))) &&
    // (买个冰柜，家里杀了年猪放肉用: not where the family is said to be the one using it.)
    !FAMILY_SUBJECT.test(text.slice(from, to))
  );
}
/** Words naming the family as the one doing something: 家里, 家人, 自家人, 过年 (the family's feast). */
const FAMILY_SUBJECT = /家里|家人|家中|自家人|全家|过年/;
const NUMERAL_BEFORE = /[一二两三四五六七八九十几0-9]$/;

/**
 * Whether a clause after one of the past says this loan paid for it (买了一套商品房，首付就是用这笔贷款凑的): the past
 * told is this loan's use. Not where that clause names production itself (用这笔贷款买牛).
 */
function paidByThisLoan(scan: Scan, clauses: Clauses): boolean {
  const m = THIS_LOAN_PAID.exec(scan.text);
  if (m === null) return false;
  const c = clauseAt(clauses.start, m.index);
  return c > 0 && clauses.background[c - 1]! && !scan.hits.some((h) => h.clause === c && farmWord(h));
}

/** 村书记说他有门路，用我家名义贷了三万: the household's name used for a loan by a party named just before. */
function nameUsedByOther(scan: Scan, clauses: Clauses): RegExpExecArray | null {
  const m = NAME_BY_OTHER.exec(scan.text);
  if (m === null) return null;
  const c = clauseAt(clauses.start, m.index);
  const other = scan.hits.some(
    (h) =>
      h.start < m.index && h.clause >= c - 1 && !h.negated && (h.role.party === 'person' || h.role.party === 'government') && !PLACE_PARTIES.includes(h.term),
  );
  return other ? m : null;
}

/** Whether 没关系 at `hits[i]` follows 跟/和/与 and words that name no use (跟队里没关系, not 跟结婚没关系). */
function unrelatedToNoUse(scan: Scan, i: number): boolean {
  const { text, hits } = scan;
  const h = hits[i]!;
  const with_ = text.slice(Math.max(0, h.start - 5), h.start).search(/[跟和与同]/);
  if (with_ < 0) return false;
  const from = Math.max(0, h.start - 5) + with_;
  const useWord = (o: Hit) => o.role.category !== undefined || o.role.frame !== undefined;
  // (结婚啥的跟俺家没关系: a use named as the topic before 跟 is what is unrelated, so it is denied.)
  if (hits.some((o) => o.clause === h.clause && o.end <= from && useWord(o) && !o.negated && TOPIC_GAP.test(text.slice(o.end, from)))) return false;
  return !hits.some((o) => o.start > from && o.end <= h.start && useWord(o));
}

/** Someone telling the use (captured), or the form it is written on: 户主说, 村干部称, 申请表写. */
const ACCOUNT =
  /(户主|借款人|本人|老伴|媳妇|妻子|其妻|丈夫|其夫|男的|女的|儿子|女儿|我爸|我妈|我爹|我娘|村干部|村书记|村主任|村支书|支书|邻居|家属|申请表|表上)(?:又|却|则|口头|后来)?(?:说|称|讲|写)(?!媳妇|亲|对象|个媳妇|婆家|门亲)/g;
/** A verb of telling, which every account holds: a quick test before the accounts are looked for. */
const TELLING = /[说称讲写]/;
/**
 * Whether two people (or a person and the form) tell different uses, with no finding after the last of them: 申请表写养羊；
 * 户主说钱存着没动；村干部说给儿子盖房了. Which account is true is for a person to find out.
 */
/** The household admitting what another account says: 户主也承认了, 本人认可 (not 不承认). */
const ADMITTED = /(?:户主|本人|借款人|他|她|其|户)(?:也|后来|最后|当场|最终)?(?<![不没未])(?:承认|认可|供认)/;
/** Right after a speaker, words that they do not know where the money went: 不知道钱咋花的, 不清楚用在哪. */
const UNKNOWING_AFTER = /^[:：]?(?:也|都)?(?:不知道|不清楚|说不清|说不上来|不晓得)[^，。,;；]{0,4}(?:咋|怎么|干啥|干什么|用在|花在|去哪|用到|花到|哪)/;
/** In a check's finding, words that it found proof of neither account: 没有牛也未见缴费凭证, 均未见. */
const NEITHER_FOUND = /(?:也|亦)(?:未见|没见|没有|未发现|无)|均(?:未见|无|未发现)|都(?:未见|没有|没见)/;
/** Two parts of the money told: 一半…另一半, 一部分…另一部分. */
const HALVES_TOLD = /一半[^。；;]{0,20}另(?:外)?一半|一部分[^。；;]{0,20}另(?:外)?一部分/;
/** After the last account, the writer's word that the accounts do not agree: 对不上, 不一致. */
const ACCOUNTS_CLASH_AFTER = /(?:^|[，。,;；\s])(?:对不上|不一致|不相符|说法不一)(?=$|[，。,;；！!\s])/;
function accountsDiffer(text: string, counted: readonly Evidence[], real: number): boolean {
  if (counted.length === 0 || !TELLING.test(text)) return false;
  const accounts = [...text.matchAll(ACCOUNT)];
  // (…核查时家中没有牛也未见缴费凭证: unless the check after them found proof of neither.)
  if (accounts.length < 2 || (real > accounts.at(-1)!.index && !NEITHER_FOUND.test(text.slice(real)))) return false;
  // (…村干部说钱给二小子订婚用了，户主也承认了: accounts the household then admits to differ no longer.)
  if (ADMITTED.test(text.slice(accounts.at(-1)!.index))) return false;
  // (户主说养牛，入户没见着牛，村干部讲钱拿去给儿子结婚摆酒了: nor where a visit between them found the first account's stock
  // absent.)
  // (本人说买羊 圈里一只没有 儿子说还账了 对不上: unless the writer then says the accounts do not agree.)
  if (stockAbsent(text.slice(accounts[0]!.index, accounts.at(-1)!.index)) && !ACCOUNTS_CLASH_AFTER.test(text.slice(accounts.at(-1)!.index))) return false;
  // (媳妇说买了化肥，男的说不知道钱咋花的: a later account that knows nothing of the use leaves the first unconfirmed.)
  const lastSaid = accounts.at(-1)!.index + accounts.at(-1)![0].length;
  if (UNKNOWING_AFTER.test(text.slice(lastSaid, lastSaid + 14))) return true;
  if (counted.length < 2) return false;
  // (我爸讲一半买了饲料，我妈又讲另一半给我妹交了学费: accounts of two halves of the money tell one use each, not two of one.)
  if (HALVES_TOLD.test(text)) return false;
  const told = new Map<string, Set<UsagePurpose>>();
  accounts.forEach((m, k) => {
    const to = accounts[k + 1]?.index ?? text.length;
    const who = m[1]!;
    for (const e of counted) if (e.start > m.index && e.start < to) (told.get(who) ?? told.set(who, new Set()).get(who)!).add(e.category);
  });
  const kinds = [...told.values()].filter((c) => c.size > 0);
  return kinds.length >= 2 && kinds.some((a) => kinds.some((b) => ![...a].some((c) => b.has(c))));
}

/** Between a use and the 跟 that makes it a topic: nothing, or 啥的, 这些, 的事. */
const TOPIC_GAP = /^(?:啥的|什么的|这些|那些|的事|这事|那事|的事情|这些事|之类的)?$/;

/** Before a thing, that the house lacked it before: 原来没有, 以前没有. */
const LACKED_BEFORE = /(?:原来|本来|以前|过去|从前|之前)(?:都|也|就)?没有$/;
/** After a part of a building, that it is not finished yet: 还没封顶, 没完工. */
const UNFINISHED_AFTER = /^(?:还|尚)?(?:没|未|没有)(?:封顶|完工|盖完|修完|建完|建好|盖好|弄完|搞完|装修)/;

/** Whether two words share a character: 车 and 车子 name one thing. */
function sharesCharacter(a: string, b: string): boolean {
  return [...a].some((c) => b.includes(c));
}

/** Whether an object of the same frame is denied later in the text: 幺儿说要拿去买车，…车子不买. */
function deniedLater(scan: Scan, i: number, clauses: Clauses): boolean {
  const { hits } = scan;
  const frame = hits[i]!.role.frame;
  for (let k = i + 1; k < hits.length; k++) {
    const o = hits[k]!;
    // (盖两层砖房，二层没封顶; 修厨房和厕所，原来没有卫生间: not another thing of the frame, a part unfinished or one the house lacked.)
    if (
      !sharesCharacter(o.term, hits[i]!.term) &&
      (LACKED_BEFORE.test(scan.text.slice(Math.max(0, o.start - 6), o.start)) || UNFINISHED_AFTER.test(scan.text.slice(o.end, o.end + 6)))
    )
      continue;
    if (o.role.frame === frame && (o.negated || objectUsed(scan, k, clauses.start[o.clause]!) === 'negated')) return true;
  }
  return false;
}

/** Where the last finding marker stands (经查, 核实 …), not counting one denied (尚未核实, 未作核实); -1 when none. */
/** After a finding's marker, a farm found abandoned: 其茶园荒芜, 地撂荒了. */
const FOUND_ABANDONED_AFTER = /^[^，。,;；]{0,8}(?:荒芜|荒废|撂荒|荒着|长满了?草)/;

/** After a finding's marker, a comparison with the use declared: 与申报的, 和合同约定. */
const COMPARED_AFTER = /^[与和跟同](?:申报|申请|合同|约定|填报|登记|所报|原报|贷款申请)/;

function lastFinding(text: string, before = text.length): number {
  let at = -1;
  if (before <= 0) return at;
  for (const m of REAL_USE_MARKERS) {
    for (let k = text.lastIndexOf(m, before - 1); k > at; k = text.lastIndexOf(m, k - 1)) {
      // (实际用途与申报的“养殖”不符: a marker that only compares the use found with the one declared finds nothing itself.)
      if (
        k < before &&
        !NOT_YET.test(text.slice(Math.max(0, k - 3), k)) &&
        !COMPARED_AFTER.test(text.slice(k + m.length, k + m.length + 4)) &&
        // (核查时车辆不在家: a check that found no one and nothing there finds no use.)
        !FOUND_NO_ONE_AFTER.test(text.slice(k + m.length, k + m.length + 12)) &&
        // (现场照片证实其茶园荒芜: nor one that finds the declared farm abandoned.)
        !FOUND_ABANDONED_AFTER.test(text.slice(k + m.length, k + m.length + 12))
      ) {
        at = k;
        break;
      }
      if (k === 0) break;
    }
  }
  return at;
}

/**
 * With no term to read, where the text still shows production: a verb of farming before a word the lexicon lacks (种枣树,
 * 剪羊毛), a craft (蜀绣), a machine or shop at the end of a phrase (买打奶机, 打铁铺), or a word of trade (油泼辣子网上卖).
 * -1 when none: the text is unknown.
 */
function productionWithoutTerm(text: string, scan: Scan, business: boolean): number {
  const verb = farmingVerbAt(text, scan);
  if (verb >= 0) return verb;
  const free = (at: number) =>
    !scan.hits.some((h) => h.start <= at && at < h.end && (h.role.category !== undefined || h.negated)) &&
    !NEGATING.has(text[at - 1] ?? '') &&
    // (不是织地毯卖: nor a craft denied with 不是.)
    !/(?:不是|并非|没有|不再)$/.test(text.slice(Math.max(0, at - 3), at));
  for (let at = 0; at < text.length; at++) if (CRAFT_CHARACTERS.includes(text[at]!) && free(at)) return Math.max(0, at - 1);
  const ending = TRADE_ENDINGS.exec(text);
  if (ending && free(ending.index + 1)) return ending.index;
  // 可能养牛也可能做点小买卖: a trade said as a maybe shows nothing.
  const hedgedBefore = (h: Hit) => scan.hits.some((o) => o.role.hedge && o.clause === h.clause && o.start < h.start);
  if (business) return scan.hits.find((h) => h.role.business && !h.negated && !hedgedBefore(h))?.start ?? -1;
  return -1;
}

const NUMBER = /[一二两三四五六七八九十百千万几0-9]/;
/** After 收, a sum and nothing more in its clause: 三百, 80块, 五十元钱. */
const FEE_CHARGED_AFTER = /^[一二两三四五六七八九十百千万几0-9.]+(?:元|块)?钱?(?:$|[，。,;；！!？?])/;

/** Where a verb of farming stands before an unknown word, outside any negation and any word read; -1 when none. */
function farmingVerbAt(text: string, scan: Scan): number {
  for (const verb of FARMING_VERBS) {
    for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
      const next = text[at + verb.length] ?? '';
      const prior = at > 0 ? text[at - 1]! : '';
      if (!/[\u4e00-\u9fff]/.test(next) || NOT_FARMING_AFTER.includes(next) || (prior !== '' && (NOT_FARMING_BEFORE.includes(prior) || NEGATING.has(prior))))
        continue;
      if (scan.hits.some((h) => h.start <= at && at < h.end) || scan.hits.some((h) => h.negated && h.start > at && h.start - at < 4)) continue;
      // (钱给村委会打了防渗渠: nor work done for a public body the money was given to.)
      if (scan.hits.some((h) => h.role.party === 'government' && h.end === at && text[h.start - 1] === '给')) continue;
      // (打两千块钱给我: 打 before a number sends money.)
      // (电话也打不通: nor 打 before 不, a call that would not go through.)
      // (打自家屋的地基: nor 打 before 自, work on the household's own things.)
      if (
        verb === '打' &&
        (NUMBER.test(next) || next === '不' || next === '自' || /^了[一二两三四五六七八九十几0-9]+(?:次|遍|回)/.test(text.slice(at + 1, at + 5)))
      )
        continue;
      // (不是打首饰的: nor a craft denied.)
      if (/(?:不是|并非)$/.test(text.slice(Math.max(0, at - 2), at))) continue;
      // (焊门收三百: nor 收 before a sum and the clause's end, a fee the writer charged.)
      if (verb === '收' && FEE_CHARGED_AFTER.test(text.slice(at + 1))) continue;
      return at;
    }
  }
  return -1;
}

/** Reads a scan: the category of the use, the terms that decided it, those negated and those read as context. */
/** Opening a text, words that it reports an allegation, and the one it names by surname: 反映潘某…, 来访人反映，贷款户雷某…. */
const ALLEGATION_OPENS =
  /^[^。；;]{0,12}?(?:反映|举报|信访人称|投诉|来访人称|来电称|线索称|线索反映)(?:人称|称|，|,)?(?:贷款户|借款人|户主)?([\u4e00-\u9fff]某)?/;
/** After it, where an officer's finding begins: 。核查：, 经查，, 核实为. */
const FINDING_BEGINS = /(?:核查|核实|经查|经核实|经核查|经核|调查|查明)(?:后|发现|结果)?(?:为|：|:|，|,)/;
/** Words of a finding that bears the allegation out: 问题属实, 情况属实. */
const ALLEGATION_BORNE_OUT = /(?<![不未非])属实|确有其事|确有此事|情况一致|与反映一致/;

/**
 * Where a text reports an allegation and then an officer's finding that does not bear it out, the finding's words — the one
 * the allegation named by surname (潘某) written as the borrower — and where they begin; undefined where it does not: what
 * the finding establishes is the loan's use, not what was alleged.
 */
export function allegationFinding(text: string): { readonly at: number; readonly words: string } | undefined {
  const alleged = ALLEGATION_OPENS.exec(text);
  if (alleged === null) return undefined;
  const finding = FINDING_BEGINS.exec(text);
  if (finding === null || finding.index < 4 || ALLEGATION_BORNE_OUT.test(text.slice(finding.index))) return undefined;
  const at = finding.index + finding[0].length;
  const accused = alleged[1];
  return { at, words: accused === undefined ? text.slice(at) : text.slice(at).replaceAll(accused, '借款人') };
}

export function readPurpose(scan: Scan): UsageMatch {
  const read = readQuestionsAndStatements(scan);
  // 申请用于养牛，实际是给邻居盖房: production claimed before a correction that names no production is not a pass.
  return read.category === 'production' && correctionUnread(scan, read.matchedTerms) ? { ...read, category: 'unknown' } : read;
}

/** Reads a scan's questions and answers, then its statements, weighing an answer that rules the use production. */
function readQuestionsAndStatements(scan: Scan): UsageMatch {
  // 问：有没有拿去盖房？答：没有; 客服：扶贫贷款不能用于结婚哦: questions and an agent's words are not the applicant's
  // statements. What a question names counts only as its answer says; the rest is read as the applicant's words.
  const asking = ASKING.test(scan.text);
  const questions = asking ? readQuestions(scan.text) : undefined;
  const read = readAnswered(scan, questions);
  // 问：扩建自家羊舍，会被当成建房吗？答：羊舍属于养殖生产设施，不是住房，可以支持: an answer that rules the use production,
  // with nothing against it, decides what its words name — where the facts the question states, read without the category
  // it asks about, are production themselves. (An answer never turns a use the question states, such as 给儿子办婚礼, into
  // production.)
  const answer = read.category !== 'production' && asking ? productionRuling(scan.text) : -1;
  if (answer >= 0) {
    const stated = scan.hits.filter((h) => h.start < answer && answerTo(questions ?? [], h) !== 'open');
    const facts = stated.length > 0 ? readStatements({ ...scan, hits: stated }) : undefined;
    if (facts?.category === 'production')
      return {
        category: 'production',
        matchedTerms: facts.matchedTerms,
        negatedTerms: read.negatedTerms,
        contextTerms: [...new Set([...read.matchedTerms, ...read.contextTerms])].filter((t) => !facts.matchedTerms.includes(t)),
      };
  }
  return read;
}

/** Words that a building is turned into the farm's: 改成兔舍, 改造成羊圈. */
// (那不是住人的，是烤烟房: or says it is no dwelling but the farm's.)
const TURNED_TO_FARM =
  /(?:改成|改造成|改为|改建为|改建成|翻盖成|做成|当成)[^，。,;；]{0,3}(?:舍|圈|棚|栏|厂房|仓库|库房|车间|作坊|菌房)|不是住人的[，,]?(?:是)?[^，。,;；]{0,4}(?:房|舍|圈|棚|仓|库)/;

/** Whether the answer to a question, in its first words, names the farm's work: 答：自己家种地用. */
function answerFarms(scan: Scan, q: Question): boolean {
  return scan.hits.some((o) => o.start > q.end && o.start < q.end + 12 && !o.negated && (o.role.category ?? o.role.frame?.category) === 'production');
}

/** Reads a scan's questions and answers (问：…？答：没有), then the applicant's statements. */
function readAnswered(scan: Scan, questions: readonly Question[] | undefined): UsageMatch {
  if (questions === undefined) return readStatements(scan);
  // (问：小四轮是自己用还是给别人干活？答：自己家种地用: a choice the answer takes and puts to the farm is read in the
  // answer's words, not the question's.)
  const farmChoices = questions.filter((q) => q.chosen !== undefined && answerFarms(scan, q));
  const kept: Hit[] = [];
  let held: Set<number> | undefined;
  const denied: string[] = [];
  const asked: string[] = [];
  for (const h of scan.hits) {
    const question = questionAt(questions, h);
    const answer = question?.answer;
    // (问：你说钱给侄子了，干啥用？: a question's things and bodies are given, a person it names only as the answer names them.)
    // (问：修房子修的是哪间？答：…老屋，早不住人了，改成兔舍: a building the answer says is turned into the farm's is that.)
    const convertedInAnswer =
      answer === 'given' &&
      (h.role.category === 'housing' || h.role.frame?.category === 'housing') &&
      TURNED_TO_FARM.test(scan.text.slice(question!.end, question!.end + 40));
    // (问：盖房子是给牛盖还是给人住？答：给牛盖的: a building the chosen answer puts to the farm is the farm's.)
    const farmChosen =
      question?.chosen !== undefined &&
      h.end <= Math.min(question.chosen[0], question.rejected![0]) &&
      (h.role.category === 'housing' || h.role.frame?.category === 'housing') &&
      scan.hits.some((o) => o.start >= question.chosen![0] && o.end <= question.chosen![1] && (o.role.category ?? o.role.frame?.category) === 'production');
    // (问：这车是拉货还是自家坐？: a vehicle a question asks about, or offers a choice of uses for, is the household's.)
    if (
      h.role.frame?.alone === 'unknown' &&
      // (Not a word the vehicle only begins: 出车祸那次的钱.)
      !/^[祸费票站间库位]/.test(scan.text[h.end] ?? '') &&
      (answer === 'given' ||
        (answer === 'no' && h.end <= (question?.subjectEnd ?? -1)) ||
        (question?.chosen !== undefined && h.end <= Math.min(question.chosen[0], question.rejected![0])))
    )
      (held ??= new Set()).add(h.start);
    // (问：理财那事是咋回事？答：啥理财呀: a matter a question takes as given, which the answer denies by name, is denied.)
    // (问：孩子念书那块钱呢？答：孩子念书有助学贷款，跟这笔没关系: or one the answer says has nothing to do with this loan.)
    const deniedByName =
      answer === 'given' &&
      (scan.hits.some((o) => o.term === h.term && o.negated && o.start > question!.end) ||
        UNRELATED_REPLY.test(scan.text.slice(question!.end, question!.end + 24)));
    const chosenForFarm = question !== undefined && farmChoices.includes(question) && h.start >= question.chosen![0] && h.end <= question.chosen![1];
    // (问：媳妇坐月子谁照顾？贷款用哪？: what a question names that asks nothing of the money, beside one that asks of it,
    // is the visit's talk, not the loan's use.)
    const asideAsked =
      answer === 'given' &&
      !MONEY_ASKED.test(scan.text.slice(question!.start, question!.end)) &&
      questions.some((o) => o !== question && MONEY_ASKED.test(scan.text.slice(o.start, o.end)));
    if (convertedInAnswer || farmChosen || chosenForFarm || asideAsked) asked.push(h.term);
    else if (deniedByName) denied.push(h.term);
    else if (question?.rejected !== undefined && h.start >= question.rejected[0] && h.end <= question.rejected[1]) denied.push(h.term);
    else if (
      answer === undefined ||
      answer === 'yes' ||
      (answer === 'given' && h.role.party !== 'person') ||
      (answer === 'no' && h.role.party === undefined && h.end <= (question?.subjectEnd ?? -1))
    )
      kept.push(h);
    else if (h.role.category !== undefined || h.role.party !== undefined || h.role.frame !== undefined) (answer === 'no' ? denied : asked).push(h.term);
  }
  // (问：手机是做买卖用吗？答：不是，家里用: what a denial answers of a thing it leaves standing is no word of the text's.)
  let text = scan.text;
  for (const q of questions) {
    if (q.answer === 'no' && q.subjectEnd !== undefined) text = blanked(text, q.subjectEnd, q.end);
    if (farmChoices.includes(q)) text = blanked(text, q.chosen![0], q.chosen![1]);
    // (网友：买了股票…主播：扶贫贷款不能用于炒股理财: the rule an agent states denies no use of the applicant's.)
    // (【某农商行】…请回复贷款实际用途（如种植、养殖等）: and so is a bank's text message, every word of it.)
    if (q.agent === true && (RULE_STATED.test(text.slice(q.start, q.end)) || text[q.start] === '【')) text = blanked(text, q.start, q.end);
  }
  const deniedWhole = questions.filter((q) => q.answer === 'no' && q.subjectEnd === undefined).map((q) => [q.start, q.end] as const);
  const read = readStatements({
    ...scan,
    text,
    hits: kept,
    ...(held === undefined ? {} : { held }),
    ...(deniedWhole.length === 0 ? {} : { denied: deniedWhole }),
  });
  const negatedTerms = [...new Set([...read.negatedTerms, ...denied])];
  const contextTerms = [...new Set([...read.contextTerms, ...asked])].filter((t) => !read.matchedTerms.includes(t) && !negatedTerms.includes(t));
  return { ...read, negatedTerms, contextTerms };
}

/** Whether every word of a use names produce sold, in a clause of repaying: 卖花椒还, 苞米卖了就还上. */
function onlySoldToRepay(scan: Scan): boolean {
  const { hits, text, clauseStart, clauseEnd } = scan;
  // (Every clause of repaying holds 还: most texts, without it, are passed over at once.)
  if (!text.includes('还')) return false;
  const repaying = clauseStart.map((start, c) => repaymentClause(text, start, clauseEnd[c]!));
  let sold = 0;
  for (const h of hits) {
    if (h.role.category === undefined && h.role.frame === undefined) continue;
    if (h.negated || h.role.category !== 'production') return false;
    if (!SOLD_BEFORE.test(text.slice(Math.max(0, h.start - 2), h.start)) && !SOLD_AFTER.test(text.slice(h.end, h.end + 3))) return false;
    if (!repaying[h.clause]) return false;
    sold++;
  }
  // (种稻，到期卖稻谷还: not where another clause tells a use in a verb the lexicon does not hold alone.)
  for (let c = 0; c < clauseStart.length; c++) if (!repaying[c] && USE_VERB.test(text.slice(clauseStart[c], clauseEnd[c]))) return false;
  return sold > 0;
}
/** A verb of using money on something: 种, 养, 买, 用于. */
const USE_VERB = /[种养买用建盖修开办租投花]/;
/** Right before or after produce, that it is sold: 卖花椒, 苞米卖了. */
const SOLD_BEFORE = /卖了?$/;
const SOLD_AFTER = /^(?:卖了|卖掉|卖出|出售|出栏)/;

/** Reads the applicant's own statements in a scan. */
function readStatements(scan: Scan): UsageMatch {
  const { hits, text } = scan;
  // (明年卖花椒还; 等秋后苞米卖了就还上: a text that only names what will be sold to repay tells no use.)
  if (onlySoldToRepay(scan)) return { category: 'unknown', matchedTerms: [], negatedTerms: [], contextTerms: hits.map((h) => h.term) };
  // Most purposes name production only (养牛，买饲料): nothing to weigh, so the reading below would find just that.
  let production = 0;
  for (const h of hits) {
    if (h.role.quiet) continue;
    // (A shop the money is paid to is read below: 支付至彩票站.)
    if (
      !h.role.plainProduction ||
      h.negated ||
      h.hedged ||
      shopPaid(text, h) ||
      (h.role.trade !== undefined && (boughtAt(text, h, scan.clauseStart[h.clause]!) || PAY_NAMED_AFTER.test(text.slice(h.end, h.end + 4)))) ||
      workplace(text, h) ||
      unrelatedTo(text, h)
    ) {
      production = -1;
      break;
    }
    production++;
  }
  // (Unless the text says the use cannot be established: 写的养殖，户主说记不清了; or repays an earlier loan whose
  // use it tells: 偿还2018年那笔扶贫贷款（当时拿去养猪的）.)
  // (Nor where a finding says there is no business and only trade words name production: 开民宿，没接过客人.)
  const noBusiness = noBusinessFound(text);
  if (
    production > 0 &&
    unresolvedIn(text).length === 0 &&
    !REPAID_EARLIER.test(text) &&
    !stockAbsent(text) &&
    !(noBusiness && tradeWordsOnly(hits)) &&
    !UNDECIDED_USE.test(text) &&
    storeyLivedIn(text) === null &&
    !(LODGING.test(text) && LODGING_ONLY_LIVED_IN.test(text)) &&
    // (还了去年赊农资店的化肥钱: nor where goods had on credit before this season are repaid — the debt.)
    !(text.includes('赊') && CREDIT_GOODS_REPAID.test(text) && !creditThisSeason(text)) &&
    // (被申请人李某承认使用申请人名下扶贫贷款…用于其经营的饭馆: nor where the other side is said to have used the loan.)
    respondentUsed(text) === null &&
    // (老二和老大早分家了，老二名下的扶贫贷款一直是老大拿去跑运输用的: nor where a brother split off took the loan — review 151.)
    splitBrotherTook(text) === null &&
    brotherGaveLoan(text) === null &&
    // (贷款拿来还前几年养牛亏的账: nor a farm's old losses the loan repays — set 1008.)
    !(text.includes('还') && (text.includes('亏') || text.includes('赔')) && BORROWED_REPAID.test(text))
  ) {
    const matched = new Set<string>();
    for (const h of hits) if (h.role.plainProduction) matched.add(h.term);
    return { category: 'production', matchedTerms: [...matched], negatedTerms: [], contextTerms: [] };
  }
  const clauses = readClauses(scan);
  const { business, family } = clauses;
  // 经实地核查，其并无店面及经营记录: a finding that no business exists voids the trade the text tells, wherever told.
  if (noBusiness) business.fill(false);
  let interest = false;
  let handover = false;
  // (Allocated when first needed: most purposes name no trade and no party.)
  let trades: Set<UsagePurpose> | undefined;
  let retagged: Set<Hit> | undefined;
  let hired: Set<Hit> | undefined;
  let lastRetagged: Hit | undefined;
  // A hand-over to the household's own members (由儿子代为经营) keeps the money 户用.
  let toHousehold: Set<number> | undefined;
  let denials: number[] | undefined;
  let deferrals: number[] | undefined;
  let motives: number[] | undefined;
  /** Whether the trade at `t` is one the household hires, pays or buys at, by the words around it. */
  const hiredAt = (t: Hit) =>
    HIRED_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start)) ||
    rentedInList(text, t) ||
    PAID_TO.test(text.slice(Math.max(0, t.start - 6), t.start)) ||
    // (付巴黎婚纱摄影: a payee a voucher's memo opens with.)
    voucherPayee(text, t.start, t.end) ||
    // (家具店，买了一套沙发，自家屋里用: or a shop heading the entry, what was bought there the family's.)
    shopBoughtAt(text, t.start, t.end) ||
    boughtAt(text, t, clauses.start[t.clause]!) ||
    // (家具店送到渡口, 请了镇上的婚庆公司: a shop that delivered, or a trade hired a few characters on.)
    tradeOfAnother(text, t) ||
    // (婚礼租车、婚庆司仪及婚宴费用: a trade in a list of what the loan paid for.)
    COST_LIST_AFTER.test(text.slice(t.end, t.end + 12)) ||
    // (娶亲的车队和吹鼓手钱: or with its pay named right after it.)
    // (婚庆公司、婚车、酒席都是贷款付的, 婚庆公司的钱是贷款付的: or heads a list the loan is said to have paid, or its pay is
    // named right after it — not the household's own, 开婚庆公司，婚庆公司的钱是贷款出的.)
    ((PAID_LIST_AFTER.test(text.slice(t.end, t.end + 16)) || PAY_NAMED_AFTER.test(text.slice(t.end, t.end + 4))) &&
      !OWN_TRADE_BEFORE.some((w) => text.includes(w + t.term))) ||
    // (老娘去世办丧事 响器班 酒席: or named right after the household's own event of the kind it serves, not set up by it.)
    (hiredForEvent(text, hits, t, t.role.trade) && !OWN_TRADE_BEFORE.some((w) => text.includes(w + t.term))) ||
    // (在鸿运婚庆店办婚礼: or holds its event at; not at a shop of its own, 在自家婚庆店办酒席接活.)
    (BOUGHT_AT_BEFORE.test(text.slice(clauses.start[t.clause], t.start)) &&
      BOUGHT_AT_AFTER.test(text.slice(t.end, t.end + 4)) &&
      !/自家|自己|本户/.test(text.slice(clauses.start[t.clause], t.start)));
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const { role } = h;
    // 不修下雨天没法睡: a denial with its consequence after it says the act is needed (if it is not done …).
    // (彩礼两口子攒的不够，贷款补上: nor other money said to fall short, the loan making up the rest.)
    const conditional =
      role.denial !== undefined &&
      (CONSEQUENCE.test(text.slice(h.end, h.end + 8)) || (role.denial === 'deferral' && SHORTFALL.test(text.slice(h.end, h.end + 6))));
    // (跟队里没关系: unrelated to something that names no use, such as a party, denies nothing of the use — 跟结婚没关系 does.)
    const unrelatedParty = UNRELATED.test(h.term) && unrelatedToNoUse(scan, i);
    // (贷款把前年的饥荒还上了: a debt the loan itself is said to settle is a use, not a debt already settled.)
    const loanSettles =
      role.denial !== undefined &&
      (LOAN_SETTLES_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) ||
        (h.clause > 0 &&
          LOAN_ALONE.test(text.slice(clauses.start[h.clause], h.start)) &&
          DEBT_TOLD.test(text.slice(clauses.start[h.clause - 1], clauses.start[h.clause]))));
    // (养鹅五百只…没弄别的: nor one of anything else, which leaves what was told standing.)
    const elseDenied = role.denial !== undefined && /^(?:啥)?(?:别的|其他|其它)/.test(text.slice(h.end, h.end + 3));
    // (盖了个两层小楼贷款加上打工攒的钱: other money said to be added to the loan's leaves the loan paying too.)
    const addedToLoan = role.denial === 'deferral' && /(?:贷款|贷的钱)(?:再)?(?:加上|加|和)$/.test(text.slice(Math.max(0, h.start - 6), h.start));
    // (先把媳妇接回来再说: 先把…再说 puts what comes after it first — done, not put off; not 先贷下来再说.)
    // (贷款先买了3头牛再说: nor 先 with a purchase made, 了 told — set 950; 先买个大彩电和冰箱再说: or counted — review 145.)
    const firstThen =
      h.term === '再说' &&
      /先把(?!贷款|钱|这钱)[^，。,;；]{1,10}$|先(?:买|抓|进|种|栽|养)(?:了|个|台|辆|部|点|些)[^，。,;；]{1,8}$/.test(
        text.slice(clauses.start[h.clause], h.start),
      );
    if (role.denial && !conditional && !unrelatedParty && !loanSettles && !elseDenied && !addedToLoan && !firstThen) (denials ??= []).push(h.start);
    if (role.denial === 'deferral' && !conditional && !elseDenied && !firstThen) (deferrals ??= []).push(h.start);
    if (role.motive) (motives ??= []).push(h.start);
    if (h.negated) continue;
    const verb = hits[i - 1];
    // 由儿子代为经营, 交给老伴经营 (not 让我, 给我分钱: the household is told or paid, not handed the running).
    if (role.party === 'household' && verb?.end === h.start && (verb.role.handover === 'strong' || verb.term === '由'))
      (toHousehold ??= new Set()).add(h.clause);
    // (利息他出, 李某负责还本付息: interest the other party pays the bank is no return the household seeks.)
    // (利息有一次延迟5天，已补交: the loan's own interest, told in its repayment record, is no return sought.)
    if (
      role.interest &&
      !adviceRefused(text, clauses, h) &&
      !PAID_BY_THEM.test(text.slice(h.end, h.end + 14)) &&
      // (去农商行交利息: the loan's own interest paid at the bank is no return sought.)
      !INTEREST_PAID_AT_BANK_BEFORE.test(text.slice(Math.max(0, h.start - 6), h.start)) &&
      // (利息都是按季度去农商行交的, 利息每年年底去信用社交: and so is the loan's interest told as paid there.)
      !INTEREST_PAID_AT_BANK_AFTER.test(text.slice(h.end, h.end + 16)) &&
      // (对方答应按时还本付息: and so is interest the party promises to pay.)
      !/(?:负责|承担|代为|代还|(?:答应|保证|承诺)(?:按时|按期)?)$/.test(text.slice(Math.max(0, h.start - 6), h.start)) &&
      // (借给隔壁老王种烟了，老王还本付息: the loan's principal and interest, paid by the party that has it, are the bank's.)
      !(h.term === '还本付息' && verb?.end === h.start && verb.role.party === 'person') &&
      !REPAYMENT_RECORD.test(text.slice(h.end, h.end + 8)) &&
      !lateCharge(text, h, scan.clauseStart[h.clause]!)
    )
      interest = true;
    if (role.handover === 'strong') handover = true;
    // 请婚庆公司: a trade the household hires is its wedding, not its trade.
    // (在旺家家具店买沙发: so is a shop the household buys at.)
    // (转至婚庆公司…婚庆公司仅为服务提供方: and so is every mention of a trade hired once, or said to serve only.)
    if (role.trade && (hiredAt(h) || SERVICE_ONLY.test(text) || hits.some((o) => o !== h && o.term === h.term && o.role.trade && hiredAt(o))))
      (hired ??= new Set()).add(h);
    else if (role.trade && !noBusiness) (trades ??= new Set()).add(role.trade);
    // 开饺子馆, 快餐店: a shop opened, or named right after a word of the trade, is the household's trade.
    // (海蛎煎摊：煎锅、煤气罐: so is a shop or stall that heads the text, what it needs listed after a colon.)
    if (
      !noBusiness &&
      worksNoun(h) &&
      (objectUsed(scan, i, clauses.start[h.clause]!) === 'used' ||
        (hits[i - 1]?.end === h.start && hits[i - 1]!.role.category === 'production') ||
        (i === 0 && HEADING_COLON.test(text[h.end] ?? '')) ||
        // (豆腐脑摊，买煤气罐; 寿衣花圈店，本人经营: or a short first clause that is only the shop's name, a comma after it.)
        // (Not a measure: 手机两部.)
        (h.clause === 0 &&
          h.end === clauses.end[0] &&
          h.end <= 8 &&
          headingName(text.slice(0, h.end), text) &&
          /^[，,]/.test(text.slice(h.end)) &&
          !/[0-9一二两三四五六七八九十几]$/.test(text.slice(0, h.start))) ||
        // (自家建材店进瓷砖, 自营“鑫源装饰材料店”: a shop the household calls its own — not one a house is built beside.)
        (OWN_SHOP_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) && !BESIDE_AFTER.test(text.slice(h.end, h.end + 3))))
    )
      business[h.clause] = true;
    // 承接婚宴、满月酒、白事席面: the words listed after a trade's word are its work too.
    const listed =
      lastRetagged !== undefined &&
      h.start - lastRetagged.end <= 5 &&
      // (Or right after it, one name: 沙发翻新.)
      (h.start === lastRetagged.end || /[、和及]/.test(text.slice(lastRetagged.end, h.start))) &&
      h.clause === lastRetagged.clause;
    // (其子婚礼跟拍: but not a member's own event, which the trade serves for the family.)
    if (
      !noBusiness &&
      role.category &&
      RETAGGED.has(role.category) &&
      (listed || namesATrade(scan, i) || servesOthers(scan, i, clauses.start[h.clause]!)) &&
      !membersEvent(scan, i)
    ) {
      lastRetagged = h;
      (retagged ??= new Set()).add(h);
      (trades ??= new Set()).add(role.category);
      business[h.clause] = true;
    }
  }
  // (冰箱和燃气灶放在自家住的老屋厨房，农家乐前年就不开了: a trade its own clause says was given up keeps no goods.)
  business.forEach((b, c) => {
    if (b && TRADE_GIVEN_UP.test(text.slice(clauses.start[c], clauses.end[c]))) business[c] = false;
    // (我开三轮给拉回来的，收了五十块运费: nor a fee the writer took for a job the clause before says they did.)
    if (
      b &&
      c > 0 &&
      WRITERS_FEE.test(text.slice(clauses.start[c], clauses.end[c])) &&
      WRITER_DID.test(text.slice(clauses.start[Math.max(0, c - 2)], clauses.end[c - 1]))
    )
      business[c] = false;
  });
  const anyBusiness = business.includes(true);
  const anyFamily = family.includes(true);
  // Lending to a person is 放贷 when the household seeks the interest (收二分利, 赚差价), or interest is named and no
  // business of theirs is (a company of theirs counts: 外甥开了个装修公司).
  // (Or a person's farm or shop named after them: 表哥的养猪场.)
  const theirBusiness = () =>
    anyBusiness ||
    // (他在兰西整了个养猪场: a person said to run a works of their own.)
    THEY_RUN.test(text) ||
    hits.some(
      (h, k) =>
        (h.role.party === 'organisation' && !h.negated) ||
        // (阿舅的冷冻厂: a word or two may name the works before its noun.)
        (h.role.party === 'person' &&
          text[h.end] === '的' &&
          hits[k + 1]?.clause === h.clause &&
          hits[k + 1]!.start - h.end <= 3 &&
          (hits[k + 1]!.role.premises === true || hits[k + 1]!.role.business === true || worksNoun(hits[k + 1]!))) ||
        // (他姐夫的建筑队: or a crew of theirs, which no word of the lexicon names.)
        (h.role.party === 'person' && CREW_OF_THEIRS_AFTER.test(text.slice(h.end, h.end + 6))) ||
        // (Or a person said to run the money: 资金交合伙人管理，年底分利.)
        (h.role.party === 'person' && RUN_BY_THEM_AFTER.test(text.slice(h.end, h.end + 4))) ||
        // (Or a person the money goes to farm or trade with: 借给表哥养猪, 邻居自行养鹅.)
        (h.role.party === 'person' &&
          hits[k + 1]?.clause === h.clause &&
          (hits[k + 1]!.start - h.end <= 1 || /^(?:自行|自己|自个儿?|独自)$/.test(text.slice(h.end, hits[k + 1]!.start))) &&
          hits[k + 1]!.role.category === 'production' &&
          !hits[k + 1]!.negated) ||
        // (Or a person described by their trade, or said to turn the money over: 搞工程承包的表哥, 表哥周转.)
        (h.role.party === 'person' && (TRADE_DESCRIBED_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start)) || text.startsWith('周转', h.end))),
    );
  // (But money handed over for the party's business to use, with interest as its return, is that business's:
  // 转给表哥周转，每年拿利息; 交秦某用于承包土地，按年息8%支付利息. Only money lent out is 放贷.)
  // (贷款给别人用，他每年给我利息: money given for another to use, not lent, is theirs whatever they pay for it — unless
  // the household seeks a rate for it: 钱给表哥用，每年收二分利.)
  const lending =
    interest &&
    !(
      GIVEN_TO_USE.test(text) &&
      !LENT_OUT.test(text) &&
      !hits.some(
        (h) =>
          h.role.interest &&
          !h.negated &&
          (SEEKING_INTEREST.test(text.slice(Math.max(0, h.start - 2), h.end)) || RATE_NAMED.test(text.slice(Math.max(0, h.start - 2), h.end + 4))),
      )
    ) &&
    ((!theirBusiness() && !THEIR_ENTERPRISE.test(text)) ||
      (LENT_OUT.test(text) &&
        hits.some(
          (h) =>
            h.role.interest &&
            !h.negated &&
            (SEEKING_INTEREST.test(text.slice(Math.max(0, h.start - 2), h.end)) ||
              ((AGREED.test(text.slice(Math.max(0, h.start - 3), h.start)) || RATE_NAMED.test(text.slice(Math.max(0, h.start - 2), h.end + 4))) &&
                !THEIR_ENTERPRISE.test(text))),
        )));
  // 大儿子早就分出去单过了: a member who keeps a household of their own is another person, not 户用.
  // (贷款时尚未分家: one household when the loan was taken.)
  const separate = SEPARATE_HOUSEHOLD.test(text) && !ONE_AT_LOAN.test(text);

  const evidence: Evidence[] = [];
  const negated: string[] = [];
  const context: string[] = [];
  /** Takes the evidence `which` picks out of the reading, keeping its words as context. */
  const setAside = (which: (e: Evidence) => boolean) => {
    for (const e of evidence.filter(which)) {
      evidence.splice(evidence.indexOf(e), 1);
      context.push(e.term);
    }
  };
  const named: { kind: PartyKind; term: string; start: number }[] = [];
  /** Parties read, by the index of their last word: whether the money was handed to them. */
  let partyHanded: Map<number, boolean> | undefined;

  // 娃儿读书要用钱: an act before a word of need in its clause is the reason for the loan, not its use.
  // (儿子明年结婚，想多挣点钱, 到时卖牛办事: an event that the next clause says the household must earn for, or will sell its stock
  // for, is its reason to farm.)
  const motive = (h: Hit) =>
    // (Not one added to a use told before it: 买牛 还有娃儿订婚要用钱.)
    (motives !== undefined &&
      motives.some((at) => at >= h.end && at < clauses.end[h.clause]!) &&
      !ALSO_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) &&
      // (养牛，还有儿子结婚要用钱: nor one opening the clause after a clause of the household's farming.)
      !(
        ALSO_OPENS.test(text.slice(clauses.start[h.clause], h.start)) &&
        hits.some((o) => o.clause === h.clause - 1 && o.role.category === 'production' && !o.negated)
      )) ||
    EARN_NEXT.test(text.slice(clauses.end[h.clause]! + 1, clauses.end[h.clause + 1] ?? text.length)) ||
    // (说等卖了牛再给儿子办事: an event the household will pay for by selling what the loan bought.)
    SOLD_FIRST_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) ||
    // (贷款翻盖三间，户主说盖完了好给儿子说媳妇: an event a building once done is to serve — set 1026.)
    BUILT_SO_THAT_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) ||
    // (养羊攒钱，准备明年给闺女陪嫁: an event the farm's earnings are being saved for.)
    SAVED_FOR_BEFORE.test(text.slice(Math.max(0, clauses.start[h.clause]! - 8), h.start)) ||
    undefined;
  const add = (category: UsagePurpose, h: Hit, alone?: 'unknown') =>
    void evidence.push(evidenceOf(category, h.term, h.clause, h.start, alone, category === 'production' ? undefined : motive(h)));
  const deny = (term: string) => void (negated.includes(term) || negated.push(term));
  // Prohibited categories the text denies by a phrase (不用于婚事), and whether it names a dwelling anywhere.
  let deniedCategories: Set<UsagePurpose> | undefined;
  /** Words of a use only suspected (举报…, 怀疑…, 误读为…) that the text refutes. */
  let refuted: Set<Hit> | undefined;
  let dwellingNamed = false as boolean;
  let dwellingClauses: Set<number> | undefined;
  // (Whether the text holds the words a few readings below need at all: most purposes hold none.)
  const pastMatter = PAST_MATTER_MARK.test(text);
  const planChanged = PLAN_CHANGED_NEXT.test(text);
  const contrasted = CONTRAST_MARK.test(text);
  // Production is only put off (养牛的事再说); a prohibited use is also denied (住的房子不动, 饥荒都还上了).
  const deniedAfter = (h: Hit) => {
    // (后面住人的屋子没动: the act's dwelling named after it, said untouched.)
    if (h.role.category === 'housing' && DWELLING_UNTOUCHED_AFTER.test(text.slice(h.end, h.end + 10))) return true;
    // 啥理财不理财的咱不懂: a word waved aside as it is named.
    if (text.startsWith(`不${h.term}`, h.end) && /(?:啥|什么)$/.test(text.slice(Math.max(0, h.start - 2), h.start))) return true;
    // 儿子婚事暂不考虑: a negation phrase right after the word, ending its clause, puts it aside.
    if (h.role.category !== 'production' && PUT_ASIDE_AFTER.test(text.slice(h.end, h.end + 9))) return true;
    // (翻建房子（已划掉）: a word a few characters before a crossing-out is crossed out with the phrase.)
    if (h.role.category !== 'production' && CROSSED_OUT_NEAR.test(text.slice(h.end, h.end + 12))) return true;
    // (还亲戚的钱 前年盖房子找他们借的: a house named as where a debt the loan repays came from is the debt's past.)
    if (h.role.category === 'housing' && DEBT_ORIGIN_AFTER.test(text.slice(h.end, h.end + 10)) && LOAN_REPAYS_DEBT_BEFORE.test(text.slice(0, h.start)))
      return true;
    // (准备以后卖牛的钱给儿子攒彩礼: what the proceeds of a later sale will pay for is not the loan's use.)
    if (h.role.category !== 'production' && text.includes('卖') && SALE_PROCEEDS_BEFORE.test(text.slice(clauses.start[h.clause], h.start))) return true;
    // (理赔款给娃娃交学费了，贷款是芒果园施肥用的: what other money paid for, the loan's own use told after, is not the loan's.)
    if (h.role.category !== 'production' && OTHER_MONEY_OPENS.test(text.slice(clauses.start[h.clause], h.start)) && LOAN_USE_TOLD_AFTER.test(text.slice(h.end)))
      return true;
    // (有人劝他们把贷款存起来吃利息，孩子爸爸没听: advice the household did not take is no use.)
    if (h.role.category !== 'production' && adviceRefused(text, clauses, h)) return true;
    // (过年寄了两千给他们过年, 我打的钱他们买了个电视: what money a child sent home paid for is not the loan's use.)
    if (h.role.category !== 'production' && SENT_MONEY_BEFORE.test(text.slice(clauses.start[h.clause], h.start))) return true;
    // (崽讲明年要讨堂客，他说钱他自己去广东挣; 儿子的婚事是亲戚凑钱办的: an event other money is said to pay for, in
    // full, is not the loan's use.)
    if (h.role.category !== 'production' && paidByOtherMoney(text.slice(h.end, h.end + 20))) return true;
    // (婚纱照女方家出的: the bride's or groom's family named as the payer is no use of the loan.)
    if (h.role.category === 'marriage' && WEDDING_FAMILY.test(h.term) && FAMILY_PAYS_AFTER.test(text.slice(h.end, h.end + 5))) return true;
    // (给村里修路的工程队开铲车: a public work that only describes the crew after it is not the money's use.)
    if (h.role.category === 'government_financing_platform' && CREW_AFTER.test(text.slice(h.end, h.end + 5))) return true;
    // (前年…拉的饥荒到现在还没还利索，这回贷款是买牛犊子: a debt told as still owed, with nothing after repaying it, is
    // the household's situation, not this loan's use — unlike 饥荒还没还上，先还一部分; a repayment put off (秋后卖粮再还) repays nothing now.)
    const owed = h.role.category === 'other_non_productive' ? STILL_OWED_AFTER.exec(text.slice(h.end, h.end + 14)) : null;
    // (住院的钱还欠着医院的，先交上: a debt paid now, in the words after, is this loan's use.)
    if (owed !== null && !/(?<![再才])还(?!贷|款|银行|利索|清|完|上)|(?<![再才])(?:交上|付上|结上|交清|结清)/.test(text.slice(h.end + owed[0].length)))
      return true;
    // (虽与婚宴相关，钱用于其自己的营生: a use conceded only as related to the trade is not the money's use.)
    if (
      h.role.category !== 'production' &&
      CONCEDED_BEFORE.test(text.slice(Math.max(0, h.start - 4), h.start)) &&
      /^(?:相关|有关|沾边)/.test(text.slice(h.end, h.end + 2))
    )
      return true;
    // (交给村委会的机动地承包费: a fee paid to a body the word names is a price, not money handed over.)
    if (HANDED.has(h.role.category) && text[h.end] === '的' && FEES.test(firstClause(text.slice(h.end)))) return true;
    // (还亲戚的账（前年盖房借的）: the act a dated debt was made for, in the clause that repays it, is the debt's origin.)
    if (
      h.role.category !== 'production' &&
      DEBT_MADE_AFTER.test(text.slice(h.end, h.end + 6)) &&
      ((DEBT_DATED_BEFORE.test(text.slice(Math.max(0, h.start - 4), h.start)) &&
        /[还偿]/.test(text.slice(clauses.start[Math.max(0, h.clause - 1)], h.start))) ||
        // (还了之前欠亲戚的钱，做屋时借的: or said, after the debt repaid, to be what it was borrowed for.)
        (/^[，,]$/.test(text[h.start - 1] ?? '') && DEBT_REPAID_BEFORE.test(text.slice(0, h.start))))
    )
      return true;
    // (前几年盖房赊的砖和水泥钱…贷款一到就给砖厂结清, 前年盖房子赊了砖厂两万多的砖钱…: a dated debt made for the act, told
    // briefly or at length, that the loan is said later to settle — reviews 148, 149.)
    if (
      h.role.category !== 'production' &&
      DEBT_DATED_BEFORE.test(text.slice(Math.max(0, h.start - 4), h.start)) &&
      (DEBT_MADE_AFTER.test(text.slice(h.end, h.end + 6)) || DEBT_TOLD_AFTER.test(text.slice(h.end, h.end + 16))) &&
      LOAN_SETTLES_LATER.test(text.slice(h.end))
    )
      return true;
    // (盖房系过往情况: a word an officer's note calls a matter of the past.)
    if (h.role.category !== 'production' && pastMatter && PAST_MATTER_AFTER.test(text.slice(h.end, h.end + 10))) return true;
    // (原定年内结婚，现婚期推迟: a plan the next clause says was put off or dropped.)
    if (
      h.role.category !== 'production' &&
      planChanged &&
      ORIGINAL_PLAN.test(text.slice(clauses.start[h.clause], h.start)) &&
      // (（孙女注：后来没买: a bracketed note's label before it.)
      PLAN_CHANGED_NEXT.test(firstClause(text.slice(clauses.end[h.clause]! + 1).replace(NOTE_LABEL, '')))
    )
      return true;
    // (老二明年兴许要办事儿，那是后话: a next clause that calls it a matter for later puts it aside.)
    if (h.role.category !== 'production' && LATER_MATTER.test(text.slice(clauses.end[h.clause]! + 1, clauses.end[h.clause]! + 16))) return true;
    const list = h.role.category === 'production' ? deferrals : denials;
    if (list === undefined) return false;
    if (list.some((at) => at >= h.end && at < clauses.end[h.clause]!)) return true;
    // (银行的人跟我提过有理财产品，我没买: or the speaker's denial opening the next clause, the thing ending this one.)
    const next = clauses.start[h.clause + 1];
    return (
      h.role.category !== 'production' &&
      next !== undefined &&
      !hits.some((o) => o.clause === h.clause && o.start > h.start && !o.role.quiet) &&
      list.some(
        (at) =>
          clauseAt(clauses.start, at) === h.clause + 1 &&
          (SPEAKER_ONLY.test(text.slice(next, at)) ||
            // (问他儿子是不是要结婚，他说"早着呢": or one reported answering the question the clause asked.)
            (REPLIER_ONLY.test(text.slice(next, at)) && /是不是|有没有|吗/.test(text.slice(clauses.start[h.clause], clauses.end[h.clause])))),
      )
    );
  };
  // 经调查…实际用于…: where the last officer's finding stands (the real use after it is read below).
  const real = REAL_USE.test(text) ? lastFinding(text) : -1;
  hits.forEach((h, i) => {
    const c = h.role.category;
    // (Not a word inside a trade's name: 不是开装修店 denies the shop, not renovation.)
    // (Nor one whose next clause says what it is instead: 不是盖新房，是把住的老房子刷墙.)
    if (
      c !== undefined &&
      c !== 'production' &&
      h.negated &&
      h.byPhrase &&
      h.role.party === undefined &&
      !startsWithAny(text, h.end, SUFFIXES) &&
      // (屋头不是开婚庆的: nor the one who runs such a trade, which the household is said not to be.)
      !(/(?:开|搞|做|干)$/.test(text.slice(h.start - 1, h.start)) && text[h.end] === '的') &&
      !INSTEAD.test(text.slice(clauses.end[h.clause]! + 1, clauses.end[h.clause]! + 4)) &&
      // (申请书虽载明“不用于建房”，但复议查明…用于在宅基地上新建住房: not a form's denial an officer's finding comes after.)
      !(real > h.end) &&
      // (…彩礼要十八万八，扶贫贷款能贷不？答复：扶贫小额信贷不得用于结婚: nor the rule an official reply states.)
      !RULE_REPLIED_BEFORE.test(text.slice(Math.max(0, h.start - 24), h.start)) &&
      // (承诺书上写着不用于结婚，实际儿子十月份办婚礼: nor a pledge the text then tells was broken by a use of that kind.)
      !(PLEDGED_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) && hits.some((o) => o.start > h.end && !o.negated && o.role.category === c))
    )
      (deniedCategories ??= new Set()).add(c);
    // 修房的钱由女儿寄回: a use paid from other money is not this loan's wherever else it is named (老房漏雨).
    // 村里宣传资产收益扶贫，我家没参加: a scheme the household says next it did not join is not its use.
    if (
      c !== undefined &&
      c !== 'production' &&
      !h.negated &&
      // (Not where that money falls short: 彩礼两口子攒的不够，贷款补上.)
      ((OTHER_MONEY.test(text.slice(h.end, clauses.end[h.clause])) && !SHORTFALL.test(text.slice(h.end))) ||
        // (二闺女明年出门子…闺女的事钱早攒够了: or a later clause saying the money for that matter is already put by.)
        COST_PUT_BY_LATER.test(text.slice(clauses.end[h.clause], clauses.end[h.clause]! + 30)) ||
        // (打牌输了几千，那是卖黄豆的钱，跟贷款不沾边: or a later clause saying that money was other or had nothing to do with the loan.)
        NOT_THE_LOAN_LATER.test(text.slice(clauses.end[h.clause]! + 1, clauses.end[h.clause]! + 24)) ||
        NOT_JOINED.test(text.slice(clauses.end[h.clause], clauses.end[h.clause]! + 8)) ||
        // (闺女明年要结婚，但这钱是扣大棚用的: the next clause gives the loan's money to the farm instead.)
        (contrasted &&
          MONEY_ELSEWHERE_NEXT.test(text.slice(clauses.end[h.clause]! + 1, clauses.end[h.clause]! + 9)) &&
          hits.some((o) => o.clause === h.clause + 1 && !o.negated && o.role.category === 'production')) ||
        // (今年办婚事，费用由其子外出务工收入承担: the next clause, about its cost, says who pays.)
        COST_PAID_NEXT.test(firstClause(text.slice(clauses.end[h.clause]! + 1, clauses.end[h.clause]! + 24))) ||
        // (…，费用由其女婿家承担，未动用本笔贷款: or the clause after says the loan was not touched.)
        LOAN_UNTOUCHED.test(firstTwoClauses(text.slice(clauses.end[h.clause]! + 1, clauses.end[h.clause]! + 40))))
    )
      (deniedCategories ??= new Set()).add(c);
    // 赌账一说不成立: a use the text says outright does not hold is no use where it was claimed.
    if (c !== undefined && c !== 'production' && CLAIM_FAILS_AFTER.test(text.slice(h.end, h.end + 9))) {
      // (Only the claim it answers, told before it: 经查…其余用于建房 after it still counts.)
      for (const o of hits) if (o.role.category === c && o.start <= h.start) (refuted ??= new Set()).add(o);
      (deniedCategories ??= new Set()).add(c);
    }
    // 群众举报借款人把钱给儿子办了婚事…举报不实; 怀疑户贷企用…不构成企业使用; 审计将"建棚"误读为建房: a use only suspected,
    // which the text then refutes, is no use, and neither is its category where else it is named without being used.
    if (c !== undefined && c !== 'production' && !h.negated && suspicionRefuted(text, h, clauses.start[h.clause]!)) {
      (refuted ??= new Set()).add(h);
      (deniedCategories ??= new Set()).add(c);
    }
    // A dwelling named for use — a dwelling noun whatever its verb (装修自住房) unless it only places something, or a
    // housing word that names a dwelling (住房, 住的房子, 老屋) — not denied and not turned into the farm's.
    // (全家还是住安置房，不住店里: nor the home a family is said to keep living in, apart from the shop it refits — set 995.)
    const noun =
      dwellingNoun(h) && !locatesOnly(text, h) && !(HOME_KEPT_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) && NOT_LIVED_AT_TRADE.test(text));
    const word = c === 'housing' && !h.role.dualUse && DWELLING.test(h.term);
    // (卖给盖房的人: a house the buyers build is theirs.)
    if ((noun || word) && !h.negated && !deniedAfter(h) && !forTheFarm(scan, i, clauses.end[h.clause]!) && !soldTo(text, h, clauses.start[h.clause]!)) {
      dwellingNamed = true;
      if (noun) (dwellingClauses ??= new Set()).add(h.clause);
    }
  });
  /** Clauses where a building is turned to the farm or the trade (旧窑收拾出来做民宿). */
  let fitted: Set<number> | undefined;
  // (Whether the text runs a guesthouse that takes guests: read at the first building word, not for every purpose.)
  let guests: boolean | undefined;
  const guestRooms = (h: Hit) =>
    // (Not where the family is said to live in them: 改造房屋专用于接待游客，其实一家人都住进去了 — guests staying, 给游客住, or
    // the family in another room, 我们自己住东屋, leave them the guests'.)
    (guests ??= GUEST_TRADE.test(text) && GUESTS_TAKEN.test(text)) &&
    // (把两间厢房收拾出来做民宿，贷款…换了暖气片: or fittings after the rooms fitted out for guests.)
    (ROOMS_FITTED.test(clauseText(h.clause)) ||
      // (自家不住, 一家人住的是前头的新房: a family said not to live there, or to live elsewhere, leaves them the guests'.)
      ([...(fitted ?? [])].some((c) => c < h.clause) &&
        ROOM_FITTING.test(h.term) &&
        !text
          .replace(GUESTS_STAY, '')
          .replace(/(?:不|没)(?:是)?(?:自)?住/g, '')
          .replace(FAMILY_LIVES_ELSEWHERE, '')
          .includes('住'))) &&
    !clauses.familyStrong[h.clause] &&
    !FAMILY_MOVED_IN.test(text.slice(clauses.start[h.clause])) &&
    !text.slice(clauses.start[h.clause], clauses.end[h.clause]).replace(GUESTS_STAY, '').includes('住') &&
    !text.includes(`住${h.term}`, h.end);
  let lastOthersAct = -1; // the last act read as another party's
  /** Whether 住 stands within five characters before `h` in its clause, outside any word denied. */
  const livedNear = (h: Hit, clauseStart: number) => {
    for (let at = text.lastIndexOf('住', h.start - 1); at >= Math.max(clauseStart, h.start - 5); at = text.lastIndexOf('住', at - 1)) {
      if (!hits.some((o) => o.negated && o.start <= at && at < o.end)) return true;
      if (at === 0) break;
    }
    return false;
  };
  const othersAct = (i: number, before: Hit | undefined) =>
    before !== undefined &&
    before.clause === hits[i]!.clause &&
    hits[i]!.start - before.end <= (lastOthersAct === i - 1 ? 2 : 1) &&
    // (老邱家办喜事: not the borrower named at the head of the text.)
    !namesTheBorrower(text, before) &&
    // (帮人家起厝, 替别人盖房: a party served is named, and the act is still theirs.)
    ((partyHanded?.get(i - 1) === false &&
      !PLACE_PARTIES.includes(before.term) &&
      (!namedOnly(text, before) || SERVED_BEFORE.test(text[before.start - 1] ?? ''))) ||
      // (给帮忙跑贷款的人当辛苦费: not past the person an act describes, whom the household then pays.)
      (lastOthersAct === i - 1 && !/^的(?:人|户)/.test(text.slice(before.end, hits[i]!.start))));
  // Whether goods are named, asked only of family words.
  const goodsNamed = () => hits.some((o) => !o.negated && (o.role.category === 'household_goods' || o.role.frame?.category === 'household_goods'));
  const rulings = RULING_WORD.test(text) ? rulingsNotTheUse(text) : undefined;
  /** Whether `h` stands after the last finding and every trade the text tells stands before it. */
  // (Not a ruling complained of: 开了一家家具店…被认定为购置家庭用品，诉求：纠正.)
  /** Whether the household runs a guest house (民宿, 客栈) and the text says no one lives anywhere: its rooms are the trade's. */
  let lodgingUnlivedRead: boolean | undefined;
  const lodgingUnlived = () =>
    (lodgingUnlivedRead ??= LODGING.test(text) && hits.some((o) => o.role.business === true && !o.negated && LODGING.test(o.term)) && !livedInAnywhere(text));
  const tradeOnlyBefore = (h: Hit) => real > 0 && text[real - 1] !== '被' && h.start > real && !tradeAfterFinding();
  /** Whether a trade is told after the last finding, or the household said there to run one (实际购置烤炉、冷柜，户主自营). */
  const clauseText = (c: number) => text.slice(clauses.start[c], clauses.end[c]);
  /** Whether production, not negated, is told at a hit `where` picks (before a word, in an earlier clause …). */
  const productionTold = (where: (o: Hit) => boolean) =>
    hits.some((o) => where(o) && !o.negated && (o.role.category ?? o.role.frame?.category) === 'production');
  const familyFoundAfter = (c0: number, term: string) => {
    const c = clauses.start.findIndex((_, c1) => {
      if (c1 < c0) return false;
      const said = clauseText(c1);
      return FAMILY_USE_SAID.test(said) && !FAMILY_KEEPS_OLD.test(said) && (said.includes(term.slice(-2)) || GOODS_PLACED.test(said));
    });
    return (
      c >= 0 &&
      // (…后来搬回家用，小卖部去年已关门: not a trade the text says was given up.)
      !business.some((b, c1) => b && c1 >= c && !TRADE_GIVEN_UP.test(clauseText(c1))) &&
      !clauses.premises.some((p, c1) => p && c1 >= c) &&
      !hits.some((o) => o.clause >= c && o.role.category === 'production' && !o.negated && !(o.role.business && TRADE_GIVEN_UP.test(clauseText(o.clause))))
    );
  };
  const tradeAfterFinding = () => business.some((b, c) => b && clauses.end[c]! > real) || RUNS_OWN.test(text.slice(real));
  /** Whether a claim before the finding puts goods to a trade that the finding puts to the family, with no trade of its own. */
  const familyFoundOverClaim = () =>
    real >= 0 && CLAIM_BEFORE_FINDING.test(text.slice(0, real)) && FAMILY_USE_FOUND.test(text.slice(real)) && !tradeAfterFinding();
  // After the finding, no word of a use but the family's own (接送孩子上学).
  const onlyFamilyFound = () =>
    hits.every(
      (o) =>
        o.start <= real ||
        o.negated ||
        o.role.family !== undefined ||
        (o.role.category === undefined && o.role.business === undefined && o.role.party === undefined),
    );
  // Something a person must read before the text can pass: a dwelling named with no verb of use (收拾收拾房子), a
  // vehicle with nothing to say whose it is (养牛，买车).
  let review = false;
  // 以养牛名义贷款, 以养殖为由: a use given as the pretext for the loan is what was claimed, not what the money did.
  // (Not a person's name: 以借款人名义, 以我的名义 — the span must name a use and no party.)
  let pretext = text.includes('名义') || text.includes('为由') || text.includes('为名') ? PRETEXT.exec(text) : null;
  const inPretext = (h: Hit) => pretext !== null && h.start >= pretext.index && h.start < pretext.index + pretext[0].length;
  if (pretext !== null) {
    const inside = hits.filter(inPretext);
    if (inside.some((h) => h.role.party !== undefined) || !inside.some((h) => h.role.category !== undefined && h.role.category !== 'enterprise_use'))
      pretext = null;
  }

  // (二愣子他妈说贷款买的两头西门塔尔…婚礼是随礼钱和老两口积蓄办的: a family event the text says other money paid, where
  // the loan is named and its production told, is no use of the loan — nor the gifts that paid it.)
  const paidElsewhere =
    // (彩礼是卖苞米攒的，差两万从贷款里补上了: not where that money fell short and the loan made it up.)
    SAVINGS_OR_PAYER_OR_EARNED.test(text) && LOAN_IN_SENTENCE.test(text) && !FELL_SHORT.test(text) && productionTold(() => true)
      ? [...text.matchAll(EVENT_PAID_ELSEWHERE)].map((m) => [m.index, m.index + m[0].length] as const)
      : [];

  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const { role } = h;
    if (role.category !== undefined && role.category !== 'production' && paidElsewhere.some(([from, to]) => h.start >= from && h.start < to)) {
      context.push(h.term);
      continue;
    }
    // (结婚三十周年, 在镇上饭店摆了十桌, 撞了别个的摩托, 他老婆说想盖房，他说不中 …: a word its own neighbours say is no
    // use — the readings are listed in usage-asides.ts.)
    if (wordNoUse(text, clauses, hits, h)) {
      context.push(h.term);
      continue;
    }
    // 烟酒店叫"喜事烟酒": a word inside a name the text gives (a shop's) names, it is no use.
    if (role.category !== undefined && role.category !== 'production' && NAMED_AS_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start))) {
      context.push(h.term);
      continue;
    }
    // (托管合同…被认定无效，借款人已将牛收回自家饲养: a hand-over undone is no hand-over now.)
    if (role.category === 'enterprise_use' && TAKEN_BACK.test(text)) {
      context.push(h.term);
      continue;
    }
    // 支行原认定“生活消费”…复议撤销原认定, 不按住房装修认定: a ruling quoted and overturned, or a category the use is said
    // not to be ruled as, names no use.
    if (rulings?.some(([from, to]) => h.start >= from && h.start < to)) {
      context.push(h.term);
      continue;
    }
    // (帮他小舅子的修车铺买了个举升机, 贷款给他二哥的饭店重新弄了门脸: a trade named as another person's, which the money is
    // spent on for them, is their enterprise — not the household's own.)
    // (小儿子没分户，跟我们一个户口本…贷款给他在村口的修车铺进轮胎配件: not a member's, where the text says the member is of the
    // one household.)
    if (
      (role.business === true || (role.frame?.category === 'production' && /[店铺馆坊]$/.test(h.term))) &&
      !h.negated &&
      !(ONE_AT_LOAN.test(text) && CHILD_NAMED_BEFORE.test(text.slice(0, h.start))) &&
      othersTradeFitted(scan, i)
    ) {
      add('enterprise_use', h);
      continue;
    }
    // (不是拿去盖房子，是修牛圈，现场看了正在打地基: a step of building, where the only building named is the farm's, is its.)
    if (
      role.category === 'housing' &&
      BUILDING_STEP.test(h.term) &&
      hits.some((o) => o.role.premises && !o.negated) &&
      !hits.some((o) => o !== h && !o.negated && (o.role.category === 'housing' || o.role.frame?.category === 'housing') && !BUILDING_STEP.test(o.term))
    ) {
      add('production', h);
      continue;
    }
    // (三七投入大得很，贷的5万全投进去了，租地、买苗: money put into the household's own farm is its inputs.)
    if (
      role.category === 'wealth_management' &&
      PUT_IN.test(h.term) &&
      hits.some((o) => o.role.category === 'production' && !o.negated && Math.abs(o.clause - h.clause) <= 1) &&
      !hits.some((o) => o !== h && !o.negated && (o.role.category === 'wealth_management' || o.role.party !== undefined || o.role.interest))
    ) {
      add('production', h);
      continue;
    }
    // (支书统一收的钱去牛市统一挑的牛，拉回来各家各户自己养: a cadre's collection to buy stock each household keeps is buying.)
    if (role.category === 'government_financing_platform' && h.term.endsWith('统一收的') && OWN_FARMING.test(text)) {
      context.push(h.term);
      continue;
    }
    // (冰箱是村里发的: goods the text says a body or someone else gave the household were not bought.)
    if (role.category === 'household_goods' && GIVEN_BY_AFTER.test(text.slice(h.end, h.end + 12))) {
      context.push(h.term);
      continue;
    }
    // (在家学习用的，跟生意没关系: a trade the text says the thing has nothing to do with is no use.)
    if (role.category === 'production' && unrelatedTo(text, h)) {
      context.push(h.term);
      continue;
    }
    // 起屋？冇得那个钱: a use echoed as a question and denied at once is no use.
    if (role.category !== undefined && role.category !== 'production' && ECHOED_DENIED_AFTER.test(text.slice(h.end, h.end + 4))) {
      context.push(h.term);
      continue;
    }
    // 烟筒屯镇, 在烟筒屯泡子边: a word that begins a village's name (…屯, …村) names the place, not a use.
    if (role.category !== undefined && role.category !== 'production' && VILLAGE_AFTER.test(text.slice(h.end, h.end + 3))) {
      context.push(h.term);
      continue;
    }
    // 苹果赊销给某果品公司…逾期按月息1%计付利息: interest charged on a late price for goods sold on credit is the sale's
    // term, not money lent for a return.
    if (role.interest && lateCharge(text, h, clauses.start[h.clause]!)) {
      context.push(h.term);
      continue;
    }
    // 往返县城超市上班: a shop or works where someone is employed is their workplace, not the household's trade.
    if (workplace(text, h)) {
      context.push(h.term);
      continue;
    }
    if (pretext !== null && inPretext(h) && role.party === undefined) {
      context.push(h.term);
      continue;
    }
    // 今年村里修路后过路人多: a public body's own work told as an event (…后) is the household's reason, not a hand-over.
    if (
      role.category === 'government_financing_platform' &&
      /^(?:后|以后|之后)/.test(text.slice(h.end, h.end + 2)) &&
      hits[i - 1]?.role.party === 'government' &&
      h.start - hits[i - 1]!.end <= 1
    ) {
      context.push(h.term);
      continue;
    }
    // 借给本村村民赵某（赵某用于个人还房贷）: what the brackets after a party tell of its own affairs is the party's; so is
    // what a person lent to at interest needs the money for (借给隔壁老张家还房贷，每月收三分利).
    if (
      role.category !== undefined &&
      ((RETAGGED.has(role.category) && bracketsOfParty(scan, i)) ||
        (lending && RETAGGED.has(role.category) && LENT_TO_BEFORE.test(text.slice(clauses.start[h.clause], h.start))))
    ) {
      context.push(h.term);
      continue;
    }
    // 核实后车辆平时只用于接送孩子和家人出行: the family's use of goods, found after the form, is a use of the goods.
    // (核实只接送孩子上学: and a weaker word of the family's use, where the finding names nothing else.)
    if (
      (role.family === 'strong' || (role.family === 'weak' && onlyFamilyFound())) &&
      role.category === undefined &&
      !h.negated &&
      real >= 0 &&
      h.start > real &&
      goodsNamed()
    ) {
      add('household_goods', h);
      continue;
    }
    // 贷出来存上，利息比贷款利息高: money put on deposit, its interest named next, is placed for a return (理财).
    // (The loan's money, said so in the deposit's clause: 卖牛的钱存上，利息还贷款 repays from a sale.)
    if (
      role.interest &&
      role.category === undefined &&
      !h.negated &&
      !adviceRefused(text, clauses, h) &&
      DEPOSITED_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start)) &&
      // (钱存在信用社拿利息: a text that opens on the money speaks of the loan.)
      // (说是买羊，其实钱存在信用社拿利息: or a clause that opens on the money, telling what in truth became of it.)
      (LOAN_MONEY.test(text.slice(clauses.start[Math.max(0, h.clause - 1)], h.start)) ||
        (h.clause === 0 && text.startsWith('钱')) ||
        /^(?:其实|实际上?|实则)钱/.test(clauseText(h.clause)))
    ) {
      add('wealth_management', h);
      continue;
    }
    if (role.category === undefined && role.party === undefined && role.frame === undefined) continue;
    // 彩礼的事等两年再说, 住的房子不动: denied or put off after the word, within its clause.
    // (公司与资金使用无关: a party said to have nothing to do with the money is denied.)
    if (
      h.negated ||
      ((role.category !== undefined || role.frame !== undefined) && deniedAfter(h)) ||
      (role.party !== undefined && UNRELATED_AFTER.test(text.slice(h.end, h.end + 9))) ||
      // (贷款买了台大彩电，今儿来卖犊子, 拉了两头肥猪来集上卖: stock brought to market to be sold tells nothing the loan bought.)
      (role.category === 'production' &&
        (/来卖了?$/.test(text.slice(Math.max(0, h.start - 3), h.start)) || /^来(?:集上|市场|市上|这)?卖/.test(text.slice(h.end, h.end + 5)))) ||
      // (挨着牛棚盖了两间住房: nor a farm building named as where something else stands; 手机店收据: nor the shop that
      // issued the paper.)
      (role.category === 'production' && ((role.premises === true && standsAgainst(text, h.start)) || (role.business === true && issuesPaper(text, h))))
    ) {
      if (role.party !== 'household') deny(h.term);
      continue;
    }
    // 贷款付了春耕时在农资店赊的化肥款: inputs taken on credit this season and paid with the loan are what it bought (a
    // debt of an earlier year, 还去年赊的化肥钱, is a debt repaid).
    // (儿子户口迁到城里上学了: and what a member who moved to another household went for is theirs, not a use of this loan.)
    // (逾期原因：户主脑血栓住院: and why the loan fell overdue is not what it was spent on.)
    if (
      (role.category === 'other_non_productive' &&
        ((/^(?:还了?)?(?:在)?(?:社里|店里)?赊|^(?:化肥|农资)账|农资店的账$/.test(h.term) &&
          // (…化肥钱，是今年春耕时赊的: or in the clause after it.)
          // (今年贷款种了十五亩麦子，化肥在俺这赊的: or in the clause before; an earlier year counts in its own clause or the next.)
          (THIS_SEASON.test(text.slice(clauses.start[Math.max(0, h.clause - 1)], h.start)) ||
            THIS_SEASON.test(firstClause(text.slice(clauses.end[h.clause]! + 1)))) &&
          // (…前年赊的那台彩电钱早就还清了: not a next clause that tells a debt of its own.)
          !EARLIER_YEAR.test(
            text.slice(
              clauses.start[h.clause],
              hits.some((o) => o.clause === h.clause + 1 && o.role.category === 'other_non_productive')
                ? clauses.end[h.clause]
                : (clauses.end[h.clause + 1] ?? text.length),
            ),
          )) ||
          // (肥是在俺这赊的秋后算: goods on credit to be settled after the harvest are no debt the loan paid.)
          (h.term.includes('赊') && SETTLED_LATER_AFTER.test(text.slice(h.end, h.end + 8))) ||
          // (今年开春在农资店赊的尿素和二铵，贷款下来以后把钱还给了农资店: this season's inputs on credit, their price paid.)
          (/^(?:把钱还|钱还上|钱还了|钱还清)$/.test(h.term) &&
            text.lastIndexOf('赊', h.start) >= 0 &&
            CREDIT_GOODS_REPAID.test(text) &&
            creditThisSeason(text)) ||
          MOVED_AWAY_FOR.test(text.slice(clauses.start[h.clause], h.start)) ||
          ((DEFAULT_REASON_BEFORE.test(text.slice(0, h.start)) ||
            // (因户主住院两个月停产，申请延期: or the cause a request for more time gives.)
            (/因[^，。,;；]{0,8}$/.test(text.slice(clauses.start[h.clause], h.start)) && MORE_TIME_ASKED.test(text))) &&
            !SPENT_AFTER.test(text.slice(h.end, h.end + 4))))) ||
      // (买牛的钱是卖粮凑的: nor a cost said to be met from other money.)
      (role.category === 'production' && RAISED_ELSEWHERE_AFTER.test(text.slice(h.end, h.end + 14))) ||
      // (鹅苗钱是卖黄豆的钱，贷款买了台液晶电视: or said to be a sale's money — production only where the text tells another
      // use of the loan; 这寿衣钱是卖牛犊子的钱: any other use.)
      (role.category !== undefined &&
        SALE_MONEY_SAID_AFTER.test(text.slice(h.end, h.end + 14)) &&
        (role.category !== 'production' || hits.some((o) => !o.negated && o.role.category !== undefined && o.role.category !== 'production'))) ||
      // (贷款全部买了羊，给儿子看病的钱另向亲戚借的: and a prohibited one, where the text says the whole loan went elsewhere.)
      (role.category !== undefined && WHOLE_LOAN_TOLD.test(text.slice(0, h.start)) && RAISED_ELSEWHERE_AFTER.test(text.slice(h.end, h.end + 14))) ||
      // (县里发的重建补助用于盖房; 住房加固已用重建补助完成: or one a subsidy named right before or after it paid for.)
      ((role.category ?? role.frame?.category ?? 'production') !== 'production' &&
        (SUBSIDY_PAID_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) ||
          SUBSIDY_PAID_AFTER.test(text.slice(h.end, h.end + 12)) ||
          SUBSIDY_NAMED_AFTER.test(text.slice(h.end, h.end + 6)))) ||
      // (被告称另向他人借款修缮房屋: or one another loan, named right before it, paid for.)
      (role.category !== undefined && role.category !== 'production' && OTHER_LOAN_BEFORE.test(text.slice(clauses.start[h.clause], h.start))) ||
      // (学费是去年卖粮钱交的: or one said to be paid with other money the text names.)
      ((role.category !== undefined || role.frame !== undefined) && PAID_WITH_OTHER_MONEY_AFTER.test(text.slice(h.end, h.end + 24))) ||
      // (打牌的是卖粮钱: and a prohibited one the money of a sale is said to have paid.)
      (role.category !== undefined && role.category !== 'production' && SALE_MONEY_AFTER.test(text.slice(h.end, h.end + 10))) ||
      // (新房建设资金来源于易地扶贫搬迁补助: or a source the text names that is not the loan.)
      ((role.category !== undefined || role.frame !== undefined) &&
        SOURCE_NAMED_AFTER.test(text.slice(h.end, h.end + 24)) &&
        !/贷款|这笔|本笔|贷的/.test(firstClause(text.slice(h.end))) &&
        // (…不足部分由本笔贷款补足: not where the loan makes up what the source lacks.)
        !/(?:不足|不够|差)[^。；;]{0,8}贷款|贷款[^。；;]{0,4}补/.test(text.slice(h.end))) ||
      // (合伙养羊，两家都出工…由本户喂养，卖羊收入按比例分钱: a share of what a partnership the household works in sells is
      // its own proceeds, not a return on money handed over.)
      (role.category === 'enterprise_use' && RETURNED.test(h.term) && PARTNERSHIP.test(text) && HOUSEHOLD_WORKS.test(text)) ||
      // (买的是分红型的保险…就图那个分红: and a product's own dividend, a product of wealth named.)
      (role.category === 'enterprise_use' &&
        RETURNED.test(h.term) &&
        hits.some((o) => o.role.category === 'wealth_management' && !o.negated && WEALTH_PRODUCT_WORD.test(o.term)))
    ) {
      context.push(h.term);
      continue;
    }
    // 可能买牛也可能干别的: production said as a maybe is not shown; a prohibited use said as a maybe is a declared
    // risk of it and counts (可能拿一部分办婚事).
    // (An object of a prohibited use said as a maybe is read with its verb: 也可能先把房子修了.)
    if (h.hedged && ((role.category === undefined && (role.frame === undefined || role.frame.category === 'production')) || role.category === 'production')) {
      context.push(h.term);
      continue;
    }
    // (儿子明年可能结婚，日子还没定，这笔钱是买牛的: but an event said as a maybe with no money in its clause, where a
    // clause of its own says what this money is, is told, not a use — set 957.)
    if (
      h.hedged &&
      role.category !== undefined &&
      !MONEY_HANDLED.test(text.slice(clauses.start[h.clause], clauses.end[h.clause])) &&
      // (大儿子说不定过两年要结婚，这回贷款5万元用于购买母牛: or where another clause naming the loan tells a use of it plainly —
      // review 146.)
      (THIS_MONEY_IS_FOR.test(text) ||
        hits.some(
          (o) => o.clause !== h.clause && !o.hedged && !o.negated && (o.role.category ?? o.role.frame) !== undefined && LOAN_NAMED.test(clauseText(o.clause)),
        ))
    ) {
      context.push(h.term);
      continue;
    }
    // 付某汽车销售有限公司 皮卡车款: goods in the name of the seller the money is paid to are its trade, what was
    // bought named beside it.
    if (
      role.dualUse &&
      inPayeeName(text, h.start, h.end) &&
      hits.some((o) => o !== h && o.role.category !== undefined && !o.negated && !inPayeeName(text, o.start, o.end))
    ) {
      context.push(h.term);
      continue;
    }
    // (民宿客房从未接待过游客…贷款实际用于翻修该屋: a trade a finding says never ran names no use, where another use is told.)
    if (
      noBusiness &&
      role.category === 'production' &&
      (role.business === true || role.trade !== undefined) &&
      // (说跑网约车，一单都没接过，车是他媳妇开去上班的: or a thing named that another use may be told of.)
      hits.some((o) => {
        const named = o.role.category ?? o.role.frame?.category;
        return o !== h && !o.negated && named !== undefined && named !== 'production';
      })
    ) {
      context.push(h.term);
      continue;
    }
    // (付托管服务费: a hand-over's service hired, such as a trusteeship for the household's own land, is a price paid.)
    let category = hired?.has(h) && role.trade !== 'enterprise_use' ? role.trade : role.category;
    // (在手机店买了个手机，开直播卖山货: a shop the household buys goods at is read through the goods it names, which
    // their own words put to the family or the trade; it stands for them only where none is named: 在家具店花了八千.)
    if (
      category === 'household_goods' &&
      role.trade === 'household_goods' &&
      hired?.has(h) === true &&
      hits.some((o) => o !== h && !o.negated && o.role.dualUse === true && o.role.category === 'household_goods') &&
      // (Not where the shop is the only trade told: 在手机店给闺女买了个苹果手机.)
      hits.some((o) => o !== h && !o.negated && o.role.business === true && !hired.has(o))
    ) {
      context.push(h.term);
      continue;
    }
    // (在县城影楼订了寿宴跟拍: a wedding studio hired for another feast the clause names is that feast's, not a wedding.)
    if (
      category === 'marriage' &&
      role.trade === 'marriage' &&
      hits.some((o) => o.clause === h.clause && o.start > h.end && !o.negated && o.role.category === 'other_non_productive' && FEAST.test(o.term))
    ) {
      context.push(h.term);
      continue;
    }
    // (奶牛配种，请兽医打人工授精，还有买药: medicine bought, on its own, in a text of the herd's care only is the herd's.)
    if (
      category === 'other_non_productive' &&
      MEDICINE_BOUGHT.test(h.term) &&
      ALSO_ONLY.test(text.slice(clauses.start[h.clause], h.start)) &&
      HERD_CARE.test(text.slice(0, h.start)) &&
      !PERSON_ILL.test(text)
    )
      category = 'production';
    // 儿子腊月十八过事: the family's event (过事、办事) held for a son or daughter is a wedding.
    if (
      category === 'other_non_productive' &&
      FAMILY_EVENT.test(h.term) &&
      (CHILD_KIN.test(text.slice(Math.max(clauses.start[h.clause]!, h.start - 8), h.start)) ||
        // (还没成家，这回总算说成了，就差这点钱过事: an event the text calls a match is the wedding.)
        (MATCH_MADE.test(text) && !MOURNING.test(text)))
    )
      category = 'marriage';
    if (
      category === 'other_non_productive' &&
      BANQUET.test(h.term) &&
      ENGAGED.test(text) &&
      !MOURNING.test(text) &&
      !ELDER_DIED.test(text) &&
      !OTHER_EVENT.test(text)
    )
      category = 'marriage';
    // (是合作社的羊，俺的钱投进去了: money put into a firm or cooperative named just before is handed to it, not invested in a
    // product.)
    if (
      category === 'wealth_management' &&
      h.term.startsWith('投进') &&
      hits.some((o) => o.start < h.start && h.start - o.end <= 12 && o.role.party === 'organisation' && !o.negated) &&
      // (Not one promising a return on it, no stock of its named: 进了个公司，钱投进去了，说一年翻倍.)
      (!/翻倍|翻番|回报|返利|高息|利息|[天月]返/.test(text.slice(h.end)) ||
        hits.some((o) => o.start < h.start && !o.negated && (o.role.category === 'production' || o.role.frame?.category === 'production')))
    )
      category = 'enterprise_use';
    // (通过牛经纪刘某从吉林买了5头母牛，付了刘某中介费1500元: a broker's fee for stock bought is part of its price.)
    if (
      category === 'other_non_productive' &&
      h.term === '中介费' &&
      /经纪|贩子/.test(text) &&
      hits.some((o) => o.start < h.start && !o.negated && o.role.category === 'production')
    ) {
      add('production', h);
      continue;
    }
    // (家里没有办事儿（结婚）的打算: a word in brackets that glosses a denied word is denied with it.)
    if (/[（(]$/.test(text.slice(Math.max(0, h.start - 1), h.start)) && hits[i - 1]?.negated && hits[i - 1]!.end === h.start - 1) {
      context.push(h.term);
      continue;
    }
    // (户说挣了钱再给儿子张罗婚事: a use put off until the farm has earned is no use of this loan.)
    // (东屋房顶漏雨，还没来得及修: a dwelling's fault the next clause says is not yet repaired is no use of the loan.)
    if (category === 'housing' && NOT_YET_REPAIRED.test(clauseText(h.clause + 1)) && !LOAN_IN_SENTENCE.test(clauseText(h.clause))) {
      context.push(h.term);
      continue;
    }
    // (你家开的那个婚庆店，贷款投进去了？, 你这家具店贷款投进去多少？: money put into the household's own shop is its capital.)
    if (
      category === 'wealth_management' &&
      /^投(?:进去|入|到)/.test(h.term) &&
      HOUSEHOLD_SHOP_BEFORE.test(text.slice(clauses.start[Math.max(0, h.clause - 1)], h.start))
    ) {
      add('production', h);
      continue;
    }
    // (剩下的利钱再给小子说媳妇: profit put to a later use is the farm's earnings, not a return on money lent.)
    if (category === 'wealth_management' && h.term.endsWith('利钱') && text[h.end] === '再') {
      context.push(h.term);
      continue;
    }
    // (学费是她姐给拿的, 她婆婆住院的钱是她兄弟拿的: a cost the text says a relative paid is no use of the loan.)
    if (category !== 'production' && KIN_PAID_AFTER.test(text.slice(h.end, clauses.end[h.clause]))) {
      context.push(h.term);
      continue;
    }
    // (养牛挣钱，以后给儿子娶媳妇用: or a clause that earns by the farm, and the use put after it.)
    if (
      category !== 'production' &&
      (EARNED_FIRST_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) ||
        (h.clause > 0 &&
          LATER_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) &&
          EARNS_END.test(clauseText(h.clause - 1)) &&
          productionTold((o) => o.start < h.start)))
    ) {
      context.push(h.term);
      continue;
    }
    // (发丧办事儿: 办事儿, a wedding where it stands alone, is the funeral its clause mourns.)
    // (老父亲没了，办事儿用了: or a death the clause before tells.)
    if (category === 'marriage' && h.term === '办事儿' && (MOURNING.test(clauseText(h.clause)) || (h.clause > 0 && ELDER_DIED.test(clauseText(h.clause - 1)))))
      category = 'other_non_productive';
    // (租了镇上一间门市房开菜店，一年房租8000: a shop's premises rented, and their rent, where the text opens a shop in them,
    // are the trade's.)
    if (
      ((category === 'housing' &&
        /门市|门面|商铺|铺面|门头/.test(h.term) &&
        /租(?:了|的是|的|下|下了)?[^，。,;；]{0,4}$/.test(text.slice(clauses.start[h.clause], h.start))) ||
        (h.term === '房租' && (/(?:门市|门面|商铺|铺面|门头)房?/.test(text) || WORKROOM.test(text)))) &&
      // (租了个门头房专门打版: or one the text puts to the trade's work.)
      (SHOP_OPENED.test(text) || /专门(?:打版|加工|生产|做活)/.test(text) || WORKROOM.test(text)) &&
      !/(?:自家|一家|家里人?)[^，。,;；]{0,3}住(?!的[”"])/.test(text.replace(/不是自家住的|非住宅|不住人/g, ''))
    ) {
      add('production', h);
      continue;
    }
    // (租屯里闲房子养笨鸡，交了一年房租: rent for a house rented to farm in is the farm's.)
    if (h.term.endsWith('房租') && RENTED_TO_FARM.test(text) && !/(?:自家|一家|家里人?)[^，。,;；]{0,3}住/.test(text)) {
      add('production', h);
      continue;
    }
    // (户主住院期间贷款买的母牛由儿子在家喂着, 过彝族年那几天补栏了十五头仔猪: an illness or a festival named only to date what
    // was done is a time, not a use.)
    if (
      category === 'other_non_productive' &&
      /^(?:住院|生病|看病|治病|过年|过彝族年|过苗年|过春节|春节|过节)$/.test(h.term) &&
      ((/^(?:期间|那阵子?|那会儿?|的时候|那几天|那天|前后)/.test(text.slice(h.end, h.end + 4)) &&
        hits.some((o) => o.start > h.end && !o.negated && (o.role.category ?? o.role.frame?.category) === 'production')) ||
        // (开清真糕点作坊…过节做馓子油香卖: or what the household makes to sell for it.)
        (/^(?:做|炸|蒸|包)[^，。,;；]{1,8}卖/.test(text.slice(h.end, h.end + 12)) &&
          hits.some((o) => o !== h && !o.negated && o.role.category === 'production')))
    ) {
      context.push(h.term);
      continue;
    }
    // (客房与自住房间分开: nor rooms named only as kept apart from the trade's.)
    if (
      (category === 'housing' || role.frame?.category === 'housing') &&
      /[与和跟同]$/.test(text.slice(Math.max(0, h.start - 1), h.start)) &&
      /^(?:是)?(?:分开|隔开|分离|分着|不在一起)/.test(text.slice(h.end, h.end + 5))
    ) {
      context.push(h.term);
      continue;
    }
    // (住房安全，无需改造: a dwelling only assessed, its state said after it, is no use of the loan.)
    if (role.frame?.category === 'housing' && category === undefined && DWELLING_STATE_AFTER.test(text.slice(h.end, h.end + 5))) {
      context.push(h.term);
      continue;
    }
    if (role.frame && category === undefined) {
      // 农用四轮车, 两间牛棚: an object right beside another word is part of it.
      // (Not beside a word of its own category, which is its verb: 翻修住房.)
      const joined =
        (i > 0 && hits[i - 1]!.end === h.start && hits[i - 1]!.role.category !== undefined && hits[i - 1]!.role.category !== role.frame.category) ||
        // (Not an act the object is bought for: 买个二手房陪读.)
        (hits[i + 1]?.start === h.end &&
          hits[i + 1]!.role.category !== undefined &&
          hits[i + 1]!.role.category !== role.frame.category &&
          hits[i + 1]!.role.category !== 'other_non_productive') ||
        // (两间彩钢房: a count of rooms before a shed counts the shed, which no one is said to live in.)
        (h.term === '间' && hits[i + 1]?.start === h.end && hits[i + 1]!.role.frame?.verbsBefore.length === 0 && !livedInAnywhere(text)) ||
        // (修一间烤烟房…今年自家修一间: a bare count of rooms ending its clause counts the farm building named before.)
        (h.term === '间' &&
          (h.end === text.length || BREAKS.has(text[h.end]!)) &&
          hits.some((o) => o.start < h.start && o.role.premises === true && !o.negated) &&
          !hits.some((o) => o !== h && o.clause === h.clause && o.role.frame?.category === 'housing')) ||
        // (其提交的购车发票: an object naming a paper is the record of a purchase told elsewhere, not a use.)
        PAPER_AFTER.test(text.slice(h.end, h.end + 2));
      const used = joined ? 'unused' : objectUsed(scan, i, clauses.start[h.clause]!);
      if (used === 'used' && !deniedLater(scan, i, clauses)) category = role.frame.category;
      else if (used !== 'unused') {
        deny(h.term);
        continue;
      } else if (role.party === undefined) {
        if (!joined) context.push(h.term);
        // A dwelling named with a verb the frame does not know (拾掇房子) goes to review, unless it only places
        // something (房子后面, 在房子里).
        // (Not where building is denied in the clause: 房子就是窑洞住着挺好，不翻盖.)
        const buildingDenied = hits.some((o) => o.negated && o.clause === h.clause && o.role.category === 'housing');
        if (
          !joined &&
          role.frame.category === 'housing' &&
          h.term.length > 1 &&
          clauses.intent[h.clause] &&
          !clauses.background[h.clause] &&
          !buildingDenied &&
          // (屋头房子还住得: a dwelling said to be fit to live in needs nothing.)
          !LIVABLE_AFTER.test(text.slice(h.end, h.end + 6)) &&
          // (房子暂时不打算修: nor one its clause says will not be worked on — set 996.)
          !WORK_DENIED_AFTER.test(text.slice(h.end, clauses.end[h.clause])) &&
          // (安置房自己要出的那一部分是卖牛的钱出的: nor one its clause says other money paid.)
          !OTHER_MONEY_PAID.test(clauseText(h.clause)) &&
          !locatesOnly(text, h) &&
          !forTheFarm(scan, i, clauses.end[h.clause]!) &&
          !tradeRoom(scan, i) &&
          // (将临街闲置老屋改为客栈: nor one turned into the trade, where no one is said to live in it.)
          !(turnedIntoTrade(scan, i) && !livedInAnywhere(text)) &&
          // (客栈…贷款用于客房床品和卫生间设施，本户自己经营: nor a room of a guest house the household runs and no one lives in.)
          !lodgingUnlived() &&
          // (建彩钢房一栋…用于养蛋鸡，无人居住: a shed no one is said to live in, the text farming, is the farm's.)
          !(role.frame.verbsBefore.length === 0 && !livedInAnywhere(text) && hits.some((o) => o.role.category === 'production' && !o.negated))
        )
          review = true;
        continue;
      }
    }
    // A word that is both a party and a use (加工厂, 养殖场) is the party when the money is handed to it.
    // (Not the household's own, said so right before it: 自己家牧场用.)
    if (
      category !== undefined &&
      role.party !== undefined &&
      role.party !== 'household' &&
      !OWN_BEFORE.test(text.slice(Math.max(0, h.start - 4), h.start)) &&
      handedOver(scan, i, i, role.party)
    )
      category = undefined;
    if (category === undefined) {
      let last = i;
      let kind = role.party!;
      // (A company's legal form between its words keeps them one party: 乡村振兴发展集团有限公司.)
      // (A party's own, after 那个 or 的那个, is the same party: 村集体那个扶贫车间.)
      while (
        hits[last + 1]?.role.party &&
        !THIRD_PERSON.test(hits[last + 1]!.term) &&
        (hits[last + 1]!.start === hits[last]!.end ||
          LEGAL_FORM.test(text.slice(hits[last]!.end, hits[last + 1]!.start)) ||
          // (借给村里的种植大户老王: a place and 的 before the party only locate it.)
          (PLACE_PARTIES.includes(hits[last]!.term) && last === i && text.slice(hits[last]!.end, hits[last + 1]!.start) === '的') ||
          /^(?:的那个|那个|这个)(?:啥|什么)?$/.test(text.slice(hits[last]!.end, hits[last + 1]!.start))) &&
        !hits[last + 1]!.role.category
      ) {
        // A place (村里) only locates the party after it; any other modifier (政府平台公司) makes it more specific.
        if (PLACE_PARTIES.includes(hits[last]!.term) && last === i) kind = hits[last + 1]!.role.party!;
        last++;
        const k = hits[last]!.role.party!;
        // (自家茶厂使用: the household's own works, named right after 自家, stay the household's.)
        if (kind === 'household' && k === 'organisation' && last === i + 1 && OWN_WORKS.test(text.slice(h.start, hits[last]!.end))) continue;
        if (KIND_ORDER.indexOf(k) < KIND_ORDER.indexOf(kind)) kind = k;
      }
      // 产业发展公司（镇政府办的）: a government body in brackets after the party makes it the government's.
      // (三叔(村主任): not an official's post in brackets after a person, which only says who the person is.)
      const bracketed = hits[last + 1];
      if (
        /^[（(]/.test(text.slice(hits[last]!.end)) &&
        bracketed?.role.party === 'government' &&
        bracketed.start - hits[last]!.end <= 2 &&
        !(kind === 'person' && cadrePost(text, bracketed))
      )
        kind = 'government';
      // (镇上食用菌产业园（某公司经营）: and a company in brackets said to run it makes it the company's.)
      if (kind === 'government' && /^[（(](?:某|一家)?[^）)]{0,4}(?:公司|企业|合作社)(?:经营|运营|管理)/.test(text.slice(hits[last]!.end)))
        kind = 'organisation';
      // (乡镇政府所属的某投资公司: a firm said right before to belong to a government body is that government's.)
      // (交上去搞扶贫车间 村里管 户里不管: and so is one the text says a government body runs.)
      if (
        kind === 'organisation' &&
        (OWNED_BY_GOVERNMENT_BEFORE.test(text.slice(Math.max(clauses.start[h.clause]!, h.start - 12), h.start)) || RUN_BY_GOVERNMENT.test(text))
      )
        kind = 'government';
      // (钱进了村里账户，村里又投到县里那个扶贫车间: and one a public body that took the money first put it into — the body
      // disposed of the households' loans.)
      if (
        kind === 'organisation' &&
        ONWARD_BY_BODY_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) &&
        hits.some((o, j) => j < i && o.clause < h.clause && o.role.party === 'government' && !o.negated)
      )
        kind = 'government';
      const term = text.slice(h.start, hits[last]!.end);
      const first = i;
      i = last;
      /** Whether the party is one word, or a pronoun and 自己 (他自己). */
      const oneWord = first === last || (last === first + 1 && /^(?:自己|自个儿?)$/.test(hits[last]!.term));
      // (孩子处对象，女方家要钱，先给人家了: 人家 after the bride's family is that family — the match's money, not a hand-over.)
      if (kind === 'person' && first === last && /^(?:人家|他们|她们|他家|她家)$/.test(h.term) && BRIDES_FAMILY.test(text.slice(0, h.start))) {
        context.push(term);
        continue;
      }
      // 其舅舅（村支书）经营的牧业公司: that post, standing for the person just named, names no one else.
      if (cadrePost(text, h) && postOfPerson(scan, first)) {
        context.push(term);
        continue;
      }
      // (三叔(村主任)…村主任为该养牛场实际经营者: and the post named again is that person.)
      if (kind === 'government' && cadrePost(text, h) && hits.some((o, j) => j < first && o.term === h.term && postOfPerson(scan, j))) kind = 'person';
      // 借款人（村主任之妻）, 借款人（村会计之兄）: a relative named in brackets after the borrower is the borrower.
      if (KIN_AFTER.test(text.slice(h.end)) && BORROWER_BRACKET_BEFORE.test(text.slice(Math.max(0, h.start - 6), h.start))) {
        context.push(term);
        continue;
      }
      // (村主任的儿子: and an official's relative is a person, not the official's office.)
      if (cadrePost(text, h) && KIN_AFTER.test(text.slice(h.end))) kind = 'person';
      // (钱支书自己拿去用了: and an official said to use the money himself is a person, not the office.)
      if (kind === 'government' && cadrePost(text, h) && /^自己(?:拿去|拿走|用|花|买|开|办|养)/.test(text.slice(h.end, h.end + 4))) kind = 'person';
      // (孔大姐养了三千只麻鸭: a surname and a form of address opening the text name the one it is about.)
      if (kind === 'person' && h.start === 1 && ADDRESSED.test(term)) {
        context.push(term);
        continue;
      }
      // (以前冬天上山下套子…老刘改养林蛙: 老 and a surname opening a later clause, the money named nowhere before, who farms
      // there, is the one the text is about.)
      if (
        kind === 'person' &&
        first === last &&
        h.clause > 0 &&
        h.start === clauses.start[h.clause] &&
        /^老[\u4e00-\u9fff]$/.test(term) &&
        !/贷|钱|款/.test(text.slice(0, h.start)) &&
        /^(?:回来|回家|回村)?(?:改|又|也|就|还)?(?:种|养|栽|喂|开|搞|干|做|包)/.test(text.slice(h.end)) &&
        !HANDED_ON_ANYWHERE.test(text)
      ) {
        context.push(term);
        continue;
      }
      // (王哥种水稻40垧; 二秃他叔养了8头驴; 林场边上老宋种榛子: and one named at the opening — by a surname and a word of kin, as
      // someone's kin, or after only a place — who farms or trades in that clause, the money handed to no one.)
      if (
        kind === 'person' &&
        first === last &&
        h.clause === 0 &&
        // (A surname, 王哥; a nickname before a pronoun and kin, 二秃他叔; or only a place.)
        ((h.start === 1 && !NOT_A_SURNAME.test(text[0]!)) ||
          (h.start === 0 && ADDRESSED.test(term)) ||
          // (依安老杨头种黑木耳: 老 and a surname after a county's name.)
          (/^老[\u4e00-\u9fff]$/.test(term) && h.start <= 3 && !/贷|钱/.test(text.slice(0, h.start)) && !NOT_A_SURNAME.test(text.slice(0, h.start))) ||
          (/^[他她](?:[叔舅姨伯哥姐弟妹姑婶爷]|$)/.test(term) && h.start <= 3) ||
          // (韦阿姐种百香果; 刘官乡罗二妹种辣子: a surname, 阿 or a rank, then the kin word, at the opening or after a place.)
          (/^[大二三四五六七八九幺]?[姐妹哥弟嫂叔伯婶姨舅姑]$/.test(term) && namedKin(text.slice(Math.max(0, h.start - 8), h.start))) ||
          OPENING_BEFORE_SUBJECT.test(text.slice(0, h.start))) &&
        SUBJECT_WORKS_AFTER.test(text.slice(h.end, clauses.end[0])) &&
        !HANDED_ON_ANYWHERE.test(text)
      ) {
        context.push(term);
        continue;
      }
      if (kind === 'household' && separate && !PRONOUN_MEMBERS.test(term)) kind = 'person';
      // (转给了闺女她两口子开饭店用，借款人自己不管: a daughter and her husband running what the borrower keeps out of are another household.)
      // (闺女她两口子开饭店，借款人自己不管，贷款全给闺女进货了: and the daughter named alone where the text names the couple so.)
      if (
        kind === 'household' &&
        (DAUGHTER_COUPLE.test(text.slice(h.start, h.start + 7)) || (/^(?:闺女|女儿|姑娘)$/.test(term) && COUPLE_NAMED.test(text))) &&
        BORROWER_KEPT_OUT.test(text)
      )
        kind = 'person';
      // (老周，贷款5万借给我收粮周转了，年底给他利息: the writer lent to, who pays the borrower told of as 他 a return, is
      // no member of that household.)
      if (
        kind === 'household' &&
        first === last &&
        /^[我俺]$/.test(term) &&
        /(?:借给|转给|转借给)$/.test(text.slice(Math.max(0, h.start - 3), h.start)) &&
        WRITER_PAYS_BORROWER.test(text.slice(h.end))
      )
        kind = 'person';
      // 兄弟同户, 贷款时尚未分家: kin said to share the household are its members.
      if (kind === 'person' && SIBLINGS.test(term) && ONE_AT_LOAN.test(text)) kind = 'household';
      // (小儿子没分户，跟我们一个户口本…贷款给他在村口的修车铺进轮胎配件: and a pronoun, where the text says the child named is of
      // the one household.)
      if (kind === 'person' && first === last && THIRD_PERSON.test(term) && ONE_AT_LOAN.test(text) && CHILD_NAMED_BEFORE.test(text.slice(0, h.start)))
        kind = 'household';
      // (杜蒙他拉哈镇: a pronoun's character that begins a place's name names no one.)
      if (first === last && THIRD_PERSON.test(term) && PLACE_NAME_AFTER.test(text.slice(h.end, h.end + 4))) continue;
      // 他, 她: the household where they stand for the applicant (孩子…给他买电脑; 替李奶奶写的：她家养了…).
      if (first === last && THIRD_PERSON.test(term) && pronounOfHousehold(scan, first)) kind = 'household';
      // (由户主弟弟（同一户）在家种: a person the text says in brackets is of the one household — set 1009.)
      if (SAME_HOUSEHOLD_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 10))) kind = 'household';
      // (户主说贷款让他儿子拿去炒股: and the household's member named after a pronoun that stands for it.)
      if (
        last === first + 1 &&
        THIRD_PERSON.test(hits[first]!.term) &&
        hits[last]!.role.party === 'household' &&
        // (给他妻子放贷: not the one the bank lends to, read below as the borrower.)
        !/^(?:放贷|放款)/.test(text.slice(hits[last]!.end, hits[last]!.end + 2)) &&
        (pronounOfHousehold(scan, first) || householdBeforeKin(scan, first))
      )
        kind = 'household';
      // (贷款户王某。老王说他用这钱…: the one the borrower, named, says 他 of is the borrower.)
      if (
        first === last &&
        THIRD_PERSON.test(term) &&
        first > 0 &&
        SAYS.includes(text.slice(hits[first - 1]!.end, h.start)) &&
        namesBorrowerByName(text, hits[first - 1]!.term)
      )
        kind = 'household';
      // (这户想开婚庆店…人家自己经营: 人家自己 in an officer's report of the household is the household.)
      if (last === first + 1 && term === '人家自己' && reportedHousehold(scan, first)) kind = 'household';
      // (他儿子, where 他 is the borrower: the borrower's son is the household's.)
      if (
        first < last &&
        THIRD_PERSON.test(hits[first]!.term) &&
        hits[last]!.role.party === 'household' &&
        // (Not the bank's loan to them: 银行为什么给他老婆放贷.)
        (namedBorrowerOnly(text.slice(0, h.start)) ||
          (standsForBorrower(scan, first) && !/^(?:放贷|放款)/.test(text.slice(hits[last]!.end))) ||
          // (他们自己拿去买羊了, where 他们 are the household: themselves.)
          (/^(?:自己|自个儿?)$/.test(hits[last]!.term) && pronounOfHousehold(scan, first)))
      )
        kind = 'household';
      // (贷款给她儿子买了台二手四轮子，自家种地: a child or spouse the text goes on to put to the family's own work is the
      // household.)
      // (他儿在家喂了二十多只羊，这贷款给他儿买羊羔了; 上门女婿跟老两口一块过，贷款给闺女婿买了台旋耕机，种自家那四十亩地: or one the
      // text puts to farming at home anywhere, a son-in-law who married in among them.)
      if (
        kind === 'person' &&
        ((MEMBER_WORD.test(term) && (OWN_WORK_LATER.test(text.slice(hits[last]!.end)) || MEMBER_FARMS_AT_HOME.test(text))) ||
          (term.endsWith('女婿') && MARRIED_IN.test(text)))
      )
        kind = 'household';
      // (邻村人搞集资，他把贷款投进去等年底拿回报; 钱是他自己养鸡用的: a pronoun opening its clause with the loan as its
      // object, or said to use the money itself, is the borrower told of.)
      if (
        kind === 'person' &&
        oneWord &&
        THIRD_PERSON.test(term) &&
        // (Not past an owner named before: 鸡场是镇上老李头的，她把钱入了股.)
        ((BREAKS.has(text[h.start - 1] ?? '') &&
          /^把(?:[0-9一二两三四五六七八九十几]+万?(?:元|块)?)?(?:扶贫)?(?:贷款|钱)/.test(text.slice(h.end, h.end + 9)) &&
          !hits.slice(0, first).some((p) => p.role.party === 'organisation' || (p.role.party === 'person' && !p.term.endsWith('人')))) ||
          // (钱是他自己拿去买肥料, 东西是他自己园子用的: or to take it, or the goods, to their own use.)
          // (贷款的钱他自己收草果用，不给表哥: or the loan's money named right before, used by them.)
          (/(?:钱|东西)是$|贷款的钱$/.test(text.slice(0, h.start)) &&
            /^自己(?:[^，。,;；]{0,6}用(?:的|(?=$|[，。,;；]))|拿去|拿来|用来)/.test(text.slice(h.end, h.end + 10))) ||
          // (黄老表贷了5万…他自己两公婆养: or, in a text that opens with someone borrowing, that pronoun farming with its spouse.)
          (BORROWER_OPENS.test(text) &&
            /^自己(?:两公婆|两口子|夫妻俩|一家)?[^，。,;；]{0,4}?(?:养|种|喂|干|开)/.test(text.slice(h.end, h.end + 12)) &&
            !HANDED_ON_ANYWHERE.test(text)))
      )
        kind = 'household';
      // (闺女离了婚回娘家住，跟俺们一块在集上卖菜，贷款给她买了辆电动三轮: a pronoun for a child the text says lives at home.)
      if (
        kind === 'person' &&
        first === last &&
        THIRD_PERSON.test(term) &&
        (CHILD_AT_HOME.test(text.slice(0, h.start)) || MARRIED_IN.test(text.slice(0, h.start))) &&
        // (上门女婿王强农闲在工地上干活: not past a place they work at.)
        !hits.slice(0, first).some((p) => (p.role.party === 'person' || p.role.party === 'organisation') && text[p.start - 1] !== '在')
      )
        kind = 'household';
      // 邻居说她家的贷款拿去…: the household a pronoun names, with its loan, is the applicant's.
      // (扶贫贷给他家粉条作坊添了台漏粉机: and his family's own works.)
      // (老耿贷款给他家拖拉机换了发动机: and his family's own farm goods, named right after.)
      if (
        first === last &&
        THIRD_PERSON.test(term) &&
        (/^家的?(?:贷款|扶贫贷款|钱|[^，。,;；]{0,4}(?:作坊|坊|厂|场|店|铺|农家乐|超市|小卖部|门市|饭馆))/.test(text.slice(h.end)) ||
          (text[h.end] === '家' &&
            hits[first + 1]?.start === h.end + 1 &&
            hits[first + 1]!.role.category === 'production' &&
            OWN_MACHINE.test(hits[first + 1]!.term)) ||
          // (他家危房改造差的钱…用扶贫贷款补上了，我焊的房盖钢梁: a text opening with 他家, whose 我 is a tradesperson at work
          // for them, tells of the customer's family.)
          (h.start === 0 && text[h.end] === '家' && WRITER_AT_WORK.test(text)))
      )
        kind = 'household';
      // 他把贷款拿去买了六合彩, 贷的钱都被他拿去买六合彩了: a pronoun naming no one before it, with the loan as its
      // object, is the borrower told of.
      if (
        first === last &&
        THIRD_PERSON.test(term) &&
        !hits.slice(0, first).some((p) => p.role.party !== undefined && p.role.party !== 'household') &&
        ((h.start === 0 && /^把(?:扶贫)?(?:贷款|钱)/.test(text.slice(h.end))) ||
          (text[h.start - 1] === '被' && /^(?:拿去|拿走|花了|用了|用去)/.test(text.slice(h.end))))
      )
        kind = 'household';
      // (老孙取兽用注射器: a person heading a parcel point's or shop's entry, collecting or ordering, is its customer — the household.)
      if (
        kind === 'person' &&
        (h.start === 0 || /[：:。；;]$/.test(text.slice(0, h.start))) &&
        CUSTOMER_ACT_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 3))
      )
        kind = 'household';
      // (来电人说村里有人讲他挪用贷款，他解释钱是拿去新砌猪圈的: in a hotline's note, a pronoun after the caller who speaks, no
      // other person named before it, is the caller — the borrower.)
      if (
        kind === 'person' &&
        THIRD_PERSON.test(hits[first]!.term) &&
        oneWord &&
        CALLER_SPEAKS.test(text) &&
        !hits.slice(0, first).some((p) => p.role.party === 'person' && !THIRD_PERSON.test(p.term))
      )
        kind = 'household';
      if (kind === 'household') continue;
      // (在我这拿了台旧地磅…他收货过秤用: a 他 after goods taken at the writer's, in a seller's note, is the customer who bought
      // them — no one the loan was handed to.)
      if (
        kind === 'person' &&
        THIRD_PERSON.test(hits[first]!.term) &&
        // (…他自己拉粪种地用: 他 and 自己 together too.)
        oneWord &&
        BOUGHT_FROM_WRITER.test(text.slice(0, h.start))
      )
        continue;
      // (镇上建扶贫车间，村里牵头: a works a public body is said to build is the body's.)
      if (kind === 'organisation' && BUILT_BY_BODY_BEFORE.test(text.slice(clauses.start[h.clause], h.start))) kind = 'government';
      // (投给工业园一家鞋厂, 入股产业园一家厂子: a park named as where a firm stands only locates it.)
      if (kind === 'government' && PARK_FIRM_AFTER.test(text.slice(h.start, hits[last]!.end + 14))) continue;
      // 借给了邻村一个老板，月息两分: a businessman lent to at interest is a person lent to (放贷).
      if (kind === 'organisation' && term.endsWith('老板') && lending) kind = 'person';
      // 乡里一家民宿开发公司: a development company said to be one of many, or named by its trade, is a firm.
      // (Or named by a trade right before it: 某油茶开发公司.)
      if (
        kind === 'government' &&
        /^开发(?:有限)?公司$/.test(term) &&
        (/一家|某家|私人|民营|个人|老板/.test(text.slice(Math.max(0, h.start - 8), h.start)) ||
          (hits[first - 1]?.end === h.start && hits[first - 1]!.role.category === 'production'))
      )
        kind = 'organisation';
      // 国有的县旅游开发有限公司: a company the state owns is the government's vehicle.
      // (A development or investment company: a state-owned trading company is an enterprise.)
      if (
        kind === 'organisation' &&
        STATE_OWNED.test(text.slice(Math.max(clauses.start[h.clause]!, h.start - 14), h.start)) &&
        VEHICLE.test(text.slice(Math.max(clauses.start[h.clause]!, h.start - 14), h.end))
      )
        kind = 'government';
      // 县水务公司（国有平台）: a company the text calls a platform in brackets right after it.
      if (kind === 'organisation' && PLATFORM_AFTER.test(text.slice(h.end, h.end + 8))) kind = 'government';
      // (贷款交给了扶贫车间，车间是县城投盖的: or a works the text says a public body put up or owns.)
      if (kind === 'organisation' && GOVERNMENT_BUILT_SAID.test(text.slice(hits[last]!.end))) kind = 'government';
      // 某县城市建设投资有限公司…该公司系县政府出资设立的融资平台: a vehicle company the text says is a financing platform.
      if (kind === 'organisation' && VEHICLE.test(text.slice(Math.max(clauses.start[h.clause]!, h.start - 14), h.end)) && SAID_PLATFORM.test(text))
        kind = 'government';
      // 转至时任村主任个人账户: an official's own account is that person's, not the public purse.
      // (村支书借用其名义: an official who borrows a household's name uses the money as a person.)
      if (
        kind === 'government' &&
        (/^(?:的)?(?:个人|本人|私人)/.test(text.slice(hits[last]!.end)) ||
          (CADRE.test(term) && (/名义|名字|借名|冒名|身份证/.test(text) || OWN_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 12)))))
      )
        kind = 'person';
      // (跟县里肉鸭公司签的代养合同，鸭棚是自家建的，鸭子自家喂: a firm the household signs a keeping contract with, tending the
      // stock itself, is the stock's buyer — no one the money went to.)
      if (kind === 'organisation' && KEEPING_CONTRACT.test(text) && OWN_CARE.test(text) && !HANDED_ON_ANYWHERE.test(text)) {
        context.push(term);
        continue;
      }
      // 其弟弟用扶贫贷款办婚礼, 他用代款买了粉碎机, 银行给他妻子放贷: the one who takes or uses the loan, named as its
      // subject, is the borrower — the household whose use is read — not a party the money is handed to.
      // 自己家牧场用: a farm or workshop said to be the household's own is where it uses the money, not a recipient.
      if (kind === 'organisation' && OWN_BEFORE.test(text.slice(Math.max(0, h.start - 4), h.start))) {
        context.push(term);
        continue;
      }
      // (吕某贷款2万元开理发店…理发店为吕某本人经营: a person named as the text names the borrower at its opening is the borrower.)
      // (镇政府以贷款资金偿还工程欠款: but a government body, which borrows no microloan, named as the one using it has the money.)
      // (Not stock it bought and handed to each household to farm: 乡政府用贷款买了牛发给各户自己养.)
      // (Nor a cadre, who may be the borrower: 村主任用贷款买了辆小轿车自家开.)
      if (
        kind === 'government' &&
        GOVERNMENT_USES_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 24)) &&
        !OWN_FARMING.test(text) &&
        !cadrePost(text, hits[last]!)
      ) {
        evidence.push(evidenceOf('government_financing_platform', term, h.clause, h.start));
        continue;
      }
      if (
        borrowerNamed(text, h.start, hits[last]!.end, kind === 'person' || FARMING_HOUSEHOLD.test(term)) ||
        (kind === 'person' && namesBorrowerByName(text, h.term))
      ) {
        context.push(term);
        // (The bank's 放贷 to the borrower is the loan itself, not lending at interest.)
        const lent = hits[last + 1];
        if (lent?.start === hits[last]!.end && /^(?:放贷|放款)$/.test(lent.term)) {
          context.push(lent.term);
          i = last + 1;
        }
        continue;
      }
      // 把亲戚的钱还上, 先还给人家: a party the household owes is a creditor, and repaying it is a debt.
      const owed = OWED.find((w) => text.startsWith(w, hits[last]!.end));
      // 先还给人家 repays; 还给屯里人代耕 (also, for them) does not.
      const after = text[hits[last]!.end] ?? '';
      const repaidWith = text.slice(Math.max(clauses.start[h.clause]!, h.start - 2), h.start);
      const repaid =
        // (也没还给她: a repayment denied is the party's debt to the household.)
        !NEGATING.has(text[h.start - 3] ?? '') &&
        ((repaidWith === '还给' && (after === '' || BREAKS.has(after) || after === '钱' || after === '的')) ||
          // (还了他三万: or 还了 and the sum repaid.)
          (repaidWith === '还了' && SUM_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 6))) ||
          // (前年盖房借了她哥5万，这次贷款就是还她哥的: or 还 alone, where the text told the debt before.)
          (text[h.start - 1] === '还' &&
            (after === '' || BREAKS.has(after) || (after === '的' && !/^的(?:人)?情/.test(text.slice(hits[last]!.end))) || after === '钱') &&
            /借|欠/.test(text.slice(0, h.start - 1))));
      // 亲戚的钱借了好几年了，…不得不先还上: a creditor repaid later in the text.
      // (之前借亲戚的钱，就是用这笔贷款还的: or the loan said to be what repaid it.)
      const repaidLater = owed !== undefined && /还上|还清|还了|还给|偿还|先还|还他|还她|贷款还的/.test(text.slice(hits[last]!.end));
      // (亲戚的钱等卖了羊再还: not a debt the text says a sale will repay.)
      if (((owed && (clauseText(h.clause).includes('还') || repaidLater)) || repaid) && !REPAID_BY_SALE_LATER.test(clauseText(h.clause))) {
        evidence.push(evidenceOf('other_non_productive', repaid ? text.slice(h.start - 2, h.start) + term : term + owed!, h.clause, h.start));
        continue;
      }
      // 城投公司…把贷款借给公司: a bare 公司 after a platform named earlier in the text is that platform.
      if (
        kind === 'organisation' &&
        BARE_COMPANY.has(term) &&
        hits.slice(0, first).some((p) => p.role.party === 'government' && !PLACE_PARTIES.includes(p.term) && PLATFORM.test(p.term))
      )
        kind = 'government';
      // 给我姐当嫁妆, 给弟弟娶媳妇: money given to kin for their wedding pays for a wedding of the family's (and goods bought for
      // them are the family's goods).
      const wedding = hits[last + 1];
      if (
        kind === 'person' &&
        kinGivenFor(text, hits[last]!) &&
        wedding?.clause === h.clause &&
        !wedding.negated &&
        // (给侄子垫了酒席和婚车钱: the wedding's costs advanced for them a few words on.)
        ((wedding.start - hits[last]!.end <= (/^垫(?:了|付了?|上)/.test(text.slice(hits[last]!.end)) ? 8 : 4) &&
          ((wedding.role.category ?? wedding.role.frame?.category) === 'marriage' ||
            // (这回贷款是给刘大哥家盖新房的: or a house built for the kin's family; 给老丈人办丧事: or the kin's funeral.)
            (wedding.role.category === 'housing' && text[hits[last]!.end] === '家') ||
            (wedding.role.category === 'other_non_productive' && /丧|白事|出殡|寿/.test(wedding.term)))) ||
          // (贷款给上高中的姐姐买了台笔记本电脑: or goods bought for them.)
          (wedding.start - hits[last]!.end <= 6 && text.startsWith('买', hits[last]!.end) && wedding.role.category === 'household_goods'))
      ) {
        context.push(term);
        continue;
      }
      // (信访人称魏某“把钱借给小舅子了”，经核查…未发现转借: a hand-over only alleged, which the text refutes, is none.)
      // (村干部让把钱给合作社，老葛没干: nor one urged that the next clause says the household refused.)
      // (这贷款给闺女婿家买了辆车当陪嫁: goods bought for a party as a dowry or bride price are a wedding's gift, not money
      // handed over.)
      if (GIFT_AFTER.test(text.slice(hits[last]!.end, clauses.end[h.clause]))) {
        context.push(term);
        continue;
      }
      // (流转老家邻居10亩地种辣椒，贷款付土地租金: a person whose land the household rents is its landlord, paid rent.)
      if (
        kind === 'person' &&
        /(?:流转|租|承包|包)了?(?:老家|村里|屯里|本村|同村)?$/.test(text.slice(Math.max(0, h.start - 6), h.start)) &&
        /^(?:家)?的?[0-9一二两三四五六七八九十几]+亩/.test(text.slice(hits[last]!.end, hits[last]!.end + 8))
      ) {
        context.push(term);
        continue;
      }
      // (请合作社的技术员来帮打疫苗，给了他三百块: a sum paid to someone the household hired for a job is the job's fee.)
      if (kind === 'person' && THIRD_PERSON.test(term) && HIRED_TO_COME_BEFORE.test(text.slice(0, h.start)) && FEE_AFTER.test(text.slice(hits[last]!.end))) {
        context.push(term);
        continue;
      }
      const handed = suspicionRefuted(text, h, clauses.start[h.clause]!) || adviceRefused(text, clauses, h) ? false : handedOver(scan, first, last, kind);
      (partyHanded ??= new Map()).set(last, handed !== false);
      if (handed) {
        // (转入某财富公司账户（购买理财产品款）: money paid to a firm for a wealth product buys the product — 理财; and so does the
        // firm named again by a pronoun: 买的是他们的理财产品.)
        const c =
          (kind === 'organisation' || THIRD_PERSON.test(term)) &&
          (/(?:理财|财富)$/.test(text.slice(Math.max(0, h.start - 2), h.start)) || WEALTH_PRODUCT_AFTER.test(text.slice(hits[last]!.end, hits[last]!.end + 16)))
            ? 'wealth_management'
            : (kind === 'person' && kinWeddingFunded(text, hits[last]!)) || (kind === 'organisation' && weddingFirmPaid(text, hits[last]!))
              ? 'marriage'
              : kind === 'person' && childDebtPaid(text, hits[last]!)
                ? 'other_non_productive'
                : // (说是那个城投公司 把贷款转给他们统一用: 他们 right after a public body is named stands for it — set 942.)
                  term === '他们' && publicBodyJustNamed(hits, first)
                  ? 'government_financing_platform'
                  : partyCategory(kind, lending);
        if (typeof handed === 'object') evidence.push(evidenceOf(c, handed.term, h.clause, handed.start));
        evidence.push(evidenceOf(c, term, h.clause, h.start));
      } else {
        context.push(term);
        // (给工地拉砂石: a party the household serves is its customer, not a user of the money; but 给大户代养 may hand it the stock.)
        const customer = servedAfter(text, hits[last]!) && !CARE_WORD_AFTER.test(text.slice(hits[last]!.end));
        // (交合作社的技术服务费: nor a party paid a fee or a price.)
        if (!namedOnly(text, h) && !namedOnlyAfter(scan, last) && !customer && !paidAfter(scan, last)) named.push({ kind, term, start: h.start });
      }
      continue;
    }
    const before = hits[i - 1];
    // A party right before the act is its subject, unless it only places it (在镇上买楼房); so is the party of the act
    // listed right before this one (屯里人结婚盖房). 卖给… makes the act the buyer's (烧砖卖给盖房的).
    // 给邻居代养: a service to a party; 屯里人结婚盖房, 别人家盖房子: someone else's wedding or house.
    if (
      ((category === 'enterprise_use' ||
        category === 'marriage' ||
        category === 'housing' ||
        category === 'other_non_productive' ||
        (category === 'wealth_management' && watched(text, before))) &&
        ((othersAct(i, before) &&
          // (给我哥办酒席, 给侄子交学费: nor kin's event or bill the household pays for — the family's spending.)
          !((category === 'marriage' || category === 'other_non_productive') && kinGivenFor(text, before!)) &&
          // (哥哥结婚家里凑钱，这笔贷款全拿去了: nor kin's wedding the family pools money for; 幺爸讨媳妇，贷款拿来办酒席: or the loan
          // pays for in the next clause; 舅舅结婚…花的就是这笔贷款: or the text says the loan paid.)
          !(
            category === 'marriage' &&
            KIN_WORD.test(before!.term) &&
            (MONEY_PAYS_NEXT.test(clauseText(h.clause + 1)) ||
              // (幺妹出嫁，哭嫁哭了半个月，贷款办的酒: or the clause after the next.)
              MONEY_PAYS_NEXT.test(clauseText(h.clause + 2)) ||
              /花的(?:就)?是(?:这笔|本笔)?贷款|^[^。；;]{0,16}[，,][^，。,;；]{0,4}?(?:就是|都是|是)?(?:从|拿)(?:这笔|本笔|扶贫)?(?:小额)?贷款(?:里|中)?(?:拿|出|支|取)的(?=$|[，。,;；！!]|[一二两三四五六七八九十\d])/.test(
                text.slice(h.end),
              ) ||
              // (阿弟娶亲，钱不够，贷两万补上: or the loan said to make up what the wedding lacked.)
              LOAN_MAKES_UP_AFTER.test(text.slice(h.end, h.end + 24)))
          ) &&
          !(category === 'marriage' && /^[^。；;，,]{0,2}[，,]?(?:家里|全家|一家人?)(?:凑钱|出钱|帮着出钱|凑)/.test(text.slice(h.end, h.end + 8))) &&
          // (钱是哥哥娶媳妇的: nor kin's wedding the money is said to be for.)
          !(
            category === 'marriage' &&
            KIN_WORD.test(before!.term) &&
            /(?:钱|贷款)(?:是|就是|都是|全是)$/.test(text.slice(Math.max(0, before!.start - 4), before!.start))
          ) &&
          // (我是他妈…钱他结婚摆酒席用了: nor the borrower's own act, where a relative answers for him.)
          !(THIRD_PERSON.test(before!.term) && kinAnswersFor(text)) &&
          // (钱都花在俺弟弟结婚上了: money said to be spent on the party's act pays for it.)
          !((category === 'marriage' || category === 'housing') && SPENT_ON_BEFORE.test(text.slice(clauses.start[h.clause], before!.start))) &&
          // (给亲戚还的账: a debt repaid to the party is the household's repaying, not the party's act.)
          !(category === 'other_non_productive' && h.term.startsWith('还') && text[before!.start - 1] === '给')) ||
          soldTo(text, h, clauses.start[h.clause]!) ||
          OTHERS_AFTER.test(text.slice(h.end, h.end + 8)) ||
          // (自营小砖厂，向各户建房供砖: or others' building the household supplies.)
          SUPPLIED_FOR_AFTER.test(text.slice(h.end, h.end + 3)))) ||
      // (今年村里修路，贷款买了两头牛: a place's own public works, no money named in their clause, beside the loan's use told
      // in another clause, are the place's affair.)
      (category === 'government_financing_platform' &&
        before !== undefined &&
        PLACE_PARTIES.includes(before.term) &&
        before.clause === h.clause &&
        h.start === before.end &&
        !MONEY_WORD.test(text.slice(clauses.start[h.clause], clauses.end[h.clause])) &&
        hits.some((o) => o.clause !== h.clause && !o.negated && (o.role.category === 'production' || o.role.frame?.category === 'production')) &&
        LOAN_NAMED.test(text.slice(clauses.end[h.clause])))
    ) {
      context.push(h.term);
      lastOthersAct = i;
      continue;
    }
    // 其子冒用户主名义…钱用于自己结婚: a member of the household who borrows in the head's name is still the household; what
    // the money paid for decides.
    if (category === 'enterprise_use' && NAME_USED.test(h.term) && !separate && hits[i - 1]?.role.party === 'household' && h.start - hits[i - 1]!.end <= 1) {
      context.push(h.term);
      continue;
    }
    // 牛寄养在亲戚家闲置牛棚里，由本户每天过去喂: stock only housed elsewhere, the household tending it, is still its own.
    // (从公司捉猪苗自家代养: and stock the household itself keeps for a firm, in its own pens, is its own work.)
    if (
      category === 'enterprise_use' &&
      ((h.term.includes('寄养') && OWN_CARE.test(text)) ||
        (/^(?:代养|托养)$/.test(h.term) &&
          // (户主同某公司签代养合同…养猪收代养费: or where the household is paid the fee for keeping it.)
          (/(?:自家|自己|本户|俺家|我家|户里)$/.test(text.slice(Math.max(0, h.start - 2), h.start)) ||
            FEE_FOR_KEEPING_PAID.test(text) ||
            // (签的肉鸡代养合同，鸡舍是俺家自己盖的，鸡也是自己喂: or a keeping contract the household signs, tending the stock itself.)
            (/^(?:协议|合同)/.test(text.slice(h.end)) && OWN_CARE.test(text)) ||
            // (给正大代养肉鸡的老蔡…鸡也是他自个儿喂: and stock kept for a firm named right before, tended by the household.)
            (/(?:^|[，。,;；])给[^，。,;；给]{1,6}$/.test(text.slice(Math.max(0, h.start - 8), h.start)) && OWN_CARE.test(text)))))
    ) {
      context.push(h.term);
      continue;
    }
    // (贷款以借款人名义申请，实际由其妻在家经营小卖部使用: a name lent within the household, a member running the money.)
    if (category === 'enterprise_use' && (toHousehold?.has(h.clause) || (toHousehold !== undefined && h.term.endsWith('名义')))) {
      context.push(h.term);
      continue;
    }
    const dual = Boolean(role.dualUse ?? role.frame?.alone);
    // 买一台小四轮和一台打草机，打草自用: farm machines bought beside the farm's equipment in one clause are the farm's,
    // whatever a word of own use elsewhere says of its produce.
    const beside = (g: Hit) => hits.some((o) => o !== g && o.clause === g.clause && o.role.category === 'production' && !o.role.dualUse && !o.negated);
    let unplaced = false;
    let familyUse = false;
    // 旧窑收拾出来做民宿，铺床铺，装卫生间: rooms and furnishings fitted in the clauses after a building turned to the
    // trade are the trade's premises (not where the clause says the family lives: 自家住的).
    if (
      fitted !== undefined &&
      ((category === 'housing' && role.frame !== undefined && ROOM.test(h.term)) ||
        (category === 'household_goods' && role.dualUse) ||
        // (老屋改成三间客房专门接游客，贷款搞装修: or the renovation of them.)
        (category === 'housing' && role.dualUse && /^(?:装修|翻新|粉刷)$/.test(h.term))) &&
      (fitted.has(h.clause) || fitted.has(h.clause - 1) || fitted.has(h.clause - 2)) &&
      !clauseText(h.clause).includes('住')
    ) {
      add('production', h);
      continue;
    }
    // (把旧牛棚扒了重新盖: a bare rebuilding after the farm's building in its clause, no dwelling named, rebuilds that building
    // — set 1019.)
    if (
      category === 'housing' &&
      BARE_REBUILD.test(h.term) &&
      hits.some((o) => o.clause === h.clause && o.end <= h.start && o.role.premises === true && o.role.category === 'production' && !o.negated) &&
      !hits.some((o) => o.clause === h.clause && o.end <= h.start && (o.role.category ?? o.role.frame?.category) === 'housing')
    ) {
      add('production', h);
      continue;
    }
    // (院里那阳光房其实是育苗的…贷款买…阳光房的玻璃: a building the text says is for farming, wherever it is named, is the farm's.)
    if (category === 'housing' && saidForFarming(text, h.term)) {
      add('production', h);
      continue;
    }
    // (把自家民宿客房翻新: a renovation said right after the trade's premises is of them.)
    if (
      category === 'housing' &&
      role.dualUse &&
      i > 0 &&
      hits[i - 1]!.end === h.start &&
      hits[i - 1]!.role.category === 'production' &&
      (hits[i - 1]!.role.premises === true || hits[i - 1]!.role.business === true) &&
      !hits[i - 1]!.negated
    ) {
      add('production', h);
      (fitted ??= new Set()).add(h.clause);
      continue;
    }
    // (本户农家乐增设停车场、硬化院坝，方便游客停车就餐: a yard paved in the clause that names the guest trade, for its guests,
    // is the trade's.)
    if (
      category === 'housing' &&
      /院坝|院子|场坝/.test(h.term) &&
      GUEST_TRADE.test(text.slice(clauses.start[h.clause], h.start)) &&
      /(?:方便|接待|给)(?:游客|客人)/.test(text)
    ) {
      add('production', h);
      continue;
    }
    // (董家扎染作坊的房子漏雨，修染坊屋顶换瓦: rain or a roof of the building the clause, or the one before, names as the
    // workshop's is the trade's.)
    if (
      category === 'housing' &&
      role.dualUse &&
      (WORKSHOP_BUILDING.test(clauseText(h.clause)) || (h.clause > 0 && WORKSHOP_BUILDING.test(clauseText(h.clause - 1)))) &&
      !/住|房子|房屋|屋子/.test(clauseText(h.clause).replace(WORKSHOP_BUILDING, ''))
    ) {
      add('production', h);
      continue;
    }
    // (要把他的贷款借给我…我没要，这是户贷企用，查出来要出事: the rule's name, said of an offer refused, is no use.)
    if (category === 'enterprise_use' && RULE_NAMES.test(h.term) && OFFER_REFUSED_BEFORE.test(text.slice(0, h.start))) {
      context.push(h.term);
      continue;
    }
    // (订婚的时候女方要三金，贷款买了金子: gold bought for the bride's 三金 is a wedding's, not a store of wealth.)
    if (category === 'wealth_management' && /金子|黄金|金饰|金首饰|金镯/.test(h.term) && /三金|五金|彩礼|订婚|嫁妆|陪嫁|过礼/.test(text)) {
      add('marriage', h);
      continue;
    }
    // (自家木工坊做出口寿材，货走外贸公司的单子: coffins a workshop makes for sale are its goods, not a funeral.)
    if (category === 'other_non_productive' && /寿材|棺材|寿木/.test(h.term) && /出口|外贸|木工坊|作坊|订单|单子|卖给/.test(text)) {
      add('production', h);
      continue;
    }
    // (买了台平车，给一家老小缝缝补补、做衣裳穿: a sewing machine the text puts to the family's own clothes is the family's.)
    if (category === 'production' && /平车|缝纫机|衣车/.test(h.term) && FAMILY_SEWING.test(text) && !/卖|接活|按件|厂里|加工/.test(text)) {
      add('household_goods', h);
      continue;
    }
    // (小卖部门面重新刷墙、换货架，一家人住在店后头，住人那几间一点没动: a shop refitted, the rooms lived in said untouched, is the trade's.)
    if (category === 'housing' && /店|超市|小卖部|铺面|门面|馆/.test(text)) {
      const untouched = LIVING_UNTOUCHED.exec(text);
      if (untouched !== null) {
        if (h.start >= untouched.index && h.start < untouched.index + untouched[0].length) context.push(h.term);
        else add('production', h);
        continue;
      }
    }
    // (孩子割礼，办托依请客: a feast (托依) the text gives to a circumcision, no wedding named, is that feast, not a wedding.)
    if (category === 'marriage' && h.term === '托依' && /割礼|孙纳提/.test(text) && !/结婚|婚礼|娶|嫁/.test(text)) {
      context.push(h.term);
      continue;
    }
    // (彩礼是男方给的: a bride price the groom's side paid is received, not spent.)
    if (category === 'marriage' && BRIDE_PRICE_RECEIVED_AFTER.test(text.slice(h.end, h.end + 8)) && h.term === '彩礼') {
      context.push(h.term);
      continue;
    }
    // (在我这赊了地砖给东家铺: materials said right after to go to a client's job are the trade's; 这批地板是用贷款进的货: so is
    // stock.)
    if (
      category === 'housing' &&
      role.dualUse &&
      (FOR_A_CLIENT_AFTER.test(text.slice(h.end, h.end + 6)) || STOCKED_AFTER.test(text.slice(h.end, h.end + 10)))
    ) {
      add('production', h);
      continue;
    }
    // (来我这问窗户价又不订; 窗户的事先不整了; 我这窗户钱他说过完年给: windows or doors only priced, put off, or owed for at the
    // writer's are the writer's trade talk, not the loan's work.)
    if (category === 'housing' && /窗|门/.test(h.term) && WRITER_TRADE_TALK.test(clauseText(h.clause))) {
      context.push(h.term);
      continue;
    }
    // (在鸡舍边上接了个厦子，堆饲料、码蛋托，没住人: a building said not lived in, the farm's goods kept in it, is the farm's.)
    // (老砖房…不住人了…老屋改成三间客房专门接游客，贷款搞装修: and its renovation after.)
    if (category === 'housing' && NOT_LIVED_IN.test(text) && productionTold((o) => o.clause === h.clause || o.clause === h.clause + 1)) {
      add('production', h);
      (fitted ??= new Set()).add(h.clause);
      continue;
    }
    // (鹅舍原来钉塑料布，这回换铝合金窗; 蛋鸡舍窗户16樘: windows or doors told of a farm building, just before them, are its.)
    if (category === 'housing' && /窗|门|暖气/.test(h.term) && FARM_BUILDING_JUST_BEFORE.test(text.slice(Math.max(0, h.start - 16), h.start))) {
      add('production', h);
      continue;
    }
    // 农家乐的灶房: a room of the household's trade is the trade's.
    // (育雏室里盘了火炕给小鸡保温: and so is what is built inside the farm's own house or pen.)
    if (category === 'housing' && (tradeRoom(scan, i) || INSIDE_FARM_BUILDING.test(text.slice(clauses.start[h.clause], h.start)))) {
      add('production', h);
      continue;
    }
    // 租房做民宿: a house rented to open the trade in is its premises, not the family's rent.
    if (
      h.term === '租房' &&
      /^子?(?:做|开|办|搞|经营)/.test(text.slice(h.end, h.end + 3)) &&
      hits[i + 1]?.clause === h.clause &&
      (hits[i + 1]!.role.business === true || hits[i + 1]!.role.category === 'production') &&
      hits[i + 1]!.start - h.end <= 3
    ) {
      add('production', h);
      continue;
    }
    // 委托农机合作社代为收割: farm work done for the household is a service it buys.
    // (将自家15亩地托管给本村农机合作社: and so is land put in a provider's care.)
    if (category === 'enterprise_use' && h.term.startsWith('托管') && LAND_IN_CARE_BEFORE.test(text.slice(Math.max(0, h.start - 10), h.end))) {
      context.push(h.term);
      continue;
    }
    if (category === 'enterprise_use' && h.term === '代为' && FARM_WORK_NEXT.test(text.slice(h.end, h.end + 4))) {
      context.push(h.term);
      continue;
    }
    // (乡上修路的运输活承接: a body's works named only as whose job the household takes on.)
    if (category === 'government_financing_platform' && /^(?:、[^，。,;；、]{1,4})?的[^，。,;；]{0,3}活/.test(text.slice(h.end, h.end + 11))) {
      context.push(h.term);
      continue;
    }
    // (村委会统一联系的鸡苗，各户拿贷款把自己那份鸡苗钱交了: goods a body arranged for all, each paying its own share, are the
    // household's.)
    if (
      category === 'government_financing_platform' &&
      h.term.endsWith('统一') &&
      /^(?:联系|订购|采购|购买|订)的/.test(text.slice(h.end, h.end + 3)) &&
      // (Not goods the body keeps: 苗栽在村集体的茶园基地里，俺们不管，年底村里按户分钱.)
      !/不管|分钱|分红|统一养|统一管|村集体的/.test(text)
    ) {
      context.push(h.term);
      continue;
    }
    // 承包费按合同交给村委会: a fee paid to a body is a price, not money handed over to it.
    // (交给村委会租金12000元: named right after the body too.)
    if (
      (category === 'government_financing_platform' || category === 'enterprise_use') &&
      (FEES.test(text.slice(Math.max(clauses.start[h.clause]!, h.start - 8), h.start)) ||
        FEES.test(text.slice(h.end, h.end + 3)) ||
        // (交给村委会一年的承包费: or a term of it between.)
        FEE_FOR_TERM_AFTER.test(text.slice(h.end, h.end + 10)) ||
        // (种子款2800元直接从贷款里划给本公司: or one that opens the clause.)
        FEE_OPENS.test(text.slice(clauses.start[h.clause], h.start)))
    ) {
      context.push(h.term);
      continue;
    }
    // 在县产业投资平台建的扶贫车间里租了一个位置: a public body's building the household rents a place in only locates its
    // own work.
    if (
      category === 'government_financing_platform' &&
      /在(?:县|乡|镇|村|县里|乡里|镇上)?$/.test(text.slice(Math.max(0, h.start - 3), h.start)) &&
      RENTED_IN_ITS_BUILDING_AFTER.test(text.slice(h.end, h.end + 24))
    ) {
      context.push(h.term);
      continue;
    }
    // 给周边村挖塘修路接活: public works done for pay are the household's trade, not money handed to a public body.
    // (买了一台小挖机，给人家修路平场挖方: and so are works done for other people.)
    if (
      category === 'government_financing_platform' &&
      // (村委会统一收钱去建基地: not the body collecting the money, which 收钱 also says.)
      !/^(?:统一)?收(?:钱|贷款)/.test(text.slice(h.end, h.end + 5)) &&
      (PAID_WORK_AFTER.test(text.slice(h.end, clauses.end[h.clause])) || FOR_OTHERS_BEFORE.test(text.slice(clauses.start[h.clause], h.start)))
    ) {
      add('production', h);
      continue;
    }
    // 家里翻建的院墙被认定违建: a thing built, told as the subject of what is said of it, is what it is, not a use.
    const thing =
      BUILT_BEFORE.test(h.term) && text[h.end] === '的'
        ? hits[i + 1]
        : BUILT_THING.test(text.slice(Math.max(clauses.start[h.clause]!, h.start - 4), h.start))
          ? h
          : undefined;
    if (category === 'housing' && thing !== undefined && SUBJECT_OF.test(text.slice(thing.end, thing.end + 2)) && !clauses.intent[h.clause]) {
      context.push(h.term);
      continue;
    }
    // 楼上住人，一楼专门干活: rooms said to be lived in, where nothing is built, bought or repaired, only describe the house.
    // (买一套二手门市房…楼上一家人住: a building bought to live in part of is a dwelling.)
    // (一家人住前面新房, 一家人住得舒服点: said of where or how they live, not ending its clause, it describes too.)
    if (
      category === 'housing' &&
      LIVED_TERM.has(h.term) &&
      ((!BUILDING_ACT.test(text) && !HOUSE_BOUGHT.test(text)) || (h.term !== '住人' && !/^了?(?:$|[，。,;；！!])/.test(text.slice(h.end, h.end + 2))))
    ) {
      context.push(h.term);
      continue;
    }
    // 前年盖房子拉的饥荒, 婚事欠款计划以出栏肥猪收入归还, 拿去还了盖房的债: an act named as where a debt came from is the
    // debt's story; the debt, repaid or only owed, decides.
    if (category !== 'production' && category !== 'other_non_productive' && DEBT_FROM.test(text.slice(h.end, clauses.end[h.clause]))) {
      context.push(h.term);
      continue;
    }
    // (名义上是烤烟房…儿子两口子一直住在里头: a farm building in name only, people living in it, is a dwelling.)
    // (It is read where the living is told, which a check may find after the name.)
    const livedAt =
      category === 'production' && role.premises && NOMINAL_BEFORE.test(text.slice(Math.max(0, h.start - 5), h.start))
        ? LIVED_INSIDE.exec(text.slice(h.end))
        : null;
    if (livedAt !== null) {
      const at = h.end + livedAt.index;
      evidence.push(evidenceOf('housing', h.term, clauseAt(clauses.start, at), at));
      continue;
    }
    // (搞了个民宿，把东屋西屋收拾出来…专门接待游客: rooms fitted out where the text runs a guesthouse that takes guests are
    // its rooms.)
    if (category === 'housing' && guestRooms(h)) {
      add('production', h);
      (fitted ??= new Set()).add(h.clause);
      continue;
    }
    // 老屋改成菌棚, 盖间小房子养兔子: a building turned into, or put up for, the farm is the farm's.
    if (category === 'housing' && forTheFarm(scan, i, clauses.end[h.clause]!)) {
      add('production', h);
      (fitted ??= new Set()).add(h.clause);
      continue;
    }
    // 屋顶装光伏板: a roof that carries solar panels for sale to the grid is the panels' place, not the dwelling's repair.
    if (category === 'housing' && role.dualUse && SOLAR.test(clauseText(h.clause))) {
      add('production', h);
      continue;
    }
    // 热水器装在房顶上, 屋顶装太阳能热水器: a roof that goods are put on is their place, not a repair of the dwelling.
    if (
      category === 'housing' &&
      role.dualUse &&
      (PUT_ON.test(text.slice(Math.max(clauses.start[h.clause]!, h.start - 6), h.start)) ||
        (hits[i + 1]?.role.category === 'household_goods' &&
          GOODS_PUT_AFTER.test(text.slice(h.end, hits[i + 1]!.start)) &&
          // (Not work done before the goods went in: 贴了瓷砖装了热水器.)
          !WORK_DONE.test(h.term)))
    ) {
      context.push(h.term);
      continue;
    }
    // (买了燃气灶、抽油烟机，灶房里的一套家什: and so is a room the goods are in.)
    if (
      category === 'housing' &&
      role.dualUse &&
      /^(?:里|内|中)/.test(text.slice(h.end, h.end + 1)) &&
      hits.some((o) => o.role.category === 'household_goods' && !o.negated)
    ) {
      context.push(h.term);
      continue;
    }
    // (还手机上的网贷, 手机上借的: a phone named as where the money was borrowed or spent is a place, not goods bought.)
    if (category === 'household_goods' && ON_SCREEN_AFTER.test(text.slice(h.end, h.end + 3)) && /手机|电脑/.test(h.term)) {
      context.push(h.term);
      continue;
    }
    // (拉游客围着水库转一圈收十块: a ride the household gives its guests is the trade's, not a trip.)
    if (category === 'other_non_productive' && /一圈|一趟/.test(h.term) && GUESTS_DRIVEN_BEFORE.test(text.slice(clauses.start[h.clause], h.start))) {
      context.push(h.term);
      continue;
    }
    // (王大眼儿给儿子娶媳妇 杀两口; 赵老二家发送老爷子 杀一口: a family's event a butcher's entry kills pigs for, in clauses that
    // name no loan, is the butcher's job — the loan's use is what the entry goes on to tell.)
    if (
      (category === 'marriage' || category === 'other_non_productive') &&
      butcheredFor(clauseText(h.clause) + (h.clause + 1 < clauses.start.length ? clauseText(h.clause + 1) : '')) &&
      productionTold((o) => o.clause > h.clause + 1)
    ) {
      context.push(h.term);
      continue;
    }
    // (贷款用于买饲料喂羊。另：村里修桥时该户捐钱二百元: a separate note, naming no loan, tells another matter.)
    if (category !== 'production' && separateNote(text, h) && productionTold((o) => o.end <= h.start)) {
      context.push(h.term);
      continue;
    }
    // (…贷款添了音响、拱门，捐钱二百元: a clause that is only a gift and its sum, in a donation book's entry, is the entry —
    // not a use of the loan told before it.)
    if (category === 'other_non_productive' && GIFT_ENTRY.test(clauseText(h.clause)) && productionTold((o) => o.clause < h.clause)) {
      context.push(h.term);
      continue;
    }
    // (前年做屋欠了亲戚几万，还未还清；今年贷款係买猪苗: a debt said still unpaid, the loan then told going to the farm, is background.)
    if (
      category === 'other_non_productive' &&
      /欠|借/.test(h.term) &&
      DEBT_STILL_OWED_AFTER.test(text.slice(h.end, h.end + 16)) &&
      productionTold((o) => o.clause > h.clause)
    ) {
      context.push(h.term);
      continue;
    }
    // (鸡舍用砖五千块，赊账; 化肥从公司赊的: farm goods taken on credit, nothing said of the loan repaying the credit, are bought.)
    if (
      category === 'other_non_productive' &&
      h.term.startsWith('赊') &&
      // (贷款包粘豆包…黄米面在我这赊的: anywhere in the text, where the writer gave the credit.)
      productionTold(
        (o) => o.clause === h.clause || o.clause === h.clause - 1 || AT_WRITERS_BEFORE.test(clauseText(h.clause).slice(0, h.start - clauses.start[h.clause]!)),
      ) &&
      !/还|结清|付清|清账/.test(clauseText(h.clause)) &&
      // (前年腊月赊的兽药钱三千，一直没还，今年五月贷款下来还清了: not an earlier year's credit the text says was repaid.)
      !(CREDIT_GOODS_REPAID.test(text) && !creditThisSeason(text))
    ) {
      context.push(h.term);
      continue;
    }
    // (给老周家闺女盘新娘头，她妈说办酒席的钱就是贷款: a feast told beside a bride, no other event named, is the wedding's.)
    if (
      category === 'other_non_productive' &&
      PLAIN_FEAST.test(h.term) &&
      WEDDING_TOLD.test(text) &&
      !OTHER_EVENT_TOLD.test(text) &&
      !/欠|还了|还上/.test(text)
    ) {
      add('marriage', h);
      continue;
    }
    // (给黄家老太爷办白事，黄大嘴说…全买了猪崽子: a funeral the writer served, opening the text, beside the loan's farming told
    // after it, is the writer's job.)
    if (
      category === 'other_non_productive' &&
      h.clause === 0 &&
      h.start < (WRITER_SERVED_FUNERAL.exec(text)?.[0].length ?? 0) &&
      productionTold((o) => o.clause > h.clause) &&
      LOAN_NAMED.test(text.slice(clauses.end[h.clause]))
    ) {
      context.push(h.term);
      continue;
    }
    // (茶叶加工季买柴火、交电费、买包装袋: bills listed after a season of the household's work are that work's costs.)
    if (category === 'other_non_productive' && BILL.test(h.term) && WORK_SEASON_BEFORE.test(text.slice(clauses.start[h.clause], h.start))) {
      add('production', h);
      continue;
    }
    // (…贷款买了三头牛，三马子车斗修，80: a vehicle a later clause only says was repaired, in a shop's own entry, is
    // the work the shop did — not goods the loan bought.)
    if (
      category === 'household_goods' &&
      role.dualUse &&
      REPAIRED_AFTER.test(text.slice(h.end, clauses.end[h.clause])) &&
      !THIS_LOAN_NAMED.test(clauseText(h.clause)) &&
      productionTold((o) => o.clause < h.clause)
    ) {
      context.push(h.term);
      continue;
    }
    // (贷款买米买面过年，焊炉子二十: goods a later clause only says the writer worked on, for a price, are the writer's job.)
    if (
      category === 'household_goods' &&
      WORK_ENTRY.test(clauseText(h.clause)) &&
      !THIS_LOAN_NAMED.test(clauseText(h.clause)) &&
      hits.some((o) => o.clause < h.clause && !o.negated && o.role.category !== undefined)
    ) {
      context.push(h.term);
      continue;
    }
    // (他家贷款买了头奶牛，我顺道给他家修了修电视机，收了五十: goods the writer says they worked on for the customer, for a
    // fee, are the writer's job.)
    if (category === 'household_goods' && WRITER_JOB_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) && FEE_TAKEN_AFTER.test(text.slice(h.end))) {
      context.push(h.term);
      continue;
    }
    // (张瘸子家旧冰箱一台 80块拉走; 苏老二 旧彩电21寸 30块: old goods a buyer's entry prices or takes, in a sentence that names
    // no loan and buys nothing before them, are what the household sold — not goods the loan bought.)
    // (还欠亲戚的，…亲戚的钱等卖了羊再还: a debt still owed, which a later clause says a sale will repay, is not the loan's use.)
    if (
      category === 'other_non_productive' &&
      ((h.term.startsWith('欠') && text[h.start - 1] === '还' && REPAID_BY_SALE_LATER.test(text.slice(h.end))) ||
        (text[h.end] === '等' && REPAID_BY_SALE_LATER.test(text.slice(h.end))))
    ) {
      context.push(h.term);
      continue;
    }
    // (邹家办满月五桌，贷款干啥用的没唠; 他家办满月请了个响器班子…贷款用在哪了没问着: what a clause naming no loan tells, where
    // the text says the loan's use was not asked, is the family's news — the use stays unknown.)
    if (!THIS_LOAN_NAMED.test(clauseText(h.clause)) && USE_NOT_ASKED.test(text)) {
      context.push(h.term);
      continue;
    }
    // (喜字窗花、对联…贷款进了一批货，在乡集上摆摊卖: wedding goods a trade stocks are its stock, not a wedding.)
    // (钱拿给他大伯给小儿子办酒席了，啥酒席没说: a feast the text says was of no told kind is spending, not a wedding — review 145.)
    if (category === 'marriage' && ANY_FEAST.test(h.term) && FEAST_KIND_UNTOLD.test(text)) {
      add('other_non_productive', h);
      continue;
    }
    if (category === 'marriage' && WEDDING_GOODS.test(h.term) && STOCKED_FOR_SALE.test(text)) {
      add('production', h);
      continue;
    }
    if (category === 'household_goods' && oldThingSold(text, h)) {
      context.push(h.term);
      continue;
    }
    // 儿子骑摩托撞了人: a vehicle told as what an accident happened on is the story of the cost, not goods bought.
    if (category === 'household_goods' && ACCIDENT_AFTER.test(text.slice(h.end, h.end + 8))) {
      context.push(h.term);
      continue;
    }
    // 半挂车跑运输…换轮胎，再交保险: insurance where the text's vehicle works for hire is the vehicle's running cost; 贷款给自家4头
    // 能繁母猪买了保险: and insurance bought for the farm's stock, however counted, is a cost of keeping it.
    // (Not insurance bought for a person: 跑运输…贷款给老人买了保险.)
    // (…育肥猪都上了保险，保费从贷款里出: and the premium of insurance the clause before bought for the stock — review 146.)
    if (category === 'other_non_productive' && VEHICLE_INSURANCE.test(h.term)) {
      const before = text.slice(clauses.start[h.clause], h.start);
      const insuredBefore = h.clause > 0 ? STOCK_INSURED_CLAUSE.exec(text.slice(clauses.start[h.clause - 1], clauses.end[h.clause - 1])) : null;
      if (
        INSURED_STOCK_BEFORE.test(before) ||
        (/^保(?:险)?费$/.test(h.term) &&
          insuredBefore !== null &&
          (INSURED_STOCK_BEFORE.test(insuredBefore[1]!) ||
            // (养了60头育肥猪，都上了保险，保费…从贷款里出的: or the stock the clause before that names — review 147.)
            (/^(?:都|也|全|全都|还)?$/.test(insuredBefore[1]!) &&
              h.clause > 1 &&
              STOCK_KEPT.test(text.slice(clauses.start[h.clause - 2], clauses.end[h.clause - 2]))))) ||
        (VEHICLE_AT_WORK.test(text) && !INSURED_PERSON_BEFORE.test(before))
      ) {
        add('production', h);
        continue;
      }
    }
    // (老板家嫁女儿…随了礼: another family's wedding the household takes a gift to is the gift's, not a wedding of its own.)
    if (
      category === 'marriage' &&
      OUTSIDER_FAMILY_BEFORE.test(text.slice(Math.max(clauses.start[h.clause]!, h.start - 4), h.start)) &&
      hits.some((o) => o.role.category === 'other_non_productive' && GIFT.test(o.term) && !o.negated)
    ) {
      context.push(h.term);
      continue;
    }
    // (学车拉饲料, 考B2自己跑货运: a licence the text puts to the household's own hauling is a cost of its work — not one
    // said to be for no such work, 学车不是为了跑运输.)
    if (
      category === 'other_non_productive' &&
      LICENCE_FEE.test(h.term) &&
      (LICENCE_AT_WORK.test(text) ||
        (LEARNER_OF_HOUSEHOLD.test(text) && hits.some((o) => (o.role.category === 'production' || o.role.business === true) && !o.negated))) &&
      !LICENCE_NOT_AT_WORK.test(text)
    ) {
      add('production', h);
      continue;
    }
    // 买缝纫机两台、布料，做蒙古袍在旗里出售: goods with which the household makes things to sell are its tools.
    // (Or a machine to work with where the text says the household works on orders: 接了绣品公司的订单按件计价…买一台缝纫机.)
    if (
      category === 'household_goods' &&
      role.dualUse &&
      (MADE_FOR_SALE_AFTER.test(text.slice(h.end, h.end + 30)) || (WORK_MACHINE.test(h.term) && ON_ORDER.test(text)))
    ) {
      add('production', h);
      continue;
    }
    // 购置冷藏柜一台，放置于借款人自营鲜肉摊位; 购冷藏柜设备; 放自家摊位上 (set 1017): goods placed in the household's stall or shop, or called its
    // equipment, are the trade's.
    // (Not goods the clause gives the family: 电视放在店里供家人看.)
    if (
      category === 'household_goods' &&
      role.dualUse &&
      !clauses.familyStrong[h.clause] &&
      (PLACED_IN_TRADE_AFTER.test(text.slice(h.end, h.end + 30)) || text.startsWith('设备', h.end)) &&
      // (买冰柜，先放在店里，后来搬回家用: not goods moved home after.)
      !MOVED_HOME_LATER.test(text.slice(h.end))
    ) {
      add('production', h);
      continue;
    }
    // 买轿车布置成婚车，出租给办喜事的人家: goods let out to others are the stock of the household's trade.
    if ((category === 'marriage' || category === 'household_goods') && RENTED_OUT_AFTER.test(text.slice(h.end, h.end + 16))) {
      add('production', h);
      continue;
    }
    // 交首付买台小挖掘机, 收割机首付: a down payment on the machine or stock named beside it is that purchase's.
    // (凑个首付买辆新车: and so is one on a vehicle named right after it.)
    if (category === 'housing' && DOWN_PAYMENT.test(h.term) && (downPaymentOnFarm(scan, i) || /^[^，。,;；]{0,4}车/.test(text.slice(h.end, h.end + 6)))) {
      context.push(h.term);
      continue;
    }
    // 承接农户盖房, 专接别人家装修: building or fitting out work taken on for others is the household's trade.
    // (接寺庙和别人家房屋的彩绘活: and so is a job whose client's building or goods are named between 接 and its 活; 包了村道
    // 硬化里的一段活: or a body's works a piece of which the household contracts.)
    if (
      ((category === 'housing' || category === 'household_goods') && TAKEN_ON.test(text.slice(Math.max(clauses.start[h.clause]!, h.start - 11), h.start))) ||
      (CLIENTS_JOB_CATEGORIES.has(category) &&
        JOB_TAKEN_BEFORE.test(text.slice(clauses.start[h.clause], h.start)) &&
        CLIENTS_JOB_AFTER.test(text.slice(h.end, h.end + 16)))
    ) {
      add('production', h);
      continue;
    }
    // 说了不用于婚事: a prohibited category the text denies by a phrase is not its use where else it is named — unless
    // that mention states a use (贷款给儿子结婚), which the denial contradicts; then it counts.
    if (category !== 'production' && (refuted?.has(h) || (deniedCategories?.has(category) && !statesUse(text, h)))) {
      context.push(h.term);
      continue;
    }
    // 买摩托车放牦牛: goods put to the farm's work right after them are its equipment (unless said to be for the family).
    const next = hits[i + 1];
    if (
      dual &&
      !clauses.familyStrong[h.clause] &&
      next !== undefined &&
      next.clause === h.clause &&
      farmWord(next) &&
      !next.negated &&
      PUT_TO_WORK.test(text.slice(h.end, next.start))
    ) {
      add('production', h);
      continue;
    }
    // (家里用的还是旧冰柜: the old goods the family keeps are not bought.)
    if (dual && category === 'household_goods' && FAMILY_KEEPS_OLD.test(text.slice(clauses.start[h.clause], h.start))) {
      context.push(h.term);
      continue;
    }
    if (dual && category === 'household_goods' && clauses.familyStrong[h.clause]) {
      // 在家具店买套家具自家用: said plainly for the family, goods are the family's even beside a shop.
      add('household_goods', h);
      continue;
    }
    // A trade's own words, or its goods and customers — but not a wedding or house of the family's own in the same
    // clause (开婚庆店，也给儿子把婚事办了).
    // (Not goods named for the family: 汽车销售公司…购家用轿车.)
    // (Nor one named after a finding where the trade was told only before it: 原用途“购买轿车从事婚车租赁”，经核查…实际用途系
    // 子女婚事 — the finding says what the words after it are.)
    if (
      RETAGGED.has(category) &&
      // (买了个大电视，说是看直播学卖货，其实就是家里看电视: nor goods a claimed trade the finding puts to the family.)
      (retagged?.has(h) ||
        (trades?.has(category) && !familyAct(scan, i) && role.family !== 'strong' && !tradeOnlyBefore(h) && !(dual && familyFoundOverClaim()))) &&
      !INTO_OWN_DWELLING.test(text) &&
      // (说是开婚庆店，俺去镇上看了没有这个店: nor a trade the writer found does not exist.)
      !SHOP_NOT_FOUND.test(text)
    ) {
      add('production', h);
      continue;
    }
    // 花椒树修剪买药: medicine right after the farm's crop or herd in its clause is the farm's (农药, 兽药).
    const prior = hits[i - 1];
    if (
      category === 'other_non_productive' &&
      FARM_MEDICINE.test(h.term) &&
      prior !== undefined &&
      // (给牛看病，买药: or in the clause right before, a comma between; 交地租，剩下买药: or the rest of the money.)
      (prior.clause === h.clause ||
        (prior.clause === h.clause - 1 &&
          // (贷款付地租每亩480元，余款买药: or what was left, after the farm's price.)
          /^(?:[0-9.一二三四五六七八九十百千两]+(?:元|块|万元?)?)?[，,、](?:剩下的?|剩余的?|其余的?|余下的?|余款|余下的钱|剩下的钱)?$/.test(
            text.slice(prior.end, h.start - (h.term.startsWith('买') ? 0 : 1)),
          ))) &&
      farmWord(prior) &&
      !prior.negated &&
      h.start - prior.end <= 10 &&
      !PEOPLE.test(text.slice(prior.end, h.start))
    ) {
      add('production', h);
      continue;
    }
    // 买肥买药, 化肥和药, 买药打: medicine bought beside fertiliser, or to spray, or in a text of spraying, is the crop's (农药),
    // whatever clause the crop is in.
    if (
      category === 'other_non_productive' &&
      FARM_MEDICINE.test(h.term) &&
      (FERTILISER_BESIDE.test(text.slice(Math.max(0, h.start - 3), h.end + 3)) ||
        SPRAYED.test(text.slice(h.end, h.end + 2)) ||
        // (打除草剂，租无人机飞防…，再买药: or where the text sprays a crop, no person named in its clause to take it.)
        (CROP_SPRAYING.test(text) && !PEOPLE.test(text.slice(clauses.start[h.clause], h.start))) ||
        // (苹果梨园4亩，钱用在修剪雇工和买药上: or listed with the orchard's or field's work, no person in its clause.)
        (ORCHARD_WORK.test(clauseText(h.clause)) && !PEOPLE.test(clauseText(h.clause)) && hits.some((o) => o !== h && !o.negated && farmWord(o))))
    ) {
      add('production', h);
      continue;
    }
    // 烤房要修一下，还要买煤; 买煤烘粉条: fuel where the farm has a building that burns it, or to dry its produce, is the farm's.
    if (
      category === 'other_non_productive' &&
      FUEL.test(h.term) &&
      // (自家小烘干塔买煤: or a drier or kiln the farm works, named as its trade.)
      (hits.some((o) => (o.role.premises === true || o.role.category === 'production') && !o.negated && BURNING_PREMISES.test(o.term)) ||
        /^(?:烘|烤|熏|烧窑|炒)/.test(text.slice(h.end, h.end + 2)))
    ) {
      add('production', h);
      continue;
    }
    // 大棚用电，交电费水费: power and water bills where the text names a farm building that uses them are the farm's.
    if (
      category === 'other_non_productive' &&
      UTILITY.test(h.term) &&
      hits.some((o) => (o.role.premises === true || o.role.category === 'production') && !o.negated && UTILITY_PREMISES.test(o.term)) &&
      !clauses.strongFamily
    ) {
      add('production', h);
      continue;
    }
    // 给猪牛打针看病: treating animals is the farm's work (牛得病了，打针买药: an animal's illness told in the clause before).
    if (
      category === 'other_non_productive' &&
      (/看病|治病|打针/.test(h.term) || FARM_MEDICINE.test(h.term)) &&
      (animalJustBefore(text, h.start) ||
        // (买药治蜂螨: or the stock named right after as what the medicine treats.)
        STOCK_TREATED_AFTER.test(text.slice(h.end, h.end + 6)) ||
        // (腐烂病严重，钱用于刮治、买药: or a crop's disease told before it.)
        CROP_ILL.test(text.slice(0, h.start)) ||
        (h.clause > 0 &&
          [ANIMAL_ILL, ANIMAL_TREATED].some((told) => told.test(clauseText(h.clause - 1))) &&
          !PEOPLE.test(text.slice(clauses.start[h.clause], h.start))))
    ) {
      add('production', h);
      continue;
    }
    // 面包车…平时就是家里人走亲戚: a family outing said of goods makes them the family's, not a spending of its own.
    if (
      category === 'other_non_productive' &&
      role.family === 'strong' &&
      hits.some((o) => !o.negated && (o.role.category === 'household_goods' || o.role.frame?.category === 'household_goods'))
    ) {
      add('household_goods', h);
      continue;
    }
    // 买了个车位，等着涨价再卖: property bought to sell when its price rises is placed for a return (理财), not a trade's stock.
    // (在县城买了个门市，不开店也不住，等涨价再卖: so is a shop-front, neither worked nor lived in.)
    // (在镇上买个门市房往外租，就收租金: or let for the rent alone.)
    if (
      ((category === 'household_goods' || category === 'housing' || PROPERTY.test(h.term)) && SPECULATION_AFTER.test(text.slice(h.end, h.end + 22))) ||
      (PROPERTY.test(h.term) && LET_FOR_RENT_AFTER.test(text.slice(h.end, h.end + 24)))
    ) {
      add('wealth_management', h);
      continue;
    }
    // 手机里装了好几个借贷APP: goods named as where something is kept are only a place.
    if (category === 'household_goods' && GOODS_AS_PLACE.test(text.slice(h.end, h.end + 4))) {
      context.push(h.term);
      continue;
    }
    // 靠养笨鸡过日子: living told as how the family gets by, not a use.
    // (…贷款买理发椅和烫发机，一家人过日子: or a clause of its own that says only that the family lives by it.)
    if (
      category === 'other_non_productive' &&
      /过日子|生活费|日常开支|生活开销|维持生活/.test(h.term) &&
      (livesByOtherThanLoan(text.slice(Math.max(clauses.start[h.clause]!, h.start - 8), h.start)) || (h.clause > 0 && FAMILY_LIVING.test(clauseText(h.clause))))
    ) {
      context.push(h.term);
      continue;
    }
    // 女儿在长春上大学, 两个孩子上学: someone's situation, told with 在 and a place, or of a member of the family in a
    // clause that says nothing of this loan.
    const lead = text.slice(Math.max(clauses.start[h.clause]!, h.start - 5), h.start);
    // (两个上学的孩子: the event describing a member is the family's situation too.)
    // (Not 在 of 花在: 钱花在俺兄弟结婚上了 spends the money on it.)
    // (后生成家另过: nor a marriage told as the reason a member keeps a household of their own.)
    // (大部分给儿子在县城结婚用了: not an event the money is said to be spent on, or given for.)
    // (他老二在荆州城里结婚，钱拿克付酒店的定金哒: nor one whose next clause pays its costs with the money.)
    if (
      SITUATION_EVENTS.test(h.term) &&
      !SPENT_AFTER.test(text.slice(h.end, h.end + 4)) &&
      !MONEY_PAYS_NEXT.test(clauseText(h.clause + 1)) &&
      // (3只在儿子结婚的时候宰了请客: nor the wedding a feast in its clause was held at.)
      !/^的时候[^，。,;；]{0,6}(?:宰|请客|办酒|摆酒|待客|办席)/.test(text.slice(h.end, h.end + 12)) &&
      !/给(?:儿子|女儿|闺女|孩子|孙子|孙女)在/.test(text.slice(clauses.start[h.clause], h.start)) &&
      // (贷款拿来在村里办结婚酒席: nor one the money is taken to hold there — set 1020.)
      !/(?:贷款|钱)[^，。,;；]{0,3}(?:拿来|拿去|用来|用于)在/.test(text.slice(clauses.start[h.clause], h.start)) &&
      (/(?<![花用投])在/.test(lead) ||
        /^的(?:孩子|娃|儿子|女儿|闺女|孙子|孙女)/.test(text.slice(h.end, h.end + 4)) ||
        /^(?:另过|单过|分家|另立户|分出去)/.test(text.slice(h.end, h.end + 3)))
    ) {
      context.push(h.term);
      continue;
    }
    // 两个孩子上学，…: a member's schooling or illness told in a clause of its own, with nothing of this loan in it, is
    // the family's situation — it counts only when nothing else is said, like background.
    if (
      SITUATION_NEEDS.test(h.term) &&
      // (我儿子才十六，还念书呢: or named in a short clause just before.)
      (FAMILY_MEMBER.test(lead) ||
        (h.clause > 0 &&
          clauses.end[h.clause - 1]! - clauses.start[h.clause - 1]! <= 8 &&
          FAMILY_MEMBER.test(clauseText(h.clause - 1)) &&
          /^还(?:在)?$/.test(text.slice(clauses.start[h.clause], h.start)))) &&
      // (另一半给在外务工受伤的儿子看病: a word of giving anywhere before it in its clause makes it this loan's.)
      !/[给为帮供交用]/.test(text.slice(clauses.start[h.clause], h.start)) &&
      !clauses.intent[h.clause] &&
      // (还念书呢: a particle may end the clause.)
      /^[呢哩着啊呀]?$/.test(text.slice(h.end, clauses.end[h.clause]))
    ) {
      evidence.push(evidenceOf(category, h.term, h.clause, h.start, undefined, true));
      continue;
    }
    if (
      category === 'other_non_productive' &&
      (repaymentClause(text, clauses.start[h.clause]!, clauses.end[h.clause]!) ||
        proceedsAfterSale(text, clauses, h.clause) ||
        owedOnly(text, h, clauses.start[h.clause]!, clauses.end[h.clause]!))
    ) {
      context.push(h.term);
      continue;
    }
    if (category === 'housing' && (dual || role.category === undefined)) {
      // Renovation beside a farm building or in a trade's text is the farm's or the shop's (牛棚吊顶, 门面装修), and rooms
      // in a trade's clause are its rooms (西屋两间改成客房); but not where a dwelling is named (把住的房子重新装修).
      const dwellingHere =
        (dwellingClauses?.has(h.clause) === true && !dwellingNoun(h)) ||
        hits.some(
          (o) =>
            o !== h && o.clause === h.clause && !o.negated && o.role.category === 'housing' && !o.role.dualUse && !soldTo(text, o, clauses.start[o.clause]!),
        );
      // 住的那几间房: rooms said to be lived in are a dwelling, whatever trade is beside them.
      // (Or a shed whose next clause ends in 住: 换成彩钢板房，冬天老两口住.)
      const livedIn =
        // (Not 住 inside a word denied: 店面（营业用房，非住宅）简单装修.)
        livedNear(h, clauses.start[h.clause]!) ||
        OWN_LIVED.test(text.slice(clauses.start[h.clause], h.start)) ||
        (role.frame?.verbsBefore.length === 0 && LIVED_IN_AFTER.test(text.slice(h.end, h.end + 12))) ||
        // (在养牛场边上盖了三间砖房，一家老小都搬过去住了: the family said in the next clause to live in it.)
        (role.frame !== undefined && FAMILY_LIVED_AFTER.test(text.slice(h.end, h.end + 16))) ||
        // (楼上那层是自家住的，装修时一起弄了: the clause before names the rooms the family lives in.)
        (h.clause > 0 && LIVED_BEFORE.test(clauseText(h.clause - 1))) ||
        // (仓房内盘了火炕…儿子一家住在里面: a fitting of a room the text then says people live in.)
        (dual && LIVED_INSIDE.test(text.slice(h.end)));
      // A part of a building (房盖, 屋顶) beside a farm building is the farm building's (扩建牛舍（换房盖、砌墙）).
      // (修缮自家牛棚屋顶: a part named right after a farm building is that building's, whatever dwelling the text names.)
      const partOfFarm =
        (!dual && !dwellingNoun(h) && clauses.premises[h.clause] === true) ||
        (dual &&
          hits[i - 1]?.role.premises === true &&
          !hits[i - 1]!.negated &&
          // (所修系其养猪用的旧猪舍，屋顶塌漏: or named at the start of the clause after the one the farm building ends.)
          (hits[i - 1]!.end === h.start || (hits[i - 1]!.end + 1 === h.start && clauses.start[h.clause] === h.start)));
      // (Not the household's own house said so: 先给自己家装修一下.)
      if (
        !dwellingNoun(h) &&
        !dwellingHere &&
        !livedIn &&
        // (开民宿（自家院子改的三间）: but rooms converted in the trade's clause are the trade's, whoever owned the yard.)
        !(familyAct(scan, i) && !clauses.premises[h.clause] && !(business[h.clause] && CONVERTED_BEFORE.test(text.slice(clauses.start[h.clause], h.start)))) &&
        // (把自家客厅和卧室重新装修: rooms said plainly to be the family's.)
        !clauses.familyStrong[h.clause] &&
        (business[h.clause] ||
          partOfFarm ||
          (dual && !dwellingNamed && !INTO_OWN_DWELLING.test(text) && (clauses.premises.includes(true) || anyBusiness)) ||
          // (自家民宿 客房改造 加装卫生间 接游客: a room fitted in a guest house the household runs, where no one is said to live — set 997.)
          (!dwellingNamed && lodgingUnlived()))
      )
        category = 'production';
    } else if (dual) {
      // Goods: the family's where their clause says so plainly (家用); a trade's or a farm's where their clause tells one;
      // the family's where a weaker word in their clause says so (孩子); then the same by the whole text.
      const family_ = category === 'household_goods' || category === 'production' ? 'household_goods' : category;
      // (所购手机用于联系卖羊，但经查该手机系其女儿日常使用: goods named again after a finding are read by what the finding
      // says, not by the trade the claim before it told.)
      const tradeTold = real >= 0 && h.start > real ? tradeAfterFinding() : anyBusiness;
      if (clauses.familyStrong[h.clause]) category = family_;
      // (买冰柜，称用于储存待售鸡蛋，现放置于客厅供家庭使用: goods a later clause plainly finds in the family's use, with no
      // trade after it, are the family's, whatever work an earlier clause claimed for them.)
      else if (familyFoundAfter(h.clause, h.term)) category = family_;
      // (小轿车说跑出租，实际就自家接送孩子; 申请写买三轮车拉货，核实后是家里人赶集坐的: goods a claim before the finding puts to a
      // trade, which the finding puts to the family with no trade of its own, are the family's.)
      else if (familyFoundOverClaim())
        // (申请写买三轮拉货，实际买的电动车，本人上下班骑: and so are goods the finding itself names.)
        category = family_;
      // 买了两匹马和一辆旧摩托，都是放牧赶牛用的: goods said after them to be for the farm's work are its equipment.
      else if (forFarmWork(scan, i)) category = 'production';
      // (买了个车拉菜是偶尔拉主要是家里坐: said to serve mainly the family, even beside a trade told in its own clause.)
      else if (business[h.clause] && anyFamily && MAINLY_FAMILY.test(text) && !SHARED_OUT.test(text)) {
        category = family_;
        familyUse = true;
      } else if (business[h.clause] || clauses.premises[h.clause]) category = 'production';
      // (顺带换了个冷柜，都是给客人做饭用的: goods the next clause says are all for the trade's customers are the trade's.)
      else if (
        business[h.clause + 1] &&
        !clauses.familyStrong[h.clause + 1] &&
        /^[^，。,;；]{0,2}(?:都是|全是|专门|是)[^，。,;；]{1,8}?用的/.test(text.slice(clauses.start[h.clause + 1], clauses.end[h.clause + 1]))
      )
        category = 'production';
      else if (family[h.clause]) {
        category = family_;
        // (买辆车接送孩子上学: a vehicle its own clause puts to the family's use is the family's, not one to review.)
        familyUse = true;
      } else if (role.category === 'production' && beside(h)) category = 'production';
      // (手机是用贷款买的，给闺女上网课用；种子钱是卖粮的: goods the next clause puts to the family's use, naming no work
      // of its own, are the family's, whatever trade a later clause tells.)
      else if (
        family[h.clause + 1] &&
        !business[h.clause + 1] &&
        !hits.some((o) => o.clause === h.clause + 1 && !o.negated && (o.role.category === 'production' || o.role.business === true))
      ) {
        category = family_;
        familyUse = true;
      } else if (clauses.strongFamily) category = family_;
      // 买两台电动车，一台我送外卖，一台媳妇上下班骑: goods shared out between the trade and the family are partly the
      // family's, and a prohibited use anywhere wins.
      // (买辆轿车，平时接送孩子上下学，闲了跑跑滴滴: goods used as a rule by the family and by the way for a trade are the family's.)
      // (买了台小轿车，说是拉货，其实就家里坐: and goods said to serve only the family are the family's, whatever trade is told.)
      else if (tradeTold && (ONLY_FAMILY.test(text) || (anyFamily && (SHARED_OUT.test(text) || MAINLY_FAMILY.test(text))))) {
        category = family_;
        // (买了个车，拉菜是偶尔拉，主要是家里坐: a vehicle said to serve mainly the family is the family's, not one to review.)
        if (!SHARED_OUT.test(text)) familyUse = true;
      }
      // (羊圈系前年自建；本笔贷款实际给上网课的儿子买了一部新手机: goods bought for a member, with no work of their own, are the family's.)
      // (Not where the member's work is told next: 给兒子買四輪子，兒子在家種地.)
      else if (
        BOUGHT_FOR_MEMBER.test(text.slice(clauses.start[h.clause], h.start)) &&
        !LOAD_CARRIER.test(h.term) &&
        !hits.some((o) => o.start > h.end && !o.negated && (o.role.category === 'production' || o.role.business === true))
      )
        category = family_;
      // (登记为养猪，实际买了空调和热水器，猪圈里一头猪都没得: not a farm building only named as found empty.)
      else if (tradeTold || clauses.premises.some((p, c) => p && !stockAbsent(clauseText(c)))) category = 'production';
      // 买摩托车，每天骑去胶林割胶: a vehicle ridden to the farm's work is the farm's.
      else if (!anyFamily && RIDDEN_TO_WORK.test(text.slice(h.end)) && hits.some((o) => o.start > h.end && o.role.category === 'production' && !o.negated))
        category = 'production';
      // (认定摩托车为生产用: goods a finding classes as the farm's or the trade's are, wherever else they are named — set 965.)
      else if (classedProductive(text, h.term)) category = 'production';
      else if (anyFamily) category = family_;
      // 养牛，买三轮车: a three-wheeler, built to carry loads, beside the farm is the farm's; with nothing to put it to the
      // family or a trade (买三轮车一辆), it is for a person to read.
      else if (LOAD_CARRIER.test(h.term)) {
        if (hits.some((o) => o.role.category === 'production' && !o.negated)) category = 'production';
        else unplaced = true;
      }
      // (买台车，家里接送娃用: and so is one the next clause, naming no use of its own, puts to the family's use.)
      // (问：那辆车呢？答：家里用的: or a vehicle a question takes as the household's, the answer putting it to the family.)
      if (category === family_ && scan.held?.has(h.start) === true && anyFamily) familyUse = true;
      if (
        category === family_ &&
        family[h.clause + 1] &&
        !hits.some((o) => o.clause === h.clause + 1 && ((o.role.category !== undefined && !o.role.family) || o.role.business) && !o.negated)
      )
        familyUse = true;
    }
    // 以月息2分转借他人牟利: a word of lending, where interest is what the household seeks, is 放贷.
    if (category === 'enterprise_use' && lending && LENDING_WORD.test(h.term)) category = 'wealth_management';
    // 多笔支付至彩票站: a shop the money is paid to is where it was spent, not the household's trade.
    // (转彩票站多笔: and a lottery outlet paid is money staked, spending of the household's.)
    if (category === 'production' && shopPaid(text, h)) {
      if (LOTTERY.test(h.term)) add('other_non_productive', h);
      else context.push(h.term);
      continue;
    }
    add(category, h, unplaced ? 'unknown' : category === role.frame?.category && !familyUse ? role.frame.alone : undefined);
  }
  // 县城投公司在招钱…他想投进去: money put into what a platform raises is the platform's, as when bought from it.
  // (Or a body that runs a project the households are told to put money into: 旅游项目是乡里搞的，让每户贷五万投进去.)
  // (And shares taken in a platform's project: 县文旅投资公司搞…项目，动员…贷款入股.)
  if (evidence.some((e) => (e.category === 'wealth_management' && INVESTING.test(e.term)) || (e.category === 'enterprise_use' && SHARE_TAKEN.test(e.term)))) {
    const platform =
      hits.find((p) => p.role.party === 'government' && !p.negated && PLATFORM.test(p.term)) ??
      (PUBLIC_PROJECT.test(text)
        ? hits.find((p) => p.role.party === 'government' && !p.negated && OWNS_PROJECT.test(text.slice(p.end, p.end + 3)))
        : undefined);
    if (platform) evidence.push(evidenceOf('government_financing_platform', platform.term, platform.clause, platform.start));
  }
  // 迷上了买六合彩，贷款基本都投进去了: money put into gambling is spent on it, not invested.
  if (GAMBLING.test(text))
    for (const e of evidence.filter((x) => x.category === 'wealth_management' && PUT_IN.test(x.term)))
      evidence.splice(evidence.indexOf(e), 1, { ...e, category: 'other_non_productive' });
  // (钱借给李四了，他在乡里开饭店缺本钱: and a hand-over to one told as running a trade short of money, with no interest.)
  if ((interest || TRADE_SHORT_OF_MONEY.test(text)) && handover && !evidence.some((e) => HANDED.has(e.category))) {
    // Interest and a hand-over with no party named: the money is lent out (放贷), or deposited for interest — unless the
    // one lent to is told as running a trade short of it (借给开超市的赵老四周转, 他开饭馆缺本钱) and no rate is sought.
    add(
      lending || !THEIR_ENTERPRISE.test(text) ? 'wealth_management' : 'enterprise_use',
      hits.find((h) => h.role.interest && !h.negated) ?? hits.find((h) => h.role.handover !== undefined && !h.negated)!,
    );
  }
  // 以农户王某名义办理…王某本人并不知情, 被李某挪作他用: a loan in the household's name that it never had, or that
  // someone outside it took, is used by that person (冒名、借名贷款), whatever they spent it on.
  if (!evidence.some((e) => e.category === 'enterprise_use')) {
    const taken = TAKEN_BY.exec(text) ?? (text.includes('走') ? TAKEN_AWAY_BY.exec(text) : null);
    // (被告辩称贷款被其女婿“借走做买卖”，但未提交任何证据: not a taking only claimed, which the text refutes.)
    const outsider =
      taken !== null &&
      ((!PRONOUN_MEMBERS.test(taken[1]!) && !FAMILY_MEMBER.test(taken[1]!)) || OUTSIDE_KIN.test(taken[1]!)) &&
      // (问：你媳妇说钱让你拿走了: the one asked, whose spouse the question names, is the household.)
      !(taken[1] === '你' && /你(?:媳妇|老婆|男人|爱人|丈夫|家)/.test(text)) &&
      // (问：你有没有往家里寄钱？答：…贷款是他们自己拿去买羊了: the parents a borrower's child speaks of.)
      !(THIRD_PERSON.test(taken[1]!) && PARENTS_ASKED.test(text.slice(0, taken.index))) &&
      !suspicionRefuted(text, { start: taken.index, end: taken.index + taken[0].length } as Hit, clauses.start[clauseAt(clauses.start, taken.index)]!);
    const never =
      (NAME_TAKEN.test(text.replace(MEMBERS_OWN_NAME, ''))
        ? (NAME_BORROWED.exec(text) ?? NEVER_HAD.exec(text) ?? NAME_GIVEN.exec(text) ?? nameUsedByOther(scan, clauses))
        : null) ?? OTHERS_WORKS.exec(text);
    // (被乡里挪去还乡政府工程欠款: a public body that took it is the government's use.)
    if (outsider)
      evidence.push(
        evidenceOf(
          PUBLIC_TAKER.test(taken[1]!) ? 'government_financing_platform' : 'enterprise_use',
          taken[0].slice(1),
          clauseAt(clauses.start, taken.index),
          taken.index,
        ),
      );
    // (Not a member of the household borrowing in the head's name: 其子冒用户主名义.)
    // (我没见着钱: the borrower speaking is not such a member.)
    else if (
      never &&
      !(!separate && hits.some((h) => h.role.party === 'household' && !SPEAKING_BORROWER.test(h.term) && h.end <= never.index && never.index - h.end <= 1))
    )
      evidence.push(evidenceOf('enterprise_use', never[0], clauseAt(clauses.start, never.index), never.index));
  }
  // 主要为农村婚宴、寿宴提供有偿承办服务: events the household's trade serves for others are its customers', not its own.
  const served = /[为给专接都]/.test(text) ? SERVED_EVENTS.exec(text) : null;
  if (served !== null) {
    const to = served.index + served[0].length;
    setAside((x) => (x.category === 'marriage' || x.category === 'other_non_productive') && x.start > served.index && x.start < to);
  }
  // (闺女下个月出门子，她说嫁妆是自己这些年攒的钱早备齐了，贷款3万全买了鸭雏: a wedding the text says savings paid for,
  // the loan said to go wholly to something else, is no use of the loan.)
  // (盖房的钱是这些年攒的，贷款全部买了牛犊: and so is any cost the text says savings paid.)
  // (Tried only where a payer's words stand — nearly every text holds 的 — and the loan's own use is told, once.)
  if (SAVINGS_OR_PAYER.test(text) && (LOAN_WHOLLY.test(text) || LOAN_BOUGHT.test(text)))
    for (const paid of text.matchAll(PAID_FROM_SAVINGS)) {
      // (A wedding's costs are the wedding's wherever the text names it; another cost, the one its clause names.)
      const clause = clauseAt(clauses.start, paid.index);
      const wedding = /嫁妆|彩礼|酒席|婚事|陪送|娶媳妇|结婚|办事/.test(paid[0]);
      setAside((x) => (wedding ? x.category === 'marriage' : x.category !== 'production' && x.clause === clause && x.start < paid.index + paid[0].length));
    }
  // (该户经营"喜事大棚"，给办酒席的人家出租帐篷: a trade's name, quoted after the words that run or name it, is a name.)
  if (text.includes('"') || text.includes('“') || text.includes('「') || text.includes('名'))
    for (const name of text.matchAll(TRADE_NAME_QUOTED)) {
      const said = name[1] ?? name[2]!;
      const from = name.index + name[0].length - said.length - (name[1] === undefined ? 0 : 1);
      setAside((x) => x.category !== 'production' && x.category !== 'government_financing_platform' && x.start >= from && x.start < from + said.length);
    }
  // 缴纳村里修村道的集资款: money raised by a public body for its works is that body's, not an investment of the household's.
  const levy = text.includes('集资') ? PUBLIC_LEVY.exec(text) : null;
  if (levy !== null) {
    setAside((x) => x.category === 'wealth_management' && x.term.includes('集资'));
    evidence.push(evidenceOf('government_financing_platform', levy[0], clauseAt(clauses.start, levy.index), levy.index));
  }
  // 村委会让贫困户贷款凑上: a public body that has the households borrow to fund its own project has the money.
  const levied = text.includes('让') || text.includes('叫') || text.includes('要') ? BORROW_FOR_BODY.exec(text) : null;
  if (levied !== null) evidence.push(evidenceOf('government_financing_platform', levied[0], clauseAt(clauses.start, levied.index), levied.index));
  // (那个啥投资公司，是县政府的，贷款打他们账上: a firm the text says is the government's, the money paid to it, is a platform.)
  const governmentFirm = text.includes('政府') || text.includes('国资') ? GOVERNMENT_FIRM.exec(text) : null;
  if (governmentFirm !== null && MONEY_PAID_IN.test(text.slice(governmentFirm.index)))
    evidence.push(evidenceOf('government_financing_platform', governmentFirm[0], clauseAt(clauses.start, governmentFirm.index), governmentFirm.index));
  // (用于乡敬老院扩建（乡政府的项目）, 车间是乡里盖的: works the text says are a public body's project or building are its.)
  const publicProject = text.includes('项目') || text.includes('的') ? PUBLIC_PROJECT_SAID.exec(text) : null;
  // (车间是乡里盖的，俺家租了里面两间做木耳菌包: not one the household rents or runs for itself.)
  if (publicProject !== null && !HOUSEHOLD_RUNS_IT.test(text))
    evidence.push(evidenceOf('government_financing_platform', publicProject[0], clauseAt(clauses.start, publicProject.index), publicProject.index));
  // 村干部把各户贷款每户收了两万，说是村里建光伏电站: the households' loans gathered for a public body's works are the body's.
  const gatheredForBody = text.includes('把') ? GATHERED_FOR_BODY.exec(text) : null;
  if (gatheredForBody !== null)
    evidence.push(evidenceOf('government_financing_platform', gatheredForBody[0], clauseAt(clauses.start, gatheredForBody.index), gatheredForBody.index));
  // (村干部拿去垫修水沟的工程款, 钱是村干部拿去的，说是修水窖: public works a village cadre took the money for are the
  // village's, though the text names no body.)
  const cadreWorks = text.includes('拿') || text.includes('借') ? CADRE_TOOK_FOR_WORKS.exec(text) : null;
  if (cadreWorks !== null) {
    setAside((x) => x.category === 'enterprise_use' && x.start >= cadreWorks.index && x.start < cadreWorks.index + cadreWorks[0].length);
    evidence.push(evidenceOf('government_financing_platform', cadreWorks[0], clauseAt(clauses.start, cadreWorks.index), cadreWorks.index));
  }
  // 镇上建猕猴桃冷链物流园，每户出贷款: a public body's works each household funds with its loan are the body's.
  const funded = text.includes('每户') || text.includes('各户') ? HOUSEHOLDS_FUND_BODY.exec(text) : null;
  if (funded !== null) evidence.push(evidenceOf('government_financing_platform', funded[0], clauseAt(clauses.start, funded.index), funded.index));
  // 钱在村上账上: money said to sit in a public body's account is in its hands.
  const inPublicAccount = text.includes('账') || text.includes('统筹') ? MONEY_IN_PUBLIC_ACCOUNT.exec(text) : null;
  if (inPublicAccount !== null)
    evidence.push(evidenceOf('government_financing_platform', inPublicAccount[0], clauseAt(clauses.start, inPublicAccount.index), inPublicAccount.index));
  // 村干部把各户贷款收上去统一买牛，牛全部交给镇上养殖合作社集中饲养: money a public body only gathers, to hand on to a firm
  // that runs it, is the firm's.
  // (镇里统一安排的，钱给了木耳加工厂，企业替她还息: and one that only arranged the money's way to the firm.)
  if (evidence.some((e) => e.category === 'enterprise_use'))
    setAside(
      (x) =>
        x.category === 'government_financing_platform' &&
        (GATHERED_ONLY.test(x.term) || ARRANGED_AFTER.test(text.slice(x.start + x.term.length, x.start + x.term.length + 6))),
    );
  // 挖机…一直挂在他姐夫的工程公司名下干活，公司年底给户里分两万; 羊在公司羊场里…每年公司往他卡上打两千: a machine worked under a
  // firm's name, or stock kept at its farm, the firm paying the household for it, is the firm's.
  for (const [keptByFirm, quick] of KEPT_BY_FIRM) {
    const kept = quick.test(text) ? keptByFirm.exec(text) : null;
    if (kept !== null && FIRM_PAYS.test(text.slice(kept.index)))
      evidence.push(evidenceOf('enterprise_use', kept[0], clauseAt(clauses.start, kept.index), kept.index));
  }
  // 所装修房屋为对外营业用房，非家庭自住: premises a check found to be the trade's, where no one is said to live, are no dwelling.
  if (text.includes('营') && FOUND_BUSINESS_PREMISES.test(text) && !LIVES_THERE.test(text)) setAside((x) => x.category === 'housing');
  // 棚膜被邻居砍树砸坏，咨询赔偿责任: in a consultation, a clause of the harm or claim it is about, naming no money, is the
  // dispute, not what the loan paid for — where the text tells a use elsewhere.
  if (text.includes('咨询')) {
    const disputed = clauses.start.flatMap((from, c) => {
      const clause = text.slice(from, clauses.end[c]);
      return DISPUTE.test(clause) && !MONEY_NAMED.test(clause.replace(QUOTED, '')) ? [c] : [];
    });
    if (disputed.length > 0 && evidence.some((e) => !disputed.includes(e.clause))) setAside((x) => x.category !== 'production' && disputed.includes(x.clause));
  }
  // (嘱家属帮着做康复, 嘱天天吃药不能断: a doctor's advice is no spending of the loan.)
  if (text.includes('嘱')) setAside((x) => x.category === 'other_non_productive' && ADVISED_BEFORE.test(text.slice(clauses.start[x.clause], x.start)));
  // (张宝山家儿子结婚，酒席12桌，未超标。户主讲扶贫贷款5万元4月份买了3头母牛: a family event told in a sentence of its own,
  // naming no loan and no money, beside a sentence that says what the loan went to, is the household's news, not the use.)
  // (廖姐 床单。贷款种了十亩红小豆: and goods a spaced entry orders of the writer's trade.)
  const spaced = SPACED_ENTRY_IN.test(text) || SEWN.test(text);
  if (
    SENTENCE_BREAKS.test(text) &&
    evidence.some((e) => e.category === 'marriage' || e.category === 'other_non_productive' || (spaced && e.category === 'household_goods'))
  ) {
    const spans = sentenceSpans(text);
    const spanOf = (at: number) => spans.find(([from, to]) => at >= from && at < to)!;
    // (Not a question, a claim or a pledge that names the loan: 问：贷款买的牛在哪？, 贷款表上写的养猪, 承诺贷款用于发展生产.)
    // (问：那贷款呢？答：买了台旋耕机: an answer to a question about the loan is the loan's sentence; 问：听说你家办喜事了？
    // 答：是，闺女出门子: and one to a question that does not name it is the household's news.)
    const asked = (k: number) => questionBefore(text, spans, k);
    // (田家白事，九桌。田家说贷款养了八头牛，打算卖牛还贷: beside a booking, a plan told after the loan's use does not make it a claim.)
    const booked = spans.some(([from, to]) => BOOKED.test(text.slice(from, to)));
    const loanUsed = spans.some(
      ([from, to], k) =>
        (LOAN_IN_SENTENCE.test(text.slice(from, to)) || (asked(k) !== undefined && LOAN_IN_SENTENCE.test(asked(k)!))) &&
        (!CLAIM_OR_QUESTION.test(text.slice(from, to)) || (booked && !/[？?]|问|办事|酒席|席面|喜事|白事/.test(text.slice(from, to)))) &&
        // (董家婚事。董家儿子用贷款的钱炒股票: or to any use other than an event of its own.)
        evidence.some((e) => e.category !== 'marriage' && e.category !== 'other_non_productive' && e.start >= from && e.start < to) &&
        !evidence.some((e) => (e.category === 'marriage' || e.category === 'other_non_productive') && e.start >= from && e.start < to),
    );
    // (老齐家白事吹一天，1000。贷款干啥了没问: a band's, butcher's or manager's booking, beside a sentence saying the loan's
    // use was not told, is the trade's job too — and the use stays unknown.)
    const useNotTold = booked && spans.some(([from, to]) => LOAN_IN_SENTENCE.test(text.slice(from, to)) && USE_NOT_TOLD.test(text.slice(from, to)));
    if (loanUsed || useNotTold)
      setAside((x) => {
        const [from, to] = spanOf(x.start);
        const said = text.slice(from, to);
        // (张老三家老爷子七十大寿，吹一天，现钱600: a band's or butcher's booking gives its fee, which is no spending of the loan;
        // 刘婶 给婆婆预备寿衣一套: and a trade's spaced entry, a customer's name heading what was ordered, is the order.)
        const entry = BOOKED.test(said) || SPACED_ENTRY.test(said) || (SEWN.test(said) && !/买|购/.test(said));
        // (Only a family event — a wedding, a funeral, a feast — whose sentence buys, builds or gives nothing, or goods an entry orders.)
        if (x.category !== 'marriage' && x.category !== 'other_non_productive' && !(entry && x.category === 'household_goods')) return false;
        // (新房是危房改造政府给盖的: what the state built is no act of the household's.)
        // (范大嘴家娶儿媳妇，酒席在自家饭店办的，吹一天: the booking names the place, which is no use.)
        if (entry) return !LOAN_IN_SENTENCE.test(said);
        if (
          // (正月给孙子办了满月酒: 给 a member, for whom the feast is held, gives nothing.)
          EVENT_ACTS.test(said.replace(STATE_BUILT, '').replace(FEAST_FOR_MEMBER, '办')) ||
          evidence.some((e) => e.start >= from && e.start < to && e.category !== 'marriage' && e.category !== 'other_non_productive')
        )
          return false;
        // (Nor an answer or a finding, which tells what became of the loan: 答：实际是盖房, 核实：所盖建筑为住人平房.)
        const question = asked(spans.findIndex(([f]) => f === from));
        const news = question !== undefined && !LOAN_IN_SENTENCE.test(question) && !MONEY_OF_EVENT.test(question) ? said.replace(/^答[:：]/, '') : said;
        // (席面钱是收的礼金出的: money the guests' gifts met is no money of the loan.)
        return !LOAN_IN_SENTENCE.test(said) && !MONEY_OF_EVENT.test(said.replace(GIFTS_PAID, '')) && !ANSWER_OR_FINDING.test(news);
      });
  }
  // (他家儿子腊月办的喜事。俺问是不是拿贷款办事，他说不是: a family event the writer asked the loan paid for, the answer
  // no, is no use of it — whatever else the text tells or leaves untold.)
  // (闺女出嫁了，在婆家镇上开超市，贷款转给闺女进货了: a daughter's marriage told to say she keeps a household of her own,
  // whose shop the loan then stocks, is no wedding the loan paid for.)
  const marriedOut = text.includes('嫁') ? DAUGHTER_MARRIED_OUT_FUNDED.exec(text) : null;
  if (marriedOut !== null) setAside((x) => x.category === 'marriage' && x.start >= marriedOut.index && x.start < marriedOut.index + marriedOut[0].length);
  const eventDenied = text.includes('问') ? EVENT_DENIED_WHEN_ASKED.exec(text) : null;
  if (eventDenied !== null)
    setAside((x) => (x.category === 'marriage' || x.category === 'other_non_productive') && x.start < eventDenied.index + eventDenied[0].length);
  // (猪3头。卖家说贷款给家里添了沙发、床: a weigh entry opening the text — the stock a buyer or slaughterhouse took in, its
  // price — is the writer's purchase, not what the loan bought, where a later sentence names the loan.)
  const weighed = SENTENCE_BREAKS.test(text) ? WEIGH_ENTRY.exec(text) : null;
  // (猪3头 付现。后河村赵二。: and where no sentence names the loan, an entry that pays leaves the use untold — not a
  // count an officer checked: 育肥猪30头。核实。)
  if (
    weighed !== null &&
    !LOAN_IN_SENTENCE.test(weighed[0]) &&
    (LOAN_IN_SENTENCE.test(text.slice(weighed[0].length)) || /付|转账|现金|现钱|欠|赊/.test(weighed[0]))
  )
    setAside((x) => x.category === 'production' && x.start < weighed[0].length);
  // (住的是易地搬迁安置房，县里统一建的。贷款3万元…开了个小卖部: a public body's building told in a sentence of its own, naming
  // no loan and no money, beside a sentence that says what the loan went to, is the state's work, not the household's use.)
  if (SENTENCE_BREAKS.test(text) && STATE_WORK.test(text) && evidence.some((e) => e.category === 'housing' || e.category === 'government_financing_platform')) {
    const spans = sentenceSpans(text);
    const stateSpans = spans.filter(([from, to]) => {
      const said = text.slice(from, to);
      return STATE_WORK.test(said) && !LOAN_IN_SENTENCE.test(said) && !MONEY_OF_EVENT.test(said) && !CLAIM_OR_QUESTION.test(said);
    });
    const inState = (at: number) => stateSpans.some(([from, to]) => at >= from && at < to);
    const loanUsedElsewhere = spans.some(
      ([from, to]) =>
        !inState(from) &&
        LOAN_IN_SENTENCE.test(text.slice(from, to)) &&
        !CLAIM_OR_QUESTION.test(text.slice(from, to)) &&
        evidence.some((e) => e.start >= from && e.start < to),
    );
    if (stateSpans.length > 0 && loanUsedElsewhere)
      setAside((x) => (x.category === 'housing' || x.category === 'government_financing_platform') && inState(x.start));
  }
  // (喝多了说钱打麻将输了，第二天又不认: a claim made in drink and taken back the next day is no account of the use.)
  const retracted = /不认|不承认|改口/.test(text) ? RETRACTED.exec(text) : null;
  if (retracted !== null) setAside((x) => x.category !== 'production' && x.start >= retracted.index && x.start < retracted.index + retracted[0].length);
  // (付…投资咨询有限公司 投资理财 年化12%: a firm that sells 理财, paid for it, is a seller of the product, not its user.)
  if (WEALTH_FIRM.test(text) && evidence.some((e) => e.category === 'wealth_management')) setAside((x) => x.category === 'enterprise_use');
  // (户主说的“盖房子”指的是羊圈: a word quoted only to say what it meant is that meaning, not a use of its own.)
  const meant = text.includes('指的是') || text.includes('是指') ? QUOTED_MEANT.exec(text) : null;
  if (meant !== null) setAside((x) => x.start > meant.index && x.start < meant.index + meant[1]!.length + 1);
  // (付巴黎婚纱摄影, 付克山县东鹏瓷砖店: a payee a voucher's memo opens with 付 is who was paid, not the household's trade.)
  if (text.includes('付')) setAside((x) => x.category === 'production' && voucherPayee(text, x.start, x.start + x.term.length));
  // (农家乐是她邻居开的: a business the text says another runs is theirs, not what the loan went to.)
  // (The phrase is found once in the text, not tried after every word of production.)
  const othersRun = new Set([...text.matchAll(OTHERS_BUSINESS)].map((m) => m.index));
  if (othersRun.size > 0) setAside((x) => x.category === 'production' && othersRun.has(x.start + x.term.length));
  // (贷款把烤酒的灶房翻修了, 养蚕的房子: a room named by the farm's or trade's work done in it is that work's building, and
  // the repair of it the work's — not the dwelling.)
  const workDoneIn = evidence.filter((x) => x.category === 'production' && text[x.start + x.term.length] === '的');
  const workRoom = evidence.find(
    (x) => x.category === 'housing' && ROOM_OF_WORK.test(x.term) && workDoneIn.some((w) => w.start + w.term.length + 1 === x.start),
  );
  if (workRoom !== undefined) setAside((x) => x.category === 'housing' && x.clause === workRoom.clause && (x === workRoom || BUILDING_ACT.test(x.term)));
  // 先把前年赊的那台彩电钱还上了: goods had on credit, their price repaid, are the debt the loan pays, not what it bought.
  const creditRepaid = text.includes('赊') ? CREDIT_GOODS_REPAID.exec(text) : null;
  if (creditRepaid !== null) {
    const to = creditRepaid.index + creditRepaid[0].length;
    setAside((x) => x.category !== 'other_non_productive' && x.start > creditRepaid.index && x.start < to);
    // (用贷款还了去年赊农资店的化肥钱: the debt is the use, where no word of it was read — not this season's inputs had on
    // credit: 还社里赊的化肥钱，是今年春耕时赊的.)
    if (!evidence.some((e) => e.category === 'other_non_productive') && !creditThisSeason(text))
      evidence.push(evidenceOf('other_non_productive', creditRepaid[0], clauseAt(clauses.start, creditRepaid.index), creditRepaid.index));
  }
  // (贷款还了前年盖房借他大舅哥的钱: what money borrowed before was for, where the loan repays it, is the debt's story.)
  const debtFound =
    text.includes('还') && (text.includes('借') || text.includes('欠') || text.includes('输') || text.includes('亏') || text.includes('赔'))
      ? BORROWED_REPAID.exec(text)
      : null;
  // (该村12户贷款被用于归还村委会修建活动室的欠款: a public body's own works debt repaid is the body's use, read below.)
  const publicDebt = /[欠债]/.test(text) ? PUBLIC_DEBT_REPAID.exec(text) : null;
  // (还了村委会修村道欠施工队的工钱: so it is no household's debt repaid.)
  const debtRepaid = debtFound !== null && publicDebt?.index === debtFound.index ? null : debtFound;
  if (debtRepaid !== null) {
    const to = debtRepaid.index + debtRepaid[0].length;
    setAside((x) => x.category !== 'other_non_productive' && x.category !== 'production' && x.start > debtRepaid.index && x.start < to);
  }
  // (大户说要把他的贷款借给我用，年底给利息，我没要: an offer refused, its return too, is no use.)
  const refusedOffer = text.includes('没') || text.includes('不要') ? OFFER_REFUSED.exec(text) : null;
  if (refusedOffer !== null)
    setAside((x) => x.category !== 'production' && x.start >= refusedOffer.index && x.start < refusedOffer.index + refusedOffer[0].length);
  // (前年盖房欠了他大舅哥三万，这回贷款下来就是还这个的: a debt told first, the loan then said to repay it, is the debt's story —
  // whatever the debt was run up for.)
  const repaidAfter =
    debtRepaid === null && (text.includes('欠') || text.includes('借的') || text.includes('借了') || /[赔亏输]/.test(text))
      ? DEBT_THEN_REPAID.exec(text)
      : null;
  if (repaidAfter !== null) {
    const c = clauseAt(clauses.start, repaidAfter.index);
    setAside((x) => x.category !== 'other_non_productive' && x.category !== 'production' && x.clause === c);
    // (Losses repaid are told in the clause the match ends in, which the dated losses before it do not make background:
    // 前年养鸭子赔下的账…这回贷款下来全还给饲料店了 — review 152.)
    const losses = /^[赔亏输]/.test(repaidAfter[0]);
    evidence.push(
      evidenceOf(
        'other_non_productive',
        repaidAfter[0],
        losses ? clauseAt(clauses.start, repaidAfter.index + repaidAfter[0].length - 1) : c,
        repaidAfter.index,
      ),
    );
  }
  // 说是开民宿，装修完了一直是自家住: lodgings the household only lives in are its dwelling.
  // (说贷款买三轮拉货，我看就是接孩子赶集用，一车货没拉过: a vehicle said to haul goods that the text finds never hauled any is
  // the family's.)
  const neverHauled = text.includes('没') ? NEVER_HAULED.exec(text) : null;
  const vehicle = neverHauled === null ? null : (ROAD_VEHICLE.exec(text) ?? /车/.exec(text));
  // (Not where the text goes on to tell it hauling after all: 后来…现在天天帮人拉货.)
  if (neverHauled !== null && vehicle !== null && !HAULING.test(text.slice(neverHauled.index + neverHauled[0].length))) {
    // (买了辆SUV说拉牛: and the vehicle itself, where a claimed trade made it the trade's.)
    setAside((x) => x.category === 'production' && (HAULING.test(x.term) || x.term.toLowerCase() === vehicle[0].toLowerCase()));
    evidence.push(evidenceOf('household_goods', vehicle[0], clauseAt(clauses.start, vehicle.index), vehicle.index));
  }
  // (说是买手机做电商，我看他天天刷抖音打游戏，一件货都没卖过: a phone or computer said to sell online that the text finds
  // never sold anything is the family's.)
  const neverSold = text.includes('卖') || text.includes('订单') ? NEVER_SOLD_ONLINE.exec(text) : null;
  const device = neverSold === null ? null : DEVICE.exec(text);
  if (neverSold !== null && device !== null) {
    // (The device too, where the trade made it the trade's: 说是买手机搞电商.)
    setAside((x) => x.category === 'production' && (ONLINE_TRADE.test(x.term) || DEVICE.test(x.term)));
    evidence.push(evidenceOf('household_goods', device[0], clauseAt(clauses.start, device.index), device.index));
  }
  const livedIn = LODGING.test(text) ? LODGING_ONLY_LIVED_IN.exec(text) : null;
  if (livedIn !== null) {
    setAside((x) => x.category === 'production' && (LODGING.test(x.term) || x.term.includes('装修')));
    evidence.push(evidenceOf('housing', livedIn[0], clauseAt(clauses.start, livedIn.index), livedIn.index));
  }
  // 被村干部统一收取用于偿还村里的工程欠款: cadres who took the loans for the village's own debts or works took them for the
  // village, a public body — not for themselves.
  const forPublic = text.includes('干部') ? FOR_PUBLIC_BODY.exec(text) : null;
  if (forPublic !== null)
    for (const e of evidence.filter((x) => x.category === 'enterprise_use' && CADRE_TOOK.test(x.term) && x.start < forPublic.index))
      evidence.splice(evidence.indexOf(e), 1, { ...e, category: 'government_financing_platform' });
  // (The public body's works debt found above becomes the body's use.)
  if (publicDebt !== null) {
    const within = (x: Evidence) => x.start >= publicDebt.index && x.start < publicDebt.index + publicDebt[0].length;
    for (const e of evidence.filter((x) => x.category === 'other_non_productive' && within(x)))
      evidence.splice(evidence.indexOf(e), 1, { ...e, category: 'government_financing_platform' });
    // (还了村委会修村道欠施工队的工钱: the body's debt is the use where no word of repaying one was read; the crew's 工钱 in
    // it is the body's bill, no trade of the household's.)
    if (!evidence.some((x) => x.category === 'government_financing_platform' && within(x))) {
      setAside((x) => x.category === 'production' && within(x));
      evidence.push(evidenceOf('government_financing_platform', publicDebt[0], clauseAt(clauses.start, publicDebt.index), publicDebt.index));
    }
  }
  // (镇上建农贸市场资金不够，从我们几户的贷款里借去先垫着: the households' loans taken to advance a body's works are the
  // body's — sets 947, review 144.)
  const advanced = text.includes('从') || text.includes('把') ? WORKS_ADVANCED_FROM_LOANS.exec(text) : null;
  if (advanced !== null && !evidence.some((x) => x.category === 'government_financing_platform')) {
    setAside((x) => x.category === 'production' && x.start >= advanced.index && x.start < advanced.index + advanced[0].length + 4);
    evidence.push(evidenceOf('government_financing_platform', advanced[0], clauseAt(clauses.start, advanced.index), advanced.index));
  }
  // 贷款资金用于建设冷库，产权归镇政府: what the money builds, owned by a public body, is that body's work — unless the
  // household rents or runs it (扶贫大棚产权归村集体，本户承包经营).
  // (村里的扶贫车间，村委会在经营，贷款拿去买设备了，他没参与; 动员脱贫户贷款凑钱…由村委管，户里不管事: a venture another runs,
  // the loan taken or pooled to it and the household said to take no part, is that party's — sets 990, 999.)
  const runner =
    (text.includes('参与') || text.includes('管事')) && NO_PART_TAKEN.test(text) && LOAN_TAKEN.test(text)
      ? hits.find((o) => !o.negated && (o.role.party === 'government' || o.role.party === 'organisation') && RUNS_IT_AFTER.test(text.slice(o.end, o.end + 5)))
      : undefined;
  if (runner !== undefined && !evidence.some((e) => e.category === 'government_financing_platform' || e.category === 'enterprise_use'))
    evidence.push(evidenceOf(partyCategory(runner.role.party!, false), runner.term, runner.clause, runner.start));
  const publicOwned = text.includes('归') ? OWNED_BY_PUBLIC.exec(text) : null;
  if (publicOwned !== null && !HOUSEHOLD_RUNS_IT.test(text) && !evidence.some((e) => e.category === 'government_financing_platform'))
    evidence.push(evidenceOf('government_financing_platform', publicOwned[0], clauseAt(clauses.start, publicOwned.index), publicOwned.index));
  // 帮邻居老王买车跑运输，车是老王的，贷款老王自己还: goods another person owns, the loan that person repays, are theirs.
  const owned = text.includes('还') ? OTHER_OWNS.exec(text) : null;
  if (owned !== null && OTHER_REPAYS.test(text) && !evidence.some((e) => e.category === 'enterprise_use'))
    evidence.push(evidenceOf('enterprise_use', owned[0], clauseAt(clauses.start, owned.index), owned.index));
  // (羊在他家圈里，可都是他表哥的…卖了钱也归表哥: stock another person owns and sells, kept in the household's pen, is theirs.)
  const othersStock = text.includes('卖') ? STOCK_ALL_OTHERS.exec(text) : null;
  if (othersStock !== null && PROCEEDS_TO_OTHER.test(text) && !evidence.some((e) => e.category === 'enterprise_use'))
    evidence.push(evidenceOf('enterprise_use', othersStock[0].slice(1), clauseAt(clauses.start, othersStock.index + 1), othersStock.index + 1));
  // 牛在公司牧场，耳标登记在公司名下，户主每年领取托管费: stock a company holds, the household only paid a fee or a
  // return for it, is the company's (户贷企用) — unlike stock the household keeps for a fee (代养).
  // (牛都在那个养殖场里头，场子是人家老板的…年底给俺两千: or kept at a farm another owns.)
  const held = text.includes('在') || text.includes('归') || text.includes('是') ? (STOCK_HELD_BY.exec(text) ?? FARM_OF_ANOTHER.exec(text)) : null;
  // (投诉人称自己养牛，核查发现牛归合作社所有: the household's own care counts as the check finds it, not as claimed before.)
  // (牛是挂在合作社名下，合作社在喂，他屋头一头牛都莫得: or one the holder feeds, the household keeping none — set 990.)
  if (
    held !== null &&
    (RETURN_RECEIVED.test(text) || (HOLDER_FEEDS.test(text.slice(held.index)) && stockAbsent(text))) &&
    !OWN_CARE.test(real >= 0 ? text.slice(real) : text) &&
    !evidence.some((e) => e.category === 'enterprise_use')
  )
    evidence.push(evidenceOf('enterprise_use', held[0], clauseAt(clauses.start, held.index), held.index));
  // 出栏后由合作社统一销售，销售收入全部归合作社，借款人每年只领取固定3000元: a body that takes what the stock sells for
  // and pays the household a fixed sum runs it, wherever the stock is kept.
  // (收取村民贷款共计40万元用于该项目…仅按年领取定额款项: and so does one that collects the villagers' loans for it.)
  // (由合作社统一销售，卖多卖少每年都给我们2000元: and a body that sells the stock, paying the same whatever it fetches.)
  const proceeds = text.includes('归')
    ? PROCEEDS_TO_BODY.exec(text)
    : text.includes('收取')
      ? LOANS_COLLECTED.exec(text)
      : SAME_WHATEVER.test(text)
        ? SOLD_BY_BODY.exec(text)
        : null;
  if (
    proceeds !== null &&
    (FIXED_SUM.test(text) || SAME_WHATEVER.test(text)) &&
    !evidence.some((e) => e.category === 'enterprise_use' || e.category === 'government_financing_platform')
  )
    evidence.push(evidenceOf('enterprise_use', proceeds[0], clauseAt(clauses.start, proceeds.index), proceeds.index));
  // 投到手机上一个平台，说一年翻番: money put into a platform, for the return promised, is invested (not the phone's).
  const platform = text.includes('平台') || text.includes('项目') || text.includes('放进去') || text.includes('app') ? INVESTED_PLATFORM.exec(text) : null;
  if (platform !== null && !evidence.some((e) => e.category === 'wealth_management')) {
    const end = platform.index + platform[0].length;
    setAside((x) => x.category === 'household_goods' && x.start >= platform.index && x.start < end);
    evidence.push(evidenceOf('wealth_management', platform[0], clauseAt(clauses.start, platform.index), platform.index));
  }
  // 合作社让社员每户贷5万，合作社统一买羊: a business that has its members borrow and then buys or runs for all of them
  // with the money uses it (户贷企用) — unless the text says each household farms its own.
  // (Each pattern below is tried only where the text holds a word it needs: most purposes hold none.)
  const organised = text.includes('统一') ? ORGANISED_BORROWING.exec(text) : null;
  if (
    organised !== null &&
    !evidence.some((e) => e.category === 'enterprise_use') &&
    text.slice(organised.index + organised[0].length).includes(`${organised[1]}统一`) &&
    RUN_TOGETHER.test(text.slice(organised.index + organised[0].length)) &&
    !OWN_FARMING.test(text)
  )
    evidence.push(evidenceOf('enterprise_use', organised[0], clauseAt(clauses.start, organised.index), organised.index));
  // (侄子结婚彩礼还差三万，我这笔贷款给他凑上了: a relative's wedding the loan is then given to make up is a wedding the
  // household pays for.)
  const kinWedding = /凑|垫|补|添|用了|花了|出了/.test(text) ? KIN_WEDDING_MADE_UP.exec(text) : null;
  if (kinWedding !== null && !evidence.some((e) => e.category === 'marriage'))
    evidence.push(evidenceOf('marriage', kinWedding[0], clauseAt(clauses.start, kinWedding.index), kinWedding.index));
  // (存到镇上的那个互助社，讲一年给8个点: money deposited where a rate is then promised is put out for interest.)
  const depositForRate = text.includes('个点') ? DEPOSIT_FOR_RATE.exec(text) : null;
  if (depositForRate !== null && evidence.every((e) => e.category === 'production' || e.category === 'wealth_management'))
    evidence.push(evidenceOf('wealth_management', depositForRate[0], clauseAt(clauses.start, depositForRate.index), depositForRate.index));
  // 偿还2018年那笔扶贫贷款, 再贷一笔把前头那笔还了: an earlier loan repaid with this one is a debt (借新还旧).
  const earlier = REPAID_EARLIER.exec(text);
  // (Not one denied or sued for: 并非用于归还私人债务, 诉请被告归还借款; nor this loan's own principal and interest repaid
  // from sales: 以变卖蛋鸡所得归还了部分借款本息.)
  if (
    earlier &&
    !(
      earlier[0].endsWith('借款') &&
      !/的|前|原|旧/.test(earlier[0]) &&
      THIS_LOAN_AFTER.test(text.slice(earlier.index + earlier[0].length, earlier.index + earlier[0].length + 2))
    ) &&
    !evidence.some((e) => e.category === 'other_non_productive') &&
    !DENIED_OR_CLAIMED.test(text.slice(clauses.start[clauseAt(clauses.start, earlier.index)], earlier.index)) &&
    // (以卖猪款还清上期贷款, 约定卖牛犊后归还借款: an earlier loan the proceeds of a sale repaid is not repaid with this one.)
    !SALE_FUNDED_BEFORE.test(text.slice(clauses.start[clauseAt(clauses.start, earlier.index)], earlier.index))
  )
    evidence.push(evidenceOf('other_non_productive', earlier[0], clauseAt(clauses.start, earlier.index), earlier.index));
  // 和公司合作代养生猪…按头领代养费: stock the household raises for a company, for a fee it earns, is its own work.
  if (CARE_FEE_EARNED.test(text) && evidence.some((e) => e.category === 'enterprise_use')) {
    const care = evidence.filter((x) => x.category === 'enterprise_use');
    // (替合作社代养牛…按头收代养费: and the party the household raises stock for, 替/为/帮 before it, care after it.)
    if (
      care.every(
        (x) =>
          CARE_WORD.test(x.term) ||
          (/[替为帮]$/.test(text.slice(x.start - 1, x.start)) && CARE_WORD_AFTER.test(text.slice(x.start + x.term.length, x.start + x.term.length + 2))),
      )
    )
      setAside((x) => care.includes(x));
  }
  // 这钱不是给他办事的, 与本笔贷款无关, 学费另有来源: a later clause that says the loan does not pay for what was told
  // before it makes those mentions context — unless a mention states a use of the loan itself.
  // (用不着贷款 speaks only of its own sentence: 儿子年底结婚，亲家那边不要彩礼，用不着贷款。)
  const loanDenial = LOAN_DENIALS.exec(text);
  const sentenceDenial = loanDenial ? null : NOT_NEEDED.exec(text);
  const deniedFrom = loanDenial ? 0 : sentenceDenial ? text.lastIndexOf('。', sentenceDenial.index) + 1 : -1;
  const denialAt = (loanDenial ?? sentenceDenial)?.index ?? -1;
  // (借款人另称“…再攒点钱给儿子说媳妇”，后者系个人打算，并非本笔贷款用途: a use quoted before the denial, however it is told.)
  const quotedBefore = (at: number, to: number) => {
    const open = text.lastIndexOf('“', at);
    const close = text.indexOf('”', at);
    return open >= 0 && close > at && close < to && text.lastIndexOf('”', at) < open;
  };
  // (跟那饥荒不搭边: and what the denial itself names.)
  const denialEnd = denialAt + ((loanDenial ?? sentenceDenial)?.[0].length ?? 0);
  if (denialAt >= 0) {
    setAside(
      (x) =>
        x.category !== 'production' &&
        x.start >= deniedFrom &&
        x.start < denialEnd &&
        (quotedBefore(x.start, denialAt) || !statesUse(text, hits.find((h) => h.start === x.start) ?? hits[0]!)),
    );
  }
  // 村里说是借给别人用了…要求说明, 要求把钱交到村里…来电人没有交: a use others claim, where the text disputes the claim, and
  // a hand-over demanded, where the household refused it, are not this loan's use.
  if (evidence.length > 0 && (disputed(text) || REFUSED.test(text))) setAsideClaims(text, evidence, context, clauses.start);
  // 肉牛交给邻居代为放牧，每月付放牧费，牛归本户: stock kept by the household, with a fee paid for the care, is its own
  // production and the carer's service, not money handed over to run.
  // (…出售收益均归借款人本户，亲属仅…收取场地费: a return said to be the household's own is no return on money handed over.)
  if (evidence.some((e) => e.category === 'enterprise_use') && FEE_PAID.test(text) && KEPT.test(text) && !RETURNED.test(text.replace(OWN_RETURN, ''))) {
    setAside((x) => x.category === 'enterprise_use');
  }
  // 钱打给养牛场，买了三头牛犊: money paid to a farm the household buys stock from is the price, not money handed over to run
  // (unless the farm keeps or pays for it: 转给鹿场，鹿场每年给6%, 交给猪场代养).
  // (Not where the stock is found absent from home: 钱是交给了养猪场，猪在养殖场，家里一头猪都没喂.)
  if (STOCK_BOUGHT.test(text) && !RETURNED.test(text) && !RUN_FOR_IT.test(text) && !STOCK_KEPT_AWAY.test(text)) {
    setAside((x) => x.category === 'enterprise_use' && PAID_TO_FARM.test(x.term));
  }
  // 转给亲家，用于儿子彩礼: money handed to the bride's family, where the text names a bride price, is the bride price paid.
  // (彩里钱太高了…贷款先给人家了: or 人家 where the bride price is named before it.)
  const brideFamily = evidence.find(
    (e) => e.category === 'enterprise_use' && (BRIDE_FAMILY.test(e.term) || (e.term === '人家' && /彩礼|彩里|聘礼/.test(text.slice(0, e.start)))),
  );
  // (Not money lent to them: 钱借给亲家养牛.)
  if (
    brideFamily &&
    evidence.some((e) => e.category === 'marriage' && BRIDE_PRICE.test(e.term)) &&
    !evidence.some((e) => e.category === 'enterprise_use' && e.clause === brideFamily.clause && /借|贷|放/.test(e.term))
  ) {
    setAside((x) => x.category === 'enterprise_use' && x.clause === brideFamily.clause);
  }
  // 虽然家里还有饥荒，但这笔贷款只用于养猪: a use said to be the only one makes mentions elsewhere context.
  // (这笔贷款只买化肥，剩下的借给邻居: not where the text goes on to another part of the money.)
  const onlySaid = ONLY_USE.exec(text);
  const only = onlySaid && REMAINDER_TOLD.test(text.slice(onlySaid.index)) ? null : onlySaid;
  const onlyClause = only ? clauseAt(clauses.start, only.index) : -1;
  // (Where the clause of 全花在 names a use: 贷款全花在买砖、水泥上 says only how the house was paid for.)
  if (only && evidence.some((e) => e.clause === onlyClause)) {
    setAside(
      (x) =>
        x.category !== 'production' &&
        x.clause !== onlyClause &&
        !ACTS.test(x.term) &&
        // (冒用…名义: whose name was used says who uses the money, not another use.)
        !NAME_USED.test(x.term) &&
        !statesUse(text, hits.find((h) => h.start === x.start) ?? hits[0]!),
    );
  }
  // 经调查…实际用于…: what the form first said gives way to the real use an officer found.
  // (The last finding that names a use decides: 前夫提供转账记录：…买蟹苗…。委员会认定贷款已按用途使用.)
  // (Not a finding of what happened before the loan: 另查明，吴某在申请贷款前曾因炒股欠有外债 tells its history.)
  const beforeLoan = (e: Evidence) => BEFORE_LOAN.test(clauseText(e.clause));
  // (Nor a finding that says what it found agrees with what was stated: 经核实鸡舍存栏与陈述基本一致 confirms the statement.)
  const confirms = (at: number) => CONFIRMS.test(text.slice(at).split(SENTENCE_END)[0]!);
  // (申请时讲养牛，实际拿去办喜酒，驻村干部走访核实，牛棚是空的: nor one that finds only the stock claimed absent.)
  const findsAbsence = (at: number) =>
    evidence.every((e) => e.start < at || e.category === 'production') && stockAbsent(text.slice(at).split(SENTENCE_END)[0]!);
  let decisive = real;
  while (decisive >= 0 && (!evidence.some((e) => e.start > decisive && !beforeLoan(e)) || confirms(decisive) || findsAbsence(decisive)))
    decisive = lastFinding(text, decisive);
  if (decisive >= 0) {
    setAside((x) => x.start < decisive);
  }

  // 具体用途还没想好: a use left undecided in so many words is for a person to read, whatever else the text tells.
  // 表上写的买牛，其实还没定; 做点小生意？还没想好干啥: an undecided use, or a trade named only in general beside a hedge.
  // (Not a hedge about another's use: 赵某收款后未说明对方用途.)
  const hedgedText = hits.some((h) => h.role.hedge && !/^(?:对方|其|他|她)/.test(text.slice(h.end, h.end + 2)));
  if (hedgedText && /用途|写的|表上|表写|写着|填的|填写/.test(text)) review = true;
  const sameAgain = clauses.background.includes(true) && (SAME_AGAIN.test(text) || paidByThisLoan(scan, clauses));
  // Background counts only when nothing else is said; an object that needs company (买车) is unknown alone.
  // 今年这笔大概还是这么弄: the past told is said to go on with this loan, so it is no longer only background.
  // (What an officer found, in the clause of 经查 or 了解到, is no background whatever its tense.)
  // (Not 原来是, which also tells what a thing was: 原来是土坯房.)
  const foundIn = real >= 0 && FOUND.test(text.slice(real, real + 5)) ? clauseAt(clauses.start, real) : -1;
  // (去年的饥荒还没还上，先还一部分: a debt told in the past that the next clause repays now is this loan's use.)
  const repaidNow = (e: Evidence) =>
    e.category === 'other_non_productive' &&
    (REPAID_NEXT.test(text.slice(clauses.end[e.clause]! + 1, clauses.end[e.clause]! + 16)) ||
      // (钱去年还别人账了: a clause whose subject is the money repays with it, whenever it says it did.)
      MONEY_DATED_REPAYS.test(clauseText(e.clause)) ||
      // (种猕猴桃的钱，先拿去把以前的老账还了: a clause taking the money to repay, however old the debt.)
      MONEY_TAKEN_TO_REPAY.test(clauseText(e.clause)) ||
      // (…赊的账一直没还，人家上门催了，钱拿来还苗钱: a later clause whose subject is the money repays it.)
      clauses.start.some((at, c) => c > e.clause && c <= e.clause + 3 && MONEY_REPAYS.test(text.slice(at, at + 8))));
  // (2019年…交给县交通投资集团，说保底收益: the return told now is the return of the hand-over told before it.)
  const returnNow = evidence.some((r) => r.category === 'enterprise_use' && RETURNED.test(r.term) && !clauses.background[r.clause]);
  const handedBefore = (e: Evidence) => returnNow && (e.category === 'government_financing_platform' || e.category === 'enterprise_use');
  // (民宿装修完后，户主儿子一家搬进去住了，不再接待客人: a trade's rooms the family moved into, the trade given up, are its dwelling.)
  // (民宿停办两年了，原来的客房现在是儿子一家在住: or the trade given up before, and the family living there now.)
  const turnedHome = (text.includes('进') ? TURNED_HOME.exec(text) : null) ?? (TRADE_GIVEN_UP.test(text) ? LIVED_IN_NOW.exec(text) : null);
  if (turnedHome !== null) evidence.push(evidenceOf('housing', turnedHome[0], clauseAt(clauses.start, turnedHome.index), turnedHome.index));
  // (保证人：钱到账后他转给我了，我拿去给我自己的养鸡场买饲料: money a speaker outside the household says came to them is handed over.)
  const toSpeaker = handedToSpeaker(text);
  // (邻居：他把钱借给我了，我给了利息: unless it was lent to them at interest, which is 放贷 — where they name no work of their
  // own it went to: 我拿去收粮周转，年底给他算利息 is money handed over for them to run.)
  if (
    toSpeaker !== undefined &&
    !(evidence.some((e) => e.category === 'wealth_management') && INTEREST_PAID_TO_LENDER.test(text) && !SPEAKER_RUNS_IT.test(text))
  )
    evidence.push(evidenceOf('enterprise_use', toSpeaker.term, clauseAt(clauses.start, toSpeaker.start), toSpeaker.start));
  // (村里统一把贷款转给了一家肉牛企业，每年给户里分钱: a public body that passed the money on to a firm in its own clause is
  // the conduit; the firm runs it.)
  setAside(
    (g) =>
      g.category === 'government_financing_platform' &&
      evidence.some(
        (e) =>
          e.category === 'enterprise_use' &&
          e.clause === g.clause &&
          e.start > g.start + g.term.length &&
          PASSED_ON.test(text.slice(g.start + g.term.length, e.start + 2)),
      ) &&
      !OWNED_BY_PUBLIC.test(text) &&
      !RUN_BY_GOVERNMENT.test(text),
  );
  // (说是修房子，检查时房子和院墙都没修: a prohibited use a claim names, which a later clause finds not done, is not done.)
  const claimDenied = (e: Evidence) =>
    e.category !== 'production' &&
    CLAIM_BEFORE_FINDING.test(text.slice(clauses.start[e.clause], e.start)) &&
    hits.some((o) => o.clause > e.clause && o.role.frame?.category === e.category && negated.includes(o.term));
  if (negated.length > 0) setAside(claimDenied);
  // (他跟人说贷款盖房子…我去一瞅，盖的是牛棚: a building claimed, which a later clause finds is the farm's, is the farm's — set 1025.)
  setAside(
    (e) =>
      e.category === 'housing' &&
      /说|讲|称/.test(text.slice(clauses.start[e.clause], e.start)) &&
      hits.some(
        (o) =>
          o.clause > e.clause &&
          o.role.premises === true &&
          o.role.category === 'production' &&
          /(?:盖|建|修|搭|起)的是$/.test(text.slice(Math.max(0, o.start - 4), o.start)),
      ),
  );
  // (媳妇想盖房，老爷们儿没让…不盖房: a use only wished for, the same use denied later, is none — set 1025.)
  if (negated.length > 0)
    setAside(
      (e) =>
        e.category !== 'production' &&
        /(?:想|打算|准备)$/.test(text.slice(Math.max(0, e.start - 2), e.start)) &&
        hits.some((o) => o.term === e.term && o.negated && o.start > e.start),
    );
  // (说是买羊，其实钱存在信用社拿利息: a use a claim names, where the next clause says what in truth was done, is not the use.)
  // (外头都传他拿贷款给儿子娶媳妇，其实钱全买了两头基础母牛: and a rumour the next clause belies.)
  setAside((e) => {
    const lead = text.slice(clauses.start[e.clause], e.start);
    const rumoured = RUMOURED.test(lead);
    return (
      (((CLAIM_BEFORE_FINDING.test(lead) || rumoured) && IN_TRUTH.test(clauseText(e.clause + 1))) ||
        // (女方家说他贷款是拿去做彩礼，他自己说没有，是买了两头牛: or a rumour the borrower denies in the next clause.)
        (rumoured && DENIED_BY_BORROWER.test(clauseText(e.clause + 1))) ||
        // (寨子里都说他家在凑彩礼。我专门问了…这笔钱就是买两头母牛: or a rumour a later sentence says this loan's money did not go to.)
        (rumoured && THIS_LOAN_IS.test(text.slice(clauses.end[e.clause]))) ||
        // (邻居说他家老二要娶媳妇…娶媳妇的钱是他闺女出的: or a rumour whose very use a later clause says other money paid.)
        (rumoured && negated.includes(e.term) && text.includes(e.term, clauses.end[e.clause]))) &&
      evidence.some((o) => o.clause > e.clause && o.category !== e.category)
    );
  });
  const current = evidence.filter(
    (e) =>
      (!clauses.background[e.clause] ||
        sameAgain ||
        (e.clause === foundIn && e.start > real) ||
        repaidNow(e) ||
        handedBefore(e) ||
        // (问：你办婚礼花了多少？答：…都是贷款的钱: a past spending asked about, which the answer says the loan paid.)
        LOAN_PAID_ANSWERED.test(text.slice(e.start, e.start + 40)) ||
        // (申请写的买牛…说他家上个月娶媳妇，买的牛都拉去女方家了; 贷款买了三头牛…牛都赶到亲家那边去了: goods bought taken to the
        // bride's family, whenever told.)
        (e.category === 'marriage' &&
          /(?:女方家|亲家)$/.test(e.term) &&
          (/买的[^，。,;；]{0,4}$/.test(text.slice(clauses.start[e.clause], e.start)) ||
            (/^(?:牛|羊|猪|马)[^，。,;；]{0,1}$/.test(text.slice(clauses.start[e.clause], e.start)) &&
              /贷款[^，。,;；]{0,3}买/.test(text.slice(0, e.start)))))) &&
      !e.motive,
  );
  // (钱已经给女方家做了聘金，猪栏是空的: production found absent does not push aside a use told before it.)
  const productionVoid =
    current.length > 0 &&
    current.every((e) => e.category === 'production') &&
    evidence.some((e) => e.category !== 'production' && !DATED_PAST.test(text.slice(clauses.start[e.clause], clauses.end[e.clause]))) &&
    stockAbsent(text);
  let counted = current.length > 0 && !productionVoid ? current : evidence;
  if (counted.length > 0 && counted.every((e) => e.alone === 'unknown')) counted = [];
  // 养牛，买车: beside production, a vehicle nothing speaks for is a question, not a refusal.
  else if (counted.some((e) => e.alone === 'unknown')) {
    const rest = counted.filter((e) => e.alone !== 'unknown');
    if (rest.every((e) => e.category === 'production')) {
      counted = rest;
      // (殡葬车，贷款买的车，自己开: not where the farm's own words name that vehicle.)
      if (!rest.some((e) => e.term.endsWith('车'))) review = true;
    }
  }
  for (const e of evidence) if (!counted.includes(e)) context.push(e.term);
  // (贷款带着婆姨娃娃去西安、北京转了一趟: a trip the family made, where nothing else is read, is travel.)
  const trip =
    counted.length === 0 &&
    evidence.length === 0 &&
    (text.includes('趟') || text.includes('天') || text.includes('玩') || text.includes('游') || text.includes('耍'))
      ? FAMILY_TRIP.exec(text)
      : null;
  if (trip !== null) counted.push(evidenceOf('other_non_productive', trip[0], clauseAt(clauses.start, trip.index), trip.index));
  // Nothing else read: a verb of farming before a word the lexicon lacks still says production (种枣树).
  if (counted.length === 0 && evidence.length === 0) {
    const at = productionWithoutTerm(text, scan, anyBusiness);
    if (at >= 0 && !scan.denied?.some(([from, to]) => at >= from && at < to)) counted.push(evidenceOf('production', text.slice(at, at + 2), 0, at));
  }
  // A purpose that is only an object (房子) is read as that object's use.
  if (
    counted.length === 0 &&
    evidence.length === 0 &&
    hits.length === 1 &&
    hits[0]!.role.frame &&
    !hits[0]!.negated &&
    text.length <= hits[0]!.term.length + 2
  ) {
    counted.push(evidenceOf(hits[0]!.role.frame.category, hits[0]!.term, 0, hits[0]!.start, hits[0]!.role.frame.alone));
    if (hits[0]!.role.frame.alone) counted.length = 0;
  }
  // A purpose that only names a party (城投, 合作社) is read as that party using the money; so is one that names a party
  // and only the return paid (入县里融资平台，固定回报).
  const onlyReturns =
    evidence.some((e) => e.category === 'enterprise_use') &&
    evidence.every((e) => e.category === 'production' || (e.category === 'enterprise_use' && RETURNED.test(e.term)));
  // (他哥以为他把钱交给养殖场老板了，其实是他自己在屋头喂: not a party named only in a claim the text answers — review 149.)
  if (((counted.length === 0 && evidence.length === 0) || onlyReturns) && !disputed(text))
    for (const n of named.filter(
      (p) => p.kind !== 'person' && !PLACE_PARTIES.includes(p.term) && !SELF_DESCRIBED.test(text.slice(Math.max(0, p.start - 12), p.start)),
    ))
      counted.push(evidenceOf(partyCategory(n.kind, lending), n.term, 0, n.start));
  if (hedgedText && counted.length > 0 && counted.every((e) => e.category === 'production' && GENERIC_TRADE.test(e.term))) review = true;
  // 受某牧业公司委托代购牛犊，贷款垫付: stock bought for a firm on its order, the loan advancing the price, is the firm's
  // purchase paid with the household's loan.
  // (Each only where nothing prohibited is counted already; the words matched are the evidence.)
  const countMatch = (category: UsagePurpose, m: RegExpExecArray | null) => {
    if (m !== null && !counted.some((e) => e.category !== 'production')) counted.push(evidenceOf(category, m[0], clauseAt(clauses.start, m.index), m.index));
  };
  countMatch('enterprise_use', text.includes('垫') || text.includes('利') || text.includes('本息') ? ADVANCED_FOR_FIRM.exec(text) : null);
  // (哥俩早分家了…老大就给了老二: a brother the text says keeps a household of his own, given or taking the loan, is another.)
  // (兄弟早已分户，弟弟一直用哥哥名下的扶贫贷款跑货车: or split into households, the brother using the loan in the other's name — set 1003.)
  countMatch('enterprise_use', splitBrotherTook(text));
  countMatch('enterprise_use', brotherGaveLoan(text));
  // (被申请人王某承认，使用申请人名下扶贫贷款4万元用于其经营的养猪场: the other side in a mediation using the applicant's loan —
  // set 1003.)
  countMatch('enterprise_use', respondentUsed(text));
  // (他闺女婿在县城开装修公司，这五万拿去周转了: a relative's own business, the loan then said taken to turn it over.)
  countMatch('enterprise_use', text.includes('周转') || text.includes('进') || text.includes('给') ? KIN_BUSINESS_FUNDED.exec(text) : null);
  countMatch('enterprise_use', text.includes('嫁') ? DAUGHTER_MARRIED_OUT_FUNDED.exec(text) : null);
  // (贷款是大伯名下的，我拿着在镇上收药材倒卖，年底给大伯三千块: another's loan the writer holds and trades with, paying
  // the borrower a yearly sum, is used by the writer.)
  countMatch('enterprise_use', text.includes('给') && (text.includes('年') || text.includes('利息')) ? LOAN_HELD_BY_WRITER.exec(text) : null);
  // (孩子们在镇上饭店摆了十桌，钱是从贷款里出的: tables laid for a feast, the loan named paying, are the family's spending.)
  countMatch('other_non_productive', text.includes('桌') && LOAN_PAID_FEAST.test(text) ? FEAST_LAID.exec(text) : null);
  // (贷出来存进另一家银行赚差价: money deposited at a bank for the spread is placed for a return.)
  countMatch('wealth_management', text.includes('存') ? DEPOSITED_FOR_SPREAD.exec(text) : null);
  // (不做茶叶生意，买几饼老班章存起，等涨价卖: goods held for their price by a household that says it runs no trade in them.)
  // (贷款买了金镯子放着等涨价，不戴: gold or silver held for its price is held as an investment, trade or none.)
  const metal = PRECIOUS_METAL.test(text);
  const hoarded = (NO_TRADE_SAID.test(text) || metal ? HOARDED_FOR_PRICE.exec(text) : null) ?? (metal ? METAL_PRICE_AWAITED.exec(text) : null);
  // (买了金条，说等金价涨了再卖，压箱底: gold kept for its price is no dowry, though it lies at the bottom of a chest.)
  if (hoarded !== null && metal) {
    const chest = counted.filter((x) => x.category === 'marriage' && x.term.includes('压箱'));
    if (chest.length > 0) {
      counted = counted.filter((x) => !chest.includes(x));
      context.push(...chest.map((x) => x.term));
    }
  }
  countMatch('wealth_management', hoarded);
  // (机器放他那统一作业，年底给户里分钱: a machine kept and worked by the seller or a relative, who pays the household a share.)
  countMatch('enterprise_use', text.includes('年底') || text.includes('每年') ? MACHINE_KEPT_FOR_SHARE.exec(text) : null);
  // (先还了前几年盖房时借亲戚的两万块钱: money borrowed before, repaid with the loan, is a debt paid.)
  // (Read once above, where it sets the debt's story aside.)
  countMatch('other_non_productive', debtRepaid);
  // (猪栏上面加盖了一层，现在一家五口住在上面: a storey added that the family lives in is a dwelling built.)
  countMatch('housing', storeyLivedIn(text));
  // (名义上养羊，羊一直在大户于某家，钱也是他花的: money a party named before is said to have spent is that party's use.)
  countMatch('enterprise_use', text.includes('大户') || text.includes('老板') ? SPENT_BY_PARTY.exec(text) : null);
  // (买了社里的收割机，机子归社: goods the text says belong to a body are that body's.)
  // (Not stock the household raises for the body, for a fee: 替合作社代养牛，牛是合作社的.)
  countMatch('enterprise_use', text.includes('归') || text.includes('账') || (text.includes('是') && !text.includes('代养')) ? OWNED_BY_BODY.exec(text) : null);
  // (挖掘机是村里要买的，借他的名贷的款，机子归村集体: goods the text says belong to the village are a public body's.)
  countMatch('government_financing_platform', text.includes('归') ? OWNED_BY_VILLAGE.exec(text) : null);
  // (村上修水渠 钱垫上了: money advanced for a public body's works is that body's financing.)
  countMatch('government_financing_platform', text.includes('垫') || text.includes('用的') ? ADVANCED_FOR_PUBLIC_WORK.exec(text) : null);
  // (钱是他表哥的养猪场在用: money a named farm or firm is using is its.)
  countMatch('enterprise_use', text.includes('在用') ? MONEY_USED_BY_WORKS.exec(text) : null);
  // (钱给了屯里搞自来水工程: money given to the village for its works is the village's.)
  countMatch('government_financing_platform', text.includes('给') ? MONEY_GIVEN_TO_VILLAGE_WORKS.exec(text) : null);
  // (鹅都养在鹅业公司那，我们家不管，年底公司给两千五: stock kept at a firm's that pays a yearly sum is the firm's.)
  countMatch('enterprise_use', text.includes('年') ? STOCK_KEPT_AT_FIRM.exec(text) : null);
  // (屯里好几户的贷款都拉到我这厂子了: several households' loans drawn into the writer's own works are its.)
  countMatch('enterprise_use', text.includes('户') ? LOANS_INTO_WRITERS_WORKS.exec(text) : null);
  // (几户的贷款都打给了养鹅的张胖子，张胖子每户每年给1000块钱: loans sent to one who keeps a trade, paying each household a
  // yearly sum, are his.)
  countMatch('enterprise_use', text.includes('年') ? SENT_TO_KEEPER_FOR_RETURN.exec(text) : null);
  // 购进化肥…按进价赊给邻村种植户…按每月1.5%加收: goods the loan bought, passed on at cost, lend the money — for a return
  // (理财), or to others' use. (不收利息: a return denied is none.)
  const passedOn = text.includes('价') ? BOUGHT_TO_SELL_ON.exec(text) : null;
  if (passedOn !== null) countMatch(RETURN_ON_GOODS.test(text.slice(passedOn.index).replace(NO_RETURN, '')) ? 'wealth_management' : 'enterprise_use', passedOn);
  // (Small lists, not sets: a purpose has a handful of terms.)
  const matched: string[] = [];
  const found: UsagePurpose[] = [];
  // Evidence is mostly gathered in the order of the text: sort only when it is not.
  let inOrder = true;
  for (let k = 1; k < counted.length && inOrder; k++) inOrder = counted[k - 1]!.start <= counted[k]!.start;
  for (const e of inOrder ? counted : [...counted].sort((a, b) => a.start - b.start)) {
    if (!found.includes(e.category)) found.push(e.category);
    if (!matched.includes(e.term)) matched.push(e.term);
  }
  const category = decideCategory(found);
  // 说法前后不一…现场无法核实: a use the text itself says cannot be established is for a person to read, whatever was
  // claimed before — unless an officer's finding comes after (…经查实际用于, 以Q7为准).
  // (原认定用途不明，现已查清，异议成立: words of an overturned ruling leave nothing unsettled.)
  const unresolvedAll = unresolvedIn(text).filter((m) => !rulings?.some(([from, to]) => m.index >= from && m.index < to));
  const unresolved = unresolvedAll.at(-1);
  // (贷款被打麻将输掉，无法说明资金去向: a household that cannot account for the money does not unsettle a misuse found.)
  const prohibited = category !== 'production' && category !== 'unknown';
  const oneProhibitedKind = prohibited && found.length === 1;
  const unsettled =
    unresolved !== undefined &&
    real < unresolved.index + unresolved[0].length &&
    !SETTLED_AFTER.test(text.slice(unresolved.index + unresolved[0].length)) &&
    !(prohibited && unresolvedAll.every((m) => UNACCOUNTED.test(m[0]))) &&
    // (可能先还信用社的账，也可能给老人看病，尚未决定: a choice left open between uses of one prohibited kind is that kind.)
    // (钱要么给闺女交学费，要么还上次住院欠的钱，还没定: so is one put off.)
    !(oneProhibitedKind && unresolvedAll.every((m) => /^(?:可能|要么)/.test(m[0]) && !productionWithin(hits, m))) &&
    // (档案未载明用途，户主称钱用来还了…欠下的账: a file silent on the use does not unsettle a misuse the household then admits.)
    // (借款人对贷款用途说不清，称“钱是村里一个老板帮我们办的，他拿去用了”: nor a household vague on the use that then says where
    // the money went.)
    !(
      prohibited &&
      unresolvedAll.every((m) => FILE_SILENT.test(m[0]) || /^(?:用途)?[说讲]不清(?:贷款用)?$/.test(m[0])) &&
      ADMITTED_AFTER.test(text.slice(unresolved.index + unresolved[0].length))
    ) &&
    // (打麻将输了一大半，剩下的也说不清花哪了: what cannot be accounted for is only the rest, after a misuse told.)
    !(prohibited && REMAINDER_TOLD.test(text.slice(Math.max(0, unresolved.index - 8), unresolved.index))) &&
    // (…给母亲看病花了，具体多少也说不清: nor is how much was spent on a misuse told.)
    !(prohibited && AMOUNT_BEFORE.test(text.slice(Math.max(0, unresolved.index - 8), unresolved.index))) &&
    // (夫妻两说不一…反正都是自家住的房子: accounts that differ but agree, either way, on one prohibited kind are that kind.)
    !(oneProhibitedKind && EITHER_WAY.test(text) && !hits.some((h) => !h.negated && namesProduction(h)));
  return {
    // Production beside a dwelling or vehicle that needs reading is for a person to read, never a pass.
    category:
      (category === 'production' && (review || stockAbsent(text) || (noBusiness && tradeWordsOnly(hits)))) ||
      unsettled ||
      // (可能先还信用社的账，也可能给老人看病，还没定: every choice one prohibited kind, none production, is that kind.)
      (choiceOpen(text) &&
        (category !== 'production' || !EITHER_WAY.test(text)) &&
        !(oneProhibitedKind && !hits.some((h) => !h.negated && namesProduction(h)))) ||
      (category === 'production' && UNDECIDED_USE.test(text)) ||
      accountsDiffer(text, counted, real)
        ? 'unknown'
        : category,
    matchedTerms: matched,
    negatedTerms: negated,
    contextTerms: context.length === 0 ? context : contextOnly(context, matched, negated),
  };
}
