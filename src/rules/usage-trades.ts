/**
 * Whether a prohibited-sounding word (婚庆, 装修, 酒席, 冰柜) names the household's own trade rather than its own use:
 * a shop or service it runs (开婚庆店, 干装修活儿), work it does for others (给人家装空调, 承接婚宴), goods it sells on,
 * or a room of its trade (农家乐的灶房). A trade the household hires or pays (请婚庆公司, 婚车租赁3000元) is its use.
 */

import { HIRED_BY_OTHERS, SHOP_NOUNS, TRADE_SUFFIXES, TRADE_VERBS } from './usage-grammar.js';
import { type Hit, type Scan } from './usage-matcher.js';
import { BREAK, byFirstChar, firstClause, lastClause, NEGATING, startsWithAny } from './usage-text.js';

/** Verbs that name a trade on their own, right before its word: 跑婚车, 干装修, 承接婚宴. */
const OWN_TRADE_VERBS = ['跑', '干', '从事', '承接', '接', '卖', '售', '搬'];

/** Suffixes of trade that also name a service a household buys: 婚车租赁, 婚庆服务, 婚纱摄影. */
const SERVICES_BOUGHT = ['租赁', '服务', '摄影', '车队'];

/** 铺 as the verb of laying, before what it lays or where (铺地热管, 铺了瓷砖, 地毯铺在家里): no shop's name ends there. */
const LAID_AFTER = /^铺(?:设|上|了|好|完|满|地|管|砖|瓦|板|线|膜|路|水|电|暖|彩|石|油|瓷|在|到|于|进|自|炕)/;

/** Right before a shop's words, money paid into it: 转账至, 支付给, 付款到 (not the household's own: 转至自家). */
const PAID_INTO_BEFORE = /(?:转账|支付|付款|汇款|转款|消费)(?:至|到|给)(?!自家|自己|本户)[^，。,;；]{0,2}$|(?:钱|款|贷款)(?:都|全)?(?:给了|付给了?|交给了?)$/;

/** Before a word, a voucher memo's payee opened with 付 (付巴黎, 付克山县东鹏瓷砖). */
// (转出 4200.00 手机店 摘要:手机: or a statement line's counterparty after the sum sent out.)
const VOUCHER_PAYEE_BEFORE = /(?:(?:^|[，。,;；:：])付(?:给)?[^，。,;；:：]{0,7}|转(?:出|账|给|至)[0-9.,]*元?)$/;
/** After a word, the rest of a payee's name to its phrase's end (店, 服务, or nothing): 付巴黎婚纱摄影，. */
const PAYEE_END_AFTER = /^(?:销售|经销|贸易|商贸|门市|批发)?[店行部社厂]?(?:有限公司|公司|服务部?|中心)?(?:$|[，。,;；:：]|摘要|附言|备注)/;
/** Whether a word at `start` stands in the payee a voucher's memo opens with (付巴黎婚纱摄影, 付某某殡葬服务丧葬费). */
const afterVoucherPayee = (text: string, start: number) => VOUCHER_PAYEE_BEFORE.test(text.slice(Math.max(0, start - 10), start));
/** Whether the word from `start` to `end` ends the payee a voucher's memo opens with (付巴黎婚纱摄影，; not 付…建材扩建牛舍). */
export const voucherPayee = (text: string, start: number, end: number) => afterVoucherPayee(text, start) && PAYEE_END_AFTER.test(text.slice(end, end + 5));

/** Before a word, money paid into a party whose name it begins: 支付至县城某, 转账到. */
const PAID_INTO_NAME_BEFORE = /(?:转账|支付|付款|汇款|转款)(?:至|到|给)(?!自家|自己|本户)[^，。,;；]{0,6}$/;
/** After a word, the rest of a seller's name: 销售有限公司, 店, 行 (a few characters of its name before). */
// (The text is read with its spaces gone: 付某汽车销售有限公司皮卡车款.)
const SELLER_NAME_AFTER = /^[^，。,;；:：]{0,4}?(?:有限公司|公司|商行|门市|经销部|中心|(?:店|行|部|厂)(?:$|[，。,;；:：购买]))/;
/**
 * Whether a word stands in the name of a party the money is paid to (付某汽车销售有限公司, 支付至县城某汽车销售公司):
 * the trade that name tells is the seller's, not the household's.
 */
export const inPayeeName = (text: string, start: number, end: number) =>
  ((afterVoucherPayee(text, start) || PAID_INTO_NAME_BEFORE.test(text.slice(Math.max(0, start - 12), start))) &&
    SELLER_NAME_AFTER.test(text.slice(end, end + 10))) ||
  // (付某汽车销售 皮卡1台: a voucher's payee named by its trade alone ends there.)
  (afterVoucherPayee(text, start) && (SELLER_WORD.test(text.slice(end, end + 2)) || SELLER_WORD.test(text.slice(start, end))));
/** A seller's word of trade: 销售, 经销, 商贸. */
const SELLER_WORD = /^(?:销售|经销|贸易|商贸|批发)/;

/** A price right after a word: 3000元, 约2万, 1.5万元, 三千块. */
const AMOUNT_AFTER = /^(?:约|共|计|合计|花了?|大概)?(?:\d|[一二三四五六七八九十两几][千百万十块])/;

/** A cost after a word, through a suffix of trade, a place it is held or 的: it is paid for (做手术的费用, 婚车租赁费用, 婚礼酒店费用). */
// (娶亲的车队和吹鼓手钱: and the hired trades named between.)
const COST_AFTER =
  /^(?:租赁|服务|摄影|酒店|饭店|酒楼|餐厅|宾馆)?的?(?:服务)?(?:(?:车队|乐队|婚车|司仪|吹鼓手)(?:[和、及][^，。,;；]{1,4}?)?)?(?:工匠|师傅|工人|匠人)?(?:工钱|工资|费用|花销|开销|开支|费|钱)/;

/** After a prohibited word, 的 and one of these make it the trade's work or goods: 租婚纱礼服的小店, 婚礼的鲜花布置, 丧事的花篮. */
const TRADE_AFTER_OF = [
  '店',
  '铺',
  '馆',
  '庄',
  '行',
  '坊',
  '布置',
  '生意',
  '活多',
  '活计',
  '活路',
  '队',
  '班子',
  '服务',
  '花车',
  '花篮',
  '花圈',
  '师傅',
  '工匠',
  '手艺人',
  '厨子',
  '厨师',
  '活',
];

export const SUFFIXES = byFirstChar(TRADE_SUFFIXES);

/** Words before a mention that make it a statement of this loan's use: 贷款给儿子结婚, 用于婚事. */
export const USE_BEFORE = /用于|用来|拿来|拿去|贷款|贷的|这笔钱|钱给/;

/** Shop words that are also trade suffixes: 婚宴餐厅, 婚纱店, 婚纱租赁店. */
const SHOP_WORD = /^(?:餐厅|饭店|饭庄|酒楼|酒店|店|铺|馆|投注站|代销|代销点|销售点|租赁店|租赁行)$/;

/** Words before work that make it a job taken on for others: 承接农户盖房, 揽活装修, 接寨上婚宴; 饭店兼办酒席 (a trade's side line). */
export const TAKEN_ON =
  /(?:承接|承办|专接|承揽|揽活|接活|接单|接人家|接别人家|接别家)[^，。,;；]{0,8}$|兼(?:办|营|做|带)?$|专门?(?:办|做|编|承办|给人办|接)?$|接(?:寨上|寨子里|村上|村里|屯里|乡里|附近|周边|十里八村|外面)的?$/;

/** Before a prohibited-sounding word, work the household does for other people (给人家装空调, 帮人修冰箱, 给人拍婚礼, 给人做寿衣): its trade. */
const SERVED_GOODS =
  /[帮给替为](?:人家|别人家?|人|客户|顾客|村民|乡亲|邻居|乡邻|群众|老乡|各家|大家)[^，。,;；]{0,3}(?:修|装|维修|安装|清洗|拆|移|换|保养|翻新|拍|录|布置|主持|跟拍|摄|做|缝|刻|盘|砌|垒)[^，。,;；]{0,8}$/;

/** Right before a part of a house, the houses of others: 给屯里各家, 给邻村各户. */
const OTHERS_HOUSES_BEFORE = /[帮给替为](?:屯里|村里|邻村|寨上|附近|周边)?(?:各家|各户|人家|别人家?|乡亲们?|邻居家?)的?$/;

/** Before work, a crew the household leads: 带着几个人搞, 带一帮人干, 带几个人闹 (Jin speech). */
const CREW_BEFORE = /带着?[^，。,;；]{0,4}人(?:搞|干|做|闹|整|弄)$/;

/** After events, words that the trade takes them on: 婚宴寿宴都接, 办酒席接活. */
const TAKEN_AFTER = /^[^，。,;；]{0,4}(?:(?:接活|揽活|接单)(?!的)|都接|也接|都去|都承接|都能接|都可以接|都来请|都请我|都请俺|都找我|都找俺)/;

/** A works or shop noun (厂, 店, 摊): the trade of whoever it is said to be of (阿舅的冷冻厂). */
export const worksNoun = (h: Hit) => h.role.frame?.category === 'production' && h.role.frame.verbsBefore.includes('开');

/** Whether an act is the household's own: a member of the household named before it in its clause (给儿子把婚事办了). */
export function familyAct(scan: Scan, i: number): boolean {
  const hit = scan.hits[i]!;
  for (let k = i - 1; k >= 0 && scan.hits[k]!.clause === hit.clause; k--) {
    const h = scan.hits[k]!;
    // (自家开的榨油坊房顶: the family's trade between them owns the act.)
    // (自家建材店进瓷砖: so does the family's shop.)
    if ((h.role.business || worksNoun(h)) && !h.negated) return false;
    if (h.role.party === 'household' && !h.negated && hit.start - h.end <= 6) return true;
  }
  return false;
}

/** A member of the household named by kin: 其子, 儿子, 闺女, 孙女 (not 自家, 本户: a trade's own name may follow those). */
const MEMBER = /[子女儿孙弟妹哥姐侄甥]$/;

/** Whether a member of the household is named right before the act (其子婚礼, 儿子的婚礼): the event is the family's own. */
export function membersEvent(scan: Scan, i: number): boolean {
  const prior = scan.hits[i - 1];
  const hit = scan.hits[i]!;
  return (
    prior?.role.party === 'household' &&
    !prior.negated &&
    MEMBER.test(prior.term) &&
    (prior.end === hit.start || (prior.end + 1 === hit.start && scan.text[prior.end] === '的'))
  );
}

/** Banquets and family events, which a household may hold for itself or serve others at as a trade. */
const BANQUET = /^(?:办酒席|摆酒席|摆酒|过事|办喜事|喜事|办喜酒|喜酒|办白事|白事|喜宴|婚宴|宴席|流水席|酒席)$/;

/** Characters before a trade that make the household its customer: 请婚庆公司, 请了装修队. */
/** After a trade's word, that it was hired: 都是租的, 全是租来的. */
const HIRED_AFTER = /^[^。；;]{0,10}(?:都是|全是)租(?:的|来的)/;
export const HIRED_BEFORE = /[请找雇付订][了的]?$|(?:转给|打给|交给|付给)$/;

/** The household's own feast next in a list: 办喜酒, 摆酒席. */
const OWN_FEAST_NEXT = /^(?:办|摆)(?:喜酒|酒席|婚宴|酒)/;
/** A hire listed beside another, each the household's: 租车、租婚纱、请司仪. */
const HIRE_ITEM = /^[请雇租订]/;

/**
 * Whether a trade word that begins with 租 (租婚纱) is the household renting, listed with another hire: 婚礼租车、租婚纱、请司仪
 * (not 租婚纱给人, nor a shop: 开个租婚纱礼服的小店).
 */
export function rentedInList(text: string, hit: Hit): boolean {
  if (!hit.term.startsWith('租') || /^(?:给|出|的)/.test(text.slice(hit.end, hit.end + 1))) return false;
  // (The item before: 婚礼租车 rents too.)
  const previous =
    text[hit.start - 1] === '、'
      ? lastClause(text.slice(0, hit.start - 1))
          .split('、')
          .pop()!
      : '';
  // (拍结婚照、租婚纱、办喜酒: or beside the wedding's own photos or feast — set 979.)
  return (
    /[请雇租订]|拍结婚照|拍婚纱照/.test(previous) ||
    (text[hit.end] === '、' && (HIRE_ITEM.test(text.charAt(hit.end + 1)) || OWN_FEAST_NEXT.test(text.slice(hit.end + 1, hit.end + 5))))
  );
}

/** Before a service in its clause, hiring it out: 对外出租接亲, 租给人家办事. */
const HIRED_OUT_BEFORE = /(?:对外|出租|租给人家?|租给别人)[^，。,;；]{0,3}$/;

/**
 * After a service in its clause, being paid for it: 接亲挣钱, 布置婚房收费 (not a bill the household was given:
 * 住院收费票据).
 */
const EARNED_AFTER = /^[^，。,;；]{0,3}(?:挣钱|赚钱|收费(?!票据|单|收据|发票|凭证|清单|明细|处|窗口)|挣点钱|赚点钱|挣个钱|按场收)/;

/** Whether a trade's word stands within two characters of the start, with no 和 before it: 小店, 鲜花布置, not 钱和饭店. */
function namedAt(words: string, w: string): boolean {
  // (活 only as the word itself, first: 建房的活, not 生活费.)
  if (w === '活') return words.startsWith('活') && !words.startsWith('活动');
  const k = words.indexOf(w);
  // (还去年别的银行的旧贷款: a bank is no trade's shop.)
  if (w === '行' && /(?:银|农商|邮储)行$/.test(words.slice(0, k + 1))) return false;
  return k >= 0 && k <= 2 && !/[和与及]/.test(words.slice(0, k));
}

/** After a trade, the rest of a list of costs the loan paid: 婚庆司仪及婚宴费用, 接亲车队一次搞定 (bought, not sold). */
export const COST_LIST_AFTER = /^[^，。,;；]{0,8}(?:费用|的钱|开销|花销)(?:$|[，。,;；])|^[^，。,;；]{0,8}(?:一次|全|都|全部)搞定/;
/** After a word of work, a tradesman who does it: 建房小包工头, 装修师傅. */
const TRADESMAN_AFTER = /^小?(?:包工头|工头|师傅|工匠|施工队|工程队)/;
/** Before it, the household said to be one: 户主为农村, 当, 是个 (not 给, 请, 找: those hire one). */
const IS_A_BEFORE = /(?:^|户主|本人|借款人|其|他|她|我|俺)(?:为|是|当|做|系)(?:个|一个|一名)?(?:农村|村里|本地|乡里)?$/;

/** Whether a prohibited word names the household's own trade: 婚庆服务店, 装修活, 开婚庆公司, 干装修…队. */
/** A hall booked for an event: 订酒店, 定了饭店. */
const HALL_BOOKED = /(?:订|定|预订|预定)了?(?:酒店|饭店|酒楼|餐厅|宾馆)/;

/** Before a word, that it is a shop's sign or name: 招牌叫, 店名是. */
const SIGN_NAMED_BEFORE = /(?:招牌|牌子|店名|店招)(?:叫|是|为|写着?)[“"「]?$/;

export function namesATrade(scan: Scan, i: number): boolean {
  const { text, hits } = scan;
  const hit = hits[i]!;
  // 还欠着饭店和寿衣店的钱: a shop the household owes is its creditor, not its trade.
  if (text.slice(Math.max(0, hit.start - 6), hit.start).includes('欠')) return false;
  // (在麻将摊上输光了: a place the household lost money at is where it played, not its trade.)
  if (/^[摊桌馆场室档]?[上里]?(?:输|赌)/.test(text.slice(hit.end, hit.end + 4))) return false;
  // (老舅天天泡麻将馆: nor a place the household idles in.)
  if (/(?:泡|蹲|混|耗)(?:在|到)?$/.test(text.slice(Math.max(0, hit.start - 2), hit.start))) return false;
  // (结婚酒店订: nor a hall booked for the event.)
  if (/^(?:酒店|饭店|酒楼|餐厅|宾馆)(?:订|定|预订|预定)/.test(text.slice(hit.end, hit.end + 4))) return false;
  // (资金多次转账至彩票销售点: nor a shop the money is paid to.)
  if (PAID_INTO_BEFORE.test(text.slice(Math.max(0, hit.start - 6), hit.start))) return false;
  // (在镇上婚庆店隔壁的家电门市: nor a shop named as a landmark.)
  if (LANDMARK_AFTER.test(text.slice(hit.end, hit.end + 6))) return false;
  // (付巴黎婚纱摄影, 付克山县东鹏瓷砖店: nor a payee a voucher's memo opens with 付; 支付至县城某汽车销售公司: nor a seller
  // paid.)
  if (afterVoucherPayee(text, hit.start) || inPayeeName(text, hit.start, hit.end)) return false;
  // 请了装修队来家里装修: a trade the household hires works for it; it is not the household's trade.
  // (接亲车队十二台奥迪，都是租的: nor one said after to be hired.)
  if (HIRED_BEFORE.test(text.slice(Math.max(0, hit.start - 2), hit.start)) || HIRED_AFTER.test(text.slice(hit.end, hit.end + 16))) return false;
  // 做手术的费用, 婚车租赁的钱: what is paid for is bought, not a trade.
  // (婚礼租车、婚庆司仪及婚宴费用: and so is a trade in a list of costs.)
  if (COST_AFTER.test(text.slice(hit.end, hit.end + 10)) || COST_LIST_AFTER.test(text.slice(hit.end, hit.end + 12))) return false;
  // (招牌叫喜事烟酒店: a word in the shop's sign, which the text names as such — review 146.)
  if (SIGN_NAMED_BEFORE.test(text.slice(Math.max(0, hit.start - 5), hit.start))) return true;
  // (“囍悦”喜宴大厅是我家自己开的: a trade's words the household says after them it opened.)
  if (OPENED_BY_HOUSEHOLD_AFTER.test(text.slice(hit.end, hit.end + 12))) return true;
  // (自家开的红双喜婚庆门市: a verb of trade, an unquoted name, and the words, a shop noun closing them.)
  if (NAMED_SHOP_BEFORE.test(text.slice(Math.max(0, hit.start - 10), hit.start)) && NAMED_SHOP_NOUN_AFTER.test(text.slice(hit.end, hit.end + 4))) return true;
  // 户主为农村建房小包工头, 当装修师傅: a trade the household is said to be, its work named before the tradesman.
  if (TRADESMAN_AFTER.test(text.slice(hit.end, hit.end + 4)) && IS_A_BEFORE.test(text.slice(Math.max(0, hit.start - 5), hit.start))) return true;
  // 我家两父子是搞房屋维修的: a person who 是搞…的 is of that trade (not 这钱是搞装修的: money has no trade).
  if (
    text.endsWith('是搞', hit.start) &&
    text[hit.end] === '的' &&
    hits.some((h, k) => k < i && h.clause === hit.clause && h.role.party !== undefined && !h.negated)
  )
    return true;
  // 用于婚宴酒席及婚车租赁: a service the loan is said to pay for, with no verb of trade, is bought, not sold.
  const bought = SERVICES_BOUGHT.find((w) => text.startsWith(w, hit.end));
  const clauseBefore = lastClause(text.slice(Math.max(0, hit.start - 12), hit.start));
  // (接亲车队+司仪: so is one that opens a list of costs.)
  const closing = bought === undefined ? '' : text.charAt(hit.end + bought.length);
  if (
    bought &&
    ((/^(?:[，。,;；、和及与+＋等]|$)/.test(closing) && USE_BEFORE.test(clauseBefore)) || (clauseBefore === '' && /^[、和及与+＋]$/.test(closing))) &&
    !TRADE_VERBS.some((v) => clauseBefore.includes(v))
  )
    return false;
  // 婚车租赁3000元: a service with its price after it, as in a list of a wedding's costs, is bought.
  if (bought && AMOUNT_AFTER.test(text.slice(hit.end + bought.length, hit.end + bought.length + 6)) && !TRADE_VERBS.some((v) => clauseBefore.includes(v)))
    return false;
  // (贷款钱直接给女方家了: 家 after money given to a family is that family, not a shop's name.)
  if (hit.term.startsWith('给') && text[hit.end] === '家') return false;
  // A suffix that begins a word of its own is that word (新房装修铺地砖: 铺 begins 铺地砖).
  const next = hits[i + 1];
  // (开的是婚宴餐厅: after a verb of trade, a shop word right after is the suffix itself, not a word of its own.)
  const shopAfterTrade = next?.role.category === 'production' && SHOP_WORD.test(next.term) && TRADE_VERBS.some((v) => clauseBefore.includes(v));
  if (
    startsWithAny(text, hit.end, SUFFIXES) &&
    !(next?.start === hit.end && next.role.category && !shopAfterTrade) &&
    // (盘炕铺地热管: 铺 before what it lays is the verb, not a shop.)
    !LAID_AFTER.test(text.slice(hit.end, hit.end + 2)) &&
    // (修房部分不允许: 部分 is "the part", not a shop's 部.)
    !/^部[分门位]/.test(text.slice(hit.end, hit.end + 2))
  )
    return true;
  // (寿衣花圈店进货: a shop a few characters on, restocked, names what it sells.)
  if (SHOP_STOCKED_AFTER.test(text.slice(hit.end, hit.end + 8))) return true;
  // (开婚纱礼服出租店…贷款进了一批婚纱和礼服: goods stocked where the text runs a shop are its stock.)
  if (/进了?(?:一批|一些|批|些|点)?$/.test(text.slice(Math.max(0, hit.start - 4), hit.start)) && /店|铺|门市|出租|租赁|生意/.test(text)) return true;
  // (寿衣花圈店，本人经营: and so does a shop's name that is the text's whole first clause, as a register's entry opens.)
  // (Not a first clause that books a hall: 拍婚纱照、订酒店.)
  if (hit.clause === 0 && HEADING_SHOP.test(text.slice(0, 10)) && headingName(firstClause(text), text) && !HALL_BOOKED.test(firstClause(text))) return true;
  // (经营"鸿运婚庆"租赁店: a quoted name closes before its suffix, a verb of trade before it.)
  if (/["”」』]/.test(text[hit.end] ?? '') && startsWithAny(text, hit.end + 1, SUFFIXES) && TRADE_VERBS.some((v) => clauseBefore.includes(v))) return true;
  // (开办名为“喜事来便利店”的小超市: a word inside a quoted name that ends in a shop's noun is the shop's name.)
  // (Not a shop the household holds an event at: 在“喜事来饭店”办喜事.)
  const quoteOpen = /[“"「『][^”"」』]{0,6}$/.exec(text.slice(Math.max(0, hit.start - 7), hit.start));
  if (
    quoteOpen &&
    QUOTED_SHOP_NAME_AFTER.test(text.slice(hit.end, hit.end + 10)) &&
    // (The quote's place counted from the window's start, which the text's own start may cut short: 自家开的“喜事来”.)
    SHOP_OPENED_BEFORE.test(text.slice(Math.max(0, hit.start - 7 - 10), Math.max(0, hit.start - 7) + quoteOpen.index))
  )
    return true;
  // 跑婚车, 干装修: these verbs name a trade on their own; 做 only before goods or work a trade sells (给人做装修).
  // (Not 接 ending another word: 直接盖房子, 间接, 紧接.)
  if (OWN_TRADE_VERBS.some((v) => text.endsWith(v, hit.start) && !(v === '接' && /[直间连紧迎转对]/.test(text[hit.start - 2] ?? '')))) return true;
  // (周老幺自己搞婚庆租车: 搞 before a trade's word with its line of business right after it.)
  if (text.endsWith('搞', hit.start) && /^(?:租车|车队|服务|生意|公司|这一行|这行)/.test(text.slice(hit.end, hit.end + 4))) return true;
  // 给人办酒席: a banquet held for others is the household's catering trade.
  // (给人做“喜宴”流水席: a verb of making it, and a quote, may stand between.)
  if (BANQUET.test(hit.term) && /(?:给|帮|替)(?:人|人家|别人|别家|乡亲)(?:做|办|操办|承办)?[“"「]?$/.test(text.slice(Math.max(0, hit.start - 6), hit.start)))
    return true;
  // 对外出租接亲挣钱: a service hired out, or done for pay, is the trade's work (not a building: 盖房出租 is still 建房).
  if (
    hit.role.category !== 'housing' &&
    (HIRED_OUT_BEFORE.test(text.slice(Math.max(0, hit.start - 6), hit.start)) ||
      // (Not a family member's event said to cost hard-earned money: 儿子结婚挣钱难.)
      (EARNED_AFTER.test(text.slice(hit.end, hit.end + 7)) && !familyAct(scan, i)))
  )
    return true;
  // (整酒用的锅碗瓢盆…都是他的: an event's gear, where the text runs a catering or hire trade, is the trade's — set 1014.)
  if (text.startsWith('用的', hit.end) && CATERING_OR_HIRE.test(text)) return true;
  // 带几个人搞装修: work done with a crew one leads is a trade.
  if (CREW_BEFORE.test(text.slice(Math.max(0, hit.start - 8), hit.start))) return true;
  // 承接藏式婚宴和生日宴, 婚宴寿宴都接: events taken on for others are the trade's work.
  // (Not an event the household only takes part in: 专门参加斗牛节比赛.)
  if ((TAKEN_ON.test(text.slice(Math.max(0, hit.start - 11), hit.start)) || TAKEN_AFTER.test(text.slice(hit.end, hit.end + 8))) && !hit.term.startsWith('参加'))
    return true;
  // (开红白喜事用品出租…婚宴丧事都租: events a rental trade the text names lets out to.)
  if (LET_FOR_AFTER.test(text.slice(hit.end, hit.end + 8)) && /出租|租赁/.test(text)) return true;
  // (Not work on a building: 做吊顶, 做外墙保温 is work done, for the household unless a trade is told.)
  // (But 给人做装修: work on others' buildings is the trade.)
  const made = /做(?:些|点|一些|点儿)?$/.test(text.slice(Math.max(0, hit.start - 3), hit.start));
  if (
    hit.role.dualUse &&
    made &&
    (hit.role.category !== 'housing' || /(?:给|帮|替)(?:人|人家|别人)做$/.test(text.slice(Math.max(0, hit.start - 4), hit.start)))
  )
    return true;
  // 做些炕柜、桌椅卖给周边村里: goods sold on are the trade's stock.
  if (hit.role.dualUse && FOR_SALE_AFTER.test(firstClause(text.slice(hit.end, hit.end + 12)))) return true;
  // 租婚纱礼服的小店, 婚礼的鲜花布置: the word is what a trade of the household's sells or does.
  const clauseEnd = text.slice(hit.end, hit.end + 8).search(BREAK);
  const after = text.slice(hit.end, clauseEnd < 0 ? hit.end + 8 : hit.end + clauseEnd);
  const of = after.indexOf('的');
  const trade = of >= 0 ? after.slice(of + 1, of + 6) : '';
  // (Not goods whose name begins like a shop's: 炕上的铺盖.)
  // (Nor a second thing listed after the first: 发丧时借的钱和饭店的账.)
  // (举办婚礼的婚庆服务费: nor a fee for a trade's work, which is bought.)
  if (of >= 0 && !trade.includes('、') && !trade.startsWith('铺盖') && !after.slice(of + 1).includes('费') && TRADE_AFTER_OF.some((w) => namedAt(trade, w)))
    return true;
  // 开婚庆公司, 开了个装修公司, 儿子开的装修公司, 做家具的: a verb of trade before, and a shop noun within a few characters or 的 after.
  // (经营自家“福寿”寿衣花圈店: a quoted name, and the family's own, stand between the verb and the words.)
  // (Read further back only where a quote or the family's own word ends the five characters.)
  let near5 = text.slice(Math.max(0, hit.start - 5), hit.start);
  if (/[”"」』家的户]$/.test(near5))
    near5 = text
      .slice(Math.max(0, hit.start - 14), hit.start)
      .replace(/[“"「『][^”"」』]{1,8}[”"」』]$/, '')
      .replace(/(?:自家|自己家?的?|本户的?)$/, '');
  // (经营“永兴寿衣花圈店”: and a quoted name the words stand inside, opened after the verb.)
  // (自营的“福满堂寿衣花圈店”: the five characters before the quote, where it opened inside them.)
  const quoted = /[“"「『][^”"」』，。,;；]{0,4}$/.exec(near5);
  if (quoted) {
    const open = hit.start - (near5.length - quoted.index);
    near5 = text.slice(Math.max(0, open - 5), open);
  }
  const lead = near5.replace(/(?:了一家|了一个|了一间|了个|了家|了|一家|一个|一间|个|家|的)$/, '');
  if (!TRADE_VERBS.some((v) => lead.endsWith(v))) return false;
  // (两头牛是送去女方家做彩礼的: 做 before a gift names what the thing serves as, not a trade.)
  if (/^(?:彩礼|聘礼|聘金|嫁妆|陪嫁)/.test(hit.term) && /[做作当]$/.test(lead)) return false;
  // (儿子大学学费，本行决定: 学 ending a school's name, 大学, 上学, is no verb of learning a trade.)
  if (/[大中小上留开入放复升转]学$/.test(lead)) return false;
  // (自己开婚庆（给人布置婚礼现场）: a service trade opened or run needs no shop noun.)
  // (借款人不经营婚庆业务: not one denied.)
  if (SERVICE_TRADE.test(hit.term) && RUN_VERBS.some((v) => lead.endsWith(v) && !NEGATING.has(lead.charAt(lead.length - v.length - 1)))) return true;
  // (自家门面经营寿衣花圈: goods the household's own shop front deals in, right after the verb — review 151.)
  if (lead.endsWith('经营') && OWN_PREMISES_BEFORE.test(clauseBefore)) return true;
  // (有送牛做聘礼的习惯: 的 before a custom tells what is customary, not who keeps the trade.)
  if (text[hit.end] === '的') return !CUSTOM_AFTER.test(text.slice(hit.end + 1, hit.end + 3));
  const near = text.slice(hit.end, hit.end + 4);
  // (经营“喜宴流动厨房”: a kitchen run as the trade names it too.)
  if (SHOP_NOUNS.some((n) => near.includes(n)) || near.includes('厨房')) return true;
  // 开沙发翻新、窗帘定做小店: a shop noun ending the clause names the shop the words before it describe.
  const rest = firstClause(text.slice(hit.end, hit.end + 14));
  return rest.length < 14 && SHOP_NOUNS.some((n) => rest.endsWith(n));
}

/** A catering or hire trade: 流动厨房, 厨子, 按桌收钱, 出租. */
const CATERING_OR_HIRE = /流动厨房|厨子|厨师|按桌收|出租|租赁|承办/;
/** Before a trade's goods, the household's own shop front: 自家门面, 自己的铺子. */
const OWN_PREMISES_BEFORE = /(?:自家|自己家?|本户)(?:的)?(?:门面|门市|店面|铺面|铺子|店)/;
/** After a word, a shop named only to place something beside it: 店隔壁, 饭店对面. */
const LANDMARK_AFTER = /^(?:店|铺|馆|门市|公司)?(?:的)?(?:隔壁|旁边|对面|边上|斜对面)/;
/** A first clause that is a shop's name: 寿衣花圈店，, 烟酒批发部，. */
// (Not a measure, 手机两部, nor a word that only ends so, 蜜月旅行.)
const HEADING_SHOP = /^[^，。,;；:：]{1,8}(?:店|铺|摊|馆|坊|门市|门市部|批发部|小卖部|经销部|服务部|商行|车行|粮行)[，,]/;
/** A name with no verb or place in it: 寿衣花圈店 (not 去寿衣店, 在婚纱店, 买手机). */
const HEADING_NAME = /^[^在去到请找付买给帮替跟和与向从，。,;；:：]+$/;
/** After a trade's words, that the household opened it: 大厅是我家自己开的. */
const OPENED_BY_HOUSEHOLD_AFTER = /^[^，。,;；]{0,4}是(?:我|俺|咱|自)(?:们)?家?(?:自己|自个儿?)?开的/;
/** Before a trade's words, its verb and an unquoted name: 开的红双喜, 开了个金玉满堂. */
const NAMED_SHOP_BEFORE = /(?:开|经营|办)(?:的|了个|了一家|了家|个|一家)[\u4e00-\u9fff]{2,4}$/;
/** Right after a trade's words, the shop noun that closes its name: 门市, 店, 公司. */
const NAMED_SHOP_NOUN_AFTER = /^(?:服务)?(?:门市|店|公司|馆|铺|中心|商行)/;
/** Later, the family's own use of what was bought: 自家屋里用, 家里用. */
const OWN_USE_LATER = /(?:自家|家里|自己|屋里)[^，。,;；]{0,4}用|家用|自用/;
/**
 * Whether `name`, a text's first clause, is only a shop's name heading the entry (寿衣花圈店，本人经营) — not one the family
 * bought its own goods at (家具店，买了一套沙发，自家屋里用).
 */
export const headingName = (name: string, text = name) => HEADING_NAME.test(name) && !OWN_USE_LATER.test(text);
/** Whether a trade from `start` to `end` is the whole first clause, the family's own use of what was bought told later: where it bought. */
export const shopBoughtAt = (text: string, start: number, end: number) => start === 0 && firstClause(text).length === end && OWN_USE_LATER.test(text);

/** After goods, a shop a few characters on that is restocked: 花圈店进货, 用品店上货. */
const SHOP_STOCKED_AFTER = /^[^，。,;；]{0,3}(?:店|铺|部|门市)(?:进货|备货|铺货|上货|补货)/;

/** A service that is a trade by its name: 婚庆 (开婚庆 opens one; 办婚礼 holds a wedding). */
const SERVICE_TRADE = /^婚庆$/;
/** Verbs that open or run a trade (not 做 or 干, which also do the work once). */
const RUN_VERBS = ['开', '开办', '开设', '创办', '经营', '自营', '从事'];

/** Before a quoted shop name, the household opening or running it: 开办名为, 经营, 自营的. */
const SHOP_OPENED_BEFORE =
  /(?:开|开办|开设|开了|经营|自营)(?:了|的)?(?:一家|一个|个|家)?(?:名为|叫|名叫)?$|(?:名为|名叫|店名|取名)$|(?:店|馆|楼|厅|超市|部)[，,]?(?:叫|名叫|名为|取名)$/;
/** After a word, the rest of a quoted name ending in a shop's noun: 来便利店”, 超市”. */
// (“喜事多”婚庆用品店: or a quoted name a shop's words follow.)
const QUOTED_SHOP_NAME_AFTER =
  /^[^”"」』，。,;；]{0,6}(?:店|超市|商店|小卖部|便利店|商行|商贸|门市|饭店|酒家|大酒店|楼|饭庄|餐厅|馆|酒店)[”"」』]|^[^”"」』，。,;；]{0,6}[”"」』][^“"「『，。,;；]{0,6}(?:店|超市|商店|门市|商行)/;

/** After 的, words of custom: 习惯, 风俗, 规矩. */
const CUSTOM_AFTER = /^(?:习惯|风俗|规矩|传统|讲究|老例|习俗)/;

/** Between the household's trade and a room it works in, a verb of building: 农家乐扩个灶房 (not 自家饭店盖住房, a dwelling). */
const TRADE_BUILT_BETWEEN = /^(?:扩|扩建|加|加盖|改|修|建|盖|搭|翻)了?(?:个|一间|两间|间)?$/;
const TRADE_ROOMS = /^(?:灶房|厨房|后厨|伙房|客房|包间|雅间|餐厅|仓房|库房|操作间)$/;

/** Between a room and a trade, words that turn the one into the other: 改为, 改成, 改造成. */
const TURNED_INTO = /^(?:改为|改成|改作|改做|改造成|改造为|改建为|改建成|当作|做成|腾出来做|腾出来开)$/;

/** Whether a dwelling is turned into the trade named right after it in its clause (将临街闲置老屋改为客栈). */
export function turnedIntoTrade(scan: Scan, i: number): boolean {
  const hit = scan.hits[i]!;
  const trade = scan.hits.find((o) => o.start >= hit.end && o.clause === hit.clause && o.role.business === true && !o.negated);
  return trade !== undefined && TURNED_INTO.test(scan.text.slice(hit.end, trade.start));
}

/** After rooms, that guests lodge in them: 游客住的, 给客人住. */
const GUESTS_LODGED_AFTER = /^[^。；;]{0,8}(?:游客|客人|住客|旅客|散客)(?:住|入住|来住)/;

/** Whether a building word follows the household's trade (农家乐的灶房, 农家乐扩个灶房): a room of the trade; or rooms said to lodge its guests. */
export function tradeRoom(scan: Scan, i: number): boolean {
  const before = scan.hits[i - 1];
  const hit = scan.hits[i]!;
  // (自家开的客栈，6间房装修，游客住的: rooms said to lodge guests, a trade named before them.)
  if (GUESTS_LODGED_AFTER.test(scan.text.slice(hit.end, hit.end + 12)) && scan.hits.slice(0, i).some((h) => h.role.business === true && !h.negated))
    return true;
  if (before?.role.business !== true || before.negated) return false;
  const between = scan.text.slice(before.end, hit.start);
  // (Not one the family lives in: 自家饭店加盖一间房自己住.)
  return (
    (between === '的' || (TRADE_ROOMS.test(hit.term) && TRADE_BUILT_BETWEEN.test(between))) &&
    !scan.text.slice(hit.end, scan.clauseEnd[hit.clause]).includes('住')
  );
}

/** Whether a prohibited-sounding word names work done for other people (给人家装空调、修热水器): the household's trade. */
export function servesOthers(scan: Scan, i: number, clauseStart: number): boolean {
  const hit = scan.hits[i]!;
  const before = scan.text.slice(clauseStart, hit.start);
  // (给村民盖房子挣工钱: building for others counts only where the text says the household is paid for the work.)
  // (为村民婚宴、寿宴提供厨师和餐具: events of others the household provides for.)
  return (
    SERVED_GOODS.test(before) ||
    (BUILT_FOR_OTHERS.test(before + hit.term.slice(0, 1)) && PAID_FOR_WORK.test(scan.text)) ||
    (PROVIDED_AFTER.test(scan.text.slice(hit.end, scan.clauseEnd[hit.clause])) && EVENTS_OF_OTHERS_BEFORE.test(before)) ||
    // (在屯里给各家房顶上铺彩钢瓦，按平米收钱: others' houses worked on, where the text says the household is paid.)
    (OTHERS_HOUSES_BEFORE.test(before) && PAID_FOR_WORK.test(scan.text)) ||
    // (自家农家乐接了村里几场婚宴: events the household's trade takes on.)
    /接了?(?:村里|人家|别人家?|乡亲们?|周边)?的?(?:[一两三四五六七八九十几]+场)$/.test(before) ||
    // (专门供十里八村办喜事的: events the household's shop supplies.)
    (/供[^，。,;；]{0,6}$/.test(before) && EVENTS_OF_OTHERS_BEFORE.test(before) && scan.text.startsWith('的', hit.end)) ||
    // (给办寿宴的人家做韩服收钱: people holding the event, whom the household works for, for pay.)
    (HOLDERS_AFTER.test(scan.text.slice(hit.end, hit.end + 5)) && /[给为替帮][^，。,;；]{0,8}$/.test(before) && PAID_FOR_WORK.test(scan.text)) ||
    // (村里办喜事的场子音响灯光都由她包办: others' occasions, which the text says the household provides for — review 146.)
    // (村里办喜事的场子，桌椅碗筷带厨子都由她包办: or the clause after it — review 147.)
    (OCCASION.test(hit.term) &&
      OTHERS_BEFORE.test(before) &&
      PROVIDED_BY_HOUSEHOLD_LATER.test(scan.text.slice(hit.end, scan.clauseEnd[hit.clause + 1] ?? scan.clauseEnd[hit.clause]))) ||
    // (托依（婚礼）上用的馕都是我们家打的: goods for others' occasions the household makes.)
    (OCCASION.test(hit.term) && OCCASION_GOODS_MADE_AFTER.test(scan.text.slice(hit.end, hit.end + 24))) ||
    // (专门给人结婚跑车队, 专给人做婚礼、花甲宴穿的韩服: others' occasions the household works for.)
    (OCCASION.test(hit.term) && OCCASIONS_OF_OTHERS_BEFORE.test(before)) ||
    // (承包乡里过事的席面: others' feasts the household contracts to cook.)
    (OCCASION.test(hit.term) && /承包[^，。,;；]{0,4}$/.test(before) && /^的?(?:席面|酒席|宴席)/.test(scan.text.slice(hit.end))) ||
    // (两口子拉婚庆桌椅跟大棚帐篷出租, 婚礼现场摆甜品台按场收钱, 开婚车，一天能跑两场: hire work for pay after an occasion's word.)
    (OCCASION.test(hit.term) && OCCASION_WORK_AFTER.test(scan.text.slice(hit.end, hit.end + 24))) ||
    // (购置办酒席用的圆桌20张…平时租给村里办事的人家，按场收租金: the occasion's goods, let out later in the text for rent — review 149.)
    (OCCASION.test(hit.term) && scan.text.startsWith('用的', hit.end) && LET_OUT_FOR_RENT.test(scan.text.slice(hit.end))) ||
    // (两口子自己干流水席…贷款买了辆小货车拉锅灶桌椅和婚庆道具: an occasion's goods hauled, where the household runs feasts
    // for others, are its trade's.)
    (OCCASION.test(hit.term) && /拉[^，。,;；]{0,8}$/.test(before) && FEASTS_RUN.test(scan.text))
  );
}

/** Right before an occasion, others who hold it: 村里, 寨上, 别人家. */
const OTHERS_BEFORE = /(?:村里|寨上|寨子里|屯里|各家|别人家?|人家)$/;
/** Later in its clause, the household providing for it: 都由她包办, 全找他家. */
const PROVIDED_BY_HOUSEHOLD_LATER = /(?:都|全)?(?:由|找)(?:她|他|我|俺|他们|我们)家?(?:包办|承办|操办|负责|来办)/;
/** Words that the household runs feasts or weddings for others: 自己干流水席, 给红白事掌勺, 搞婚庆. */
const FEASTS_RUN = /(?:干|办)流水席|掌勺|给[^，。,;；]{0,6}红白事|(?:干|搞|做)婚庆/;

/** Words of an occasion others hold that a trade serves (婚庆, 婚车, 结婚, 寿宴), not a family's own costs (彩礼, 嫁妆). */
// (办酒席用的桌椅碗筷和帐篷，寨上红白喜事租出去收租金: feasts too, whose goods the household lets out — set 994.)
const OCCASION = /婚庆|婚车|婚礼|结婚|喜事|花车|接亲|寿宴|花甲宴|满月酒|托依|过事|酒席/;
/** After an occasion, goods used at it that the household makes: （婚礼）上用的馕都是我们家打的. */
const OCCASION_GOODS_MADE_AFTER = /^(?:[（(][^）)]{1,6}[）)])?(?:上|时)?用的[^，。,;；]{1,6}(?:都|全)?是(?:我们家|我家|自家|俺家|咱家)(?:打|做|烤|供|卖)的/;
/** Right before an occasion, others served: 专门给人, 帮人家 (a list of occasions, 婚礼、, may stand between). */
const OCCASIONS_OF_OTHERS_BEFORE = /(?:给|帮|替)(?:人|别人|人家|外人)家?(?:做|拍|跟拍)?(?:[\u4e00-\u9fff]{2,3}、)*$/;
/** After an occasion, within a clause or two, hire work for pay or orders taken: 出租, 按场收钱, 一天能跑两场, 来订的 (no denial between; not 用来订酒楼, a hall booked). */
const OCCASION_WORK_AFTER = new RegExp(
  `^[^。；;未没不]{0,18}?(?:出租|租出去|租给|按场|按天收|跑车队|跑(?:一|两|几|三)场|接单|接活|(?<![用拿])来[订定]|订做|定做|${HIRED_BY_OTHERS}|收租金)`,
);

/** Later, goods let out for rent: 租给村里办事的人家，按场收租金, 出租收钱. */
const LET_OUT_FOR_RENT = /(?:租给|出租|租出去)[^。；;]{0,16}(?:收租金|租金|收钱|按场收|按天收)/;
/** After events, that the household lets out for them: 都租, 也能租 (not 都租的, 租了: rented by the household). */
const LET_FOR_AFTER = /^[^，。,;；]{0,4}(?:都|也)(?:能|可以)?(?:往外|对外)?(?:出)?租(?:$|[，。,;；给])/;
/** Before an event in its clause, the people it is held by: 为村民, 给乡亲们 (with 、 between events listed). */
// (给各屯婚宴、白事供酒水: or the villages around.)
const EVENTS_OF_OTHERS_BEFORE = /[为给替帮供](?:村民|人家|别人家?|乡亲们?|群众|各家|各户|客户|周边村民|十里八村|各屯|各村|周边各村)(?:的|[^，。,;；]{0,8}、)?$/;
/** After an event, the people holding it: 寿宴的人家, 婚事的主家. */
const HOLDERS_AFTER = /^[^，。,;；的]{0,2}的(?:人家|客户|主家|东家)/;
/** After it, providing for it: 提供厨师和餐具, 提供服务. */
const PROVIDED_AFTER = /^[^，。,;；]{0,6}(?:提供|服务|掌勺|承办|操办|供应|供(?:酒|货|菜|肉|烟))/;

/** Before a building word (its first character included), building it for others: 给村民盖, 帮人家砌. */
const BUILT_FOR_OTHERS = /[帮给替为](?:人家|别人家?|人|村民|乡亲|邻居|乡邻|各家|大家)[^，。,;；]{0,3}(?:盖|建|砌|起|搭)$/;

/** Words of being paid for work: 挣工钱, 按工收钱, 包工, 帮人起屋做工, 泥水佬. */
const PAID_FOR_WORK = /挣|零工|匠|工钱|工资|收钱|收费|按工|按天|手艺|包工|工头|做工|打工|泥水|活路/;

/** After goods in their clause, selling them on: 卖给周边村里, 拿去卖. */
const FOR_SALE_AFTER = /^[^，。,;；]{0,8}?(?:卖给|卖到|拿去卖|出售给|销售给)/;
